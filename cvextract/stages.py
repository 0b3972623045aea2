"""The stage functions: file on disk -> stage -> file on disk.

The CLI, the Snakemake rules and the tests all call these and nothing else, so a stage behaves the
same wherever it runs. Each either writes its complete output atomically and returns a
:class:`StageResult`, or raises a :class:`~cvextract.errors.CvError` and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_json
from .json_files import read_json_object
from .registry import DEFAULT_EXTRACTOR, DEFAULT_RENDERER


@dataclass
class StageResult:
    stage: str
    source: Path | str  # a file, or a URL for research
    output: Path
    warnings: list[str] = field(default_factory=list)
    extractor: str | None = None  # extract: the extractor that read the CV (the default one chooses)


def extract_cv(source: str | Path, output: str | Path, *, extractor: str = DEFAULT_EXTRACTOR,
               fallback: str | None = None, sections: dict | None = None) -> StageResult:
    """Extract ``source`` with the named extractor, verify it (schema, completeness), write JSON.

    ``fallback``: the extractor (``openai-extractor``) for a CV whose layout the rules cannot read
    (:class:`~cvextract.errors.UnreadableLayoutError`), and for no other failure. ``sections``:
    section names added to the default extractor's vocabulary (``extract.sections``)."""
    from .errors import ConfigError, UnreadableLayoutError
    from .registry import EXTRACTORS
    from .verify import verify_extraction

    source, output = Path(source), Path(output)
    options = {"sections": sections} if sections and extractor == DEFAULT_EXTRACTOR else {}
    notes: list[str] = []
    try:
        data = EXTRACTORS.load(extractor)(source, **options)
    except UnreadableLayoutError as exc:
        if not fallback:
            raise
        try:
            data = EXTRACTORS.load(fallback)(source)
        except ConfigError as problem:  # no LLM endpoint: say which CV needed it, and why
            if problem.path is not None:
                raise
            raise problem.about(source, f"the rules could not read it ({'; '.join(exc.missing)}) and the "
                                        f"fallback {fallback} cannot run: {problem.cause}") from None
        notes.append(f"the rules could not read it ({'; '.join(exc.missing)}): read by {fallback}")
        extractor = fallback
    warnings = notes + list(getattr(data, "notes", ())) + verify_extraction(data, source)
    write_json(output, data)
    return StageResult("extract", source, output, warnings, extractor=getattr(data, "extractor", extractor))


def read_cv_json(path: str | Path) -> dict:
    """Read a CV JSON file, with a one-line error naming it when it is missing or not JSON."""
    return read_json_object(path, "CV JSON file")


def apply_cv(data: str | Path | dict, template: str | Path, output: str | Path,
             *, renderer: str = DEFAULT_RENDERER) -> StageResult:
    """Render CV data (a dict, or a JSON file) into ``template``, writing the DOCX at ``output``."""
    from .registry import RENDERERS
    from .verify import verify_schema

    source = Path("<data>") if isinstance(data, dict) else Path(data)
    cv = data if isinstance(data, dict) else read_cv_json(source)
    verify_schema(cv, source)
    output = Path(output)
    RENDERERS.load(renderer)(cv, Path(template), output)
    return StageResult("apply", source, output)


def pdf_cv(document: str | Path, output: str | Path, *, warm: bool = False) -> StageResult:
    """Convert a rendered DOCX to PDF through LibreOffice (headless), writing ``output`` atomically.

    ``warm``: through this process's kept-running LibreOffice (batch jobs), else a one-off run.
    """
    from .pdf import convert_to_pdf

    document, output = Path(document), Path(output)
    convert_to_pdf(document, output, warm=warm)
    return StageResult("pdf", document, output)


def export_cv(data: str | Path, output: str | Path, *, format: str) -> StageResult:
    """Convert a CV JSON (the final one: adjusted when there are adjust steps) into an export format."""
    from .export import FORMATS
    from .verify import verify_schema

    data, output = Path(data), Path(output)
    cv = read_cv_json(data)
    verify_schema(cv, data)
    write_json(output, FORMATS[format](cv))
    return StageResult(f"export {format}", data, output)


def research_outputs(steps: list[dict], layout) -> list[Path]:
    """The research files a batch's adjust steps need (one per company-research step); no calls."""
    from .adjust import research_files

    return research_files(steps, layout.research_dir)


def research_customers(steps: list[dict], *, layout) -> StageResult:
    """Research every customer named by the steps, once; reruns reuse the cached profiles."""
    from .adjust import prepare_research

    paths = prepare_research(steps, layout.research_dir, layout.llm_cache_dir)
    urls = ", ".join(str(s.get("customer-url") or s.get("customer_url")) for s in steps
                     if s.get("customer-url") or s.get("customer_url"))
    return StageResult("research", urls or "-", paths[0] if paths else layout.research_dir)


def adjust_cv(data: str | Path, output: str | Path, steps: list[dict], *, layout, rel: str,
              mask_personal_data: bool = True, guard: str = "revert") -> StageResult:
    """Run the adjust steps in order on a CV JSON; each answer passes the fabrication guard and,
    when it tailors, the claims check under ``guard`` (``revert`` or ``fail``).

    ``mask_personal_data`` (``llm.mask_personal_data``): prompts carry placeholders, not the person's data.
    Each reverted claim is a warning of the result (the job log's ``warning:`` lines)."""
    from .adjust.chain import run_chain
    from .claims.reverted import reverted_lines
    from .verify import verify_schema

    data, output = Path(data), Path(output)
    cv = read_cv_json(data)
    verify_schema(cv, data)
    adjusted, verdicts = run_chain(cv, steps, research_dir=layout.research_dir, cache_dir=layout.llm_cache_dir,
                                   intermediate_dir=layout.adjust_steps_dir(rel), source=data,
                                   mask_personal_data=mask_personal_data, guard=guard)
    write_json(output, adjusted)
    return StageResult("adjust", data, output, reverted_lines(verdicts))


def check_adjust_ready(steps: list[dict]) -> None:
    """Fail before any work when adjust steps are misconfigured or no LLM endpoint is set."""
    from .adjust import check_adjust_steps

    check_adjust_steps(steps)


def job_text(job: str | Path | None, job_url: str | None = None) -> tuple[str, str]:
    """``(where it came from, text)`` of the job a ranking is for: the file, or the page fetched."""
    if job:
        from .ranking.job_file import read_job_text

        return str(job), read_job_text(job)
    from .adjust.web_page import fetch_page_text

    return str(job_url), fetch_page_text(job_url)


def check_rank_ready(job: str | Path | None, job_url: str | None = None) -> int:
    """Before any work: the job can be read and lists requirements, or a model can extract them.
    Returns how many requirements the job lists (0: the model will extract them)."""
    from .ranking.job_file import listed_requirements

    origin, text = job_text(job, job_url)
    listed = listed_requirements(text, origin)
    if not listed:
        _model_for_requirements(origin)
    return len(listed)


def _model_for_requirements(origin: str) -> None:
    """A job without a list needs a model to find its requirements; without one, say how to list them."""
    from .errors import ConfigError
    from .llm import check_llm_settings
    from .ranking.job_file import HOW_TO_LIST

    try:
        check_llm_settings()
    except ConfigError:
        raise ConfigError(origin, "the job lists no requirements and no model is configured to find them: "
                                  f"{HOW_TO_LIST}") from None


def rank_requirements(job: str | Path | None, output: str | Path, *, job_url: str | None = None,
                      aliases: dict | None = None, cache_dir: str | Path | None = None) -> StageResult:
    """The requirements a ranking matches on, written to ``output``: the job file's list, or, when it
    has none and a model is configured, the list the model extracts from the job (cached)."""
    from .ranking.job_file import build_requirements, listed_requirements
    from .ranking.requirements_file import FROM_JOB_FILE, FROM_MODEL, write_requirements

    origin, text = job_text(job, job_url)
    listed, source = listed_requirements(text, origin), FROM_JOB_FILE
    if not listed:
        _model_for_requirements(origin)
        from .ranking.model_requirements import extract_requirements

        listed, source = extract_requirements(text, origin, cache_dir=cache_dir), FROM_MODEL
    output = Path(output)
    write_requirements(output, build_requirements(listed, aliases), job=origin, source=source)
    return StageResult("requirements", origin, output)


def rank_cv(data: str | Path | dict, requirements: str | Path, output: str | Path | None = None,
            *, source: str | Path | None = None, embeddings: bool = False,
            cache_dir: str | Path | None = None) -> tuple[StageResult, dict]:
    """Match a CV JSON against the requirements file; writes the match to ``output`` when given.
    ``embeddings``: also semantic matches of its items (``rank.embeddings``)."""
    from .ranking.matching import match_cv
    from .ranking.requirements_file import read_requirements

    cv = data if isinstance(data, dict) else read_cv_json(data)
    _, reqs = read_requirements(requirements)
    match = match_cv(cv, reqs)
    if embeddings:
        from .ranking.semantic import add_semantic_matches

        match = add_semantic_matches([(match, cv)], reqs, cache_dir=cache_dir, source=str(source or data))[0]
    if output is not None:
        write_json(output, match)
    where = source or ("<data>" if isinstance(data, dict) else data)
    return StageResult("rank", where, Path(output) if output else Path(requirements)), match


def gather_ranking(cvs: list[tuple[str, str]], *, layout, embeddings: bool = False) -> StageResult:
    """Match every extracted CV (``cvs``: ``(rel, suffix)``) against the requirements, reusing each
    match still current, and write ``ranking.csv`` and ``ranking.json``; a CV without extracted JSON
    is listed with the cause its extract log gives. ``embeddings``: the requirements a CV misses in
    words may be held by semantic matches of its items (``rank.embeddings``)."""
    from .errors import CvError
    from .ranking.match_cache import current_match, read_matches, requirements_digest, write_matches
    from .ranking.ranking_table import rank_rows, write_ranking
    from .ranking.requirements_file import read_requirements
    from .report.outcomes import read_stage_log

    job, requirements = read_requirements(layout.requirements)
    digest = requirements_digest(layout.requirements)
    previous = read_matches(layout.match_cache)
    entries = []
    for rel, suffix in cvs:
        entry = {"cv": f"{rel}{suffix}", "rel": rel}
        try:
            entry["match"] = current_match(layout.structured(rel), previous.get(rel), requirements, digest)
        except (OSError, CvError) as exc:
            failed = read_stage_log(layout.job_log("extract", rel))
            entry["error"] = (failed.cause if failed is not None and not failed.ok
                              else str(exc) if isinstance(exc, CvError) else "not extracted")
        entries.append(entry)
    write_matches(layout.match_cache, {e["rel"]: e["match"] for e in entries if "match" in e})
    for entry in entries:  # the stamp stays in the cache
        if "match" in entry:
            entry["match"] = {k: v for k, v in entry["match"].items() if k != "stamp"}
    if embeddings:
        from .ranking.semantic import add_semantic_matches

        ranked = [e for e in entries if "match" in e]
        pairs = [(e["match"], read_cv_json(layout.structured(e["rel"])) if e["match"]["missing"] else {})
                 for e in ranked]
        for entry, match in zip(ranked, add_semantic_matches(pairs, requirements, cache_dir=layout.llm_cache_dir,
                                                              source=str(layout.requirements))):
            entry["match"] = match
    write_ranking(layout.ranking_csv, layout.ranking_json, rank_rows(entries), job=job)
    return StageResult("ranking", layout.requirements, layout.ranking_csv)
