"""Atomic file writes: a temporary file in the destination folder, fsync, then rename.

A killed process therefore leaves either the previous file or the complete new one, never a
truncated JSON or DOCX. Inside :func:`deferred_sync` (a batch job run by the batch's own processes)
the fsync is left out: the batch syncs its target once at its end, and makes good after a machine
that stopped before that (:mod:`cvextract.batch.batch_sync`). Temporary names start with ``.`` and end with ``.cvextract-tmp`` so globs skip them and a
later run can recognise (and remove) those a killed process left behind.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import json
import os
import secrets
from pathlib import Path
from typing import Any, Iterator

from .errors import OutputError


TEMP_SUFFIX = ".cvextract-tmp"
NAME_MAX = 255  # bytes in one file name (Linux file systems)
_RANDOM_CHARS = 8
_deferred: contextvars.ContextVar[bool] = contextvars.ContextVar("cvextract_deferred_sync", default=False)


@contextlib.contextmanager
def deferred_sync() -> Iterator[None]:
    """Atomic writes in this context skip their fsync (a batch job: an fsync costs several
    milliseconds a file; the batch syncs its target once, at its end)."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


@contextlib.contextmanager
def atomic_path(destination: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; on success it is renamed over it.

    Use it for writers that want a file name (``Document.save(path)``). On any exception the
    temporary file is removed and ``destination`` is untouched.
    """
    with _temp_then_rename(destination) as (tmp_path, _fd):
        yield tmp_path
        if not _deferred.get():
            # By name: the writer may have replaced the file rather than written into it.
            with open(tmp_path, "rb") as fh:
                os.fsync(fh.fileno())


def write_bytes(destination: str | Path, data: bytes) -> None:
    """Write ``data`` to ``destination`` atomically (through the temporary file's own descriptor)."""
    with _temp_then_rename(destination) as (_tmp_path, fd):
        with open(fd, "wb", closefd=False) as fh:
            fh.write(data)
        if not _deferred.get():
            os.fsync(fd)


@contextlib.contextmanager
def _temp_then_rename(destination: str | Path) -> Iterator[tuple[Path, int]]:
    """A new temporary file beside ``destination`` and its open descriptor; when the body succeeds
    the descriptor is closed and the file renamed over ``destination``, otherwise it is removed and ``destination`` is untouched."""
    destination = Path(destination)
    if destination.is_dir():
        raise _is_a_folder(destination)
    try:
        try:
            tmp_path, fd = _create_temp(destination)
        except FileNotFoundError:  # the folder is new
            destination.parent.mkdir(parents=True, exist_ok=True)
            tmp_path, fd = _create_temp(destination)
    except OSError as exc:
        raise _cannot_write(destination, exc) from None
    try:
        try:
            yield tmp_path, fd
        finally:
            os.close(fd)
        try:
            os.replace(tmp_path, destination)
        except IsADirectoryError:  # a folder made there while the file was being written
            raise _is_a_folder(destination) from None
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError | IsADirectoryError):
            raise _cannot_write(destination, exc) from None
        raise


def _is_a_folder(destination: Path) -> OutputError:
    return OutputError(destination, "is a folder, not a file: name a file to write")


def _cannot_write(destination: Path, exc: OSError) -> OutputError:
    return OutputError(destination, f"cannot write here ({exc.strerror or exc})")


def _create_temp(destination: Path) -> tuple[Path, int]:
    """A new empty file ``.<name>.<random>.cvextract-tmp`` beside ``destination``, open for writing.

    Created with mode 0666 so the umask applies (``tempfile.mkstemp`` would make every output 0600),
    and with the name cut so that a destination name up to NAME_MAX stays valid with the additions.
    """
    name = os.fsencode(destination.name)
    budget = NAME_MAX - len(b"..") - _RANDOM_CHARS - len(TEMP_SUFFIX)
    shown = name[:budget].decode("utf-8", "ignore") if len(name) > budget else destination.name
    for _ in range(100):
        path = destination.parent / f".{shown}.{secrets.token_hex(_RANDOM_CHARS // 2)}{TEMP_SUFFIX}"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except FileExistsError:
            continue
        return path, fd
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(destination.parent))


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
