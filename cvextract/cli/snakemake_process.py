"""The Snakemake subprocess of a ``--parallel`` batch: how it is stopped, and with whom it dies."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time


# Snakemake is always stopped with SIGINT, as Ctrl-C would: it cancels its jobs, marks their outputs
# incomplete and releases its lock within about a second. Not with SIGTERM: Snakemake 9's SIGTERM
# handler takes the scheduler's lock, and when the signal lands while the scheduler holds it
# (frequent with many short jobs) Snakemake deadlocks and never exits.
#
# One SIGINT is not always enough: it can land where Snakemake counts it as a job's failure (the
# job's bookkeeping) and carries on. So the request is repeated until Snakemake says it is stopping
# (``stopping``: the CLI saw its STOPPING_MESSAGE) or exits; the workflow ignores repeats from then on.
ASK_AGAIN_SECONDS = 1.0


def ask_to_stop(proc: subprocess.Popen, stopping: threading.Event, *, first_wait: float = 0.0,
                give_up: float | None = None) -> None:
    """SIGINT to Snakemake now (after ``first_wait`` seconds when it got one already, as with Ctrl-C
    in a terminal) and again every ASK_AGAIN_SECONDS, until it says it is stopping or exits; at most
    ``give_up`` seconds when given."""
    deadline = None if give_up is None else time.monotonic() + give_up
    wait = first_wait
    while not _stopping_or_gone(proc, stopping, wait):
        if deadline is not None and time.monotonic() >= deadline:
            return
        proc.send_signal(signal.SIGINT)
        wait = ASK_AGAIN_SECONDS


def _stopping_or_gone(proc: subprocess.Popen, stopping: threading.Event, seconds: float) -> bool:
    """Whether, within ``seconds``, Snakemake says it is stopping or exits."""
    until = time.monotonic() + seconds
    while not (stopping.is_set() or proc.poll() is not None):
        left = until - time.monotonic()
        if left <= 0:
            return False
        stopping.wait(min(left, 0.05))
    return True


def stop(proc: subprocess.Popen, stopping: threading.Event, first_wait: float = 0.0, grace: float = 15.0) -> None:
    """Ask Snakemake to stop (see :func:`ask_to_stop`), give it ``grace`` seconds to finish its
    orderly stop, then SIGKILL."""
    ask_to_stop(proc, stopping, first_wait=first_wait, give_up=grace)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def forward_sigterm(proc: subprocess.Popen, terminated: threading.Event, stopping: threading.Event):
    """While the batch runs, SIGTERM to the CLI stops Snakemake (a second one kills it).

    Without this the CLI would die at once and leave Snakemake running the whole batch unseen.
    The requests to Snakemake are repeated from a thread until it says it is stopping or exits.
    Returns the function that restores the previous handler.
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def on_sigterm(signum, frame):
        if proc.poll() is None and terminated.is_set():
            proc.send_signal(signal.SIGKILL)
        elif not terminated.is_set():
            threading.Thread(target=ask_to_stop, args=(proc, stopping), name="cvextract-stop", daemon=True).start()
        terminated.set()

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    return lambda: signal.signal(signal.SIGTERM, previous)


def end_with_parent():
    """The child's set-up between fork and exec: Snakemake listens to SIGINT, and (Linux) gets it
    when the CLI dies, even by SIGKILL, instead of running on unseen.

    A command started in the background by a non-interactive shell inherits SIGINT *ignored*; reset
    it, or neither Ctrl-C nor the CLI's own stop request would ever reach Snakemake.
    """
    prctl = None
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            prctl = ctypes.CDLL(None, use_errno=True).prctl
        except (OSError, AttributeError):
            prctl = None
    pr_set_pdeathsig = 1

    def set_up_child() -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if prctl is not None:
            prctl(pr_set_pdeathsig, signal.SIGINT)

    return set_up_child


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
