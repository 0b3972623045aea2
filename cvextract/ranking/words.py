"""Whole words, case and punctuation ignored: how requirements and CV text are compared.

A word is a run of letters and digits, with a trailing ``+`` or ``#`` kept (C++, C#, F#), so that
``C++`` is not ``C``; everything else separates words (``Node.js`` is ``node js``, ``CI/CD`` is
``ci cd``). Words are case-folded.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+[+#]*")


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, case-folded: ``"Spring-Boot 3"`` -> ``("spring", "boot", "3")``."""
    return tuple(m.group().casefold() for m in _WORD.finditer(text))


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Each word of ``text`` with its start and end in ``text`` (to quote the CV's own words)."""
    return [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]
