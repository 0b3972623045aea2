"""What every helper process of a batch (a worker-pool worker, the model-call process) does first.

It leaves stopping to the Snakemake process: Ctrl-C in a terminal reaches the whole process group,
and a helper killed by SIGINT would fail its jobs (and break its pool) before Snakemake could stop
them in order. So a helper is started with SIGINT and SIGTERM blocked (:func:`signals_blocked`
around the start, the mask is inherited) and then ignores them (:func:`prepare`).

And it outlives nothing: when the Snakemake process dies without stopping it (SIGKILL, the OOM
killer), the helper notices within half a second that it was re-parented, and exits.
"""

from __future__ import annotations

import contextlib
import os
import signal
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


def _exit_with_parent(parent_pid: int) -> None:
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="cvextract-parent-watch", daemon=True).start()
