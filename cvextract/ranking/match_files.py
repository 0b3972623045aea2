"""Each CV's match below ``<target>/ranking/``, mirroring the source tree, kept while it is current.

A match file records what it was computed from (the extracted JSON's size and modification time,
the requirements file's digest): the ranking reuses it while both are unchanged and matches again
otherwise, so adding a CV matches only that CV, and a new job file matches every CV. Match files
are derived in a millisecond from files already on disk: they are written atomically but not
fsynced, and one that cannot be read is simply computed again.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..atomic import deferred_sync, write_text
from .job_file import Requirement
from .matching import match_cv


def requirements_digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def current_match(cv_json: Path, match_file: Path, requirements: list[Requirement], digest: str) -> dict:
    """The CV's match: the stored one while current, else computed now and stored. Raises
    FileNotFoundError without extracted JSON, the CvError of one that cannot be read."""
    from ..stages import read_cv_json

    info = os.stat(cv_json)
    stamp = {"cv": [info.st_size, info.st_mtime_ns], "requirements": digest}
    try:
        stored = json.loads(match_file.read_text(encoding="utf-8"))
        if isinstance(stored, dict) and stored.get("stamp") == stamp:
            return stored
    except (OSError, ValueError):
        pass
    match = {**match_cv(read_cv_json(cv_json), requirements), "stamp": stamp}
    with deferred_sync():  # compact: the C encoder, ten times faster than an indented dump
        write_text(match_file, json.dumps(match, ensure_ascii=False) + "\n")
    return match
