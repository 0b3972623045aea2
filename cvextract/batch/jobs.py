"""Per-CV job entry points for the Snakemake rules: call the stage, record the outcome in the job log.

On failure the job log and the raised :class:`JobFailed` both carry the one-line cause, which
names the CV; the job removes the outputs its failure leaves outdated (:func:`run_job`; Snakemake
keeps a failed job's outputs under profiles/default's keep-incomplete) and, under ``--keep-going``,
Snakemake carries on with the other CVs.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path

from .. import stages
from ..atomic import write_text
from ..errors import CvError, UnreadableLayoutError
from ..layout import TargetLayout
from ..llm.usage import recording, write_job_usage
from . import llm_process, worker_pool


class JobFailed(Exception):
    """A CV's job failed for an expected reason; the message is the one-line cause."""


def _log(log_path: str | None, lines: list[str]) -> None:
    if log_path:
        write_text(log_path, "\n".join(lines) + "\n")


def _run(stage: str, log_path: str | None, call) -> list[str]:
    started = time.perf_counter()
    try:
        with recording() as usage:
            try:
                result = call()
            finally:
                if log_path:  # the job's model calls and cache hits, for logs/llm-usage.json
                    write_job_usage(log_path, usage)
        took = (time.perf_counter() - started) * 1000
        _log(log_path, [f"OK {stage}: {result.source} -> {result.output} ({took:.0f} ms, pid {os.getpid()})"]
             + ([f"extractor: {result.extractor}"] if result.extractor else [])
             + [f"warning: {w}" for w in result.warnings])
    except CvError as exc:
        with contextlib.suppress(CvError):  # a full disk takes the log too: the cause still travels
            _log(log_path, [f"FAILED {stage}: {exc}"])
        raise (NeedsModel if isinstance(exc, UnreadableLayoutError) else JobFailed)(str(exc)) from None
    except Exception as exc:  # a bug: keep the cause in the log and the message, not a bare traceback
        with contextlib.suppress(CvError):
            _log(log_path, [f"FAILED {stage}: unexpected {type(exc).__name__}: {exc}"])
        raise
    return result.warnings


def extract_job(source: str, output: str, log: str | None = None, *, extractor: str,
                fallback: str | None = None, sections: dict | None = None) -> list[str]:
    from ..extract.legacy_formats import warm_conversions

    with warm_conversions():  # a legacy CV converts through the worker's LibreOffice, kept warm
        return _run("extract", log, lambda: stages.extract_cv(source, output, extractor=extractor,
                                                              fallback=fallback, sections=sections))


class NeedsModel(JobFailed):
    """The rules could not read the CV's layout; with ``extract.fallback`` the model reads it."""


_model_slots: threading.BoundedSemaphore | None = None  # every model-calling job of this process holds one
_model_slots_lock = threading.Lock()


def share_llm_cap(cap: int) -> None:
    """Hold this process's model-calling jobs to ``cap`` at once (the batch's ``llm`` cap).

    Snakemake's ``llm`` resource decides which model jobs start (research, adjust, openai-extractor);
    an extract job's fallback call is known to be needed only once the rules have read the CV, so
    it cannot claim that resource. Every model-calling job (those that claim it and the fallbacks)
    takes one of these ``cap`` slots as well: a fallback waits for a slot the claiming jobs leave
    free, and model calls in flight stay within ``cap`` in all. The claiming jobs alone never
    exceed ``cap``, so they wait only on fallbacks in flight."""
    global _model_slots
    with _model_slots_lock:
        _model_slots = threading.BoundedSemaphore(max(1, cap))


def _model_slot():
    return _model_slots if _model_slots is not None else contextlib.nullcontext()


def extract_with_fallback(source: str, output: str, log: str | None, *, extractor: str, fallback: str | None,
                          sections: dict | None, pooled: bool, stale: tuple[str, ...] = ()) -> list[str]:
    """The extract job of a batch: the rules (in the worker pool); with ``fallback``, a CV they
    cannot read goes again, alone, to the model-call process (``pooled`` False: the extractor
    itself calls the model, and every CV goes there), where the rules hand it to the fallback
    extractor, holding one of the batch's model-call slots (:func:`share_llm_cap`)."""
    try:
        return run_job(extract_job, source, output, log, extractor=extractor, sections=sections,
                       pooled=pooled, calls_model=not pooled, stale=stale)
    except NeedsModel:
        if not fallback:
            raise
    return run_job(extract_job, source, output, log, extractor=extractor, sections=sections,
                   fallback=fallback, calls_model=True, stale=stale)


def apply_job(data: str, template: str, output: str, log: str | None = None) -> list[str]:
    return _run("apply", log, lambda: stages.apply_cv(data, template, output))


def extract_and_render(source: str, outputs: list[str], logs: list[str], *, template: str | None, pooled: bool,
                       stale: tuple[str, ...] = (), stale_after_render: tuple[str, ...] = (), **options) -> None:
    """A CV's extract job in a batch: extracted (``outputs[0]``) and, given a ``template``, rendered
    in the worker pool (``outputs[1]``), one Snakemake job for both (:attr:`BatchPlan.renders_in`).
    A failed render removes the document only: the extracted JSON stays (keep-incomplete)."""
    extract_with_fallback(source, outputs[0], logs[0], pooled=pooled, stale=stale, **options)
    _render(outputs, logs, template, stale_after_render)


def adjust_and_render(data: str | None, outputs: list[str], logs: list[str], *, template: str | None, rel: str,
                      source: str | None = None, extract: dict | None = None, stale: tuple[str, ...] = (),
                      stale_after_extract: tuple[str, ...] = (), stale_after_render: tuple[str, ...] = (),
                      **options) -> None:
    """A CV's adjust job in a batch: tailored in the model-call process (``outputs[0]``) and, given a
    ``template``, rendered in the worker pool (``outputs[1]``), one Snakemake job for both
    (:attr:`BatchPlan.renders_in`). A failed render removes the document only: the adjusted JSON
    stays (keep-incomplete), and the next run renders it again from the answer cache.

    Given the CV's ``source``, the job extracts it first, with the ``extract`` job's options, into
    its last output (:attr:`BatchPlan.extracts_in`): a failed extraction removes ``stale_after_extract``;
    a failed model call keeps the extracted JSON and its log, as a separate extract job's."""
    if source:
        data = outputs[-1]
        extract_with_fallback(source, data, logs[-1], stale=stale_after_extract, **(extract or {}))
    run_job(adjust_job, data, outputs[0], logs[0], rel=rel, calls_model=True, stale=stale, **options)
    _render(outputs, logs, template, stale_after_render)


def _render(outputs: list[str], logs: list[str], template: str | None, stale: tuple[str, ...]) -> None:
    """The render that ends an extract or adjust job: ``outputs[0]`` into ``outputs[1]``."""
    if template:
        run_job(apply_job, outputs[0], template, outputs[1], logs[1], pooled=True, stale=stale)


def pdf_job(document: str, output: str, log: str | None = None, *, warm: bool = True) -> list[str]:
    return _run("pdf", log, lambda: stages.pdf_cv(document, output, warm=warm))


def adjust_job(data: str, output: str, log: str | None = None, *, steps: list[dict], target: str,
               rel: str, mask_personal_data: bool = True, guard: str = "revert") -> list[str]:
    return _run("adjust", log, lambda: stages.adjust_cv(data, output, steps, layout=TargetLayout(Path(target)), rel=rel,
                                                        mask_personal_data=mask_personal_data, guard=guard))


def export_job(data: str, output: str, log: str | None = None, *, format: str) -> list[str]:
    return _run(format, log, lambda: stages.export_cv(data, output, format=format))


def research_job(steps: list[dict], target: str, log: str | None = None) -> list[str]:
    return _run("research", log, lambda: stages.research_customers(steps, layout=TargetLayout(Path(target))))


def requirements_job(job_file: str | None, output: str, log: str | None = None, *, job_url: str | None,
                     aliases: dict, target: str) -> list[str]:
    layout = TargetLayout(Path(target))
    return _run("requirements", log, lambda: stages.rank_requirements(job_file, output, job_url=job_url, aliases=aliases,
                                                                      cache_dir=layout.llm_cache_dir))


def ranking_job(cvs: list[tuple[str, str]], target: str, log: str | None = None, *, embeddings: bool = False) -> list[str]:
    return _run("ranking", log, lambda: stages.gather_ranking(cvs, layout=TargetLayout(Path(target)),
                                                              embeddings=embeddings))


def run_job(job, *args, pooled: bool = False, calls_model: bool = False, stale: tuple[str, ...] = (),
            **kwargs) -> list[str]:
    """Run one job function (``extract_job``, ...): in the batch's worker pool when ``pooled`` and
    this process has one (CPU-bound work in the scheduling process), in the model-call process when
    ``calls_model`` and this process has one, else in the calling thread. A job that calls the
    model holds one of the batch's model-call slots while it runs (:func:`share_llm_cap`).

    ``stale``: the CV's outputs this stage's failure leaves outdated (:meth:`BatchPlan.outdated_by`):
    removed when it fails, for any reason, so an old document never looks like the result of a CV
    that no longer extracts (and the next run retries). Snakemake keeps a failed job's outputs
    (keep-incomplete in every profile), so this is what removes them.
    """
    try:
        with _model_slot() if calls_model else contextlib.nullcontext():  # the llm cap, fallbacks included
            if calls_model and llm_process.configured():
                return llm_process.call(job, *args, **kwargs)
            if pooled and worker_pool.configured():
                return worker_pool.call(job, *args, **kwargs)
            return job(*args, **kwargs)
    # CvError: the job's own log could not be written (a full disk)
    except (JobFailed, CvError, llm_process.ModelCallProcessDied) as exc:
        _remove(stale)
        # the cause, without the pool's traceback frames
        raise (exc if type(exc) is NeedsModel else JobFailed(str(exc))) from None
    except BaseException:  # a bug, or the job stopped: nothing outdated stays either
        _remove(stale)
        raise


def _remove(paths: tuple[str, ...]) -> None:
    for path in paths:
        Path(path).unlink(missing_ok=True)
