"""Atomic file writes: a temporary file in the destination folder, fsync, then rename.

A killed process therefore leaves either the previous file or the complete new one, never a
truncated JSON or DOCX. Temporary names start with ``.`` and end with ``.cvextract-tmp`` so globs skip them and a
later run can recognise (and remove) those a killed process left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator

from .errors import OutputError


TEMP_SUFFIX = ".cvextract-tmp"


@contextlib.contextmanager
def atomic_path(destination: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; on success it is renamed over it.

    Use it for writers that want a file name (``Document.save(path)``). On any exception the
    temporary file is removed and ``destination`` is untouched.
    """
    destination = Path(destination)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=TEMP_SUFFIX, dir=destination.parent)
    except OSError as exc:
        raise OutputError(destination, f"cannot write here ({exc.strerror or exc})") from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, destination)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError | IsADirectoryError):
            raise OutputError(destination, f"cannot write here ({exc.strerror or exc})") from None
        raise


def write_bytes(destination: str | Path, data: bytes) -> None:
    with atomic_path(destination) as tmp:
        tmp.write_bytes(data)


def write_text(destination: str | Path, text: str) -> None:
    write_bytes(destination, text.encode("utf-8"))


def dumps_json(data: Any) -> str:
    """The project's JSON format: UTF-8, non-ASCII kept, indent 2, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json(destination: str | Path, data: Any) -> None:
    write_text(destination, dumps_json(data))


def remove_stale_temp_files(root: str | Path) -> int:
    """Delete the temporary files killed writers left below ``root``; returns how many.

    Call it only when no writer can be running there (the batch holds Snakemake's lock).
    """
    removed = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.startswith(".") and name.endswith(TEMP_SUFFIX):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(os.path.join(folder, name))
                    removed += 1
    return removed
