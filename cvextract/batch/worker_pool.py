"""A process pool that lives inside the Snakemake process for the length of a batch.

With ``--force-use-threads`` (set by ``profiles/default``) Snakemake runs each job's ``run:`` body
in a thread of its own process: no Python start-up per job. The body hands the stage call to this
pool, so the CPU-bound work runs in ``workflow.cores`` worker processes that imported the stage
code once, instead of sharing one GIL with the scheduler.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _warm_up() -> None:
    # Pay the imports once per worker, not once per job.
    import cvextract.batch.jobs  # noqa: F401
    import cvextract.extract.docx_cv  # noqa: F401
    import cvextract.render.docx_template  # noqa: F401


def get_pool(workers: int) -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            # spawn, not fork: Snakemake's process is multi-threaded by now.
            _pool = ProcessPoolExecutor(max_workers=max(1, workers),
                                        mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_warm_up)
            atexit.register(shutdown)
        return _pool


def shutdown() -> None:
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=True, cancel_futures=True)
            _pool = None
