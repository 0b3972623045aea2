"""Per-CV job entry points for the Snakemake rules: call the stage, record the outcome in the job log.

On failure the job log and the raised :class:`JobFailed` both carry the one-line cause, which
names the CV; Snakemake then removes the job's outputs and, under ``--keep-going``, carries on with
the other CVs.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from .. import stages
from ..atomic import write_text
from ..errors import CvError
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
             + [f"warning: {w}" for w in result.warnings])
    except CvError as exc:
        with contextlib.suppress(CvError):  # a full disk takes the log too: the cause still travels
            _log(log_path, [f"FAILED {stage}: {exc}"])
        raise JobFailed(str(exc)) from None
    except Exception as exc:  # a bug: keep the cause in the log and the message, not a bare traceback
        with contextlib.suppress(CvError):
            _log(log_path, [f"FAILED {stage}: unexpected {type(exc).__name__}: {exc}"])
        raise
    return result.warnings


def extract_job(source: str, output: str, log: str | None = None, *, extractor: str) -> list[str]:
    return _run("extract", log, lambda: stages.extract_cv(source, output, extractor=extractor))


def apply_job(data: str, template: str, output: str, log: str | None = None) -> list[str]:
    return _run("apply", log, lambda: stages.apply_cv(data, template, output))


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


def run_job(job, *args, pooled: bool = False, calls_model: bool = False, stale: tuple[str, ...] = (),
            **kwargs) -> list[str]:
    """Run one job function (``extract_job``, ...): in the batch's worker pool when ``pooled`` and
    this process has one (CPU-bound work in the scheduling process), in the model-call process when
    ``calls_model`` and this process has one, else in the calling thread.

    ``stale``: the CV's later-stage outputs. When this stage fails they are removed, so an old
    document never looks like the result of a CV that no longer extracts (and the next run retries).
    """
    try:
        if calls_model and llm_process.configured():
            return llm_process.call(job, *args, **kwargs)
        if pooled and worker_pool.configured():
            return worker_pool.call(job, *args, **kwargs)
        return job(*args, **kwargs)
    # CvError: the worker's files could not be synced to disk
    except (JobFailed, CvError, llm_process.ModelCallProcessDied) as exc:
        for path in stale:
            Path(path).unlink(missing_ok=True)
        raise JobFailed(str(exc)) from None  # the cause, without the pool's traceback frames
