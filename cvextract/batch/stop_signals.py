"""Ctrl-C and SIGTERM in the main Snakemake process: one orderly stop, raised where Snakemake handles it.

Both signals stop the batch as Ctrl-C does: Snakemake cancels its jobs, marks their outputs
incomplete and releases its lock. SIGTERM is not left to Snakemake, whose own handler (9.27) takes
the scheduler's lock and deadlocks when the signal lands while the scheduler holds it.

The interrupt is raised only where Snakemake can handle it: in its own code, or where the main
thread waits (Snakemake's scheduler spends its idle time waiting for jobs to finish). A signal that
lands elsewhere is sent again 20 ms later, to the main thread (the kernel may hand a process's
signal to any thread), until it lands well (at most 5 s, then it is raised where it lands). A
KeyboardInterrupt raised at an arbitrary point breaks things Snakemake cannot recover from:

- Snakemake runs parts of its scheduling loop (input sizes, job post-processing) as coroutines on
  an event loop that it reuses. A KeyboardInterrupt raised inside one is handled as a stop, but
  stays in the loop and is raised again when Snakemake next uses it, on its way out: Snakemake then
  dies by SIGINT and leaves its lock behind (Snakemake 9.27).
- Raised inside the standard library's locking code (logging, queues, threads), just after a lock
  was taken and before the block that releases it, it leaves the lock taken: the next log line
  hangs Snakemake for good.
- Raised inside an input function (or Snakemake's evaluation of one, or a workflow hook), it is
  reported as that function's error (``InputFunctionException``), and the batch fails instead of
  stopping.

A signal handler must not take locks itself (starting a thread does): the handler only writes a
byte to a pipe; a thread started beforehand sends the signal again, or drops the worker pool's
queued work once the interrupt is raised.

Once Snakemake says it is stopping (it logs STOPPING_MESSAGE), further requests are ignored: they
would land in its orderly stop and cut it short, leaving the lock behind. Until then a request
repeated after REPEAT_AFTER_SECONDS interrupts again: the first one can be lost where Snakemake
counts it as a job's failure (a job's bookkeeping), and the CLI repeats its request until it sees
Snakemake stopping. A stop that must not wait is SIGKILL.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from typing import Callable

from .snakemake_runtime import watch_for_stopping

RESEND_SECONDS = 0.02
REPEAT_AFTER_SECONDS = 0.5  # an interrupt not followed by Snakemake's stopping message by then was lost
MAX_RESENDS = 250  # then interrupt wherever the signal lands (5 s of resends)
_STOP_ONLY = 0

_state: dict = {}


def install(on_stop: Callable[[], None]) -> None:
    """Handle SIGINT and SIGTERM in this (main) thread; ``on_stop`` runs once, in a thread of its
    own, when the first of them interrupts Snakemake."""
    read_fd, write_fd = os.pipe()
    stopping = threading.Event()
    watch_for_stopping(stopping)
    _state.update(write_fd=write_fd, interrupted=None, resends=0, stopping=stopping)
    threading.Thread(target=_serve, args=(read_fd, on_stop, threading.get_ident()), name="cvextract-stop",
                     daemon=True).start()
    signal.signal(signal.SIGINT, _handle)
    signal.signal(signal.SIGTERM, _handle)


def _handle(signum, frame) -> None:
    interrupted = _state["interrupted"]
    if interrupted is not None and (_state["stopping"].is_set()
                                    or time.monotonic() - interrupted < REPEAT_AFTER_SECONDS):
        return
    if not _safe_to_interrupt(frame) and _state["resends"] < MAX_RESENDS:
        _state["resends"] += 1
        os.write(_state["write_fd"], bytes([signum]))
        return
    _state["interrupted"] = time.monotonic()
    if interrupted is None:
        os.write(_state["write_fd"], bytes([_STOP_ONLY]))
    signal.default_int_handler(signum, frame)


def _serve(read_fd: int, on_stop: Callable[[], None], main_thread: int) -> None:
    while True:
        message = os.read(read_fd, 1)
        if not message:
            return
        if message[0] == _STOP_ONLY:
            on_stop()
            continue  # a repeated request (the first was lost) may still need sending again
        time.sleep(RESEND_SECONDS)
        signal.pthread_kill(main_thread, message[0])


# Standard library code that holds locks across several statements, or Snakemake's event loop.
_UNSAFE_PACKAGES = frozenset({"asyncio", "logging", "threading", "queue", "concurrent", "multiprocessing", "selectors"})
# Code whose exceptions Snakemake turns into a job's or the workflow's error, not a stop: the
# workflow's own functions (input functions, hooks) and Snakemake's evaluation of input functions.
_WRAPPED_PACKAGES = frozenset({"cvextract"})
_WRAPPED_MODULES = frozenset({"snakemake.rules"})


def _safe_to_interrupt(frame) -> bool:
    """Is the interrupted code Snakemake's own (not the standard library's locking code, its event
    loop, or code whose exceptions it reports as errors), or waiting on a condition (a semaphore,
    an event) of the threading module?"""
    try:
        waiting = frame is not None and frame.f_code is threading.Condition.wait.__code__
        while frame is not None:
            module = str(frame.f_globals.get("__name__") or "")
            package = module.partition(".")[0]
            if package == "asyncio" or (package in _UNSAFE_PACKAGES and not waiting):
                return False
            if package in _WRAPPED_PACKAGES or module in _WRAPPED_MODULES \
                    or frame.f_code.co_filename.endswith((".smk", "Snakefile")):
                return False
            frame = frame.f_back
    except Exception:  # never let the stop request fail: interrupt where it landed
        return True
    return True
