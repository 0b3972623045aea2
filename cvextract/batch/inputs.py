"""Find the CVs of a batch: a recursive, sorted, case-sensitive glob on file names below ``source``.

Office lock files (``~$x.docx``) and hidden files (``.x``, including our own atomic-write temps)
are skipped. Each CV is keyed by ``rel``: its path below ``source`` without the suffix, with ``/``
separators, which the outputs mirror.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True)
class CvInput:
    rel: str          # "a/b/x" for source/a/b/x.docx
    suffix: str       # ".docx"

    def source_path(self, source: str | Path) -> Path:
        return Path(source) / f"{self.rel}{self.suffix}"


def is_candidate(name: str, pattern: str) -> bool:
    return not name.startswith(("~$", ".")) and fnmatchcase(name, pattern)


def discover(source: str | Path, pattern: str = "*.docx", *, skip: str | Path | None = None) -> list[CvInput]:
    """Every CV below ``source`` whose file name matches ``pattern``, sorted by relative path.

    ``skip``: a folder not to search (the batch's target when it lies inside the source, so a rerun
    never takes its own outputs for new CVs).
    """
    source = Path(source)
    if not source.is_dir():
        raise ConfigError(source, "source folder not found" if not source.exists() else "source is not a folder")
    skipped = os.path.realpath(skip) if skip is not None else None
    found: dict[str, CvInput] = {}
    for root, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (skipped is None or os.path.realpath(os.path.join(root, d)) != skipped))
        rel_root = os.path.relpath(root, source)
        for name in sorted(files):
            if not is_candidate(name, pattern):
                continue
            stem, suffix = os.path.splitext(name)
            rel = stem if rel_root == "." else f"{rel_root}/{stem}".replace(os.sep, "/")
            if rel in found:
                raise ConfigError(source / f"{rel}{suffix}",
                                  f"same output name as {rel}{found[rel].suffix}: rename one of them")
            found[rel] = CvInput(rel, suffix)
    return [found[k] for k in sorted(found)]
