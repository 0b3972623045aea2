"""Dates of a month or quarter: "May 2019", "Sept. 2021", "Q3 2020". Such a date is one fact, so a
text may state it only where a source states that month (or quarter) of that year: a year present
elsewhere ("2019-2021" in the heading) does not support a shifted date. Numeric forms ("05/2019",
"2019-05") count as the same month; a quarter or half may be written "Q3", "3Q", "third-quarter",
"the 3rd quarter of", "H2", "second half of". "Q3" or "H2" without a year needs that quarter or
half in the source, of any year. Years alone stay with the number check, but for a year said to start an
experience's work ("Since 2010"): it must lie within the years of that experience's heading.
"""

from __future__ import annotations

import re
from functools import lru_cache

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
               r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WORDED = re.compile(_MONTH_NAME + r",?\s+(?:of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_QUARTER = re.compile(r"\b(?:q([1-4])|([1-4])q)[\s/-]*((?:19|20)\d\d)\b", re.IGNORECASE)
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4"}
_ORDINAL = r"(first|second|third|fourth|1st|2nd|3rd|4th)"
_YEAR = r"((?:19|20)\d\d)"
_WORDED_PART = re.compile(r"\b" + _ORDINAL + r"[\s-]+(quarter|half)(?:[\s-]+of)?\s+(?:fy\s?)?" + _YEAR + r"\b",
                          re.IGNORECASE)
_HALF = re.compile(r"\b(?:h([12])|([12])h)(?:[\s/-]*" + _YEAR + r")?\b", re.IGNORECASE)
_BARE_QUARTER = re.compile(r"\b(?:q([1-4])|([1-4])q)\b(?![\s/-]*(?:19|20)\d\d)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_NUMERIC = re.compile(r"\b(0?[1-9]|1[0-2])[/.](?P<y1>(?:19|20)\d\d)\b|\b(?P<y2>(?:19|20)\d\d)-(0[1-9]|1[0-2])\b")


def dated_month(name: str, text: str) -> bool:
    """Whether ``name`` is the month of a date ``text`` writes ("November" in "the November 2022
    go-live"): the date is checked here as one fact, so its month is no name for the name check."""
    return any(written.casefold().startswith(name.casefold().rstrip(".")) and re.fullmatch(_MONTH_NAME, name, re.IGNORECASE)
               for _, written in dates_in(text))


@lru_cache(maxsize=16384)
def dates_in(text: str) -> tuple[tuple[str, str], ...]:
    """``(normal form, as written)`` for each month or quarter of a year ``text`` states: ``2019-05``, ``2020-Q3``."""
    if not _DIGIT.search(text):
        return ()  # each form has a year or a quarter's number in digits
    found = [(f"{m.group(2)}-{MONTHS.index(m.group(1)[:3].casefold()) + 1:02d}", m.group()) for m in _WORDED.finditer(text)]
    found += [(f"{m.group(3)}-Q{m.group(1) or m.group(2)}", m.group()) for m in _QUARTER.finditer(text)]
    for m in _NUMERIC.finditer(text):
        year, month = (m.group("y1"), m.group(1)) if m.group("y1") else (m.group("y2"), m.group(4))
        found.append((f"{year}-{int(month):02d}", m.group()))
    for m in _WORDED_PART.finditer(text):
        part = ("Q" if m.group(2).casefold() == "quarter" else "H") + _ORDINALS[m.group(1).casefold()]
        if part[0] == "Q" or int(part[1]) <= 2:
            found.append((f"{m.group(3)}-{part}", m.group()))
    found += [(f"{m.group(3) or '*'}-H{m.group(1) or m.group(2)}", m.group()) for m in _HALF.finditer(text)]
    found += [(f"*-Q{m.group(1) or m.group(2)}", m.group()) for m in _BARE_QUARTER.finditer(text)]
    return tuple(found)


def supported_dates(texts) -> frozenset[str]:
    """The months, quarters and halves the source ``texts`` state, normalised; a month supports its
    quarter and half, a quarter its half, and each the same quarter or half with no year."""
    dates = {normal for text in texts for normal, _ in dates_in(text)}
    dates |= {f"{year}-Q{(int(part) - 1) // 3 + 1}" for year, part in (d.split("-", 1) for d in dates) if part.isdigit()}
    dates |= {f"{year}-H{(int(part[1]) - 1) // 2 + 1}" for year, part in (d.split("-", 1) for d in dates) if part[0] == "Q"}
    dates |= {f"*-{d.split('-', 1)[1]}" for d in dates if d.split("-", 1)[1][0] in "QH"}
    return frozenset(dates)


def unsupported_dates(text: str, supported: frozenset[str]) -> list[str]:
    """The months and quarters ``text`` states that the source does not, as written."""
    return [written for normal, written in dates_in(text) if normal not in supported]


# A year said to start the work: "Since 2010", "from 2010 onwards", "starting in 2010" (not a range's start).
_SINCE = re.compile(r"\b(?:since|from|starting(?:\s+in)?|beginning(?:\s+in)?|as\s+of)\s+(?:early\s+|mid-?|late\s+)?"
                    r"((?:19|20)\d\d)\b(?!\s*(?:[–—-]|to\b|until\b|till\b|through\b|and\b))", re.IGNORECASE)
_HEADING_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_OPEN_END = re.compile(r"present|today|now|current|heute|aujourd|actual|hoje|oggi|nu\b|dato", re.IGNORECASE)


def unsupported_starts(text: str, heading: str, own: list[str]) -> list[str]:
    """The years ``text`` says an experience's work ran from ("Since 2010") that fall outside the years of
    its ``heading`` ("2012 – 2019"), unless a text of the experience (``own``) states that year: a
    degree's year in the sidebar does not date the work."""
    years = [int(y) for y in _HEADING_YEAR.findall(heading)]
    if not years:
        return []
    last = 9999 if _OPEN_END.search(heading) else max(years)
    return [m.group() for m in _SINCE.finditer(text)
            if not min(years) <= int(m.group(1)) <= last and not any(m.group(1) in t for t in own)]
