"""Find the CVs of a batch: a recursive, sorted, case-sensitive glob on file names below ``source``.

``file_type`` is one glob or a list of globs, and a glob's ``{a,b}`` groups stand for each of their
alternatives (``*.{docx,pdf}`` is ``*.docx`` and ``*.pdf``): one batch reads Word and PDF CVs together.

Each CV is keyed by ``rel``: its path below ``source`` without the suffix, with ``/`` separators,
which the outputs mirror. Office lock files (``~$x.docx``) and hidden entries (``.x``, including our
own atomic-write temps and ``.snakemake``) are skipped silently, and so are the output folders of a
cvextract target (the batch's own target, or any folder an earlier run marked as one): a rerun never
takes its own outputs for new CVs.

Every other entry whose name matches the pattern is either a CV or a :class:`Skipped` entry with
the reason, reported on its own line, so one odd entry never stops (or hangs) the batch:

- a symbolic link is read when it points to a regular file inside ``source``; one pointing outside
  (the batch would read, and an LLM extractor send, a file nobody put in the source tree), a broken
  one, a loop and a link to a folder (never followed: loops, CVs counted twice) are skipped;
- FIFOs, sockets and devices are skipped (opening a FIFO would wait forever);
- names Snakemake cannot carry or that could not be written: control characters (a newline,
  terminal escapes), bytes that are not UTF-8, a name ending in a 20-fold repeat (Snakemake's
  ``PeriodicWildcardError``), a stem whose output names exceed the file-system limit, two CVs
  with the same output name, a CV whose output name is a folder of other CVs' outputs
  (``good.docx`` beside a folder ``good.json/``), and a path too deep for Snakemake's record of its
  outputs (``[Errno 36] File name too long`` would stop the whole batch).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from ..atomic import NAME_MAX
from ..errors import ConfigError
from ..layout import LONGEST_OUTPUT_SUFFIX, OUTPUT_FOLDERS, OUTPUT_SUFFIXES, TARGET_FILES, TARGET_MARKER

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Snakemake refuses a wildcard value ending in a substring repeated 20 times or more (its
# PeriodicityDetector, which guards against rules recursing into themselves).
_PERIODIC = re.compile(r"(.+)\1{19,99}$", re.DOTALL)
_PERIODIC_MIN_REPEAT = 20
_PATH_MAX = 4096  # bytes in a path handed to the kernel, with its final NUL (Linux)
_LONGEST_OUTPUT_FOLDER = len("adjusted_structured_data/")  # the longest folder a CV's outputs go in
_LONGEST_OUTPUT_TAIL = 32  # what follows the stem in an output Snakemake records (x_NEW.docx, x/guard.json), with room


@dataclass(frozen=True)
class CvInput:
    rel: str          # "a/b/x" for source/a/b/x.docx
    suffix: str       # ".docx"

    def source_path(self, source: str | Path) -> Path:
        return Path(source) / f"{self.rel}{self.suffix}"


@dataclass(frozen=True)
class Skipped:
    """An entry of the source tree that matches the pattern but is not processed, and why."""
    name: str         # the path below source, printable (control characters escaped)
    reason: str

    def line(self) -> str:
        return f"skipped {self.name}: {self.reason}"


@dataclass
class SourceScan:
    cvs: list[CvInput] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


_BRACES = re.compile(r"\{([^{}]*,[^{}]*)\}")


def file_patterns(file_type: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The globs ``file_type`` (one glob or a list) stands for, each ``{a,b}`` group expanded; braces
    without a comma are literal (``Bob {draft}.docx``)."""
    pending = [file_type] if isinstance(file_type, str) else list(file_type)
    globs: list[str] = []
    while pending:
        glob = pending.pop(0)
        group = _BRACES.search(glob)
        if group is None:
            globs.append(glob)
            continue
        head, tail = glob[:group.start()], glob[group.end():]
        pending[:0] = [head + choice + tail for choice in group.group(1).split(",")]
    return tuple(dict.fromkeys(globs))


def patterns_text(file_type: str | list[str] | tuple[str, ...]) -> str:
    """``file_type`` as a user wrote it, for messages: ``*.docx`` or ``*.docx, *.pdf``."""
    return file_type if isinstance(file_type, str) else ", ".join(file_type)


def is_candidate(name: str, pattern: str | list[str] | tuple[str, ...]) -> bool:
    return not name.startswith(("~$", ".")) and any(fnmatchcase(name, glob) for glob in file_patterns(pattern))


def printable(name: str) -> str:
    """``name`` with control characters and undecodable bytes escaped, safe to print on one line."""
    name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], name)


def is_periodic(value: str) -> bool:
    """Whether Snakemake would refuse ``value`` as a wildcard value (a 20-fold repeat at its end)."""
    if len(value) < _PERIODIC_MIN_REPEAT or value.count(value[-1]) < _PERIODIC_MIN_REPEAT:
        return False  # the same short cuts as Snakemake's detector: the regex is costly
    return _PERIODIC.search(value) is not None


def too_deep_for_snakemake(rel: str, target: str) -> bool:
    """Whether Snakemake's record of this CV's longest output would be a path past PATH_MAX.

    Snakemake keeps a file per output in ``<workdir>/.snakemake/{metadata,incomplete}/``, named by the
    output's path in URL-safe base64 (a third longer), split into folders of 254 characters. Past
    4,095 bytes the first job's bookkeeping fails with ``[Errno 36] File name too long`` and stops the
    whole batch, so such a CV (a source path about 3,000 characters deep) is skipped up front. Counted
    for the absolute target as working directory and output prefix: what ``cvextract --parallel``
    runs, and an upper bound for a relative target inside the working directory.
    """
    longest_output = len(target.encode()) + 1 + _LONGEST_OUTPUT_FOLDER + len(rel.encode()) + _LONGEST_OUTPUT_TAIL
    encoded = 4 * -(-longest_output // 3)
    record = len(target.encode()) + len("/.snakemake/incomplete/") + encoded + encoded // 254
    return record > _PATH_MAX - 1


def discover(source: str | Path, pattern: str | list[str] = "*.docx", *,
             skip: str | Path | None = None) -> list[CvInput]:
    """The CVs of :func:`scan_source`, without the skipped entries."""
    return scan_source(source, pattern, target=skip).cvs


def scan_source(source: str | Path, pattern: str | list[str] = "*.docx", *,
                target: str | Path | None = None) -> SourceScan:
    """Every CV below ``source`` whose file name matches ``pattern`` (a glob or a list of globs),
    sorted by relative path, and every matching entry that is skipped, with its reason.

    ``target``: the batch's target; when it is (or lies inside) the source, its output folders are
    not searched, before the first run has marked it.
    """
    source = Path(source)
    if not source.is_dir():
        raise ConfigError(source, "source folder not found" if not source.exists() else "source is not a folder")
    pattern = file_patterns(pattern)
    real_source = os.path.realpath(source)
    real_target = os.path.realpath(target) if target is not None else None
    scan = SourceScan()
    found: dict[str, CvInput] = {}
    target_dir = os.path.abspath(target if target is not None else "results")
    def unreadable(exc: OSError) -> None:  # a folder the walk cannot list is named, not dropped
        rel = os.path.relpath(exc.filename, source).replace(os.sep, "/")
        scan.skipped.append(Skipped(printable(rel + "/"), f"folder cannot be read ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(source, onerror=unreadable):
        rel_root = os.path.relpath(root, source)
        prefix = "" if rel_root == "." else rel_root.replace(os.sep, "/") + "/"
        is_target = os.path.isfile(os.path.join(root, TARGET_MARKER)) or os.path.realpath(root) == real_target
        kept = []
        for name in sorted(dirs):
            if name.startswith(".") or (is_target and name in OUTPUT_FOLDERS):
                continue
            path = os.path.join(root, name)
            if os.path.islink(path):
                scan.skipped.append(Skipped(printable(prefix + name), "symbolic link to a folder (not followed)"))
            elif (problem := _bad_name(name)) is not None:  # every CV below it would carry it
                scan.skipped.append(Skipped(printable(prefix + name + "/"), f"folder {problem}"))
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if not is_candidate(name, pattern) or (is_target and name in TARGET_FILES):
                continue
            reason = _unusable(os.path.join(root, name), name, real_source)
            stem, suffix = os.path.splitext(name)
            rel = prefix + stem
            if reason is None and rel in found:
                reason = f"same output name as {printable(rel + found[rel].suffix)}; rename one of them"
            if reason is None and too_deep_for_snakemake(rel, target_dir):
                reason = ("path too long for Snakemake's records of its outputs (File name too long); "
                          "move it higher up or shorten its folders' names")
            if reason is None and is_periodic(rel):
                reason = ("name ends in a part repeated 20 times or more, which Snakemake refuses "
                          "(PeriodicWildcardError); rename it")
            if reason is not None:
                scan.skipped.append(Skipped(printable(prefix + name), reason))
            else:
                found[rel] = CvInput(rel, suffix)
    _skip_output_collisions(found, scan.skipped)
    scan.cvs = [found[k] for k in sorted(found)]
    scan.skipped.sort(key=lambda entry: entry.name)
    return scan


def _unusable(path: str, name: str, real_source: str) -> str | None:
    """Why the entry at ``path`` cannot be a CV of this batch, or None."""
    problem = _bad_name(name)
    if problem is not None:
        return problem
    stem = os.path.splitext(name)[0]
    if len((stem + LONGEST_OUTPUT_SUFFIX).encode("utf-8")) > NAME_MAX:
        return f"name too long: its output names would exceed {NAME_MAX} bytes; shorten it"
    try:
        info = os.stat(path)
    except OSError as exc:
        if os.path.islink(path):
            return "symbolic link loop" if exc.errno == errno.ELOOP else "broken symbolic link"
        return f"cannot be read ({exc.strerror or exc})"
    if os.path.islink(path):
        real = os.path.realpath(path)
        if os.path.commonpath([real, real_source]) != real_source:
            return "symbolic link pointing outside the source folder (not followed)"
    if not stat.S_ISREG(info.st_mode):
        return f"is {_kind(info.st_mode)}, not a regular file"
    return None


def _bad_name(name: str) -> str | None:
    """Why a file or folder name cannot be part of a CV's output paths, or None."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "name is not valid UTF-8; rename it"
    if _CONTROL.search(name):
        return "name holds control characters (a newline, a tab, a terminal escape); rename it"
    return None


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _skip_output_collisions(found: dict[str, CvInput], skipped: list[Skipped]) -> None:
    """Skip a CV whose output file name is a folder holding other CVs' outputs (``good.docx`` beside
    a folder ``good.json/`` of CVs): the two cannot both be written."""
    folders = {rel.rsplit("/", i)[0] for rel in found for i in range(1, rel.count("/") + 1)}
    if not folders:
        return
    for rel in list(found):
        clash = next((rel + suffix for suffix in OUTPUT_SUFFIXES if rel + suffix in folders), None)
        if clash is not None:
            cv = found.pop(rel)
            skipped.append(Skipped(printable(rel + cv.suffix),
                                   f"its output name {printable(clash.rsplit('/', 1)[-1])} is also a folder "
                                   "of CVs beside it; rename one of them"))
