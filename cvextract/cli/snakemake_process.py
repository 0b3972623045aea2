"""The Snakemake subprocess of a ``--parallel`` batch: how it is stopped, and with whom it dies."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading


# Snakemake is always stopped with SIGINT, as Ctrl-C would: it cancels its jobs, marks their outputs
# incomplete and releases its lock within about a second. Not with SIGTERM: Snakemake 9's SIGTERM
# handler takes the scheduler's lock, and when the signal lands while the scheduler holds it
# (frequent with many short jobs) Snakemake deadlocks and never exits.
def stop(proc: subprocess.Popen, first_wait: float = 0.0, grace: float = 15.0) -> None:
    for sig, wait in ((None, first_wait), (signal.SIGINT, grace), (signal.SIGKILL, None)):
        if proc.poll() is not None:
            return
        if sig is not None:
            proc.send_signal(sig)
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def forward_sigterm(proc: subprocess.Popen, terminated: threading.Event):
    """While the batch runs, SIGTERM to the CLI stops Snakemake (a second one kills it).

    Without this the CLI would die at once and leave Snakemake running the whole batch unseen.
    Returns the function that restores the previous handler.
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def stop(signum, frame):
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL if terminated.is_set() else signal.SIGINT)
        terminated.set()

    previous = signal.signal(signal.SIGTERM, stop)
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
