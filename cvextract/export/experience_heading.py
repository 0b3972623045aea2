"""An experience heading ("Lead Engineer – Acme – January 2019 – Present") as position, company, dates.

Headings are free text; this reads the common shapes: a date range (month names in English or
German, abbreviated or not, ``MM/YYYY``, ``YYYY-MM`` or a bare year, ending in a date or "Present")
anywhere in the heading, and the remaining parts, split at `` – ``, `` - ``, ``—`` or ``|``, as
position then company. An unspaced en dash or hyphen joins words ("Client–Server Engineer") and does
not split. Dates come out as JSON Resume's ``YYYY-MM`` or ``YYYY``; a single date ("2018") is both
start and end, while "since 2018" and "2018 – Present" have no end (JSON Resume: current).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "januar": 1, "jänner": 1, "february": 2, "feb": 2, "februar": 2,
    "march": 3, "mar": 3, "märz": 3, "maerz": 3, "april": 4, "apr": 4, "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juni": 6, "july": 7, "jul": 7, "juli": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12, "dezember": 12, "dez": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = (rf"(?:(?P<{{p}}month>{_MONTH})\.?\s+(?P<{{p}}year1>(?:19|20)\d\d)"
         rf"|(?P<{{p}}mm>0?[1-9]|1[0-2])\s*[/.]\s*(?P<{{p}}year2>(?:19|20)\d\d)"
         rf"|(?P<{{p}}year3>(?:19|20)\d\d)-(?P<{{p}}mm2>0[1-9]|1[0-2])(?!\d)"
         rf"|(?P<{{p}}year4>(?:19|20)\d\d))")
_PRESENT = r"present|current|now|today|ongoing|heute|aktuell|laufend|jetzt|dato"
RANGE = re.compile(rf"(?<![\w/.-])(?P<since>since\s+|seit\s+)?{_DATE.format(p='s')}"
                   rf"(?P<to>\s*(?:–|—|-|to|until|bis)\s*(?:(?P<present>{_PRESENT})|{_DATE.format(p='e')}))?(?![\w/])",
                   re.IGNORECASE)
SEPARATOR = re.compile(r"\s+[–—-]\s+|\s*\|\s*|\s*—\s*")


@dataclass(frozen=True)
class ExperienceHeading:
    position: str | None
    company: str | None
    start: str | None        # "YYYY-MM" or "YYYY"
    end: str | None          # None: open-ended ("Present") or no date


def _date(match: re.Match, p: str) -> str | None:
    g = match.groupdict()
    if g.get(f"{p}year1"):
        return f"{g[f'{p}year1']}-{MONTHS[g[f'{p}month'].lower()]:02d}"
    if g.get(f"{p}year2"):
        return f"{g[f'{p}year2']}-{int(g[f'{p}mm']):02d}"
    if g.get(f"{p}year3"):
        return f"{g[f'{p}year3']}-{g[f'{p}mm2']}"
    return g.get(f"{p}year4")


def parse_heading(heading: str) -> ExperienceHeading:
    """Position, company and dates of one heading; what is not there is ``None``."""
    text = " ".join(str(heading).split())
    start = end = None
    match = RANGE.search(text)
    if match:
        start = _date(match, "s")
        if match.group("to"):
            end = None if match.group("present") else _date(match, "e")
        else:  # one date: the period itself, unless "since"
            end = None if match.group("since") else start
        before, after = text[:match.start()].rstrip(), text[match.end():].lstrip()
        if before.endswith(("(", "[")) and after.startswith((")", "]")):  # "Engineer (2019)"
            before, after = before[:-1], after[1:]
        text = before + " | " + after
    parts = [p.strip(" ,;:") for p in SEPARATOR.split(text)]
    parts = [p for p in parts if any(ch.isalnum() for ch in p)]
    position = parts[0] if parts else None
    company = " – ".join(parts[1:]) or None
    return ExperienceHeading(position, company, start, end)
