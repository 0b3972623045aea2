"""Relative magnitudes written in words: halved, doubled, tripled, quadrupled, tenfold, a decade, a
dozen, a third, a quarter, a fifth to a tenth.

They are figures as much as ``50%`` or ``10 years`` are, so a text may use one only where its source
states the same magnitude, in words or in digits ("halved" is supported by "half" or "50%", "a
decade" by "decade" or "10 years"; "halved" also by "from 6 weeks to 3"). Source texts are read with
their number words as digits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import numbers_in, written_as_digits
from .words import sentences

_FOLD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "twenty": 20, "hundred": 100, "thousand": 1000}


def _times(n: int, percent: int | None = None) -> str:
    """A source pattern for "n times" in digits: ``3x``, ``x3``, ``3 times``, ``3-fold`` (or its percent)."""
    alternatives = [rf"\b{n}\s?[x×]", rf"\b[x×]\s?{n}\b", rf"\b{n}\s?times\b", rf"\b{n}[- ]?fold\b"]
    if percent is not None:
        alternatives.append(rf"\b{percent}\s?(?:%|percent\b|per cent\b)")
    return "|".join(alternatives)


# A duration after "half" or "quarter": "a half-hour SLA" is a quantity (:mod:`.quantities`), no cut.
_DURATION = r"(?:second|minute|hour|day|week|month|year)s?\b"
# "twice the throughput", "twice as fast", "twice faster": a ratio; "renegotiated twice" counts times (below).
_RATIO_WORDS = r"\s+(?:as|the|that|its|their|our|his|her|\d|more|less|[a-z]+er)\b"
# (what, as written in the adjusted text, what in the source supports it)
_KINDS = (
    ("half", r"(?<!\band a )\b(?:(?:in|by|one)[- ])?half\b(?! an?\b)(?![\s-]" + _DURATION + r")|\bhalv(?:e|es|ed|ing)\b",
     r"\bhal(?:f|ves|ve|ved|ving)\b(?! an?\b)|\b50\s?(?:%|percent\b|per cent\b)"),  # "half a day" is 0.5 day, no cut
    ("double", r"\bdoubl(?:e|es|ed|ing)\b(?!-)|\btwice\b(?=" + _RATIO_WORDS + r")|\btwo-?fold\b",
     r"\bdoubl(?:e|es|ed|ing)\b|\btwice\b|\btwo-?fold\b|" + _times(2, 100)),
    ("triple", r"\btripl(?:e|es|ed|ing)\b(?!-)|\bthree-?fold\b",
     r"\btripl(?:e|es|ed|ing)\b|\bthree-?fold\b|" + _times(3, 200)),
    ("quadruple", r"\bquadrupl(?:e|es|ed|ing)\b(?!-)|\bfour-?fold\b",
     r"\bquadrupl(?:e|es|ed|ing)\b|\bfour-?fold\b|" + _times(4, 300)),
    ("quarter", r"\b(?:a|one)[- ]quarter\b(?=\s+of\b|\s*[,.;:)]|\s*$)|\bby (?:a|one)[- ]quarter\b",
     r"\bquarters?\b|\b25\s?(?:%|percent\b|per cent\b)"),
    ("decade", r"\b(?:a |one )?decades?\b", r"\bdecades?\b|\b10\+?\s?(?:years?|yrs)\b"),
    ("dozen", r"\b(?:a |one )?dozens?\b", r"\bdozens?\b|\b12\b"),
    # a fraction ("a third of", "by a third"), not an ordinal ("a third release", "third-party")
    ("third", r"\b(?:a|one)[- ]third\b(?=\s+of\b|\s*[,.;:)]|\s*$)|\bby (?:a|one)[- ]third\b", r"\b(?:a|one)[- ]third\b(?![- ]part)|\b33(?:\.3+)?\s?(?:%|percent\b|per cent\b)"),
    # the other unit fractions alike ("by a fifth", "a tenth of"), each supported by itself or its percentage
    *((part, rf"\b(?:a|one)[- ]{part}\b(?=\s+of\b|\s*[,.;:)]|\s*$)|\bby (?:a|one)[- ]{part}\b",
       rf"\b(?:a|one)[- ]{part}\b|\b(?:{'|'.join(re.escape(p) for p in percents)})\s?(?:%|percent\b|per cent\b)")
      for part, percents in (("fifth", ("20",)), ("sixth", ("16.7", "17")), ("seventh", ("14.3", "14")),
                             ("eighth", ("12.5",)), ("ninth", ("11.1", "11")), ("tenth", ("10",)))),
)
_WRITTEN = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern, _ in _KINDS]
_SUPPORT = {kind: re.compile(pattern, re.IGNORECASE) for kind, _, pattern in _KINDS}
_FOLD = re.compile(r"\b(\d+|" + "|".join(_FOLD_NUMBERS) + r")-?fold\b", re.IGNORECASE)
# "three times faster", "5x more": a ratio, not a frequency ("three times a week")
_TIMES = re.compile(r"\b(\d+|" + "|".join(_FOLD_NUMBERS) + r")(?:\s?[x×]|\s+times)\s+(?:as\b|the\b|(?:\w+er|more|less)\b)",
                    re.IGNORECASE)
_SAME_AS = {2: "double", 3: "triple", 4: "quadruple"}
# "twice" that is no ratio: a count of times, supported by a 2 the source states ("two renegotiations").
_TWICE_COUNTED = re.compile(r"\btwice\b(?!" + _RATIO_WORDS + r")", re.IGNORECASE)


@lru_cache(maxsize=16384)
def magnitudes_in(text: str) -> tuple[tuple[str, str], ...]:
    """``(kind, as written)`` for each relative magnitude ``text`` states in words (``fold:10``: tenfold)."""
    found: list[tuple[str, str]] = []
    for kind, pattern in _WRITTEN:  # "half a dozen", "two dozen" are figures (6, 24), not "a dozen"
        found += [(kind, m.group().strip()) for m in pattern.finditer(written_as_digits(text) if kind == "dozen" else text)]
    for match in _FOLD.finditer(text):
        word = match.group(1).lower()
        n = int(word) if word.isdigit() else _FOLD_NUMBERS[word]
        if n not in _SAME_AS:  # twofold, threefold, fourfold: double, triple, quadruple above
            found.append((f"fold:{n}", match.group()))
    for match in _TIMES.finditer(text):
        word = match.group(1).lower()
        n = int(word) if word.isdigit() else _FOLD_NUMBERS[word]
        found.append((_SAME_AS.get(n, f"fold:{n}"), match.group()))
    found += [("times:2", m.group()) for m in _TWICE_COUNTED.finditer(text)]
    return tuple(found)


@lru_cache(maxsize=4096)
def supported_magnitudes(text: str) -> frozenset[str]:
    """The kinds of magnitude ``text`` (a source text) states, in words or digits."""
    digits = written_as_digits(text)
    kinds = {kind for kind, pattern in _SUPPORT.items() if pattern.search(text) or pattern.search(digits)}
    kinds |= {f"fold:{n}" for n in (int(m.group(1)) if m.group(1).isdigit() else _FOLD_NUMBERS[m.group(1).lower()]
                                    for m in _FOLD.finditer(text))}
    kinds |= {f"fold:{m.group(1)}" for m in re.finditer(r"\b(\d+)\s?(?:[x×]|times\b)", digits)}
    if "2" in numbers_in(text) or _TWICE_COUNTED.search(text):
        kinds.add("times:2")  # "twice" counting times: any 2 the source states, or its own "twice"
    return frozenset(kinds | _from_to(digits))


# "from 6 weeks to 3", "from 120 to 30": a change the text states in figures, with a unit or two between.
_FROM_TO = re.compile(r"\bfrom [$€£]?(\d+(?:\.\d+)?)(?:\s+[A-Za-z]+){0,2}\s+to [$€£]?(\d+(?:\.\d+)?)\b", re.IGNORECASE)
_MULTIPLES = {2: "double", 3: "triple", 4: "quadruple"}


def _from_to(digits: str) -> set[str]:
    """The magnitudes a change from one figure to another comes to: "from 6 weeks to 3" halves."""
    kinds = set()
    for match in _FROM_TO.finditer(digits):
        before, after = float(match.group(1)), float(match.group(2))
        if not before or not after:
            continue
        if before / after == 2:
            kinds.add("half")
        elif after / before in _MULTIPLES:
            kinds.add(_MULTIPLES[int(after / before)])
    return kinds


# The figures a magnitude in words states: "halved" is a 50% cut, "tripled" 3x or +200%, "a decade" 10 years.
_VALUES = {"half": ("50", "0.5"), "double": ("2", "100"), "triple": ("3", "200"), "quadruple": ("4", "300"),
           "quarter": ("25", "0.25"), "third": ("33", "33.3", "33.33"), "decade": ("10",), "dozen": ("12",),
           "fifth": ("20", "0.2"), "sixth": ("17", "16.7"), "seventh": ("14", "14.3"), "eighth": ("12.5",),
           "ninth": ("11", "11.1"), "tenth": ("10", "0.1")}


# What a multiple or a count in words counts, as stems (:mod:`.counts` binds its value to them).
_COUNTED = {"double": ("time", "x", "fold"), "triple": ("time", "x", "fold"), "quadruple": ("time", "x", "fold"),
            "decade": ("year",), "dozen": ()}


@lru_cache(maxsize=4096)
def magnitude_values(text: str) -> frozenset[str]:
    """The figures the magnitudes a source ``text`` states in words come to (``halved``: 50), less the
    multiples and counts of :func:`counted_magnitudes` (3 for "tripled" is no 3%)."""
    counted = {value for value, _ in counted_magnitudes(text)}
    values = set()
    for kind in supported_magnitudes(text):
        values.update(_VALUES.get(kind, (kind.removeprefix("fold:"),) if kind.startswith("fold:") else ()))
    return frozenset(values - counted)


@lru_cache(maxsize=4096)
def counted_magnitudes(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(value, stems of what it counts)`` for each multiple or count a source ``text`` states in
    words ("tripled": 3 times; "a decade": 10 years): a figure the text may state only for that."""
    found = []
    for kind in supported_magnitudes(text):
        if kind.startswith("fold:"):
            found.append((kind.removeprefix("fold:"), _COUNTED["triple"]))
        elif kind in _COUNTED:
            found.append((_VALUES[kind][0], _COUNTED[kind]))
    return tuple(found)


def unsupported_magnitudes(text: str, supported: frozenset[str]) -> list[str]:
    """The magnitudes ``text`` states that ``supported`` (:func:`supported_magnitudes` of its sources) lacks,
    and its own sentence's change does not bear out (:func:`_borne_out`)."""
    found = [(kind, written) for kind, written in magnitudes_in(text) if kind not in supported]
    return [written for kind, written in found if not any(_borne_out(kind, written, sentence)
                                                          for sentence in sentences(text) if written in sentence)]


# A ratio in words that the one change its sentence states in figures comes to, read with the words before
# it: "from $41 to $17, less than half" (17/41 < 1/2), "from 11 days to 6, nearly halved", "grew from 3 to
# 7 sites, more than doubling". The figures themselves are checked as figures. A cut is short of its ratio
# above it, a growth below.
_RATIOS = {"half": 0.5, "double": 2.0, "triple": 3.0, "quadruple": 4.0}
_QUALIFIER = re.compile(r"\b(less than|fewer than|under|below|more than|over|above|nearly|almost|close to|about|"
                        r"around|roughly)\s+(?:(?:a|by|to)\s+)?$", re.IGNORECASE)
_BEYOND = {"more than", "over", "above"}
_SHORT = {"nearly", "almost", "close to"}
_ROUGHLY = {"about", "around", "roughly"}
EXACT, ROUGH, NEAR = 0.05, 0.1, 0.2  # how far from its ratio a change may be, unqualified, "roughly", "nearly"


def _borne_out(kind: str, written: str, sentence: str) -> bool:
    """Whether ``sentence``'s one change from a figure to another has the ratio ``written`` (of ``kind``)
    says, as the words before it qualify it."""
    ratio = _RATIOS.get(kind)
    changes = list(_FROM_TO.finditer(written_as_digits(sentence)))
    if ratio is None or len(changes) != 1 or not float(changes[0].group(1)) or not float(changes[0].group(2)):
        return False
    change = float(changes[0].group(2)) / float(changes[0].group(1))
    qualifier = _QUALIFIER.search(sentence[:sentence.find(written)])
    said = " ".join(qualifier.group(1).casefold().split()) if qualifier else ""
    cut = ratio < 1
    if said in _BEYOND or (cut and said in {"less than", "fewer than", "under", "below"}):
        return change < ratio if cut else change > ratio  # "less than half", "more than halved", "over double"
    if said in _SHORT:
        return ratio <= change <= ratio * (1 + NEAR) if cut else ratio * (1 - NEAR) <= change <= ratio
    return (not said or said in _ROUGHLY) and abs(change / ratio - 1) <= (ROUGH if said else EXACT)
