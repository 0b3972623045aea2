"""A release year beside a product ("Blue Yonder WMS 2020", "Dynamics AX 2012") that the CV holds only
as the end of a date range ("2015 – 2020 | Senior WMS Consultant"): a heading's years say when the
work was, not which release it was on, so they support no "name year" pair. The pair needs a source
sentence with the name and that year outside a range (:mod:`.versions` checks the rest).
"""

from __future__ import annotations

import re

from .versions import versions_in

_YEAR = re.compile(r"(?:19|20)\d\d")
_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:[–—-]|to)\s*(?:(?:19|20)\d\d|today|now|present)", re.IGNORECASE)


def _outside_ranges(sentence: str, year: str) -> bool:
    return bool(re.search(r"(?<!\d)" + year + r"(?!\d)", _RANGE.sub(" ", sentence)))


def unsupported_editions(text: str, source_sentences: list[str]) -> list[str]:
    """The "name year" pairs of ``text`` whose year the source states beside that name only in a date range."""
    found = []
    for name, number in versions_in(text):
        if not _YEAR.fullmatch(number) or not _outside_ranges(text, number):
            continue  # no year, or the text's own date range ("Consultant 2015 – 2020")
        holding = [s for s in source_sentences if name.casefold() in s.casefold()]
        if holding and not any(_outside_ranges(s, number) for s in holding):
            found.append(f"{name} {number}")
    return found
