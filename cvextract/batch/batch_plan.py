"""The plan of one batch as the Snakefile sees it: validated config, the CVs, output patterns.

Built once when the workflow is parsed (``BATCH = plan_batch(config, ...)`` in ``rules/common.smk``);
the rules read patterns and input functions from it. It holds plain values: what it needs from
Snakemake's runtime comes through :mod:`cvextract.batch.snakemake_runtime`. Everything here is cheap
per job: Snakemake evaluates input functions for every CV while it builds the DAG.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..atomic import remove_stale_temp_files
from ..errors import ConfigError, CvError
from ..layout import JSONRESUME, LOGS, RANKING, TargetLayout
from . import batch_sync, llm_process, stop_signals, worker_pool
from .batch_config import CONFIG_SCHEMA, DEFAULT_CONFIG, check_config, load_config_file, stop_on_config_error
from .inputs import CvInput, Skipped, patterns_text, scan_source
from .render_stage import render_stage
from .snakemake_runtime import Runtime

log = logging.getLogger("cvextract.batch")

# Snakemake reads "{word}" (or "{word,regex}") in any requested path as a wildcard.
_WILDCARD_LIKE = re.compile(r"\{\s*[.\w]+\s*[,}]")


# What checking an adjusted answer loads first: the claims check's word lists (loaded in a thread of
# their own) and modules (its number reader among them), and the translation check's.
CLAIMS_PRELOADS = ("cvextract.claims.words:preload", "cvextract.claims.guard", "cvextract.claims.translation")


def escape_braces(path: str) -> str:
    """Write ``{`` and ``}`` as the ``{lb}``/``{rb}`` wildcards, constrained to the literal braces."""
    return path.replace("{", "\0").replace("}", "{rb}").replace("\0", "{lb}")


@dataclass
class BatchPlan:
    source: str
    file_type: str | list[str]
    target: str
    extractor: str
    adjust_steps: list[dict]
    template: str | None
    llm_max_concurrent: int  # llm.max_concurrent; the Snakefile puts `--resources llm=N` here when given
    pdf: bool = False
    require_all_fields: bool = False  # apply.require-all-fields
    unshown_ok: list[str] = field(default_factory=list)  # apply.unshown-ok
    template_warnings: list[str] = field(default_factory=list)  # the start-up check's, for the report
    mask_personal_data: bool = True
    guard: str = "revert"  # the claims check's policy (cvextract.claims): revert or fail
    exports: list[str] = field(default_factory=list)
    cvs: list[CvInput] = field(default_factory=list)
    llm_prices: dict | None = None  # llm.price_per_million_tokens
    llm_pacing: dict = field(default_factory=dict)  # llm.requests_per_minute / llm.tokens_per_minute, when set
    started_at: float | None = None  # wall-clock time of onstart: usage files older than this are not this batch's
    skipped: list[Skipped] = field(default_factory=list)  # source entries that are not processed
    started: float = field(default_factory=time.time)  # for the batch report: jobs that ran after it are "done"
    extract_fallback: str | None = None  # extract.fallback: the extractor for CVs the rules cannot read
    extract_sections: dict = field(default_factory=dict)  # extract.sections: more section names
    rank: dict | None = None  # rank: {job, job-url, top, aliases, embeddings}; None: no ranking
    ranking_file: Callable[[], str] | None = None  # the ranking checkpoint's ranking.json (rules/rank.smk sets it)

    def __post_init__(self):
        self._suffix = {cv.rel: cv.suffix for cv in self.cvs}
        layout, rel = TargetLayout(Path(self.target)), "{rel}"  # Snakemake output patterns
        self._patterns = {
            "structured": str(layout.structured(rel)),
            "adjusted": str(layout.adjusted(rel)),
            "document": str(layout.document(rel)),
            "pdf": str(layout.pdf(rel)),
            "extract_log": str(layout.job_log("extract", rel)),
            "adjust_log": str(layout.job_log("adjust", rel)),
            "apply_log": str(layout.job_log("apply", rel)),
            JSONRESUME: str(layout.export(JSONRESUME, rel)),
            "jsonresume_log": str(layout.job_log(JSONRESUME, rel)),
            "pdf_log": str(layout.job_log("pdf", rel)),
            "research_log": str(layout.target / LOGS / "research.log"),
            "report_log": str(layout.target / LOGS / "report.log"),
            "requirements": str(layout.requirements),
            "requirements_log": str(layout.target / LOGS / "requirements.log"),
            "ranking_csv": str(layout.ranking_csv),
            "ranking_json": str(layout.ranking_json),
            "ranking_log": str(layout.target / LOGS / "ranking.log"),
        }
        self.completion_request = f"{self.target}/{LOGS}/.batch-complete{{}}"
        self.completion_pattern = f"{self.target}/{LOGS}/.batch-complete{{lb}}{{rb}}"
        # The extracted JSON of braced CV names reaches the ranking through this marker (kept: it
        # changes only when one of them does), as the completion marker does for the final outputs.
        self.braced_extracts_request = f"{self.target}/{RANKING}/.braced-extracts{{}}"
        self.braced_extracts_pattern = f"{self.target}/{RANKING}/.braced-extracts{{lb}}{{rb}}"
        self.research_outputs = self._research_outputs()

    # --- patterns and input functions used by the rules -------------------------------------
    def pattern(self, kind: str) -> str:
        return self._patterns[kind]

    def cv_source(self, wildcards) -> str:
        # A pattern, not the path: Snakemake substitutes {rel} without re-reading its braces.
        try:
            return f"{self.source}/{{rel}}{self._suffix[wildcards.rel]}"
        except KeyError:
            raise ConfigError(f"{self.source}/{wildcards.rel}",
                              f"no CV matching '{patterns_text(self.file_type)}' for this output") from None

    def apply_input(self, wildcards) -> str:
        return self._patterns["adjusted" if self.adjust_steps else "structured"]

    def template_input(self, wildcards) -> str:
        return self.template

    def export_input(self, wildcards) -> dict:
        """The CV JSON an export reads and, with an apply stage, the document (or its PDF) it comes
        after: a CV's export is its last job, so its outputs are complete (or removed) together."""
        inputs = {"data": self.apply_input(wildcards)}
        if self.template:
            inputs["document"] = self._patterns["pdf" if self.pdf else "document"]
        return inputs

    def final_kind(self) -> str:
        if self.exports:
            return JSONRESUME
        if self.template:
            return "pdf" if self.pdf else "document"
        return "adjusted" if self.adjust_steps else "structured"

    def final_output(self, rel: str) -> str:
        return self._patterns[self.final_kind()].replace("{rel}", rel)

    @property
    def renders_in(self) -> str | None:
        """The stage whose job renders a CV's document (:func:`.render_stage.render_stage`)."""
        return render_stage(template=bool(self.template), adjust=bool(self.adjust_steps), rank=bool(self.rank))

    @property
    def extracts_in(self) -> str | None:
        """The stage whose job extracts a CV, so that no extract job is needed: ``adjust`` in a batch
        with adjust steps and no ranking (one Snakemake job per CV on the LLM path instead of two;
        extracting again costs milliseconds). None: an extract job extracts (a ranking needs every
        extracted JSON before any tailoring)."""
        return "adjust" if self.adjust_steps and not self.rank else None

    def outputs_of(self, stage: str) -> list[str]:
        """A stage's job outputs: its own file, the document when it renders, and the extracted
        JSON last when it extracts."""
        own = {"extract": "structured", "adjust": "adjusted"}[stage]
        return ([self._patterns[own]] + ([self._patterns["document"]] if self.renders_in == stage else [])
                + ([self._patterns["structured"]] if self.extracts_in == stage else []))

    def logs_of(self, stage: str) -> list[str]:
        """A stage's job logs: one per stage it runs, so the report reads them as with separate jobs."""
        return ([self._patterns[f"{stage}_log"]] + ([self._patterns["apply_log"]] if self.renders_in == stage else [])
                + ([self._patterns["extract_log"]] if self.extracts_in == stage else []))

    def adjust_source(self, wildcards) -> str | list[str]:
        """The CV an adjust job extracts itself (:attr:`extracts_in`); else none."""
        return self.cv_source(wildcards) if self.extracts_in == "adjust" else []

    def adjust_data(self, wildcards) -> str | list[str]:
        """The extracted JSON an adjust job reads, when an extract job makes it; else none."""
        return [] if self.extracts_in == "adjust" else self._patterns["structured"]

    @property
    def adjust_extracts(self) -> dict:
        """How an adjust job that extracts (:attr:`extracts_in`) does it, the extract job's options
        (a rule parameter: a change reruns the job); empty when it does not."""
        if self.extracts_in != "adjust":
            return {}
        return {**self.extract_options, "pooled": not self.calls_model("extract")}

    def template_input_of(self, stage: str) -> str | list[str]:
        """The template, when ``stage``'s job renders (a new one reruns the job); else none."""
        return self.template if self.renders_in == stage else []

    @property
    def adjust_options(self) -> dict:
        """What every adjust job is called with besides its files (rule params: a change reruns adjust)."""
        return {"steps": self.adjust_steps, "target": self.target, "mask_personal_data": self.mask_personal_data,
                "guard": self.guard}

    def outdated_by(self, stage: str, rel: str) -> tuple[str, ...]:
        """A CV's outputs that no longer describe it when ``stage`` fails: the stage's own and the
        later stages'. The job removes them itself (Snakemake keeps a failed job's outputs under
        profiles/default's keep-incomplete, so that a failed render keeps the JSON made before it)."""
        chain = ("structured", "adjusted", "document", "pdf", JSONRESUME)
        own = {"extract": "structured", "adjust": "adjusted", "apply": "document", "pdf": "pdf",
               JSONRESUME: JSONRESUME}[stage]
        active = {"structured": True, "adjusted": bool(self.adjust_steps), "document": bool(self.template),
                  "pdf": bool(self.template and self.pdf), JSONRESUME: JSONRESUME in self.exports}
        return tuple(self._patterns[k].replace("{rel}", rel) for k in chain[chain.index(own):] if active[k])

    def adjust_outdated(self, rel: str) -> dict:
        """What a CV's adjust job removes when a part of it fails (:meth:`outdated_by`): its
        extraction's (when it extracts, :attr:`extracts_in`), its model call's, its render's."""
        return {"stale": self.outdated_by("adjust", rel), "stale_after_render": self.outdated_by("apply", rel),
                "stale_after_extract": self.outdated_by("extract", rel) if self.extracts_in == "adjust" else ()}

    def kept_outputs(self, rel: str, *, tailored: bool | None = None) -> list[str]:
        """Every file a CV's stages leave in the target: a deleted one is rebuilt by the next run,
        not only a deleted final output (an adjusted JSON behind an up-to-date document, say).

        ``tailored``: only the outputs of the stages after the ranking (True) or up to it (False);
        with ``rank.top`` the former are asked for the shortlisted CVs only."""
        before = ["structured"]
        after = ((["adjusted"] if self.adjust_steps else []) + (["document"] if self.template else [])
                 + (["pdf"] if self.template and self.pdf else [])
                 + ([JSONRESUME] if JSONRESUME in self.exports else []))
        kinds = before if tailored is False else after if tailored else before + after
        return [self._patterns[kind].replace("{rel}", rel) for kind in kinds]

    def _all_outputs(self) -> list[str]:
        tailored = False if self.rank_top else None  # with a shortlist, the rest comes after the ranking
        return [path for cv in self.cvs for path in self.kept_outputs(cv.rel, tailored=tailored)]

    def targets(self, wildcards) -> list[str]:
        """What ``rule all`` asks for: each CV's outputs, the ranking, and the completion marker that
        stands for the CVs whose paths Snakemake would misread as wildcards (``CV {draft}.docx``)."""
        outputs = self._all_outputs()
        plain = [path for path in outputs if not _WILDCARD_LIKE.search(path)]
        ranking = [self._patterns["ranking_csv"], self._patterns["ranking_json"]] if self.rank else []
        return plain + ranking + ([self.completion_request] if len(plain) < len(outputs) else [])

    def braced_outputs(self, wildcards) -> list[str]:
        """The outputs behind the completion marker, braces written as the {lb}/{rb} wildcards (with
        a shortlist, the shortlisted CVs' later outputs too, once the ranking exists)."""
        outputs = self._all_outputs() + (self._shortlisted() if self.rank_top else [])
        return [escape_braces(path) for path in outputs if _WILDCARD_LIKE.search(path)]

    # --- the ranking (rank:) ---------------------------------------------------------------
    @property
    def rank_top(self) -> int | None:
        return (self.rank or {}).get("top")

    @property
    def rank_embeddings(self) -> bool:
        """``rank.embeddings``: the ranking job also asks the endpoint for embeddings."""
        return bool((self.rank or {}).get("embeddings"))

    @property
    def rank_options(self) -> dict:
        """What the requirements job is called with besides the job file (rule params: a change of
        the URL or the aliases reruns it, and so every match)."""
        rank = self.rank or {}
        return {"job_url": None if rank.get("job") else rank.get("job-url"), "aliases": rank.get("aliases") or {},
                "target": self.target}

    def rank_job_input(self, wildcards) -> list[str]:
        """The job file (a change reruns the requirements and the matches); none for a job-url."""
        job = (self.rank or {}).get("job")
        return [job] if job else []

    def ranking_inputs(self, wildcards) -> list[str]:
        """Every CV's extracted JSON, for the ranking; those of braced CV names behind their marker."""
        extracted = [self._patterns["structured"].replace("{rel}", cv.rel) for cv in self.cvs]
        plain = [path for path in extracted if not _WILDCARD_LIKE.search(path)]
        return plain + ([self.braced_extracts_request] if len(plain) < len(extracted) else [])

    def braced_extracts(self, wildcards) -> list[str]:
        """The extracted JSON behind their marker, braces written as the {lb}/{rb} wildcards."""
        return [escape_braces(path) for cv in self.cvs
                for path in [self._patterns["structured"].replace("{rel}", cv.rel)] if _WILDCARD_LIKE.search(path)]

    @property
    def ranked_cvs(self) -> list[tuple[str, str]]:
        return [(cv.rel, cv.suffix) for cv in self.cvs]

    def shortlist_targets(self, wildcards) -> list[str]:
        """With ``rank.top``: what the shortlisted CVs' later stages leave, asked for by ``rule all``
        once the ranking exists (braced names behind the completion marker); else nothing more."""
        if not self.rank_top:
            return []
        outputs = self._shortlisted()
        plain = [path for path in outputs if not _WILDCARD_LIKE.search(path)]
        return plain + ([self.completion_request] if len(plain) < len(outputs) else [])

    def _shortlisted(self) -> list[str]:
        """The later outputs of the best ``rank.top`` CVs of the ranking checkpoint's ranking.json
        (while the DAG is built before the checkpoint ran, Snakemake's exception passes through)."""
        from ..ranking.ranking_table import read_ranking, shortlist

        by_name = {f"{cv.rel}{cv.suffix}": cv.rel for cv in self.cvs}
        names = shortlist(read_ranking(self.ranking_file()), self.rank_top)
        return [path for name in names if name in by_name for path in self.kept_outputs(by_name[name], tailored=True)]

    @functools.cached_property
    def requirements_from_model(self) -> bool:
        """Whether the requirements job asks the model: a job-url, or a job file with no list (read
        once per plan: the rule's resources and its job both ask)."""
        rank = self.rank or {}
        if not rank.get("job"):
            return bool(rank.get("job-url"))
        from ..ranking.job_file import listed_requirements, read_job_text

        try:
            return not listed_requirements(read_job_text(rank["job"]), rank["job"])
        except ConfigError:
            return False  # the job's own error is raised at the start, or by the job

    def write_ranking_from_disk(self) -> None:
        """At the end of a batch in which the ranking could not run (a CV's extraction failed): the
        ranking of the CVs that were extracted, the others listed with their cause."""
        layout = TargetLayout(Path(self.target))
        if not layout.requirements.is_file() or all(layout.structured(cv.rel).is_file() for cv in self.cvs):
            return
        from ..stages import gather_ranking

        gather_ranking(self.ranked_cvs, layout=layout, embeddings=self.rank_embeddings)

    def say_ranking(self) -> None:
        """After a batch that ranked: what it ranked on and where the ranking is, on Snakemake's
        console (``cvextract --parallel`` prints its own)."""
        layout = TargetLayout(Path(self.target))
        try:
            if layout.ranking_csv.stat().st_mtime < self.started:
                return
            from ..ranking.requirements_file import ranked_on, read_requirements

            job, requirements = read_requirements(layout.requirements)
        except (OSError, ConfigError, CvError):
            return
        log.warning("cvextract: ranked on %s; ranking: %s", ranked_on(job, requirements), layout.ranking_csv)

    def _research_outputs(self) -> list[str]:
        if not self.adjust_steps:
            return []
        from ..stages import research_outputs

        return [str(p) for p in research_outputs(self.adjust_steps, TargetLayout(Path(self.target)))]

    # --- how jobs run ----------------------------------------------------------------------
    def calls_model(self, stage: str) -> bool:
        """Whether a stage's time goes to LLM calls: such jobs go to the model-call process under
        the ``llm`` cap, not to the worker pool (a thread waiting on a model needs no process of its own)."""
        if stage in ("research", "adjust"):
            return True
        if stage == "extract":
            from ..registry import EXTRACTORS

            return EXTRACTORS.calls_model(self.extractor)
        return False

    @property
    def extract_options(self) -> dict:
        """The extract job's keyword arguments from ``extract:`` (a rule parameter: a change reruns it)."""
        return {"extractor": self.extractor, "fallback": self.extract_fallback, "sections": self.extract_sections}

    def llm_units(self, stage: str) -> int:
        """The ``llm`` resource one job of ``stage`` takes."""
        return 1 if self.calls_model(stage) else 0

    @staticmethod
    def pool_slots(cores: int) -> int:
        """CPU-bound jobs handed to the worker pool at once: enough to keep every worker fed while
        Snakemake does its per-job bookkeeping, few enough that Ctrl-C, which lets handed-out jobs
        finish, stops promptly. (Until 2026-11 the local executor's cores + 5 threads held them to
        this in effect; 25 per core measured no faster.)"""
        return 4 * max(1, cores)

    # --- lifecycle ---------------------------------------------------------------------------
    def warm_up(self, runtime: Runtime) -> None:
        """While the DAG is built: start the model-call process when this run will call the model,
        so that its first call does not wait for the process and the OpenAI SDK's import (nor, with
        adjust steps, the first answers checked for the claims check's word lists)."""
        if runtime.pooled and self._model_calls_ahead():
            from ..llm.settings import check_llm_settings

            try:
                check_llm_settings()
            except ConfigError:  # start() says so, before any job
                return
            llm_process.start_soon(preloads=CLAIMS_PRELOADS if self.adjust_steps else ())

    def recover_unsynced(self, runtime: Runtime) -> None:
        """As the DAG starts to be built, before Snakemake looks at any output: remove what a batch
        that the machine stopped before its final sync wrote, so that it is made again (:mod:`.batch_sync`)."""
        if runtime.main_process and not runtime.dryrun:
            batch_sync.recover(self.target, self._all_outputs() + self.research_outputs)

    def _extracts_many_after_a_model_call(self) -> bool:
        """Whether the adjust jobs extract their CVs in the pool (:attr:`extracts_in`) and more CVs lack
        their final output than the jobs run in place before the pool would start."""
        if self.extracts_in != "adjust" or self.calls_model("extract"):
            return False
        missing = 0
        for cv in self.cvs:
            missing += not os.path.exists(self.final_output(cv.rel))
            if missing > worker_pool.IN_PLACE_JOBS:
                return True
        return False

    def _model_calls_ahead(self) -> bool:
        """A cheap guess from the files on disk: a research file, or the output of a stage that
        calls the model, is missing for some CV (a no-op rerun finds every one)."""
        if any(not Path(path).exists() for path in self.research_outputs):
            return True
        layout = TargetLayout(Path(self.target))
        outputs = ([layout.adjusted] if self.adjust_steps else []) + \
                  ([layout.structured] if self.calls_model("extract") else [])
        return any(not output(cv.rel).exists() for output in outputs for cv in self.cvs)

    @stop_on_config_error
    def start(self, runtime: Runtime) -> None:
        """In the main Snakemake process, before the first job."""
        if not runtime.main_process:
            return
        # SIGTERM (kill, timeout, systemd, a batch system's time limit) is treated like Ctrl-C;
        # both first drop the work queued in the worker pool and the model calls in flight, so that
        # the stop is prompt.
        stop_signals.install(_stop_helpers)
        unsafe = [f"{cv.rel}{cv.suffix}" for cv in self.cvs if "'" in cv.rel or "\\" in cv.rel]
        if unsafe and not runtime.local:
            # A cluster job's command line names its input files quoted with Python's repr: a single
            # quote switches it to shell double quotes (in which "$(...)" runs), a backslash is doubled.
            shown = ", ".join(repr(name) for name in unsafe[:3]) + (f" (+{len(unsafe) - 3} more)" if len(unsafe) > 3 else "")
            raise ConfigError(self.source, "CV paths with a single quote or a backslash cannot run on a cluster "
                                           f"executor (Snakemake's quoting of the job's shell command breaks on "
                                           f"them): {shown}; rename them or run locally")
        if self.template:  # unknown variables, Word's traps, no sample CV renders: errors before any job
            from ..render.template_check import check_template

            self.template_warnings = check_template(self.template, unshown_ok=self.unshown_ok,
                                                    require_all_fields=self.require_all_fields)
            for warning in self.template_warnings:
                log.warning("cvextract: %s", warning)
        if self.adjust_steps or self.rank_embeddings:  # no LLM endpoint: one error before any job, not one per CV
            from ..llm import check_llm_settings

            check_llm_settings()
        if self.rank and not self.rank.get("job"):  # a job page that cannot be fetched: before any job
            from ..stages import check_rank_ready

            check_rank_ready(None, self.rank["job-url"])
        if self.template and self.pdf:  # no LibreOffice: one error naming the package, before any job
            from ..pdf import check_libreoffice, warm_unavailable_reason

            reason = warm_unavailable_reason(check_libreoffice())
            if reason:
                log.warning("cvextract: %s", reason)
        self.started_at = time.time()
        from ..llm.response_format import forget_server_quirks

        forget_server_quirks(TargetLayout(Path(self.target)).llm_cache_dir)  # learned again, once per batch
        TargetLayout(Path(self.target)).mark()  # no later batch searches these outputs for CVs
        from ..privacy import raw_text_warning

        warning = raw_text_warning(self.extractor, self.extract_fallback)
        if warning:
            log.warning("cvextract: %s", warning)
        removed = remove_stale_temp_files(Path(self.target))
        if removed:
            log.warning("cvextract: removed %d unfinished temporary file(s) left by an interrupted run", removed)
        batch_sync.mark(self.target)  # until the batch's end has synced what its jobs wrote
        worker_pool.configure(runtime.cores if runtime.pooled else 0)
        llm_process.configure(runtime.pooled)
        if runtime.pooled and self._extracts_many_after_a_model_call():
            # The first model call (the research) leaves the cores idle: the workers start then, and
            # extract the first adjust jobs' CVs instead of the Snakemake process, cold, one at a time.
            llm_process.with_first_call(worker_pool.start_now)
        if runtime.local and not runtime.threads:
            log.warning("cvextract: jobs run without --force-use-threads: every job starts its own "
                        "Python process (about 1 s each). profiles/default sets it; is it in use?")

    def finish(self, runtime: Runtime) -> None:
        """After the batch (success or not): stop the pool, drop the completion marker.

        The marker is removed so that the next run's ``batch_complete`` job runs again and asks for
        every CV's final output: a deleted or failed one is then rebuilt, not silently skipped.
        """
        worker_pool.shutdown(wait=False)  # the workers exit while the report is written
        llm_process.shutdown()
        if runtime.main_process and not runtime.dryrun and self.started_at is not None:
            from ..llm.usage import write_batch_usage

            write_batch_usage(Path(self.target) / LOGS, since=self.started_at, prices=self.llm_prices)
        if runtime.main_process and not runtime.dryrun:
            Path(self.completion_pattern.replace("{lb}", "{").replace("{rb}", "}")).unlink(missing_ok=True)
            if self.rank:
                try:
                    self.write_ranking_from_disk()
                except Exception as exc:  # like the report: it describes the batch, never fails it
                    log.warning("cvextract: the ranking could not be written: %s", exc)
                self.say_ranking()
            try:
                self.write_report(runtime)
            except Exception as exc:  # the report describes the batch; it never fails it
                log.warning("cvextract: the batch report could not be written: %s", exc)
            if self.adjust_steps:
                from ..claims.reverted import summary_line

                layout = TargetLayout(Path(self.target))
                reverted = summary_line((layout.adjust_steps_dir(cv.rel) for cv in self.cvs), self.report_path)
                if reverted:
                    log.warning("cvextract: %s", reverted)
            batch_sync.end(self.target)  # the jobs' files, written without an fsync each
        worker_pool.shutdown()  # the workers have exited

    @property
    def report_path(self) -> str:
        from ..report import REPORT

        return f"{self.target}/{REPORT}"

    def report_pending(self) -> None:
        """The ``batch_report`` job: a page saying the batch runs (the report is written at the end)."""
        from ..report import write_pending

        write_pending(self.target, started=self.started)

    def write_report(self, runtime: Runtime) -> None:
        """``<target>/report.html`` on this batch and every CV, when the batch ends."""
        from ..report import record_batch

        llm = {"max_concurrent": self.llm_max_concurrent, "mask_personal_data": self.mask_personal_data,
               **self.llm_pacing}
        if self.llm_prices is not None:
            llm["price_per_million_tokens"] = self.llm_prices
        config = {"source": self.source, "file_type": self.file_type, "target": self.target,
                  "extract": {"name": self.extractor,
                              **({"fallback": self.extract_fallback} if self.extract_fallback else {}),
                              **({"sections": self.extract_sections} if self.extract_sections else {})},
                  "adjust": self.adjust_steps,
                  "apply": {"template": self.template, "pdf": self.pdf,
                            "warnings": self.template_warnings} if self.template else None,
                  "export": self.exports, "llm": llm, "guard": self.guard}
        if self.rank:
            config["rank"] = self.rank
        record_batch(self.target, config=config, cvs=[(cv.rel, cv.suffix) for cv in self.cvs],
                     started=self.started, cores=runtime.cores)


def _stop_helpers() -> None:
    """A stop request: drop the work queued for the worker pool, end the model-call process."""
    worker_pool.stop_pending()
    llm_process.stop_pending()


@stop_on_config_error
def plan_batch(config: dict, basedir: Path, *, configfiles: list[str], main_process: bool = True) -> BatchPlan:
    """Validate ``config`` and find the CVs. Without ``--configfile`` (``configfiles`` empty) and no
    ``source`` from ``--config``, the repository's default config is the base and its relative paths
    resolve against ``basedir``, the workflow's folder."""
    resolve_against = None
    origin = ", ".join(configfiles) or "--config"
    if not configfiles and not config.get("source"):
        given = bool(config)  # keys from --config
        defaults = load_config_file(basedir / DEFAULT_CONFIG)
        defaults.update(config)
        config.clear()
        config.update(defaults)
        resolve_against = basedir  # the default config's relative paths point into the repository
        # The defaults are valid: an error is in what --config added (named so, not as the package's file).
        origin = "--config" if given else str(basedir / DEFAULT_CONFIG)
    cfg = check_config(config, basedir / CONFIG_SCHEMA, origin)

    def path_of(value: str) -> str:
        if resolve_against is not None and not os.path.isabs(value):
            candidate = resolve_against / value
            if candidate.exists():  # else the folder Snakemake runs in: a missing file is named there
                return str(candidate)
        return value

    source = path_of(cfg["source"]).rstrip("/") or "/"
    target = cfg["target"].rstrip("/") or "/"
    template = path_of(cfg["apply"]["template"]) if cfg.get("apply") else None
    rank = _rank_config(cfg.get("rank"), path_of)
    for key, value in (("source", source), ("target", target), ("apply.template", template),
                       ("rank.job", (rank or {}).get("job"))):
        if value and _WILDCARD_LIKE.search(value):
            raise ConfigError(value, f"config '{key}': a path with '{{name}}' in it cannot be used "
                                     "(Snakemake reads it as a wildcard); rename or move it")
    if template and not Path(template).is_file():
        raise ConfigError(template, "template not found" if not Path(template).exists() else "template is not a file")
    from ..registry import DEFAULT_EXTRACTOR, EXTRACTORS

    extractor = cfg["extract"].get("name", DEFAULT_EXTRACTOR)
    fallback = cfg["extract"].get("fallback")
    for key, name in (("name", extractor), ("fallback", fallback)):
        if name is not None and name not in EXTRACTORS:
            raise ConfigError(None, f"config 'extract.{key}': unknown extractor '{name}' "
                                    f"(known: {', '.join(EXTRACTORS.names())})")
    from ..llm.settings import export_pacing

    export_pacing(cfg["llm"])  # every process of the batch paces its calls the same way
    if main_process and rank and rank.get("job"):  # missing, unreadable, lists nothing: before the DAG
        from ..stages import check_rank_ready

        check_rank_ready(rank["job"])
    scan = scan_source(source, cfg["file_type"], target=target)
    if main_process:  # every run names them, a rerun with nothing to do too
        for entry in scan.skipped:
            log.warning("cvextract: %s", entry.line())
        if not scan.cvs:  # not a silent success
            raise ConfigError(source, f"no files matching '{patterns_text(cfg['file_type'])}'"
                                      + (" that can be processed" if scan.skipped else ""))
    return BatchPlan(
        source=source,
        file_type=cfg["file_type"],
        target=target,
        extractor=extractor,
        extract_fallback=fallback,
        extract_sections=dict(cfg["extract"].get("sections") or {}),
        adjust_steps=[dict(step) for step in cfg["adjust"]],
        template=template,
        pdf=bool(template and cfg["apply"].get("pdf")),
        require_all_fields=bool(template and cfg["apply"].get("require-all-fields")),
        unshown_ok=list(cfg["apply"].get("unshown-ok") or []) if template else [],
        llm_max_concurrent=cfg["llm"]["max_concurrent"],
        llm_prices=cfg["llm"].get("price_per_million_tokens"),
        llm_pacing={k: cfg["llm"][k] for k in ("requests_per_minute", "tokens_per_minute") if k in cfg["llm"]},
        mask_personal_data=cfg["llm"]["mask_personal_data"],
        guard=cfg["guard"],
        exports=list(dict.fromkeys(cfg["export"])),
        cvs=scan.cvs,
        skipped=scan.skipped,
        rank=rank,
    )


def _rank_config(rank: dict | None, path_of) -> dict | None:
    """``rank:`` with its job file resolved like the other config paths; one of job/job-url needed."""
    if rank is None:
        return None
    if not rank.get("job") and not rank.get("job-url"):
        raise ConfigError(None, "config 'rank': give the job as job: <file> or job-url: <url>")
    if rank.get("job") and rank.get("job-url"):  # else job-url would be ignored
        raise ConfigError(None, "config 'rank': give job: <file> or job-url: <url>, not both")
    rank = dict(rank)
    if rank.get("job"):
        rank["job"] = path_of(rank["job"])
    return rank
