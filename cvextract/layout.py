"""Where each stage writes below a target folder; the CLI and the Snakefile both use these names.

``rel`` is a CV's path below the source folder without its suffix (``a/b/x`` for ``a/b/x.docx``):
``structured_data/a/b/x.json`` -> ``adjusted_structured_data/a/b/x.json`` -> ``documents/a/b/x_NEW.docx``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

STRUCTURED = "structured_data"
ADJUSTED = "adjusted_structured_data"
DOCUMENTS = "documents"
RESEARCH = "research_data"
LOGS = "logs"
LLM_CACHE = "llm_cache"
DOCUMENT_SUFFIX = "_NEW.docx"
JSONRESUME = "jsonresume"
RANKING = "ranking"  # each CV's match against the job (rank:), beside ranking.csv/ranking.json
PDF_SUFFIX = "_NEW.pdf"
JSON_SUFFIX = ".json"
LOG_SUFFIX = ".log"
# The folders a target holds; a source search skips them in any folder marked as a target.
OUTPUT_FOLDERS = (STRUCTURED, ADJUSTED, DOCUMENTS, RESEARCH, LOGS, LLM_CACHE, JSONRESUME, RANKING)
TARGET_MARKER = ".cvextract-target"
REPORT = "report.html"  # the batch report, at the top of the target
RANKING_CSV, RANKING_JSON = "ranking.csv", "ranking.json"  # the batch's ranking (rank:), at the top too
TARGET_FILES = (TARGET_MARKER, REPORT, RANKING_CSV, RANKING_JSON)  # files of a target's own, at its top: never taken for CVs
# What a CV's stem becomes in its output file names (x -> x.json, x_NEW.docx, x_NEW.pdf, x.log).
OUTPUT_SUFFIXES = (JSON_SUFFIX, DOCUMENT_SUFFIX, PDF_SUFFIX, LOG_SUFFIX)
JOB_USAGE_SUFFIX = ".usage.json"  # x.log.<pid>-<time_ns, hex>.usage.json: a job attempt's LLM usage
# The longest name a CV's stem gets: that usage file (pid up to 4194304, 16 hex digits until 2262).
LONGEST_OUTPUT_SUFFIX = f"{LOG_SUFFIX}.4194304-{'f' * 16}{JOB_USAGE_SUFFIX}"


@dataclass(frozen=True)
class TargetLayout:
    target: Path

    def structured(self, rel: str | Path) -> Path:
        return self.target / STRUCTURED / f"{rel}{JSON_SUFFIX}"

    def adjusted(self, rel: str | Path) -> Path:
        return self.target / ADJUSTED / f"{rel}{JSON_SUFFIX}"

    def document(self, rel: str | Path) -> Path:
        return self.target / DOCUMENTS / f"{rel}{DOCUMENT_SUFFIX}"

    def pdf(self, rel: str | Path) -> Path:
        """The PDF beside a document (``apply.pdf``)."""
        return self.target / DOCUMENTS / f"{rel}{PDF_SUFFIX}"

    def export(self, format: str, rel: str | Path) -> Path:
        """``<target>/<format>/a/b/x.json``, e.g. ``jsonresume/a/b/x.json``."""
        return self.target / format / f"{rel}{JSON_SUFFIX}"

    def match(self, rel: str | Path) -> Path:
        """One CV's match against the job, from ``cvextract --extract … --rank … --target DIR``:
        ``<target>/ranking/x.json`` (a batch keeps every CV's in :attr:`match_cache`)."""
        return self.target / RANKING / f"{rel}{JSON_SUFFIX}"

    @property
    def match_cache(self) -> Path:
        """Every CV's last match with what it was computed from (the ranking reuses what is current)."""
        return self.target / RANKING / "matches.json"

    @property
    def requirements(self) -> Path:
        """The requirements the batch ranks on, from the job file or a model."""
        return self.research_dir / "job-requirements.json"

    @property
    def ranking_csv(self) -> Path:
        return self.target / RANKING_CSV

    @property
    def ranking_json(self) -> Path:
        return self.target / RANKING_JSON

    @property
    def research_dir(self) -> Path:
        return self.target / RESEARCH

    @property
    def llm_cache_dir(self) -> Path:
        return self.target / LLM_CACHE

    def job_log(self, stage: str, rel: str | Path) -> Path:
        return self.target / LOGS / stage / f"{rel}{LOG_SUFFIX}"

    def mark(self) -> None:
        """Mark the folder as a cvextract target, so no batch ever searches its outputs for CVs
        (a target inside the source, or one that was the target of an earlier run)."""
        from .atomic import write_text

        marker = self.target / TARGET_MARKER
        if not marker.exists():
            write_text(marker, "This folder is a cvextract target: its output folders are never searched for CVs.\n")

    def adjust_steps_dir(self, rel: str | Path) -> Path:
        """Each adjuster's intermediate output for one CV, so a user can see what every step did."""
        return self.target / LOGS / "adjust_steps" / str(rel)
