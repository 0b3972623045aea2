"""wordfreq's large word lists as plain text on disk, read far faster than wordfreq's packed files.

The claims check searches the other languages' large lists as their buckets of words, each one
string (:func:`.words._buckets`). Unpacking them from wordfreq's compressed files costs about half a
second of CPU in every fresh process; the same buckets written out once as UTF-8 text read in a
fifth of that. A cached list is used only while it names the very data file it was made from (path,
size, modification time): an upgraded wordfreq rebuilds it. Files are written atomically, so two
processes building one at once each leave a whole file; where the folder cannot be written the
lists are read from wordfreq as before. Nothing is downloaded.

The folder: ``CVEXTRACT_WORD_LIST_CACHE`` (empty: no cache), else ``$XDG_CACHE_HOME/cvextract/word-lists``
or ``~/.cache/cvextract/word-lists``.
"""

from __future__ import annotations

import os
from pathlib import Path

from cvextract.atomic import write_text
from cvextract.errors import CvError

CACHE_ENV = "CVEXTRACT_WORD_LIST_CACHE"
_FORMAT = "cvextract word list 1"
_BETWEEN = "\x00"  # between buckets: no word holds it


def folder() -> Path | None:
    """Where cached lists live (None: caching is off)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cvextract" / "word-lists"


def cached_buckets(name: str, source: str | Path, build) -> list[str]:
    """The buckets of the list ``name`` made from wordfreq's file ``source``: read from the cache when it
    holds them for that very file, else ``build()`` and kept for the next process."""
    where = folder()
    try:
        stat = os.stat(source)
    except OSError:
        return build()
    header = f"{_FORMAT} {name} {os.path.realpath(source)} {stat.st_size} {stat.st_mtime_ns}"
    path = where / f"{name}.txt" if where else None
    if path is not None:
        try:
            found = path.read_text(encoding="utf-8").split(_BETWEEN)
        except (OSError, UnicodeDecodeError):
            found = []
        if found and found[0] == header:
            return found[1:]
    buckets = build()
    if path is not None:
        try:
            write_text(path, _BETWEEN.join([header, *buckets]))
        except (CvError, OSError):
            pass  # a folder that cannot be written: read from wordfreq next time too
    return buckets
