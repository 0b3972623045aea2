"""Figures a model works out from the CV's own figures and dates: "four years with a reseller" for an
experience dated 01/2020 – 12/2023, "within twelve months" for "within a year", "twice a year" for
"every six months", "a third, from 45 to 15 minutes", "30%" for a 0.3 share, "a six-strong team" for
"four engineers in Stuttgart and two in Pune", "two surveys: A and B".

A figure the other checks name is taken back here only where one derivation of a small, closed set
gives it exactly (or within what the words before it allow: "over", "nearly", "about"), from figures of
the same kind in the part of the CV the text may use:
- a duration: the months its experience's dates span (of years alone, the years between them: "2015–2019" is four), in
  the overview an experience's span or the career to date from one, that experience being of what the
  sentence says the years went on ("in e-commerce search"); or a duration the scope states, in another
  unit ("a year" = 12 months, "13 years" = "over a decade"). Where the source sentence the text rewords
  states a duration of that scale, only that one ("over 3 years" written "over two years" stays a claim);
- a rate: the same number of times a year ("every six months" = "twice a year" = "semi-annually");
- a ratio between two figures of one unit in one source sentence the text rewords (or whose figures it
  writes): a fraction ("a third", "halved") or a growth's multiple ("tripled", "3x"), a percentage ("67%", "about
  39%") of the new figure to the old ("to", "of what it was") or of the change ("by"); a difference ("by
  29 percentage points", "up 2.5 million"); a decimal share and its percentage (0.3 and 30%) before one word;
  a share told in words ("four in five", "one in every three", "two thirds of") and the source sentence's
  percentage or fraction of the same share, either way round;
- a sum: the counts of one kind (people, or one noun) in one source sentence the text rewords, or the
  counts listed right after it ("seven: five valuers, two graduates");
- a list's length: a count followed by a list of that many items, after a list of that many names ("all
  three"), or a noun closing that many names in the source sentence ("two household surveys" for "the
  Labour Force Survey and the Living Costs and Food Survey").
Everything here runs only for a text that has claims left, so an honest text costs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .acronyms import acronym_letters, spelled_out
from .counts import counts_in
from .dates import MONTHS
from .magnitudes import EXACT, NEAR, ROUGH  # how far a ratio may be from its word, as magnitudes reads one
from .numbers import NUMBER, is_money, is_percent, values_of, written_as_digits
from .provenance import similarity
from .words import FUNCTION_ZIPF, content_stems, sentences, stem, zipf

REWORDS = 50  # similarity (0-100) from which a written sentence rewords a source sentence

# Durations in years.
_UNIT_YEARS = {"year": 1.0, "yr": 1.0, "decade": 10.0, "month": 1 / 12, "quarter": 0.25, "week": 7 / 365.25,
               "fortnight": 14 / 365.25, "day": 1 / 365.25}
_UNIT = r"(years?|yrs?|decades?|months?|quarters?|weeks?|fortnights?|days?)"
_HEDGE = (r"(?:(?P<hedge>\b(?:just |well |a little |slightly )?(?:over|more than|above|upwards of|at least|nearly|almost|"
          r"close to|about|around|roughly|approximately|some|circa|under|less than|fewer than|below)|~)\s*)?")
_DURATION = re.compile(_HEDGE + r"(?P<figure>\d+(?:\.\d+)?)(?P<plus>\+)?(?:\s|-|\s-\s)(?:(?:full|calendar|whole)\s)?"
                       + _UNIT + r"(?![\w-])", re.IGNORECASE)
# "fifteen years, the last 4.5 leading ...", "eight years, nearly 5 of them as ...", "four years as a controller,
# then six owning ...": the unit of the duration before
_ELIDED_END = r"(?=\s*[,.;:)]|\s*$|\s[a-z]+ing\b|\s(?:on|in|at|as|with|for|of|leading|spent)\b)"
_ELIDED = re.compile(r"(?:\b(?:the\s(?:last|first|past|latest|most\srecent)|then|and\sthen|followed\sby)\s" + _HEDGE
                     + r"(?P<figure>\d+(?:\.\d+)?)" + _ELIDED_END + "|" + _HEDGE.replace("hedge", "hedge2")
                     + r"(?P<figure2>\d+(?:\.\d+)?)\s(?:of\s(?:them|those|which)))", re.IGNORECASE)
# Durations without a figure: "a year", "a decade", "a year and a half", "its first year"
_WORDED = re.compile(_HEDGE + r"\b(?P<article>a|an|one|a single|a full|(?:its|the|their|his|her|my)\s(?:first|1st))\s"
                     r"(?P<unit>year|decade|month|fortnight|week)"
                     r"(?P<half> and a half)?\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?:\b(?:times?|once|twice|thrice|every|each|per)\s*|\d\s)$", re.IGNORECASE)

# Rates, as times a year.
_PER_YEAR = {"minute": 525600.0, "hour": 8760.0, "day": 365.0, "week": 52.0, "fortnight": 26.0, "month": 12.0,
             "quarter": 4.0, "year": 1.0}
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_EVERY = re.compile(r"\bevery\s(?:(?P<n>\d+(?:\.\d+)?|other)\s)?(?P<unit>minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?"
                    r"|years?)\b", re.IGNORECASE)
_TIMES_PER = re.compile(r"\b(?:(?P<n>\d+)\s(?:times?|x)|(?P<word>once|twice|thrice))\s(?:a|an|per|each|every)\s"
                        r"(?P<unit>minute|hour|day|week|fortnight|month|quarter|year)\b", re.IGNORECASE)
_ADVERBS = {"half-hourly": 17520.0, "hourly": 8760.0, "daily": 365.0, "weekly": 52.0, "fortnightly": 26.0, "monthly": 12.0, "quarterly": 4.0, "annually": 1.0,
            "yearly": 1.0, "annual": 1.0, "biannually": 2.0, "biannual": 2.0, "semi-annually": 2.0,
            "semi-annual": 2.0, "semiannual": 2.0, "half-yearly": 2.0, "twice-yearly": 2.0}
# Latin's every-N-years adjectives ("quinquennial" inspections: every five years), and their adverbs
_ADVERBS.update({form: 1 / n for n, root in ((2, "bi"), (3, "tri"), (4, "quadr"), (5, "quinqu"), (6, "sex"), (7, "sept"),
                                              (8, "oct"), (9, "nov"), (10, "dec"))
                 for form in (f"{root}ennial", f"{root}ennially")})
_ADVERB = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _ADVERBS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
_PER = re.compile(r" per (?!cent\b)", re.IGNORECASE)  # a rate's "per", not a percentage's
# "5-yearly", "3-monthly": once every N of the unit
_N_LY = re.compile(r"\b(?P<n>\d+)[- ](?P<unit>hour|dai|day|week|month|year)ly\b", re.IGNORECASE)

# Ratios in words.
_FRACTIONS = {"half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10,
              "3rd": 1 / 3, "4th": 1 / 4, "5th": 1 / 5, "10th": 1 / 10}
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "a third", "by a quarter", "two-thirds of what it was" (number words as digits: "2 3rds"); not "a third release"
_FRACTION = re.compile(_HEDGE + r"(?P<prep>(?:by|to|in|cut|down|up)\s)?(?:(?P<count>a|an|one|two|three|four|[1-4])[\s-]"
                       r"|(?=half\b))"  # "by half", "cut in half": a half needs no count
                       r"(?P<part>halves|half|thirds?|quarters?|fifths?|tenths?|[345]rds?|[345]ths?|10ths?)\b"
                       r"(?(prep)|(?=\s+of\b|\s*[,.;:)—–]|\s*$))", re.IGNORECASE)
# A share told as a proportion: "four in five", "9 out of 10", "one in every three" (number words as digits);
# not a count of a year ("3 in 2021") nor a share of a percentage ("4 in 10%")
_PROPORTION = re.compile(_HEDGE + r"\b(?P<n>\d+)\s(?:in|out\sof)\s(?:every\s)?(?P<m>\d+)\b(?![.,]\d|\s?%|\s?per\s?cent)",
                         re.IGNORECASE)
_MULTIPLES = {"halv": 0.5, "doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "two": 2.0, "three": 3.0, "four": 4.0,
              "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "twelve": 12.0,
              "twenty": 20.0, "hundred": 100.0}
_MULTIPLE = re.compile(_HEDGE + r"\b(?:(?P<verb>halv|doubl|tripl|quadrupl)(?:e|es|ed|ing)\b|(?P<n>\d+(?:\.\d+)?)"
                       r"(?:\s?[x×]|\stimes|-?fold)(?!\s(?:a|an|per|each|every)\s)|(?P<verb_fold>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)"
                       r"-?fold\b)", re.IGNORECASE)
_PEOPLE = re.compile(r"(?:er|or|ist|yst|ian|ant|(?<!m)ent|(?<!gr)ee)s$|^(?:people|staff|persons?|heads?|ftes?|strong|"
                     r"team|crew|squad|headcount)$", re.IGNORECASE)
_TEAM_OF = re.compile(r"\b(?:team|crew|squad|staff|group|unit|department)\s(?:of\s)?$", re.IGNORECASE)
_DATE = re.compile(r"(?:\b(?P<month_name>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|\b(?P<month>0?[1-9]|"
                   r"1[0-2])[/.])?\b(?P<year>(?:19|20)\d\d)(?!\d)|(?P<open>present|current|now|today|date|ongoing)",
                   re.IGNORECASE)
_YEAR_VALUE = re.compile(r"(?:19|20)\d\d")
_BEYOND = re.compile(r"over|more|above|upwards|least|under|less|fewer|below|\+", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s?(?:–|-|—|to)\s?(?:19|20)\d\d\b")


def _digits(text: str) -> str:
    """``text`` with its number words as digits, the converter's marks dropped."""
    return written_as_digits(text).replace("\u200b", "")


def _unit(word: str) -> str:
    word = word.casefold().rstrip("s")
    return {"yr": "year", "min": "minute", "hr": "hour"}.get(word, word)


# --- reading what a source states ---------------------------------------------------------------------
def _bounds(heading: str) -> tuple[int, int] | None:
    """The months (since year 0) an experience's dates (its heading) start and end, both counted
    ("01/2020 – 12/2023": 48 months); of years alone, the years between them ("2015–2019": 48 months, not
    three or almost five); an open end ("Present") does not say how long the work ran."""
    dates = list(_DATE.finditer(heading))
    if len(dates) < 2:
        return None
    start, end = dates[0], dates[-1]
    if not all(d.group("year") for d in (start, end)):
        return None  # an open end ("Present") says no length
    months = [bool(d.group("month_name") or d.group("month")) for d in (start, end)]
    if not any(months):  # years alone: the years between them, as a reader counts them ("2015–2019": four)
        first, last = int(start.group("year")), int(end.group("year"))
        return (first * 12, last * 12) if last > first else None
    if not all(months):
        return None

    def month(match) -> int:
        if match.group("month_name"):
            return int(match.group("year")) * 12 + MONTHS.index(match.group("month_name")[:3].casefold())
        return int(match.group("year")) * 12 + int(match.group("month")) - 1

    return (month(start), month(end) + 1) if month(end) >= month(start) else None


def span_of(heading: str) -> tuple[float, float] | None:
    """The years an experience's dates span, least and most ("01/2020 – 12/2023": 47 months, from the
    first month's end, to 48)."""
    bounds = _bounds(heading)
    return _span(bounds, bounds) if bounds else None


def _span(first: tuple[int, int], last: tuple[int, int]) -> tuple[float, float]:
    """The years from the start of ``first`` to the end of ``last``, least and most."""
    return (last[1] - first[0] - 1) / 12, (last[1] - first[0]) / 12


def spans_of(headings: list[str]) -> tuple[tuple[tuple[float, float], int, bool], ...]:
    """``(span, index of the first experience in it, whether it is one experience alone)`` for the spans a
    CV's experiences give: each alone, and each with those after it up to the last ("nearly eight years
    across A and B", "over seven years in search": the career to date from A's start)."""
    bounds = sorted((b, i) for i, b in enumerate(_bounds(h) for h in headings) if b)
    if not bounds:
        return ()
    last = max((b for b, _ in bounds), key=lambda b: b[1])
    return (tuple((_span(b, b), i, True) for b, i in bounds)  # in the order of their dates, the earliest first
            + tuple((_span(b, last), i, False) for b, i in bounds if b != last))


@lru_cache(maxsize=4096)
def durations_in(text: str) -> tuple[tuple[float, bool, str], ...]:
    """``(years, whether a word such as "over" qualifies it, its unit)`` for each duration ``text`` states:
    "13 years", "18 months", "a year", "a decade" (not the period of a rate: "twice a year", "every month")."""
    digits = _digits(text)
    found = []
    for match in _DURATION.finditer(digits):
        if not _RATE_BEFORE.search(digits[:match.start("figure")]):
            unit = _unit(match.group(_DURATION.groups))
            found.append((float(match.group("figure")) * _UNIT_YEARS[unit], bool(match.group("hedge") or match.group("plus")),
                          unit))
    for match in _WORDED.finditer(digits):
        if not _RATE_BEFORE.search(digits[:match.start("article")]):
            unit = _unit(match.group("unit"))
            found.append((_UNIT_YEARS[unit] * (1.5 if match.group("half") else 1), bool(match.group("hedge")), unit))
    found += [(figure * _UNIT_YEARS[unit], bool(hedge), unit)  # "22 years, 9 of them in retail"
              for match, figure, unit, hedge in _written_durations(digits) if match.re is _ELIDED]
    return tuple(found)


@lru_cache(maxsize=4096)
def rates_in(text: str) -> tuple[tuple[float, int, int], ...]:
    """``(times a year, start, end)`` for each rate ``text`` writes (its number words as digits, as
    :func:`_digits` gives them): "every 6 months" (2), "twice a year" (2), "quarterly" (4), "5-yearly" and
    "quinquennial" (0.2)."""
    digits = _digits(text)
    found = []
    for match in _EVERY.finditer(digits):
        n = match.group("n")
        every = 2.0 if n == "other" else float(n) if n else 1.0
        if every:
            found.append((_PER_YEAR[_unit(match.group("unit"))] / every, match.start(), match.end()))
    for match in _TIMES_PER.finditer(digits):
        n = int(match.group("n")) if match.group("n") else _TIMES[match.group("word").casefold()]
        found.append((n * _PER_YEAR[_unit(match.group("unit"))], match.start(), match.end()))
    for match in _ADVERB.finditer(digits):
        found.append((_ADVERBS[match.group().casefold()], match.start(), match.end()))
    for match in _N_LY.finditer(digits):
        if float(match.group("n")):
            unit = {"dai": "day"}.get(match.group("unit").casefold(), match.group("unit").casefold())
            found.append((_PER_YEAR[unit] / float(match.group("n")), match.start(), match.end()))
    return tuple(found)


# Figures of time are compared in seconds ("from six hours to 45 minutes" is eight times faster).
_SECONDS = {"millisecond": 0.001, "ms": 0.001, "second": 1.0, "sec": 1.0, "s": 1.0, "minut": 60.0, "min": 60.0,
            "hour": 3600.0, "hr": 3600.0, "h": 3600.0, "day": 86400.0, "week": 604800.0, "month": 2629800.0,
            "year": 31557600.0, "yr": 31557600.0}
_LINK = re.compile(r"\s*(?:to|-|–|—|→|->|down to|up to|and)\s*|\s*[a-z]+\s+to\s*")


def _scale(figure: list, digits: str) -> float:
    """What the unit of ``figure`` (a time read in seconds) multiplied its number by: the range's other end
    takes the same unit ("from 0 to 5 minutes" where a zero says nothing of it: 1)."""
    written = float(values_of(NUMBER.match(digits, figure[2]))[0])
    return figure[0] / written if written else 1.0


@lru_cache(maxsize=4096)
def _figures(sentence: str) -> tuple[tuple[float, str, int, int, str], ...]:
    """``(value, unit, start, end, the word after)`` for each figure of one sentence (as :func:`_digits`
    writes it): its unit "%", a currency sign, "time" (the value in seconds) or the stem of the word after
    it; a range writes its unit once ("from 45 to 15 minutes", "from 45 minutes to 15"), and two figures
    linked without one share a unit of their own ("from 9.5 million to 12 million")."""
    digits = _digits(sentence)
    found = []
    for match in NUMBER.finditer(digits):
        values = values_of(match)
        if not values or (match.group(4) and match.group(4).casefold() not in _SECONDS | {"k": 0, "m": 0, "bn": 0}):
            continue
        written = match.group()
        after = re.match(r"[\s-]*([A-Za-z][\w'-]*)", digits[match.end():])
        word = after.group(1).casefold() if after else ""
        unit = "%" if is_percent(written) else (re.search(r"[$€£¥₹]", written).group() if is_money(written) else
                                                 stem(word) if word and zipf(word) < FUNCTION_ZIPF else "")
        glued = (match.group(4) or "").casefold()
        value = float(values[0])
        if glued in _SECONDS or unit in _SECONDS:
            value, unit = value * _SECONDS[glued if glued in _SECONDS else unit], "time"
        found.append([value, unit, match.start(), match.end(), word])
    for i in range(len(found) - 1):  # a range writes its unit once
        if not _LINK.fullmatch(digits[found[i][3]:found[i + 1][2]]):
            continue
        first, second = found[i], found[i + 1]
        if not first[1] and second[1]:
            first[1] = second[1]
            first[0] *= _scale(second, digits) if second[1] == "time" else 1
        elif first[1] and not second[1]:
            second[1] = first[1]
            second[0] *= _scale(first, digits) if first[1] == "time" else 1
        elif not first[1] and not second[1]:
            first[1] = second[1] = f"range {i}"
    return tuple(tuple(f) for f in found  # a year is no figure to compare ("2021 - 2024")
                 if not _YEAR_VALUE.fullmatch(f"{f[0]:g}") or f[1] in ("%", "time") or is_money(f[1]))


def _linked(digits: str) -> set[str]:
    """The values of the figures ``digits`` links as a range or a change ("from 5 days to 2": 5 and 2)."""
    matches = list(NUMBER.finditer(digits))
    return {values_of(m)[0] for i, (m, n) in enumerate(zip(matches, matches[1:]))
            for m in (m, n) if _LINK.fullmatch(digits[matches[i].end():matches[i + 1].start()])}


def _pairs(sentence: str) -> tuple[tuple[float, float, str], ...]:
    """Each two figures of one unit in ``sentence``, in the order written, with their unit."""
    figures = [f for f in _figures(sentence) if f[1]]
    return tuple((a, b, unit) for i, (a, unit, *_) in enumerate(figures) for b, other, *_ in figures[i + 1:]
                 if unit == other and a and b and a != b)


def _shares(sentence: str) -> tuple[tuple[float, str], ...]:
    """``(value, the word after it)`` for each decimal share below 1 (``0.3 holdout``) or percentage in ``sentence``."""
    found = []
    for value, unit, _, _, word in _figures(sentence):
        if unit == "%":
            found.append((value / 100, word))
        elif 0 < value < 1 and word:
            found.append((value, word))
    return tuple(found)


@lru_cache(maxsize=4096)
def proportions_in(digits: str) -> tuple[tuple[float, int, int, str | None], ...]:
    """``(share, start, end, the word before it)`` for each proportion ``digits`` (a text as :func:`_digits`
    writes it) tells in words: "4 in 5" (0.8), "9 out of 10", "nearly 1 in every 3"."""
    found = []
    for match in _PROPORTION.finditer(digits):
        n, m = int(match.group("n")), int(match.group("m"))
        if 0 < n < m <= 1000:
            found.append((n / m, match.start(), match.end(), match.group("hedge")))
    return tuple(found)


@lru_cache(maxsize=4096)
def _shares_told(sentence: str, in_words: bool = False) -> tuple[float, ...]:
    """The shares of a whole ``sentence`` states: percentages ("80%"; not with ``in_words``), proportions
    ("four in five") and fractions of something ("half of all forms", "two thirds of the fleet")."""
    digits = _digits(sentence)
    found = [] if in_words else [share for share, _ in _shares(sentence)]
    found += [share for share, *_ in proportions_in(digits)]
    for match in _FRACTION.finditer(digits):
        part = match.group("part").casefold()
        if not match.group("prep") and re.match(r"\s+of\b", digits[match.end():]):
            count = match.group("count")
            found.append(_COUNT_WORDS[count.casefold() if count else "a"] * _FRACTIONS.get(part, _FRACTIONS.get(part[:-1], 0)))
    return tuple(share for share in found if share)


@lru_cache(maxsize=4096)
def sums_in(sentence: str) -> tuple[tuple[str, str], ...]:
    """``(total, what it counts)`` for the counts of one kind in ``sentence`` added up: people ("four
    engineers in Stuttgart and two in Pune": 6 people) or one noun ("3 plants and 2 plants")."""
    groups: dict[str, list[float]] = {}
    ranged = _linked(_digits(sentence))  # "from 5 days to 2" adds up to nothing
    for value, _, noun, _ in counts_in(sentence, elided=True):
        if not noun or not re.fullmatch(r"\d+", value) or value in ranged or stem(noun) in _SECONDS:
            continue  # "8 years, the last 5 on X" is 8 years, not 13
        groups.setdefault("people" if _PEOPLE.search(noun) else stem(noun), []).append(float(value))
    return tuple((f"{sum(values):g}", kind) for kind, values in groups.items() if len(values) > 1)


# --- the derivations ---------------------------------------------------------------------------------
def _within(hedge: str | None, written: float, low: float, high: float, step: float) -> bool:
    """Whether an amount between ``low`` and ``high`` may be written ``written`` after ``hedge`` ("over",
    "nearly", "about" or none), ``step`` the precision the written figure has (a whole year: 1)."""
    said = " ".join((hedge or "").casefold().split()[-2:]) if hedge else ""
    said = said.removeprefix("just ").removeprefix("well ").removeprefix("slightly ").removeprefix("little ")
    if said in ("over", "more than", "above", "upwards of", "+"):
        return high > written and low <= max(written * 1.6, written + 2 * step)
    if said == "at least":
        return high >= written and low <= max(written * 1.6, written + 2 * step)
    if said in ("nearly", "almost", "close to"):
        return low <= written and high >= written - max(written * 0.1, step / 2)
    if said in ("under", "less than", "fewer than", "below"):
        return low < written and high >= written * 0.6
    if said:  # about, around, roughly, some
        slack = max(written * 0.15, step / 2)
        return low <= written + slack and high >= written - slack
    return low <= written + step / 2 and high >= written - step / 2


def _ratio_within(hedge: str | None, written: float, actual: float) -> bool:
    """Whether a ratio ``actual`` may be written as ``written`` after ``hedge`` (as :mod:`.magnitudes` reads one)."""
    said = " ".join((hedge or "").casefold().split())
    if said in ("over", "more than", "above", "upwards of", "at least"):
        return written < actual <= written * (1 + NEAR)
    if said in ("nearly", "almost", "close to"):
        return written * (1 - NEAR) <= actual <= written
    if said in ("under", "less than", "fewer than", "below"):
        return written * (1 - NEAR) <= actual < written
    return abs(actual / written - 1) <= (ROUGH if said else EXACT)


# What a ratio is read as: "by a third", "a reduction of 39%" is the change; "to a third", "a third of what it
# was" the new figure's share of the old; either where nothing says.
_BY = re.compile(r"\b(?:by|(?:reduction|cut|drop|fall|rise|increase|improvement|gain|decrease|saving|change|growth|"
                 r"speed-up|uplift)\s+of)\s+(?:a\s|an\s)?$", re.IGNORECASE)
_TO = re.compile(r"\b(?:to|at)\s+(?:a\s|an\s|just\s)?$", re.IGNORECASE)
_OF_WHAT = re.compile(r"^\s+of\s+(?:what|the|its|their|his|her)\b", re.IGNORECASE)
# A difference is written as one: "by 12 points", "up 2.5 million", "down five points".
_CHANGE_BEFORE = re.compile(r"\b(?:by|up|down)\s+(?:a\s+further\s+|another\s+)?$", re.IGNORECASE)
_POINTS = {"point", "percentag", "pp", "pt"}


def _read_as(digits: str, start: int, end: int, changes: list[tuple[float, float]]) -> list[float]:
    """The ratios a figure or fraction at ``start``-``end`` of ``digits`` may state, as the words around it
    read it: each change's share ("to a third") or its change ("by a third"), or either."""
    if _BY.search(digits[:start]):
        return [change for _, change in changes]
    if _TO.search(digits[:start]) or _OF_WHAT.match(digits[end:]):
        return [ratio for ratio, _ in changes]
    return [x for pair in changes for x in pair]


def _difference_of(unit: str, pair_unit: str) -> bool:
    """Whether a figure written with ``unit`` may be the difference of two figures of ``pair_unit``: the
    same unit or none, and percentage points for percentages."""
    if pair_unit == "%":
        return unit in ("point", "percentag", "pp", "pt")
    return unit in ("", pair_unit) or pair_unit.startswith("range")


_TENURE = {"year", "month", "decade"}  # the units of time spent in a role


def _comparable(unit: str, other: str) -> bool:
    """Whether durations in ``unit`` and ``other`` may state the same thing: one unit, or both a tenure's."""
    return unit == other or (unit in _TENURE and other in _TENURE)


def _written_durations(digits: str) -> list[tuple[re.Match, float, str, str | None]]:
    """``(match, figure, unit, the word before it)`` for each duration a text writes: "nearly 8 years",
    "a year and a half", "the last 4.5" and "5 of them" after a duration (in its unit); not a rate's period."""
    found = [(m, float(m.group("figure")), _unit(m.group(_DURATION.groups)),
              m.group("hedge") or ("+" if m.group("plus") else None)) for m in _DURATION.finditer(digits)]
    found += [(m, 1.5 if m.group("half") else 1.0, _unit(m.group("unit")), m.group("hedge"))
              for m in _WORDED.finditer(digits)]
    for match in _ELIDED.finditer(digits):
        figure, hedge = (match.group("figure"), match.group("hedge")) if match.group("figure") else (
            match.group("figure2"), match.group("hedge2"))
        before = list(_DURATION.finditer(digits[:match.start()]))
        if before:
            found.append((match, float(figure), _unit(before[-1].group(_DURATION.groups)), hedge))
    return [(m, *rest) for m, *rest in found if not _RATE_BEFORE.search(digits[:m.start()])]


class DerivedFigures:
    """What one scope's figures imply: an experience's span, durations, rates, ratios, sums, lists."""

    def __init__(self, texts: list[str], heading: str = "", experiences: list[tuple[str, str]] = ()):
        """``texts``: what the text may use; ``heading``: its experience's (its dates), or ``experiences``:
        every experience's heading and description, for the overview."""
        self.sentences = [s for text in texts for s in sentences(text)]
        headings = [heading] if heading else [h for h, _ in experiences]
        # years alone give years, not months ("over 30 months" is no reading of 2020–2024), and only to the
        # overview's career: inside an experience, "for two years" of 2019–2021 may be a task's, not the job's
        self.month_spans = spans_of([h if any(d.group("month_name") or d.group("month") for d in _DATE.finditer(h))
                                     else "" for h in headings])
        self.spans = self.month_spans if heading else spans_of(headings)
        # inside an experience, a span of years alone is that experience's where the text says so: a compound
        # duration of the thing its heading names ("a four-year break" for "Career break, 2021–2025")
        self.heading_span = span_of(heading) if heading else None
        self.heading_stems = content_stems(heading) if heading else frozenset()
        # what each experience is about (its words, its abbreviations): a span from it must be of what the
        # text says the years went on
        self.topics = [(content_stems(f"{h} {d}"),
                        {acronym_letters(t) for t in f"{h} {d}".split() if acronym_letters(t)}) for h, d in experiences]
        self.durations = frozenset(d for text in texts for d in durations_in(text))  # (years, qualified, unit)
        self.rates = frozenset(rate for text in texts for rate, *_ in rates_in(text))

    def unexplained(self, text: str, claims: list[str]) -> list[str]:
        """``claims`` (what the other checks name in ``text``) less those a derivation gives."""
        derived = self._derived(text)
        if not derived:
            return claims
        digits = _digits(text)
        kept = []
        for claim in claims:
            # a rate ("2 per week") only by a rate: its figure restating a duration says nothing of how often
            spans = [(s, e) for s, e, kind in derived if kind == "rate" or not _PER.search(claim)]  # "60 per cent" no rate
            values = {v for m in NUMBER.finditer(_digits(claim)) for v in values_of(m)}
            if values:
                mentions = [m for m in NUMBER.finditer(digits) if values & set(values_of(m))]
                explained = bool(mentions) and all(any(s <= m.start() and m.end() <= e for s, e in spans)
                                                   for m in mentions)
            else:  # a figure in words ("a third", "a decade"): each place the text writes it
                places = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(claim) + r"(?!\w)", digits, re.IGNORECASE)]
                explained = bool(places) and all(any(s <= at and at + len(claim) <= e for s, e in spans) for at in places)
            if not explained:
                kept.append(claim)
        return kept

    def _derived(self, text: str) -> list[tuple[int, int, str]]:
        """The stretches of ``text`` (as :func:`_digits` writes it) whose figures a derivation gives, each
        with "rate" where it is a rate's."""
        found = []
        for sentence in sentences(text):
            offset = _digits(text).find(_digits(sentence))
            if offset < 0:
                continue
            digits = _digits(sentence)
            tied = [s for s in self.sentences if similarity(sentence, s) >= REWORDS]  # what it rewords
            found += [(s + offset, e + offset, "rate") for s, e in self._rates(digits, tied)]
            found += [(s + offset, e + offset, "") for s, e in self._durations(digits, tied)
                      + self._ratios(sentence, digits, tied) + self._counts(digits, tied)]
        return found

    def _durations(self, digits: str, tied: list[str]) -> list[tuple[int, int]]:
        # Where a source sentence the text rewords states a duration of the scale the text writes (years and
        # months of a career; days or hours of a task; at most three times apart), which the text does not
        # repeat, that one alone may be restated (converted, or rounded as the words before it allow), not a
        # span: "over 3 years" written "over two years" is a figure changed, not derived.
        own = {round(d, 6) for d, *_ in durations_in(digits)}
        restated = {d for s in tied for d in durations_in(s) if round(d[0], 6) not in own}
        found = []
        for match, figure, unit, hedge in _written_durations(digits):
            written = figure * _UNIT_YEARS[unit]
            mine = {(d, qualified, other) for d, qualified, other in restated
                    if _comparable(unit, other) and max(d, written) <= 3 * min(d, written)}
            # a part of a duration ("the last 4.5", "5 of them") is one experience's; in the overview, a span
            # needs its first experience to be of what the sentence says the years went on ("in e-commerce search")
            about = re.split(r"[,;.(:—–]", digits[match.end():])[0]  # "in e-commerce search", "in anti-money laundering"
            dated = self.spans if unit in ("year", "decade") else self.month_spans
            spans = [span for span, first, alone in dated if alone == (match.re is _ELIDED or not self.topics)
                     and (not self.topics or self._about(first, about))]
            exact = []  # spans a duration may restate only as they are, never "over" one
            if self.topics and match.re is not _ELIDED:  # the years in it to date: from the first experience of it,
                # or, told exactly, one experience's own where the words name it ("four years as a controller at Carris")
                exact = [span for span, first, alone in dated if alone and self._about(first, about)]
                spans = spans[:1] or exact[-1:]
            if unit in ("year", "decade"):  # a range of years the sentence writes gives its years ("ten years,
                # 2015–2025"; the dates check holds the range to the CV's)
                exact += [span_of(m.group()) or (0, 0) for m in _YEAR_RANGE.finditer(digits)]
            durations, spans = (mine, ()) if mine else (self.durations, spans)
            # a stated duration rounded only into another unit ("over a decade" for 13 years; "over six months"
            # for 9 months is a figure changed)
            # what the written figure is rounded to: "3.5 years" to the half year, "a decade" to the year
            step = min(_UNIT_YEARS[unit], 1.0) * (0.5 if figure != int(figure) else 1)
            stated = any(abs(d - written) < 1e-6 if hedge is None or qualified or other == unit
                         else _within(hedge, written, d, d, step) for d, qualified, other in durations)
            # a "3-year roadmap" (a unit in the singular after a figure above one) is the roadmap's, not the experience's
            compound = match.re is _DURATION and figure != 1 and not match.group(_DURATION.groups).casefold().endswith("s")
            if compound and self.heading_span and unit == "year" and hedge is None \
                    and content_stems(" ".join(digits[match.end():].split()[:1])) & self.heading_stems:
                compound, exact = False, [*exact, self.heading_span]  # "a four-year break" of "Career break, 2021–2025"
            # a span of years alone is no measure to round from: "over two years" is no reading of 2020–2024
            precise = {span for span, *_ in self.month_spans}
            beyond = bool(_BEYOND.search(hedge or ""))
            if stated or (not compound and any(_within(hedge, written, *span, step) and (span in precise or not beyond)
                                               for span in spans)
                          or not compound and not beyond and not mine
                          and any(_within(hedge, written, *span, step) for span in exact)):
                found.append(match.span())
        return found

    def _about(self, experience: int, phrase: str) -> bool:
        """Whether ``phrase`` (what years went on: "in anti-money laundering") is what ``experience`` is
        about: a word of its heading or description, or words that spell an abbreviation it writes (AML)."""
        words, abbreviations = self.topics[experience]
        return bool(words & content_stems(phrase)) or any(spelled_out(a, (phrase,)) for a in abbreviations)

    def _rates(self, digits: str, tied: list[str]) -> list[tuple[int, int]]:
        if not self.rates:
            return []
        return [(start, end) for rate, start, end in rates_in(digits)
                if any(abs(rate - other) < 1e-6 for s in tied for other, *_ in rates_in(s))]

    def _ratios(self, sentence: str, digits: str, tied: list[str]) -> list[tuple[int, int]]:
        own = {f[0] for f in _figures(sentence)}
        # the source sentences a ratio may come from: those the text rewords, or whose two figures it writes
        sources = [s for s in self.sentences if s in tied or len(own & {f[0] for f in _figures(s) if f[1]}) > 1]
        pairs = [pair for s in sources for pair in _pairs(s)]
        # a share within 5% of the whole is no share a text states ("99.6%" is no 99.5 of 99.7)
        changes = [(b / a, (b - a) / a) for a, b, _ in pairs if abs(b / a - 1) >= 0.05]
        found = []
        wholes = [share for s in sources for share in _shares_told(s)]
        for match in _FRACTION.finditer(digits):  # "to a third", "by a quarter", "by half"; "two thirds of" a share
            part = match.group("part").casefold()
            count = match.group("count")
            value = _COUNT_WORDS[count.casefold() if count else "a"] * _FRACTIONS.get(part, _FRACTIONS.get(part[:-1], 0))
            start = match.start("count") if count else match.start("part")
            ratios = _read_as(digits, start, match.end(), changes)
            if not match.group("prep") and re.match(r"\s+of\b", digits[match.end():]):
                ratios += wholes
            if value and any(_ratio_within(match.group("hedge"), value, abs(x)) for x in ratios):
                found.append(match.span())
        for value, start, end, hedge in proportions_in(digits):  # "nine in ten" for the source's 90%
            if any(_ratio_within(hedge, value, share) for share in wholes):
                found.append((start, end))
        for match in _MULTIPLE.finditer(digits):
            verb = match.group("verb") or match.group("verb_fold")
            value = _MULTIPLES[verb.casefold()] if verb else float(match.group("n"))
            # halved: a ratio or a change of a half; doubled, 3x: a growth's ratio (a cut told as a multiple,
            # "four times faster" for 2 days to half a day, is a claim: set B counts it so)
            candidates = [abs(x) for pair in changes for x in pair] if value < 1 else [r for r, _ in changes if r > 1]
            if value and any(_ratio_within(match.group("hedge"), value, x) for x in candidates):
                found.append(match.span())
        shares = [share for s in sources for share in _shares(s)]
        linked = _linked(digits)  # "from 5% to 0.2%": figures, not ratios
        for value, unit, start, end, word in _figures(sentence):
            if values_of(NUMBER.match(digits, start))[0] in linked:
                continue
            hedge = re.search(_HEDGE + r"$", digits[:start])
            said = hedge.group("hedge") if hedge else None
            if unit == "%" and value and any(
                    _ratio_within(said, value / 100, abs(x)) if said else abs(abs(x) * 100 - value) <= 0.5 + 1e-9
                    for x in _read_as(digits, hedge.start() if hedge else start, end, changes)
                    + [share for s in sources for share in _shares_told(s, in_words=True)]):
                found.append((start, end))  # "a relative reduction of about 39%", "cut to 33% of what it was"
            elif unit != "%" and (unit in _POINTS or _CHANGE_BEFORE.search(digits[:start])) and any(
                    abs(abs(b - a) - value) <= 1e-9 * max(value, 1) and _difference_of(unit, other) for a, b, other in pairs):
                found.append((start, end))  # "by 29 percentage points, from 62% to 91%"; "up by 2.5 million, to 12m"
            elif (unit == "%" or 0 < value < 1) and word and any(
                    abs(share - (value / 100 if unit == "%" else value)) < 1e-9 and other == word
                    for share, other in shares):
                found.append((start, end))  # "a 30% holdout" for "a 0.3 holdout"
        return found

    def _counts(self, digits: str, tied: list[str]) -> list[tuple[int, int]]:
        sums = {total_kind for s in tied for total_kind in sums_in(s)}
        years = _years_listed(digits)  # "three year-end closings, 2016 to 2018": the years beside the count
        found = []
        for match in NUMBER.finditer(digits):
            if match.group(2) or match.group(3) or match.group(4) or is_percent(match.group()) or is_money(match.group()):
                continue  # a count is whole and plain
            value = float(values_of(match)[0])
            after = re.match(r"[\s-]*((?:[A-Za-z][\w'-]*\s?){1,3})", digits[match.end():])
            words = after.group(1).split() if after else []
            nouns = {stem(w) for w in words if zipf(w.lower()) < FUNCTION_ZIPF}
            people = bool(_TEAM_OF.search(digits[:match.start()])) or any(_PEOPLE.search(w) for w in words[:2])
            listed = _list_after(digits[match.end() + (len(after.group(0)) if after else 0):])
            if (any(total == f"{value:g}" and (kind == "people" and people or kind in nouns) for total, kind in sums)
                    or (listed and _counted(value, nouns, listed))
                    or (_ANAPHORIC.search(digits[:match.start()]) and value in _names_listed(digits[:match.start()]))
                    or (value in years and value == int(value))
                    or _named_in(value, nouns, tied)):
                found.append(match.span())
        return found


# A list right after a count: "seven: five valuers, two graduates", "two surveys (A and B)", "three, namely ..."
_LIST_START = re.compile(r"^\s*(?::|\(|—|–|-\s|,\s(?:including|namely|such as)\b|\s(?:including|namely|such as)\b)")
_ITEMS = re.compile(r",\s*(?:and\s|or\s)?|\s(?:and|or|&|plus)\s")
# A count that points back at what its sentence names: "all three", "the two", "both"
_ANAPHORIC = re.compile(r"\b(?:all|the|these|those|each of the|all of the)\s$", re.IGNORECASE)
_NAME = r"[A-Z][\w+.-]*(?:\s[A-Z][\w+.-]*){0,3}"
_NAMES = re.compile(rf"(?:{_NAME},\s)*{_NAME},?\s(?:and|or|&)\s{_NAME}")
_YEAR_LIST = re.compile(r"\b(?:19|20)\d\d(?:,\s(?:19|20)\d\d)*,?\s(?:and|to|through|until|-|–)\s(?:19|20)\d\d\b"
                        r"|\b(?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d\b")


def _list_after(rest: str) -> str:
    """The list ``rest`` (what follows a count and its words) opens with, or nothing."""
    if not _LIST_START.match(rest):
        return ""
    return re.split(r"\)" if rest.lstrip().startswith("(") else r"[.;]", rest.lstrip(" :(—–-,"))[0]


def _counted(count: float, nouns: set[str], listed: str) -> bool:
    """Whether ``listed`` names ``count`` items (or the noun counted that many times), or its counts add up to it."""
    items = [item.strip() for item in _ITEMS.split(listed) if item.strip()]
    if not items or any(len(item.split()) > 6 for item in items) or nouns & set(_SECONDS):
        return False  # a clause after a colon lists nothing, nor does a duration count a list
    parts = [re.match(r"(\d+)\s+[A-Za-z]", item) for item in items]  # "five valuers, two graduates"
    if any(parts) and not all(parts) or not any(parts) and any(re.search(r"\d", item) for item in items):
        return False  # items with figures are counts, all of them, or a clause
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\w*", re.IGNORECASE) if nouns else None
    return (len(items) == count or (named is not None and len(named.findall(listed)) == count)
            or (len(parts) > 1 and all(parts) and sum(int(p.group(1)) for p in parts) == count))


def _names_listed(text: str) -> set[float]:
    """How many names each list of names in ``text`` holds ("Google Widevine, Apple FairPlay and Microsoft PlayReady": 3)."""
    return {float(len([i for i in _ITEMS.split(m.group()) if i.strip()])) for m in _NAMES.finditer(text)}


def _years_listed(text: str) -> set[float]:
    """How many years each list or range of years in ``text`` names ("in 2016, 2017 and 2018", "2016 to 2018": 3)."""
    found = set()
    for match in _YEAR_LIST.finditer(text):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", match.group())]
        ranged = re.search(r"\s(?:to|through|until)\s|[–-]", match.group()) and len(years) == 2
        found.add(float(years[1] - years[0] + 1 if ranged and years[1] > years[0] else len(years)))
    return found


def _named_in(count: float, nouns: set[str], tied: list[str]) -> bool:
    """Whether a source sentence the text rewords names ``count`` things of one of ``nouns``, each closing a
    name ("the Labour Force Survey and the Living Costs and Food Survey": two surveys)."""
    if count < 2 or count != int(count) or count > 12 or not nouns:
        return False
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\w*", re.IGNORECASE)
    names = re.compile(r"\b[A-Z][\w'-]*\s(?:" + "|".join(re.escape(n.capitalize()) for n in nouns) + r")\w*")
    return any(len(names.findall(s)) == count == len(named.findall(s)) for s in tied)
