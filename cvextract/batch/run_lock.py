"""Stale Snakemake locks: a killed run leaves ``.snakemake/locks`` behind and the next run refuses.

A lock is stale when no Snakemake process is working in that directory; then it is safe to clear.
A live one is reported with the process id instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import ConfigError


def holders(workdir: Path) -> list[int]:
    """Process ids of running Snakemake processes whose working directory is ``workdir``."""
    found = []
    workdir = workdir.resolve()
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if int(entry.name) == os.getpid():
                continue
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            if not any(b"snakemake" in part for part in cmdline[:3]):
                continue
            if Path(os.readlink(entry / "cwd")).resolve() == workdir:
                found.append(int(entry.name))
        except (OSError, ValueError):
            continue
    return found


def clear_stale_lock(workdir: Path, snakefile: Path | None = None) -> bool:
    """Clear the lock in ``workdir`` if nothing holds it. Returns True when one was cleared.

    What ``snakemake --unlock`` does for the file-based lock: delete the files in
    ``.snakemake/locks``. Done here directly: ``--unlock`` would start Snakemake and parse the
    workflow (a second or more) just to delete them. ``snakefile`` is accepted for compatibility.
    """
    pids = holders(workdir)  # also before it has taken its lock: a batch still reading its CVs
    if pids:
        raise ConfigError(workdir, "another batch is running in this target (snakemake pid "
                                   f"{', '.join(map(str, pids))}); wait for it or stop it first")
    locks = workdir / ".snakemake" / "locks"
    if not locks.is_dir() or not any(locks.iterdir()):
        return False
    for lock in locks.iterdir():
        if lock.is_file():
            lock.unlink(missing_ok=True)
    return True
