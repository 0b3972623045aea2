"""The number check a translation passes: every number in every field survives unchanged."""

from __future__ import annotations

import re

from .numbers import digit_runs

# A placeholder the translation left in (__PROTECTED_3__): the term check names it, not this one.
_PLACEHOLDER = re.compile(r"__[A-Z]+_\d+__")


def _fields(value, path: str):
    """``(path, text)`` for every string in a CV dict, lists by position."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _fields(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _fields(item, f"{path}[{index}]")


def lost_numbers(original: dict, translated: dict) -> list[str]:
    """One problem per field whose numbers the translation changed, dropped or added."""
    written = dict(_fields(translated, ""))
    problems = []
    for path, text in _fields(original, ""):
        before, after = digit_runs(text), digit_runs(_PLACEHOLDER.sub(" ", written.get(path, "")))
        if before != after:
            problems.append(f"{path}: numbers {after} differ from the source's {before}")
    return problems
