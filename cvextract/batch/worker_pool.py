"""A process pool that lives inside the Snakemake process for the length of a batch.

With ``--force-use-threads`` (set by ``profiles/default``) Snakemake runs each job's ``run:`` body
in a thread of its own process: no Python start-up per job. CPU-bound bodies hand the stage call to
this pool, so the work runs in ``--cores`` worker processes that imported the stage code once,
instead of sharing one GIL with the scheduler.

The pool starts only when the batch has enough work to pay for it: the first ``IN_PLACE_JOBS`` jobs
run in this process, one at a time; then the workers start in the background (a spawned worker
costs about a second of start-up and imports) while jobs go on running here, and take over once
every one of them is ready. A rerun that adds a few CVs never starts the pool. An LLM batch whose
adjust jobs extract many CVs starts it while its first model call, the research, is answered
(:func:`start_now`). Jobs do not wait for the disk:
their atomic writes skip their fsync (:func:`cvextract.atomic.deferred_sync`); the batch syncs the
target once when it ends (:mod:`cvextract.batch.batch_sync`).

Workers leave stopping to the Snakemake process and exit when it dies
(:mod:`cvextract.batch.child_process`).
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import CancelledError, ProcessPoolExecutor, wait

from ..atomic import deferred_sync
from .child_process import prepare, signals_blocked

_lock = threading.Lock()
_workers = 0
_pool: ProcessPoolExecutor | None = None
_stopping = False
_ready = threading.Event()    # every worker has started and imported the stage code
_in_place = threading.Lock()  # jobs that run in this process run one at a time (they share its GIL)
_in_place_jobs = 0

# Jobs run in this process before the workers are started: a rerun that adds up to 5 CVs (extract
# and apply each) stays below it.
IN_PLACE_JOBS = 10
# Imported by each worker as it starts, so the first jobs do not pay them.
WARM_MODULES = ("cvextract.stages", "cvextract.extract.docx_cv", "cvextract.render.docx_template")


def configure(workers: int) -> None:
    """How many worker processes this process's pool may have (0: no pool, jobs run in place);
    a new batch: no job has run yet and none is stopping."""
    global _workers, _in_place_jobs, _stopping
    with _lock:
        _workers = max(0, workers)
        _in_place_jobs = 0
        _stopping = False
        _ready.clear()


def configured() -> bool:
    return _workers > 0


def start_now() -> None:
    """Start the workers now if this batch has a pool that has not started: the batch knows that
    many CPU-bound jobs are ahead and the cores are idle meanwhile (an LLM batch's research call,
    :meth:`~cvextract.batch.batch_plan.BatchPlan.start`); jobs still run in place until the workers
    are ready."""
    with _lock:
        if _workers and _pool is None and not _stopping:
            _start()


def _start() -> None:
    """Start the workers (called under ``_lock``); the pool is ready once each has warmed up."""
    global _pool
    # spawn, not fork: Snakemake's process is multi-threaded by now.
    _pool = ProcessPoolExecutor(max_workers=_workers, mp_context=multiprocessing.get_context("spawn"),
                                initializer=prepare, initargs=(os.getpid(), WARM_MODULES))
    atexit.register(shutdown)
    with signals_blocked():
        warming = [_pool.submit(os.getpid) for _ in range(_workers)]  # starts them (spawn: on demand)
    threading.Thread(target=_mark_ready, args=(_pool, warming), name="cvextract-pool-warm-up", daemon=True).start()


def _mark_ready(pool: ProcessPoolExecutor, warming: list) -> None:
    """Once every worker has answered (or the pool was shut down meanwhile), jobs go to the pool.
    A thread of its own, not a done-callback: one may run at once, in the thread that holds ``_lock``."""
    wait(warming)
    with _lock:
        if pool is _pool:
            _ready.set()


def _stopped() -> KeyboardInterrupt:
    """What a job gets whose work the stopping batch will not run: interrupted, not failed."""
    return KeyboardInterrupt("the batch is stopping")


def _run_deferring_sync(function, args, kwargs):
    with deferred_sync():
        return function(*args, **kwargs)


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
    """``function(*args, **kwargs)`` in a worker process once the pool is ready, else in this
    thread; its result or its exception (its files are synced with the batch's, at its end).
    Work dropped by :func:`stop_pending` ends with KeyboardInterrupt: interrupted, not failed."""
    global _in_place_jobs
    if not _ready.is_set():
        with _in_place:
            if _stopping:
                raise _stopped()
            if not _ready.is_set():
                with _lock:
                    _in_place_jobs += 1
                    if _pool is None and _in_place_jobs > IN_PLACE_JOBS:
                        _start()  # this job and those after it run here until the workers are ready
                return _run_deferring_sync(function, args, kwargs)
    with _lock:
        if _stopping or _pool is None:
            raise _stopped()
        pool = _pool
    try:
        return pool.submit(_run_deferring_sync, function, args, kwargs).result()
    except CancelledError:
        raise _stopped() from None
    except RuntimeError:  # "cannot schedule new futures after shutdown": a stop came in between
        if _stopping:
            raise _stopped() from None
        raise


_closing: list[threading.Thread] = []  # shutdowns of pools whose workers may still be exiting


def shutdown(wait: bool = True) -> None:
    """Stop the pool (work not started is dropped). ``wait`` False: the workers exit in the
    background while the batch's end writes its report; a later call waits for them."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
        _ready.clear()
        if pool is not None:
            closing = threading.Thread(target=pool.shutdown, kwargs={"wait": True, "cancel_futures": True},
                                       name="cvextract-pool-shutdown", daemon=True)
            _closing.append(closing)
            closing.start()
    while wait:
        with _lock:
            if not _closing:
                return
            closing = _closing.pop()
        closing.join()
