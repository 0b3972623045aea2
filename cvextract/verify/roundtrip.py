"""The roundtrip verifier: render CV data, extract the rendered DOCX again, compare tolerantly.

The comparison (:func:`roundtrip_differences`) forgives what a Word layout cannot carry:

* a missing or extra key is fine when its value is an empty list, and ``null`` equals ``[]``
  (both say "none"; a template cannot tell them apart); otherwise types must match;
* when one side of an experience has bullets and the other none, and every bullet appears in the
  other side's description, description and bullets are not compared (a template that prints
  bullets inline);
* strings compare lower-cased with every run of non-word characters as one space, so punctuation,
  dashes and doubled dots do not matter;
* ``environment`` lists are split on ``• · , ;`` and " - ", and ``sidebar.*`` lists on ``• · , ;``;
  their items are normalised and compared as sorted lists (order and grouping do not matter);
* any other list must have the same length and is compared item by item.

Each difference is one line naming the JSON path.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

_NON_WORD = re.compile(r"\W+")
_SIDEBAR_SPLIT = re.compile(r"[•·,;]")
_ENVIRONMENT_SPLIT = re.compile(r"[•·,;]| - ")


def normalize_text(text: str) -> str:
    """Lower-case, non-word characters to spaces, spaces collapsed and trimmed."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def _split_items(items: list, splitter: re.Pattern) -> list[str]:
    parts = []
    for item in items:
        for part in splitter.split(item):
            part = normalize_text(part)
            if part:
                parts.append(part)
    return sorted(parts)


def _type_name(value: Any) -> str:
    """The JSON kind compared: any mapping is a "dict" (an extractor may return a dict subclass)."""
    return "dict" if isinstance(value, dict) else type(value).__name__


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def _excerpts(a: str, b: str, limit: int = 60) -> tuple[str, str]:
    """Both strings, shortened around the first place they differ."""
    if len(a) <= limit and len(b) <= limit:
        return repr(a), repr(b)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    start = max(start - 15, 0)

    def cut(text: str) -> str:
        part = text[start:start + limit]
        return ("..." if start else "") + repr(part) + ("..." if start + limit < len(text) else "")

    return cut(a), cut(b)


def _is_empty_list(value: Any) -> bool:
    return isinstance(value, list) and not value


def _bullets_inline(mine: dict, theirs: dict) -> bool:
    """``mine`` has bullets, ``theirs`` none, and every bullet is inside ``theirs``'s description."""
    bullets, other_bullets = mine.get("bullets"), theirs.get("bullets")
    description = theirs.get("description")
    if not (isinstance(bullets, list) and bullets) or other_bullets or not isinstance(description, str):
        return False
    haystack = f" {normalize_text(description)} "
    return all(isinstance(b, str) and f" {normalize_text(b)} " in haystack for b in bullets)


def _compare(a: Any, b: Any, path: str, out: list[str]) -> None:
    where = path or "(root)"
    if (a is None and _is_empty_list(b)) or (b is None and _is_empty_list(a)):
        return
    if _type_name(a) != _type_name(b):
        out.append(f"type mismatch at {where}: {_type_name(a)} vs {_type_name(b)}")
        return
    if isinstance(a, dict):
        _compare_dicts(a, b, path, out)
    elif isinstance(a, list):
        _compare_lists(a, b, path, out)
    elif isinstance(a, str):
        if normalize_text(a) != normalize_text(b):
            left, right = _excerpts(a, b)
            out.append(f"value mismatch at {where}: {left} vs {right}")
    elif a != b:
        out.append(f"value mismatch at {where}: {_short(a)} vs {_short(b)}")


def _compare_dicts(a: dict, b: dict, path: str, out: list[str]) -> None:
    skip = set()
    if _bullets_inline(a, b) or _bullets_inline(b, a):
        skip = {"bullets", "description"}
    for key, value in a.items():
        if key in skip:
            continue
        if key not in b:
            if not _is_empty_list(value):
                out.append(f"missing key at {_join(path, key)} (only in the original)")
            continue
        _compare(value, b[key], _join(path, key), out)
    for key, value in b.items():
        if key not in a and key not in skip and not _is_empty_list(value):
            out.append(f"extra key at {_join(path, key)} (only in the re-extraction)")


def _compare_lists(a: list, b: list, path: str, out: list[str]) -> None:
    key = path.rsplit(".", 1)[-1]
    splitter = None
    if key == "environment":
        splitter = _ENVIRONMENT_SPLIT
    elif path.startswith("sidebar.") and path.count(".") == 1:
        splitter = _SIDEBAR_SPLIT
    if splitter is not None and all(isinstance(x, str) for x in a + b):
        left, right = _split_items(a, splitter), _split_items(b, splitter)
        if left != right:
            missing = [x for x in left if x not in right]
            extra = [x for x in right if x not in left]
            detail = "; ".join(part for part in (
                f"only in the original: {', '.join(missing)}" if missing else "",
                f"only in the re-extraction: {', '.join(extra)}" if extra else "",
            ) if part) or "same items, different counts"
            out.append(f"list mismatch at {path}: {detail}")
        return
    if len(a) != len(b):
        out.append(f"length mismatch at {path or '(root)'}: {len(a)} vs {len(b)}")
        return
    for index, (left, right) in enumerate(zip(a, b)):
        _compare(left, right, f"{path}[{index}]", out)


def roundtrip_differences(original: dict, reextracted: dict) -> list[str]:
    """Every difference between ``original`` CV data and its re-extraction, one line each."""
    out: list[str] = []
    _compare(original, reextracted, "", out)
    return out


def verify_roundtrip(cv: dict, template: Path, workdir: Path, *, reextracted_json: Path | None = None,
                     extractor: str | None = None) -> list[str]:
    """Render ``cv`` into ``template`` (a temporary DOCX in ``workdir``), extract it again, compare.

    Rendering problems raise (:class:`~cvextract.errors.TemplateError`); an extraction failure is
    reported as a difference. ``reextracted_json``, when given, receives the re-extracted data.
    """
    from ..atomic import write_json
    from ..errors import CvError
    from ..registry import EXTRACTORS, RENDERERS
    from ..stages import DEFAULT_EXTRACTOR, DEFAULT_RENDERER

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".roundtrip-", suffix=".docx", dir=workdir)
    os.close(fd)
    rendered = Path(name)
    try:
        RENDERERS.load(DEFAULT_RENDERER)(cv, Path(template), rendered)
        try:
            again = EXTRACTORS.load(extractor or DEFAULT_EXTRACTOR)(rendered)
        except CvError as exc:
            return [f"re-extraction failed: {exc.cause}"]
    finally:
        with contextlib.suppress(FileNotFoundError):
            rendered.unlink()
    if reextracted_json is not None:
        write_json(reextracted_json, again)
    return roundtrip_differences(cv, again)


__all__ = ["roundtrip_differences", "verify_roundtrip", "normalize_text"]
