"""A product's version written as a number after its name: "S/4HANA 1909", "SAP EWM 2022", "Java 11";
after a word that marks a release ("MEDDEV 2.7/1 revision 4", "Endur v14", "Unity release 6"), the
name before that word; or as a number word standing after the name ("Dalet Galaxy five for ...",
where nothing follows for the number to count).

The number alone may be one the CV states elsewhere (2022 as a year), but beside the name it says
which release the work was on: a text may pair a name with a number only where a source sentence
states both ("S/4HANA 1909", "Endur from v14 to v21", "Black Friday peak of 2019"). Months and quarters of a year ("March 2024", "Q2 2023") are dates (:mod:`.dates`), not versions.

A release year beside a product ("Blue Yonder WMS 2020", "Dynamics AX 2012") is not supported by a
source that holds that year only as the end of a date range ("2015 – 2020 | Senior WMS Consultant"):
a heading's years say when the work was, not which release it was on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .acronyms import abbreviation_key, abbreviations_in, expanding_words, expands_abbreviation, spelled_out
from .names import name_candidates
from .numbers import written_as_digits
from .places import same_place
from .words import parts, tokens

_NAMED_NUMBER = re.compile(r"(?<![\w.])([^\s(\[,;:]+)[ \u00a0](\d+(?:\.\d+)*)(?![\w%]|[.,]\d| ?%| ?percent)")
_NOT_A_PRODUCT = re.compile(r"^(?:q[1-4]|[1-4]q|h[12]|fy\d*|cy\d*|"
                            r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)", re.IGNORECASE)


# A name's last piece a verb's past or "-ing" form: "Vision-mixed 80 matches", "Kafka-based 3 services"
# count; no product is released as a participle.
_VERB_PIECE = re.compile(r"-[a-z]+(?:ed|ing)$")


# "Murex from 3.1.35": a release with points after a name and "from"
_FROM_RELEASE = re.compile(r"(?<![\w.])([^\s(\[,;:]+)[ \u00a0]+from[ \u00a0]+v?(\d+(?:\.\d+)+)(?![\w%]|[.,]\d)")
# a word that marks the number after it as a release: "revision 5", "rev. 5", "release 6", "v5", "version 2"
_RELEASE_WORDS = r"version|ver\.|revision|rev\.|release|rel\.|edition|build|v\.?"
_RELEASE = re.compile(r"(?<![\w.])(" + _RELEASE_WORDS + r")[ \u00a0]?(\d+(?:\.\d+)*)(?![\w%]|[.,]\d| ?%| ?percent)",
                      re.IGNORECASE)
_RELEASE_WORD = re.compile(r"(?:" + _RELEASE_WORDS + ")", re.IGNORECASE)
RELEASE_REACH = 3  # tokens before a release word that may hold the name it is a release of
# a number word right after a name, with nothing after it for the number to count: "Galaxy five for 300 users"
_NAMED_WORD = re.compile(r"(?<![\w.])([^\s(\[,;:]+)[ \u00a0](one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve)(?=\s*(?:[,;:.)!?]|$)|\s+(?:for|in|at|on|to|with|across|from|since|as|by|under|over|"
                         r"into|until|and|or)\b)")
# what lists another release of the same shape after one: "3.1.35 to 3.1.58", "5.1, 6.0 and 6.1"
_LISTED = re.compile(r"[ \u00a0]*(?:,|and|or|to|through|->|→|[–-])[ \u00a0]*v?(\d+(?:\.\d+)*)(?![\w%]|[.,]\d)")


@lru_cache(maxsize=16384)
def versions_in(text: str) -> tuple[str, ...]:
    """Each "name number" pair ``text`` writes, the name one the name check reads as a name; a release
    listed right after one, in its shape, is the same name's ("Murex from 3.1.35 to 3.1.62": 3.1.62 too)."""
    named = [*_NAMED_NUMBER.finditer(text), *_FROM_RELEASE.finditer(text)]
    released = list(_RELEASE.finditer(text))
    worded = list(_NAMED_WORD.finditer(text))
    if not (named or released or worded):
        return ()  # no number beside a word: the names are not read
    names = set(name_candidates(text))
    found = []
    for m in named:
        if (m.group(1) in names or names.intersection(parts(m.group(1)))) and not _NOT_A_PRODUCT.match(m.group(1)) \
                and not m.group(1).endswith(("'s", "’s")) \
                and not _VERB_PIECE.search(m.group(1)):  # "the Group's 8 branches": an owner; "Vision-mixed 80": a verb
            found.append((m.group(1), m.group(2)))
            found += [(m.group(1), number) for number in listed_after(text, m.end(), m.group(2))]
    for m in released:
        before = [word for word, _ in tokens(text[:m.start()])][-RELEASE_REACH:]
        name = next((word for word in reversed(before) if word in names), m.group(1))
        found.append((name, m.group(2)))
    found += [(m.group(1), written_as_digits(m.group(2))) for m in worded if m.group(1) in names]
    return tuple(dict.fromkeys(found))


def listed_after(text: str, end: int, number: str) -> list[str]:
    """The releases of ``number``'s shape listed right after it (it ends at ``end``): "to 3.1.62" after
    "3.1.35", "5.1, 6.0 and 6.1": the same name's or level word's ("release 4.9 to 5.5")."""
    found = []
    while (listed := _LISTED.match(text, end)) and _shape(listed.group(1)) == _shape(number):
        found.append(listed.group(1))
        end = listed.end()
    return found


def _shape(number: str) -> tuple[int, ...]:
    """A release's parts and the digits of its first: "3.1.35" and "3.1.58" alike, "8" and "17" not."""
    pieces = number.split(".")
    return (len(pieces), len(pieces[0]))


def unsupported_versions(text: str, source_sentences: list[str]) -> list[str]:
    """The pairs in ``text`` no source sentence states both halves of (the number also as ``v14``), nor
    abbreviates ("Microsoft 365" where the CV writes "M365"); and the release years the source states
    beside that name only in a date range."""
    pairs = versions_in(text)
    expanding = expanding_words(text, source_sentences) if pairs else set()
    return [f"{name} {number}" for name, number in pairs
            if (not {name, number} <= expanding
                and not (_RELEASE_WORD.fullmatch(name) and _released(number, source_sentences))
                and not any(_has_number(sentence, number) and _names(sentence, name, text) for sentence in source_sentences)
                and not _product_word(text, name, number, source_sentences))
            or _year_only_in_ranges(text, name, number, source_sentences)]


def _released(number: str, source_sentences: list[str]) -> bool:
    """Whether a source sentence marks ``number`` as a release with any word ("revision 4" for "rev. 4")."""
    return any(m.group(2) == number for sentence in source_sentences for m in _RELEASE.finditer(sentence))


def _product_word(text: str, name: str, number: str, source_sentences: list[str]) -> bool:
    """Whether ``name`` is a word the source writes, put between a name and the number (or one listed
    after it) a source sentence pairs with that name ("Zephyr RTOS 2.7 to 3.4" where the CV writes
    "Zephyr 2.7 to Zephyr 3.4" and, elsewhere, "RTOS")."""
    before = re.search(r"(\S+)[ \u00a0]+" + re.escape(name) + r"(?![\w.])", text)
    return bool(before) and any(_names(sentence, before.group(1)) and _has_number(sentence, number)
                                for sentence in source_sentences) \
        and any(_names(sentence, name) for sentence in source_sentences)


def _names(sentence: str, name: str, text: str = "") -> bool:
    """Whether a source sentence writes ``name``, or spells out the abbreviation it is ("fly-in fly-out"
    for "FIFO"), or names its place in another form ("the Belgian 2026 mandate" for "Belgium's 2026
    mandate"), or a word of ``text`` spelling out its abbreviation ("Pressure Systems Safety Regulations
    2000" for "PSSR 2000"); of names joined by hyphens, the last one, whose number it is ("SDI-to-ST 2110": ST 2110)."""
    joined, _, last = name.rpartition("-")
    if joined and last:  # as a word: "ST" is not in "first"
        return bool(re.search(rf"(?<!\w){re.escape(last)}(?!\w)", sentence, re.IGNORECASE)
                    or (abbreviation_key(last) and spelled_out(last, (sentence,))))
    return name.casefold() in sentence.casefold() or bool(abbreviation_key(name) and spelled_out(name, (sentence,))) \
        or (text and expands_abbreviation(name, text, abbreviations_in((sentence,)))) \
        or same_place(name, {word.casefold() for word, _ in tokens(sentence)})


_YEAR = re.compile(r"(?:19|20)\d\d")
_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:[–—-]|to)\s*(?:(?:19|20)?\d\d(?!\d)|today|now|present)", re.IGNORECASE)  # 2020–24 too


def _outside_ranges(sentence: str, year: str) -> bool:
    return bool(re.search(r"(?<!\d)" + year + r"(?!\d)", _RANGE.sub(" ", sentence)))


def _year_only_in_ranges(text: str, name: str, number: str, source_sentences: list[str]) -> bool:
    """Whether ``number`` is a release year ``text`` writes beside ``name`` (outside a date range of its
    own: "Consultant 2015 – 2020") that the source sentences naming it hold only in date ranges."""
    if not _YEAR.fullmatch(number) or not _outside_ranges(text, number):
        return False
    holding = [s for s in source_sentences if _names(s, name, text)]
    return bool(holding) and not any(_outside_ranges(s, number) for s in holding)


def _has_number(sentence: str, number: str) -> bool:
    """Whether ``sentence`` states ``number`` (as ``v14`` too, or in words: "Galaxy five")."""
    return _has_digits(sentence, number) or _has_digits(written_as_digits(sentence), number)


@lru_cache(maxsize=16384)
def _has_digits(sentence: str, number: str) -> bool:
    return bool(re.search(r"(?<![\d.,])v?" + re.escape(number) + r"(?![\d]|\.\d)", sentence, re.IGNORECASE))
