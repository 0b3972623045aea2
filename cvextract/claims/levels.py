"""Levels, grades and versions written as a word and a value: "ASIL C", "Automotive SPICE level 2",
"SIL 2", "Tier 3", "CMMI level 3", "Phase II", "v8", "second-level support".

The value alone may be one the CV states elsewhere (a 3 in "3 legal entities", a "D" nowhere), but
beside its word it grades the work: a text may pair a level word with a value only where the source
does ("level 2" and "Level-2", "Phase II" and "phase 2", "2nd-level" and "level 2" are one). A
version ("version 10", "v10") is also supported by the number written right after a name in the
source ("Angular 10"). A letter grade is a single capital A-E after an abbreviation ("ASIL D", "DAL B") or
after a capitalised level word that a name qualifies ("DO-178C Level A", "IEC 62304 Class C").
"Tier", "level" and an ordinal "line" are one word where the text names no one's level
("first-line support" is "Tier 1 support"). A name right before the level word says whose level it is ("SPICE level 3" is not "CMMI Level 3"):
where the text and the source both give one, they must agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .acronyms import initials
from .numbers import written_as_digits
from .versions import listed_after
from .words import tokens

_WORDS = (r"level|tier|grade|class|category|phase|stage|wave|band|generation|gen|release|version|type"
          r"|sil|asil|dal|cmmi|sl|pl|ptl|sal|part|revision|rev|amendment")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}
_VALUE = r"(\d+(?:\.\d+)*|[A-E]|(?:IX|IV|V?I{1,3}|V|X))"
# "level 2", "Level-2", "Tier III", "ASIL C"; a plural before a list ("releases 3 and 4", "phases one to three")
_AFTER = re.compile(r"\b(" + _WORDS + r")(?:e?s)?\.?[ \u00a0-]?" + _VALUE + r"(?![\w+]|\.\d)", re.IGNORECASE)
# "2nd-level", "3rd tier", "second-level"
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}
_BEFORE = re.compile(r"\b(\d+(?=st|nd|rd|th)|first|second|third|fourth|fifth)(?:st|nd|rd|th)?[ -](" + _WORDS + r"|line)\b",
                     re.IGNORECASE)
_SAME_WORD = {"gen": "generation", "rev": "revision", "release": "version"}  # "Moodle release 4.1" is its version
# An identifier's revision or edition in its own notation, glued to it: "ICH Q2(R2)", "E6(R3)",
# "ISO 9001:2015", "IEC 62443-3-3:2013": part of which document it is
_SUFFIXES = (re.compile(r"([A-Za-z][\w-]*\d[\w-]*)\((?:R|Rev\.?\s?)(\d+)\)"),
             re.compile(r"(?<![\w-])([A-Z]*\d{3,}(?:-\d+)*):((?:19|20)\d\d)(?!\d)"))
_SUFFIX_WORDS = ("revision", "edition")
# "X-band", "Ku-band", "A-grade": a letter value before its word
_LETTER_BEFORE = re.compile(r"\b([A-Z][a-z]?)-(band|grade|class|tier)\b")
# "at Practitioner level", "to Expert grade": a capitalised word inside a sentence names the level
_NAMED_LEVEL = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})[ \u00a0](level|tier|grade)\b")
# Words for one kind of level where no name says whose it is: "first-line", "level 1" and "Tier 1" support;
# a project's "work stages 2 to 8" are its "phases 2–8".
_FAMILY = {"tier": "level", "line": "level", "stage": "phase"}
# "ASIL D", "DAL B": a capital letter grade after an abbreviation
_GRADE = re.compile(r"\b([A-Z]{2,6})[ \u00a0-]([A-E])(?![\w'’+])")
_QUALIFIER = re.compile(r"(?<!\S)([A-Za-z][\w/+-]*)[ \u00a0]*$")
_AFTER_NAME = re.compile(r"\b[A-Z][\w.+#/-]*[ \u00a0](\d+(?:\.\d+)*)\b")  # "Angular 10", "Java 11"
# "upgrades from 3.22 to 20.05", "from Moodle 3.9 to 4.1": releases with points, both ends of one shape, closing
# their phrase (no "million")
_RELEASE_RANGE = re.compile(r"\bfrom[ \u00a0](?:[A-Z][\w.+#/-]*[ \u00a0])?v?(\d+(?:\.\d+)+)[ \u00a0]+(?:to|through|through to|until)[ \u00a0]+v?(\d+(?:\.\d+)+)"
                            r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|for|with|across|and|over|while|within)\b)")


def _value(written: str) -> str | None:
    """A level's value as one form: digits, a roman numeral as digits, a letter casefolded (None: no value)."""
    folded = written.casefold()
    if folded.isdigit() or "." in folded:
        return folded
    if folded in _ROMAN and written.isupper():
        return _ROMAN[folded]
    return folded if len(written) == 1 and written.isupper() else None


@lru_cache(maxsize=16384)
def levels_in(text: str, source: bool = False) -> tuple[tuple[tuple[str, str, str], str], ...]:
    """``((whose, word, value), as written)`` for each level ``text`` states: ``(("", "asil", "d"), "ASIL D")``,
    ``(("spice", "level", "3"), "level 3")``; ``whose`` is empty where no name comes before the word.
    ``source``: a letter after any capitalised level word is a grade ("Class B and Class C software to IEC 62304")."""
    digits = written_as_digits(text)
    found = []
    for match in _AFTER.finditer(digits):
        value = _value(match.group(2))
        word = match.group(1).casefold()
        if value is None:
            continue
        before = _QUALIFIER.search(digits[:match.start()])
        starts = before is not None and re.search(r"(^|[.!?:;•(])\s*$", digits[:before.start()]) is not None
        whose = before.group(1) if before and any(c.isupper() for c in before.group(1)) and (
            not starts or before.group(1).isupper()) else ""  # "Ran Tier 1": a sentence's first word is no name
        named = source or whose or re.search(r"[A-Z][\w-]*[ \u00a0]\d+[ \u00a0]*$", digits[:match.start()])  # "IEC 62304 Class C"
        if value.isalpha() and not (match.group(1).isupper() or (named and match.group(1)[:1].isupper())):
            continue  # "class A" of a lower-case word is English ("type a"); "ASIL D", "DO-178C Level A" grade
        found.append(((whose.casefold(), _SAME_WORD.get(word, word), value), match.group()))
        if value[:1].isdigit():  # "release 4.9 to 5.5", "level 2 and 3": each is the word's
            found += [((whose.casefold(), _SAME_WORD.get(word, word), listed), listed)
                      for listed in listed_after(digits, match.end(), match.group(2))]
    found += [(("", _SAME_WORD.get(m.group(2).casefold(), m.group(2).casefold()),
                _ORDINALS.get(m.group(1).casefold(), m.group(1))), m.group()) for m in _BEFORE.finditer(digits)]
    found += [(("", m.group(1).casefold(), m.group(2).casefold()), m.group()) for m in _GRADE.finditer(digits)
              if m.group(1).casefold() not in _WORDS.split("|")]
    found += [(("", m.group(2).casefold(), m.group(1).casefold()), m.group()) for m in _LETTER_BEFORE.finditer(digits)]
    found += [(("", m.group(2).casefold(), m.group(1).casefold()), m.group()) for m in _NAMED_LEVEL.finditer(digits)]
    found += [((m.group(1).casefold(), word, m.group(2)), m.group()) for pattern, word in zip(_SUFFIXES, _SUFFIX_WORDS)
              for m in pattern.finditer(text)]
    return tuple(found)


# "L2", "T1": a level word's initial glued to its value, as notes write it
_INITIAL = re.compile(r"(?<![\w.-])([LTPSW])(\d)(?![\w.]|-\w)")
_INITIALS = {"L": "level", "T": "tier", "P": "phase", "S": "stage", "W": "wave"}


def supported_levels(texts) -> frozenset[tuple[str, str, str]]:
    """The levels the source ``texts`` state, and ``("", "version", n)`` for each number written right
    after a name or each end of a range of releases ("from 3.22 to 20.05"; :mod:`.versions` holds the name
    to them); a level word's initial glued to a digit ("L2 data", "T1 support") is that level."""
    levels = {level for text in texts for level, _ in levels_in(text, source=True)}
    levels |= {("", "version", m.group(1)) for text in texts for m in _AFTER_NAME.finditer(written_as_digits(text))}
    levels |= {("", "version", value) for text in texts for m in _RELEASE_RANGE.finditer(text)
               if m.group(1).count(".") == m.group(2).count(".") for value in m.groups()}  # "from 3.22 to 20.05"
    levels |= {("", _INITIALS[m.group(1)], m.group(2)) for text in texts for m in _INITIAL.finditer(text)}
    # a level named by a word ("Practitioner level") is the source's where it writes that word capitalised
    # past a sentence's start ("DAMA CDMP (Practitioner)"; not "Master data management")
    levels = levels.union(*(_named_words(text) for text in texts))
    levels = levels.union(*(_spelled_levels(text) for text in texts))
    return frozenset(levels)


# A level word and its value after the words that name it, in any case: "design assurance level C",
# "Capability Maturity Model Integration level 3"
_SPELLED = re.compile(r"((?:[A-Za-z][\w'’]*[ \u00a0-]){1,5})(" + _WORDS + r")[ \u00a0-]?" + _VALUE + r"(?![\w+]|\.\d)",
                      re.IGNORECASE)


@lru_cache(maxsize=16384)
def _spelled_levels(text: str) -> frozenset[tuple[str, str, str]]:
    """The levels ``text`` states in words, as their abbreviation writes them: "design assurance level C" is
    "DAL C" (the initials of the words up to the level word, two words at least), "Capability Maturity
    Model Integration level 3" is "CMMI level 3" (the initials before it name whose level it is)."""
    found = set()
    for match in _SPELLED.finditer(written_as_digits(text)):
        value = _value(match.group(3).upper() if len(match.group(3)) == 1 else match.group(3))
        words = re.split(r"[ \u00a0-]+", match.group(1).strip())
        if value is None:
            continue
        word = _SAME_WORD.get(match.group(2).casefold(), match.group(2).casefold())
        for start in range(len(words)):
            run = words[start:]
            for letters in set(initials(" ".join(run + [match.group(2)]))):
                if len(letters) >= 3:
                    found.add(("", letters, value))  # "DAL C"
            for letters in set(initials(" ".join(run))):
                if len(letters) >= 2 and len(run) >= 2:
                    found.add((letters, word, value))  # "CMMI level 3"
    return frozenset(found)


@lru_cache(maxsize=16384)
def _named_words(text: str) -> frozenset[tuple[str, str, str]]:
    """``("", "named", word)`` for each capitalised word of ``text`` past a sentence's start."""
    return frozenset(("", "named", token.casefold()) for token, starts in tokens(text)
                     if not starts and token[:1].isupper())


def supported_level_values(text: str, supported: frozenset[tuple[str, str, str]]) -> set[str]:
    """The values of the levels ``text`` states that the source states too: figures that grade, not
    count ("level 2" where the CV writes "L2" supports its 2)."""
    found = levels_in(text)
    unsupported = set(unsupported_levels(text, supported)) if found else set()
    return {re.split(r"[ \u00a0-]", written)[-1] for _, written in found if written not in unsupported}


def unsupported_levels(text: str, supported: frozenset[tuple[str, str, str]]) -> list[str]:
    """The levels ``text`` states that the source (``supported``) does not, as written: the same name's
    level, or, where either leaves the name out, the same level."""
    found = levels_in(text)
    if not found:
        return []
    stated = {(_FAMILY.get(word, word), value) for _, word, value in supported}
    return [written for (whose, word, value), written in found
            if not ((whose, word, value) in supported or ("", word, value) in supported
                    or (not whose and (_FAMILY.get(word, word), value) in stated)
                    or (len(value) > 2 and not value.isdigit() and ("", "named", value) in supported))]
