"""What every helper process of a batch (a worker-pool worker, the model-call process) does first.

It leaves stopping to the Snakemake process: Ctrl-C in a terminal reaches the whole process group,
and a helper killed by SIGINT would fail its jobs (and break its pool) before Snakemake could stop
them in order. So a helper is started with SIGINT and SIGTERM blocked (:func:`signals_blocked`
around the start, the mask is inherited) and then ignores them (:func:`prepare`).

And it outlives nothing: when the Snakemake process dies without stopping it (SIGKILL, the OOM
killer), the helper notices within half a second that it was re-parented, and exits.

Told to end (the batch is over), it ends at once, without tearing down every module it imported:
its work is on disk (atomic writes) and its results are sent by then, and the batch waits for its
helpers to exit (a pool of two took 0.23–0.48 s to exit after 120 CVs, 0.01–0.07 s without the teardown).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys
import threading
import time
from importlib import import_module
from typing import Iterator

PARENTS_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
PARENT_POLL_SECONDS = 0.5


@contextlib.contextmanager
def signals_blocked() -> Iterator[None]:
    """Block SIGINT and SIGTERM in this thread while a helper process is started (it inherits the mask)."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, PARENTS_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def prepare(parent_pid: int, modules: tuple[str, ...]) -> None:
    """In a new helper process: ignore the parent's stop signals, exit with ``parent_pid``, then
    import ``modules`` (so that its first job does not pay for them)."""
    for signum in PARENTS_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, PARENTS_SIGNALS)
    # A helper blocked on a queue or a socket never sees EOF if the parent is killed (a pool worker
    # holds a copy of its queue's write end): watch the parent instead.
    _exit_with_parent(parent_pid)
    for module in modules:
        import_module(module)
    # Registered last, so run first at exit (atexit runs the last registered first); only once the
    # imports have succeeded, so a helper that failed to start still exits with its error.
    atexit.register(_exit_now)


def _exit_now() -> None:
    """End the helper without a teardown of its modules (see the module's docstring)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def _exit_with_parent(parent_pid: int) -> None:
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="cvextract-parent-watch", daemon=True).start()
