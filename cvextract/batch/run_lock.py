"""Stale Snakemake locks: a killed run leaves ``.snakemake/locks`` behind and the next run refuses.

A lock is stale when no Snakemake process is working in that directory; then it is safe to clear.
A live one is reported with the process id instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
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


def clear_stale_lock(workdir: Path, snakefile: Path) -> bool:
    """Clear the lock in ``workdir`` if nothing holds it. Returns True when one was cleared."""
    locks = workdir / ".snakemake" / "locks"
    if not locks.is_dir() or not any(locks.iterdir()):
        return False
    pids = holders(workdir)
    if pids:
        raise ConfigError(workdir, "another batch is running in this target (snakemake pid "
                                   f"{', '.join(map(str, pids))}); wait for it or stop it first")
    subprocess.run([sys.executable, "-m", "snakemake", "-s", str(snakefile), "-d", str(workdir),
                    "--unlock", "--workflow-profile", "none", "--config", "source=/", "--cores", "1"],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if locks.is_dir() and any(locks.iterdir()):
        for lock in locks.iterdir():
            lock.unlink(missing_ok=True)
    return True
