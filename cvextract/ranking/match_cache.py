"""Each CV's match kept in ``<target>/ranking/matches.json`` with what it was computed from, so that
the next ranking matches only the CVs whose extracted JSON (or the requirements) changed.

Each entry records its ``stamp``: the digests of the extracted JSON and of the requirements file (reading
1,000 small files to hash them costs a tenth of a second; a modification time could miss a change
made within its clock tick). The word matches are kept; semantic ones are added each time from
cached embeddings. While both are unchanged the row's match is reused; otherwise the CV is matched
again. Adding a CV matches only that CV; a new job file matches every CV. One file, not one per
CV: creating a file costs more here than matching the CV. It is derived data: written atomically
but not fsynced, and one that cannot be read is simply rebuilt.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..atomic import deferred_sync, write_text
from .job_file import Requirement
from .matching import match_cv

MATCH_FIELDS = ("score", "weight_held", "weight_total", "matched", "missing", "evidence")


def requirements_digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_matches(path: str | Path) -> dict[str, dict]:
    """rel -> its kept match (empty when there is none or it cannot be read)."""
    try:
        kept = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


def write_matches(path: str | Path, matches: dict[str, dict]) -> None:
    with deferred_sync():  # compact, unsynced: derived in a second from files already on disk
        write_text(path, json.dumps(matches, ensure_ascii=False, separators=(",", ":")) + "\n")


def current_match(cv_json: Path, previous: dict | None, requirements: list[Requirement], digest: str) -> dict:
    """The CV's match with its stamp: the previous row's while current, else computed now. Raises
    FileNotFoundError without extracted JSON, the CvError of one that cannot be read."""
    from ..stages import read_cv_json

    stamp = {"cv": hashlib.sha256(Path(cv_json).read_bytes()).hexdigest(), "requirements": digest}
    if isinstance(previous, dict) and previous.get("stamp") == stamp and all(k in previous for k in MATCH_FIELDS):
        return {**{k: previous[k] for k in MATCH_FIELDS}, "stamp": stamp}
    return {**match_cv(read_cv_json(cv_json), requirements), "stamp": stamp}
