"""Debian packages that some tests drive for real (Slurm, LibreOffice, Chromium, pdftotext).

    from system_packages import require_command
    soffice = require_command("soffice", package="libreoffice-writer-nogui")

``require_command`` returns the command's path. When it is missing and this process is root on a
machine with apt-get, it installs the package first (one install at a time across test processes,
``apt-get update`` when the package lists are empty or the install fails). Where that cannot be done
the test skips with a one-line reason — except in CI (``CI`` set, as ``.ci/run`` does), where a
missing component fails the test: CI must exercise the real thing.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path

import pytest

_LOCK = Path("/tmp/cvextract-test-apt.lock")
_APT_TIMEOUT = 1200


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _apt_install(packages: list[str]) -> str | None:
    """Install ``packages`` with apt-get; return None on success, else a one-line reason."""
    if os.geteuid() != 0:
        return "not root, cannot install it with apt-get"
    if shutil.which("apt-get") is None:
        return "no apt-get on this machine"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends",
               "-o", "DPkg::Lock::Timeout=600", *packages]
    with _LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            done = subprocess.run(install, env=env, capture_output=True, text=True, timeout=_APT_TIMEOUT)
            if done.returncode != 0:
                subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True,
                               timeout=_APT_TIMEOUT)
                done = subprocess.run(install, env=env, capture_output=True, text=True,
                                      timeout=_APT_TIMEOUT)
        except subprocess.TimeoutExpired:
            return f"apt-get install {' '.join(packages)} took longer than {_APT_TIMEOUT} s"
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        return f"apt-get install {' '.join(packages)} failed: {tail}"
    return None


def require_command(command: str, *, package: str, extra_packages: tuple[str, ...] = ()) -> str:
    """The path of ``command``, installing Debian ``package`` (and ``extra_packages``) when missing."""
    path = shutil.which(command)
    if path is None:
        reason = _apt_install([package, *extra_packages])
        path = shutil.which(command)
        if path is None:
            _unavailable(f"{command} (Debian package {package}) is not installed"
                         + (f": {reason}" if reason else ""))
    return path
