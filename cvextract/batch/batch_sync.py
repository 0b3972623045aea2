"""One sync of the target's file system per batch, instead of an fsync per file written.

Jobs that run in this machine's batch processes (the worker pool, jobs run in place, the model-call
process) write their files atomically (temporary file + rename: a killed process leaves the old file or the whole new one) but
do not wait for the disk: an fsync costs several milliseconds, four or more per CV. The batch syncs
the target's file system once when it ends (``syncfs``).

What that gives up, and how it is made good: until that sync, the files of finished jobs may be in
memory only. A process killed (kill -9, the OOM killer) loses nothing: the kernel still writes them.
A machine that stops (power loss, kernel crash) may leave such a file empty, cut short or missing,
while Snakemake's own records (its metadata and "incomplete" markers, never synced either) may count
the job as done. So the batch leaves a marker in the target while it runs (written and synced
before any job: ``logs/unsynced-batch.json``, holding the machine's boot id and the batch's start
time) and removes it after the final sync. The next batch that finds it with another boot id
knows the machine restarted before everything was on disk: it removes every output written since
that batch started, and Snakemake does those jobs again. Found with the same boot id (only the
processes died) nothing is removed; its start time carries over to the new marker.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from pathlib import Path

from ..atomic import write_json
from ..layout import LOGS

log = logging.getLogger("cvextract.batch")

MARKER = "unsynced-batch.json"  # in <target>/logs
BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def _boot_id() -> str | None:
    try:
        return BOOT_ID.read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def _marker(target: Path) -> Path:
    return target / LOGS / MARKER


def recover(target: str | Path, outputs: list[str]) -> int:
    """Before Snakemake looks at any output: when the marker of an earlier batch says the machine
    restarted before that batch's files were on disk, remove those of ``outputs`` it wrote (and
    the marker). Returns how many were removed."""
    marker = _marker(Path(target))
    earlier = _read(marker)
    if earlier is None or (earlier.get("boot_id") == _boot_id() and earlier.get("boot_id") is not None):
        return 0
    removed = _remove_written_since(outputs, earlier["started"])
    if removed:
        log.info("cvextract: the machine restarted before the last batch in %s was on disk: "
                 "%d output(s) it wrote will be made again", target, removed)
    marker.unlink()
    _sync_folder(marker.parent)
    return removed


def mark(target: str | Path) -> None:
    """Before the batch's first job: mark it as not yet on disk (written and synced itself). An
    earlier batch's marker from this boot (its processes were killed) gives its start time."""
    marker = _marker(Path(target))
    earlier = _read(marker)
    started = time.time() if earlier is None else min(time.time(), earlier["started"])
    write_json(marker, {"boot_id": _boot_id(), "started": started})  # fsynced: written outside any job
    _sync_folder(marker.parent)


def _read(marker: Path) -> dict | None:
    try:
        earlier = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return earlier if isinstance(earlier, dict) and isinstance(earlier.get("started"), (int, float)) else None


def end(target: str | Path) -> None:
    """After the batch: everything it wrote to disk, then the marker away."""
    target = Path(target)
    try:
        _sync_file_system(target)
    except OSError as exc:  # the marker stays: the next batch knows
        log.warning("cvextract: %s: could not sync the batch's files to disk (%s)", target, exc.strerror or exc)
        return
    _marker(target).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        _sync_folder(_marker(target).parent)


def _remove_written_since(outputs: list[str], since: float) -> int:
    removed = 0
    for path in outputs:
        try:
            if os.stat(path).st_mtime >= since - 1:  # a coarse file-system clock rounds down
                os.unlink(path)
                removed += 1
        except FileNotFoundError:
            continue
    return removed


def _sync_folder(folder: Path) -> None:
    """Make a rename or removal in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_file_system(path: Path) -> None:
    """``syncfs`` on the file system holding ``path`` (Linux); elsewhere ``sync`` of every one."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    syncfs = getattr(libc, "syncfs", None)
    if syncfs is None:
        os.sync()
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        if syncfs(fd) != 0:
            errno = ctypes.get_errno()
            raise OSError(errno, os.strerror(errno))
    finally:
        os.close(fd)
