"""A process pool that lives inside the Snakemake process for the length of a batch.

With ``--force-use-threads`` (set by ``profiles/default``) Snakemake runs each job's ``run:`` body
in a thread of its own process: no Python start-up per job. CPU-bound bodies hand the stage call to
this pool, so the work runs in ``--cores`` worker processes that imported the stage code once,
instead of sharing one GIL with the scheduler. The pool starts with the first job handed to it.

A worker outlives nothing: when the Snakemake process dies without shutting the pool down (SIGKILL,
the OOM killer), each worker notices within half a second and exits, so no orphan keeps running.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
from concurrent.futures import CancelledError, ProcessPoolExecutor

_lock = threading.Lock()
_workers = 0
_pool: ProcessPoolExecutor | None = None
_stopping = False

PARENT_POLL_SECONDS = 0.5
# Imported by each worker as it starts, so the first jobs do not pay them.
WARM_MODULES = ("cvextract.stages", "cvextract.extract.docx_cv", "cvextract.render.docx_template")


def _exit_with_parent(parent_pid: int) -> None:
    """In a worker: end this process once ``parent_pid`` is gone (we get re-parented)."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="cvextract-parent-watch", daemon=True).start()


def _warm_up(parent_pid: int, modules: tuple[str, ...]) -> None:
    # A pool worker blocks on its call queue forever if the parent is killed (it holds a copy of
    # the queue's write end, so it never sees EOF): watch the parent instead.
    _exit_with_parent(parent_pid)
    from importlib import import_module

    for module in modules:
        import_module(module)


def configure(workers: int) -> None:
    """How many worker processes this process's pool may have (0: no pool, jobs run in place)."""
    global _workers
    with _lock:
        _workers = max(0, workers)


def configured() -> bool:
    return _workers > 0


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _stopping:
            raise KeyboardInterrupt("the batch is stopping")
        if _pool is None:
            # spawn, not fork: Snakemake's process is multi-threaded by now.
            _pool = ProcessPoolExecutor(max_workers=max(1, _workers),
                                        mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_warm_up, initargs=(os.getpid(), WARM_MODULES))
            atexit.register(shutdown)
        return _pool


def stop_pending() -> None:
    """The batch was told to stop (Ctrl-C, SIGTERM): drop the work handed to the pool that has not
    started, and take no more.

    Snakemake stops by waiting for every job it has handed out (up to ``pool_slots``, 4 per core),
    and each of those waits for its turn in this pool: without this, a stop request ran most of a
    batch to the end first, and took longer than the CLI's grace on a loaded machine (then killed,
    leaving Snakemake's lock). Jobs whose work is dropped end with KeyboardInterrupt, which
    Snakemake counts as interrupted, not failed. Work already running in a worker finishes.
    """
    global _stopping
    with _lock:
        _stopping = True
        pool = _pool
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def call(function, *args, **kwargs):
    """``function(*args, **kwargs)`` in a worker process; its result or its exception. Work dropped
    by :func:`stop_pending` ends with KeyboardInterrupt: interrupted, not failed."""
    try:
        return _get_pool().submit(function, *args, **kwargs).result()
    except CancelledError:
        raise KeyboardInterrupt("the batch is stopping") from None


def shutdown() -> None:
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=True, cancel_futures=True)
            _pool = None
