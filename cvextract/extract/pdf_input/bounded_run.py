"""Run one parse in a forked child with a deadline and a memory cap, so that a hostile file cannot
hang or exhaust the process reading it (a batch worker holds other CVs' work).

A PDF parser is a large body of pure-Python code reading untrusted structure: a content stream that
inflates to gigabytes, a page tree a million pages deep, a loop of references. Rather than hope every
path inside it is bounded, the parse runs in a child forked from this process (the parser is already
imported: a fork costs milliseconds), with ``RLIMIT_AS`` a fixed amount above what this process maps
and ``RLIMIT_CPU`` set; this process waits for its answer until a wall-clock deadline and kills it
after. The child ends with ``os._exit``: nothing of this process (exit handlers, converters, buffered
files) runs twice. Where ``fork`` does not exist the function runs here, unbounded.
"""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import resource
import select
import signal
import time
from typing import Any, Callable

MAX_ANSWER_BYTES = 64 * 1024 * 1024


class Exceeded(Exception):
    """The child ran past its deadline, or died (out of memory, a CPU limit, a crash)."""

    def __init__(self, what: str):
        super().__init__(what)
        self.what = what  # "time" or "memory" or "crash"


def run_bounded(func: Callable[[Any], Any], arg: Any, *, seconds: float, memory_bytes: int) -> Any:
    """``func(arg)`` computed in a child with at most ``seconds`` of wall time and ``memory_bytes`` of
    memory beyond this process's own; its return value (or the exception it raised) comes back
    pickled. Raises :class:`Exceeded` when the child is killed or dies without answering."""
    if not hasattr(os, "fork"):
        return func(arg)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        _child(func, arg, write_fd, read_fd, seconds, memory_bytes)
    os.close(write_fd)
    try:
        answer = _collect(read_fd, pid, time.monotonic() + seconds)
    finally:
        os.close(read_fd)
    kind, value = pickle.loads(answer)
    if kind == "error":
        raise value
    return value


def _child(func, arg, write_fd: int, read_fd: int, seconds: float, memory_bytes: int) -> None:
    status = 1
    try:
        os.close(read_fd)
        signal.signal(signal.SIGXCPU, signal.SIG_DFL)
        _limit(resource.RLIMIT_CPU, int(math.ceil(seconds)) + 1)
        _limit(resource.RLIMIT_AS, _mapped_bytes() + memory_bytes)
        try:
            answer = ("ok", func(arg))
        except MemoryError:
            answer = ("error", Exceeded("memory"))
        except RecursionError:
            answer = ("error", Exceeded("depth"))
        except Exception as exc:  # noqa: BLE001 - handed to the parent as it is
            answer = ("error", exc)
        try:
            data = pickle.dumps(answer)
        except Exception as exc:  # noqa: BLE001 - an exception that does not pickle
            data = pickle.dumps(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
        view = memoryview(data)
        while view:
            view = view[os.write(write_fd, view):]
        status = 0
    finally:
        os._exit(status)


def _limit(which: int, value: int) -> None:
    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(which, (value, hard))


def _mapped_bytes() -> int:
    """The address space this process maps now (the child starts as a copy of it)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _collect(read_fd: int, pid: int, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            _kill(pid)
            raise Exceeded("time")
        ready, _, _ = select.select([read_fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(read_fd, 1 << 20)
        if not chunk:
            break
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            _kill(pid)
            raise Exceeded("memory")
        chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if not chunks or not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU
        raise Exceeded("time" if killed else "crash")
    return b"".join(chunks)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
