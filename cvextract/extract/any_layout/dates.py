"""Date ranges in the forms CVs write them, in English, German, French, Dutch and Spanish.

"Jan 2020 – Present", "2019 – heute", "03/2018 - 12/2020", "06.2017 bis 05.2019",
"seit 2021", "depuis mars 2019", "2019 – aujourd'hui", "from 2015 to 2018", "enero 2018 - actualidad".
A match is the CV's own text (the span), never a reformatted date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = (
    # English
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    # German
    "januar jänner jaenner februar märz maerz mrz mai juni juli oktober okt dezember dez "
    # French
    "janvier janv février fevrier févr fevr fév mars avril avr juin juillet juil août aout "
    "septembre octobre novembre décembre déc "
    # Dutch
    "januari februari maart mrt mei augustus "
    # Spanish
    "enero ene febrero marzo abril abr mayo junio julio agosto ago septiembre setiembre octubre "
    "noviembre diciembre dic"
).split()
_MONTH = "(?:" + "|".join(sorted(set(_MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19|20)\d{2}"
_POINT = (rf"(?:{_MONTH}\s+{_YEAR}|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}|{_YEAR}\s*[/-]\s*(?:0[1-9]|1[0-2])(?!\d)"
          rf"|{_YEAR})")
_OPEN = (r"(?:present|now|current|today|ongoing|date|heute|aktuell|jetzt|dato|laufend|offen"
         r"|aujourd[’']hui|présent|actuel(?:lement)?|ce\s+jour|en\s+cours|heden|nu|huidig|lopend"
         r"|actualidad|presente|hoy|la\s+fecha|actual)")
_SEPARATOR = r"\s*(?:--|[-\u2010-\u2015\u2212~]|\bto\b|\btill\b|\buntil\b|\bbis\b|\bà\b|\bau\b|\btot\b|\ba\b|\bhasta\b)\s*"
_FROM = r"(?:(?:from|von|de|du|van|desde)\s+)?"
_SINCE = r"(?:since|seit|depuis|sinds|desde|ab|vanaf)\s+"
DATE_RANGE = re.compile(
    rf"(?<![\w/.])(?:{_FROM}{_POINT}{_SEPARATOR}(?:{_POINT}|{_OPEN})|{_SINCE}{_POINT})(?![\w/])",
    re.IGNORECASE,
)
MAX_LINE_CHARS = 300
_SEPARATORS = " \t|,;:·•-\u2013\u2014/"


@dataclass(frozen=True)
class DateMatch:
    text: str  # the range as written
    start: int
    end: int


@lru_cache(maxsize=4096)
def find_date_range(text: str) -> DateMatch | None:
    """The first date range in ``text``, or None (cached: the section logic asks about a line often).
    A line longer than MAX_LINE_CHARS is prose, never an experience's heading: not searched."""
    if len(text) > MAX_LINE_CHARS:
        return None
    match = DATE_RANGE.search(text)
    return DateMatch(match.group(0).strip(), match.start(), match.end()) if match else None


def without_range(text: str, match: DateMatch) -> str:
    """``text`` without the range and the separators around it ("Engineer (2019 – 2021)" -> "Engineer");
    text on both sides is joined with " | "."""
    before = text[:match.start].rstrip(_SEPARATORS)
    if before.endswith(("(", "[")):
        before = before[:-1].rstrip(_SEPARATORS)
    after = text[match.end:].lstrip(_SEPARATORS)
    if after.startswith((")", "]")):
        after = after[1:].lstrip(_SEPARATORS)
    after = after.rstrip(_SEPARATORS)
    return f"{before} | {after}" if before and after else before or after
