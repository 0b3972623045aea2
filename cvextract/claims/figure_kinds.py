"""What kind of figure a source number is, where the text uses its value for another kind.

A value the CV states supports the same value only as the same kind of figure:
- a percentage ("by 9%") needs a percentage (or a fraction, "halved") of that value in the source;
  "9 months" is no "9%";
- a count of people ("Sixty planners") needs that value as a plain count in the source (a duration
  in another unit, "5 years" as "60 months", is :mod:`.quantities`' and supports no other figure);
  a count of anything ("Fifteen go-lives") is no percentage ("15%") or fraction ("halved": 50);
- a count of time, years to milliseconds ("fourteen years", "50 ms"), needs that value as a plain
  count; "14%" is no count of years. Where the source binds the value only to other units of time
  ("9 months"), a count of years is a claim, also where it counts them elided after another ("Ten
  years in retail, nine on Commerce Cloud": ``counts_in(..., elided=True)``);
- a rate ("two days every week") needs a source sentence with that value and that period (weekly,
  every week); "every month" is another rate;
- "in a single year", "within one month": a duration of one, which the source must state (a year,
  one year, 12 months).
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from .counts import TIME_STEMS, counts_in
from .magnitudes import magnitude_values
from .numbers import figures_in, numbers_in, percents_in, restated_numbers
from .words import sentences, stem

_PEOPLE = re.compile(r"^(?:people|staff|persons?|ftes?|employees|users|(?:\w+(?:er|or|ist|yst|ian|ant)s))$",
                     re.IGNORECASE)
# Words after a number that end in -er/-or but count no one ("orders", "containers", "servers").
_THINGS = re.compile(r"^(?:orders|containers|servers|clusters|routers|layers|folders|headers|vendors|sensors|"
                     r"monitors|processors|errors|sectors|factors|centers|centres|offers|parameters|filters|"
                     r"markers|letters|chapters|registers|adapters|connectors|controllers|browsers|trackers|"
                     r"buffers|printers|scanners|meters|transformers|modifiers|identifiers|triggers|"
                     r"counters|quarters|answers|members|numbers|tickets|vendors|others|computers|corridors|"
                     r"elevators|indicators|operators|providers|carriers|customers|partners|suppliers|"
                     r"retailers|dealers|brokers|insurers|lenders|issuers|publishers|distributors|"
                     r"manufacturers|producers|wholesalers|resellers|integrators|contractors|subcontractors|"
                     r"regulators|buyers|sellers|shippers|advertisers|subscribers|owners)$", re.IGNORECASE)
_PERIODS = {"day": ("day", "daily"), "week": ("week", "weekly"), "month": ("month", "monthly"),
            "quarter": ("quarter", "quarterly"), "year": ("year", "yearly", "annual", "annually")}
# A rate: a duration, up to five words, a period ("two days of manual work saved every week").
_RATE = re.compile(r"\b([\w.,]+)\s+(?:hours?|days?|weeks?|months?)\b(?:\s+[\w'’-]+){0,5}?\s+(?:every|each|per"
                   r"|(?<!in )(?<!within )(?<!over )(?<!for )(?<!than )(?<!after )an?)\s+(day|week|month|quarter|year)\b"
                   r"(?!\s+and\s+a\s+half)", re.IGNORECASE)
_ONE = re.compile(r"\b(?:in|within|inside|over|during)\s+(?:a|one|a\s+single|just\s+one|only\s+one|one\s+single)\s+"
                  r"(year|month|week|quarter)\b(?!\s+and\s+a\s+half|\s+or\s+(?:two|more))", re.IGNORECASE)
_ONE_HELD = {"year": r"(?:a|one|1|single|12)[\s-]+(?:single\s+)?(?:year|months?)\b|\b(?:annual|yearly|twelve[\s-]months?)",
             "month": r"(?:a|one|1|single|4)[\s-]+(?:single\s+)?(?:month|weeks)\b",
             "week": r"(?:a|one|1|single|5|7)[\s-]+(?:single\s+)?(?:week|days|working\s+days)\b",
             "quarter": r"(?:a|one|1|single|3)[\s-]+(?:single\s+)?(?:quarter|months)\b"}


def _kind(noun: str) -> str | None:
    if not noun:
        return None
    if stem(noun) in TIME_STEMS:
        return "time"
    if _PEOPLE.match(noun) and not _THINGS.match(noun):
        return "people"
    return None


class FigureKinds:
    """The source's values by kind of figure, each kind read from the texts the first time a text
    checked asks for it."""

    def __init__(self, texts: list[str]):
        self.texts = texts

    def _union(self, part: int) -> frozenset[str]:
        return frozenset().union(*(_figures_of(text)[part] for text in self.texts))

    @cached_property
    def percents(self) -> frozenset[str]:
        return self._union(0)

    @cached_property
    def restated(self) -> frozenset[str]:
        return self._union(1)

    @cached_property
    def plain(self) -> frozenset[str]:
        return self._union(2)

    @cached_property
    def loose(self) -> frozenset[str]:
        return self._union(3)

    @cached_property
    def time_units(self) -> dict[str, set[str]]:
        """Each value and the units of time the source binds it to."""
        units: dict[str, set[str]] = {}
        for text in self.texts:
            for value, unit in _figures_of(text)[4]:
                units.setdefault(value, set()).add(unit)
        return units

    @cached_property
    def sentences(self) -> list[str]:
        return [s for text in self.texts for s in sentences(text)]

    def unsupported(self, text: str) -> list[str]:
        """The figures of ``text`` whose value the source states only as another kind of figure."""
        found = [written for value, written in figures_in(text).items()
                 if "%" in written and value not in self.percents and value in self.plain]
        for value, _, noun, _ in counts_in(text, elided=True):
            kind = _kind(noun)
            if not noun or value in self.plain and kind != "time":
                continue
            if value not in self.plain and (value in self.restated | self.percents if kind == "people" else
                                            value in self.percents and value not in self.restated):
                found.append(f"{value} {noun}")  # "Fifteen go-lives", "50 ms" where the CV has 15%, "halved"
            elif kind == "time" and value not in self.loose and value not in self.restated \
                    and value in self.time_units and stem(noun) not in self.time_units[value]:
                found.append(f"{value} {noun}")  # "ten years in retail, nine on X" where the CV has "9 months"
        for sentence in sentences(text):
            found += self._rates(sentence) + self._single(sentence)
        return found

    def _rates(self, sentence: str) -> list[str]:
        found = []
        for match in _RATE.finditer(sentence):
            value, period = next(iter(numbers_in(match.group(1))), None), match.group(2).casefold()
            holding = [s for s in self.sentences if value in numbers_in(s)] if value else []
            if holding and not any(_holds_period(s, period) for s in holding):
                found.append(f"{value} per {period}")
        return found

    def _single(self, sentence: str) -> list[str]:
        return [m.group() for m in _ONE.finditer(sentence)
                if not any(re.search(r"\b" + _ONE_HELD[m.group(1).casefold()], t, re.IGNORECASE) for t in self.texts)]


@lru_cache(maxsize=4096)
def _figures_of(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                                    tuple[tuple[str, str], ...]]:
    """What one source text adds to :class:`FigureKinds`, read once per text: its percentages (and
    magnitudes in words), values restated, counted values, values counting nothing, and each value
    with the unit of time it counts."""
    plain, loose, time_units = set(), set(), []
    for sentence in sentences(text):
        for value, _, noun, _ in counts_in(sentence):
            plain.add(value)
            if not noun:
                loose.add(value)
            elif stem(noun) in TIME_STEMS:
                time_units.append((value, stem(noun)))
    return (percents_in(text) | magnitude_values(text), restated_numbers(text), frozenset(plain), frozenset(loose),
            tuple(time_units))


@lru_cache(maxsize=16384)
def _holds_period(sentence: str, period: str) -> bool:
    return bool(re.search(r"\b(?:" + "|".join(_PERIODS[period]) + r")", sentence, re.IGNORECASE))
