"""The rate-limit budget of one endpoint, shared by every process that calls it: a small file under a lock.

A provider counts requests per key, not per process. A batch's model-call process, its cluster jobs
and single runs side by side each keep a limiter; through this file they read and update one picture
of the provider's budget (what its headers said, the pause after a refusal, the configured pace),
so that N processes do not each spend all of it.

The file lives beside the answer cache (a batch's target: cluster nodes share it) or, without one, in
a per-user folder of the machine's temporary directory. It holds hints, never results: it is
rewritten in place under the lock, and a file that cannot be read is taken as empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Iterator

log = logging.getLogger("cvextract.llm")

MAX_STATE_BYTES = 1 << 20  # a state is a few hundred bytes (plus a line per call in flight)


def budget_path(endpoint: str, api_key: str, cache_dir: str | Path | None) -> Path | None:
    """Where the budget for ``endpoint`` and ``api_key`` is kept (the key only as part of a hash);
    ``None`` when there is no safe place for it (then each process keeps its own)."""
    digest = hashlib.sha256(f"{endpoint}\0{api_key}".encode("utf-8")).hexdigest()[:16]
    if cache_dir:
        return Path(cache_dir) / f"rate-limit-{digest}.budget"
    folder = Path(tempfile.gettempdir()) / f"cvextract-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if folder.is_symlink() or folder.stat().st_uid != os.getuid():
            return None  # someone else's folder: share nothing through it
    except OSError:
        return None
    return folder / f"rate-limit-{digest}.budget"


class SharedBudget:
    """One budget file; :meth:`locked` gives its state to change under an exclusive lock."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @contextlib.contextmanager
    def locked(self) -> Iterator[dict]:
        """The stored state (empty when there is none or it cannot be read), held under the lock for
        the ``with`` block; what the block leaves in it is stored. Raises OSError when the file
        cannot be opened or locked."""
        import fcntl

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except FileNotFoundError:  # the cache folder is new
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            raw = os.pread(fd, MAX_STATE_BYTES, 0)
            try:
                state = json.loads(raw) if raw else {}
            except ValueError:  # a write cut short by a killed process: start afresh
                state = {}
            if not isinstance(state, dict):
                state = {}
            yield state
            data = json.dumps(state, separators=(",", ":")).encode("utf-8")
            if data != raw:
                os.pwrite(fd, data, 0)
                os.ftruncate(fd, len(data))
        finally:
            os.close(fd)  # and with it the lock
