"""Abbreviations of what the CV says: "TPPs" for "third-party providers", "3PL" for "third-party
logistics", "aDSOs" for "advanced DSOs", "D365" for "Dynamics 365", "K8s" for "Kubernetes".

One alignment reads every abbreviation (capitals and numbers, a single small letter before or among
them): it is supported where words in a row of one clause (initials across a comma spell out nothing),
in the source or in the very sentence that uses it, give it in order: each word its initial or, in an
abbreviation of three letters or more, up to three leading letters ("CAPEX": capital expenditure); a
number word or a number its digits ("3PL", "D365"); a camel-case word its parts' initials ("PS5":
PlayStation 5, "OIDC": OpenID Connect), a closed compound its two words' ("SFCC": Salesforce Commerce
Cloud); an abbreviation among them all its letters or, starting the
run, its first ("AAOS": Android Automotive OS, "BEP": BIM execution plan); a small word its initial or
nothing. Two words at least, three where one gives a whole abbreviation, unless the abbreviation writes
the other letter small ("aDSO"); letters from inside a word spell nothing (that lets "MBA" or "BLE"
through). The same alignment read the other way: capitalised words that give an abbreviation the
source writes ("Data Safety Monitoring Board" for "DSMB"), and, right after the word the source writes
before an abbreviation, the words that give it, two letters too ("Splunk Enterprise Security" for
"Splunk ES"). Besides: an abbreviation standing where the source has a word or two holding its letters
between the same words ("5G SA core" for "5G Standalone core"); a numeronym (``k8s``, ``i18n``) where a
source word has its first and last letters and as many between; a pair written with a slash ("C/C++",
"CI/CD") where the source has both.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .words import FUNCTION_ZIPF, sentences, stem, zipf

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_SMALL_WORDS = {"of", "and", "for", "the", "to", "in", "on", "a", "an", "with", "at", "by"}
_SILENT_WORDS = {"the", "an", "with", "by"}  # small words an abbreviation skips, never takes a letter from
# Small words that start no name an abbreviation stands for: "and Pinnacle" gives no "API" (an article may:
# "The Open Group Architecture Framework").
_NO_RUN_START = _SMALL_WORDS - {"the", "a", "an"}
_TOKEN = re.compile(r"\b[A-Z]{2,}s?\b")
_NUMERONYM = re.compile(r"([a-z])(\d{1,2})([a-z]+)", re.IGNORECASE)
_PIECE = re.compile(r"[A-Za-z\u00c0-\u024f]+|\d+")


# Capitals with single small letters between them: a small word's initial ("RoPA": record of processing
# activities, "PoC", "CoE"); "SaaS", "DevOps" and "GitHub" have longer runs and are names.
_MIXED_CASE = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")
# An abbreviation's shape: capitals and numbers, one or two small letters among them or a single one before
# them ("3PL", "D365", "aDSO", "RoPA", "IaaS": infrastructure as a service); "GitHub" is a name.
_ABBREVIATION_SHAPE = re.compile(r"[a-z]?(?:[A-Z]|\d+)(?:[a-z]{0,2}(?:[A-Z]|\d+))+")


def acronym_letters(token: str) -> str | None:
    """The letters of an abbreviation written in capitals (``TPPs`` -> ``tpp``, ``RoPA`` -> ``ropa``), or None."""
    word = token[:-1] if token.endswith("s") and token[-2:-1].isupper() else token
    if len(word) >= 2 and word.isalpha() and (word.isupper() or _MIXED_CASE.fullmatch(word)):
        return word.casefold()
    return None


@lru_cache(maxsize=16384)
def initials(text: str) -> tuple[str, str]:
    """``text``'s words' initials in order, with its small words and without them (hyphens split words;
    abbreviations such as "MS" are left out: they spell nothing)."""
    words = [w.casefold() for w in _WORD.findall(str(text or "")) if not (len(w) > 1 and w.isupper())]
    return "".join(w[0] for w in words), "".join(w[0] for w in words if w not in _SMALL_WORDS)


# Initials spell a name within a clause: "tagging governance, commitment planning" spells no "GCP".
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]!?|]|\.(?=\s|$)")


@lru_cache(maxsize=16384)
def _clauses(text: str) -> tuple[str, ...]:
    return tuple(part for part in _CLAUSE_BREAK.split(str(text or "")) if part.strip())


# Number words an abbreviation writes as digits ("3PL": third-party logistics, "2FA": two-factor authentication).
_NUMBER_WORDS = {word: str(value) for value, words in enumerate(
    [(), ("one", "first", "single"), ("two", "second", "double"), ("three", "third", "triple"), ("four", "fourth"),
     ("five", "fifth"), ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"), ("nine", "ninth"),
     ("ten", "tenth")]) for word in words}
# Leading letters a word may give, in an abbreviation of three letters at least ("ProdOps": production
# operations).
LEADING_LETTERS = 3
_RUN_START = "^"  # marks an option only the run's first word may give


class _Unit(NamedTuple):
    """A word of a clause (a camel-case word's parts each one) as an abbreviation reads it."""

    word: str                  # casefolded
    options: tuple[str, ...]   # what it may give: its initial, its digits, an abbreviation's letters, nothing
    leading: bool              # whether it may give its leading letters, not only its initial
    starts_word: bool          # False for a camel-case word's second part and on
    token: str = ""            # the word as written, whole

    @property
    def abbreviation(self) -> bool:
        """Whether the word is an abbreviation (it gives all its letters, nothing, or its first)."""
        return self.options[-1].endswith(_RUN_START)


def abbreviation_key(token: str) -> str | None:
    """What an abbreviation gives, casefolded, digits kept (``3PL`` -> ``3pl``, ``aDSOs`` -> ``adso``,
    ``D365`` -> ``d365``, ``RoPA`` -> ``ropa``); None for a token of another shape (``GitHub``, ``Kafka``)."""
    word = token[:-1] if token.endswith("s") and token[-2:-1].isupper() else token
    if _ABBREVIATION_SHAPE.fullmatch(word) and any(c.isupper() for c in word):
        return word.casefold()
    return None


@lru_cache(maxsize=16384)
def _units(clause: str) -> tuple[_Unit, ...]:
    units = []
    for word in _UNIT_OR_NAME.findall(clause):
        folded = word.casefold()
        if word.islower() and word.isalpha() and folded not in _SMALL_WORDS and folded not in _NUMBER_WORDS:
            units.append(_Unit(folded, (folded[0],), True, True, word))  # most words: an everyday word
            continue
        key = abbreviation_key(word) if len(word) > 1 else None
        if word.isdigit():
            units.append(_Unit(word, (word,), False, True, word))
        elif key:  # "DSOs", "D365", "aDSO" whole
            units.append(_Unit(folded, (key, "", key[0] + _RUN_START), False, True, word))
        elif not word.isalpha():  # "4HANA", "x86": letters and numbers in turn
            units.extend(_Unit(piece.casefold(), (piece.casefold() if piece.isdigit() else piece[0].casefold(),),
                               False, True, word) for piece in _PIECE.findall(word))
        elif folded in _SMALL_WORDS:  # "of" in BOM, "at" in VaR, "on" in ROI; "with", "by", "the" in none
            units.append(_Unit(folded, (folded[0], "") if folded not in _SILENT_WORDS else ("",), False, True, word))
        elif folded in _NUMBER_WORDS:
            units.append(_Unit(folded, (_NUMBER_WORDS[folded], folded[0]), False, True, word))
        else:
            parts = _CAMEL_PART.findall(word) or [word]
            for at, part in enumerate(parts):
                whole = part.isupper() and len(part) > 1  # "OpenID": "ID" gives both its letters
                units.append(_Unit(part.casefold(), (part.casefold() if whole else part[0].casefold(),),
                                   not whole, at == 0, word))
    return tuple(units)


def _reach_options(unit: _Unit, key: str, done: int, first: bool, clipped: bool = False, inside: bool = True):
    """The places in ``key`` that ``unit`` may bring an alignment to from ``done``, each with whether it
    gave letters and whether it gave a whole abbreviation; ``clipped``: a word's leading part of
    :data:`CLIPPED_PART` letters or more, up to the whole word, a clipped word's only option; ``inside``:
    letters from inside a word after its initial may count."""
    if clipped:
        if unit.word.isalpha():
            sizes = [*range(CLIPPED_PART, len(unit.word) - CLIPPED_LETTERS + 1), len(unit.word)]
            yield from ((done + size, True, False) for size in sizes if key.startswith(unit.word[:size], done))
        return
    if len(unit.word) >= 2 * COMPOUND_HALF and unit.options == (unit.word[0],) and key.startswith(unit.word[0], done):
        pair = _compound_initials(unit.word)  # "Salesforce": SF, as "sales force" would give
        if pair and key.startswith(pair, done):
            yield done + 2, True, True  # counted as an abbreviation's letters: three words at least
    for option in unit.options:
        if option.endswith(_RUN_START):
            if not first:
                continue
            option = option.removesuffix(_RUN_START)
        if not option:
            yield done, False, False
        elif key.startswith(option, done) and not (option.isdigit() and key[done + len(option):][:1].isdigit()):
            yield done + len(option), True, len(option) > 1 and not option.isdigit()
    if inside and unit.leading and len(key) >= EXPANDED_LENGTH:
        for extra in range(2, LEADING_LETTERS + 1):
            if key.startswith(unit.word[:extra], done) and len(unit.word) > extra and unit.word[:extra].isalpha():
                yield done + extra, True, False


# A word that joins two everyday words, each of this many letters at least and clearly more common than
# the word itself, gives both their initials ("Salesforce": SF, "firewalls": FW, "database": DB; not
# "understanding", as common as "standing").
COMPOUND_HALF = 4
COMPOUND_ZIPF = 3.5
COMPOUND_MARGIN = 0.5


@lru_cache(maxsize=65536)
def _compound_initials(word: str) -> str:
    """The initials of the two everyday words ``word`` (casefolded) joins, or ""."""
    whole = zipf(word)
    for at in range(COMPOUND_HALF, len(word) - COMPOUND_HALF + 1):
        first, second = zipf(word[:at]), zipf(word[at:])
        if min(first, second) >= COMPOUND_ZIPF and whole <= min(first, second) - COMPOUND_MARGIN:
            return word[0] + word[at]
    return ""


def _aligns(key: str, units: tuple[_Unit, ...], starts, lower_case: bool = False, to_end: bool = False,
            inside: bool = True) -> bool:
    """Whether a run of ``units`` in a row from one of ``starts`` gives ``key`` (:func:`_runs`); with
    ``to_end``, a run to the last unit."""
    return any(end == len(units) or not to_end for _, end in _runs(key, units, tuple(starts), lower_case,
                                                                    inside=inside))


def _runs(key: str, units: tuple[_Unit, ...], starts: tuple[int, ...], lower_case: bool = False,
          clipped: bool = False, inside: bool = True):
    """``(start, end)`` of each run of ``units`` in a row, from one of ``starts`` (each a word's start) to
    a word's end, that gives ``key``: two units at least, three where one gives a whole abbreviation
    (unless ``lower_case``: the abbreviation writes the other letters small, "aDSO"), never the
    abbreviation itself ("XC core" spells no "XC"); ``clipped``: each unit its leading part, one unit
    or more (:func:`clipped_from`); ``inside``: a word may give letters from inside it after its initial."""
    memo: dict[tuple[int, int, int, bool], frozenset[int]] = {}
    least = 1 if clipped else 2

    def reach(at: int, done: int, used: int, whole: bool) -> frozenset[int]:
        if done == len(key):
            ends = at == len(units) or units[at].starts_word
            return frozenset({at}) if ends and used >= (3 if whole and not lower_case else least) else frozenset()
        if at >= len(units) or units[at].word in (key, key + "s"):
            return frozenset()
        state = (at, done, used, whole)
        if state not in memo:
            memo[state] = frozenset().union(*(reach(at + 1, reached, used + gave, whole or gave_whole)
                                              for reached, gave, gave_whole in _reach_options(units[at], key, done, not used,
                                                                                              clipped, inside)
                                              if gave or done))
        return memo[state]

    for start in starts:
        if units[start].starts_word and units[start].word not in _NO_RUN_START:
            for end in reach(start, 0, 0, False):
                yield start, end


def spelled_out(token: str, texts) -> bool:
    """Whether ``token``, an abbreviation (or its letters, casefolded), is given by words in a row of
    one clause of one of ``texts``: each its initial ("TPP": third-party providers), a number word its
    digits ("3PL": third-party logistics), a number itself ("D365": Dynamics 365), a camel-case word its
    parts' initials ("PS5": PlayStation 5), an abbreviation among them all its letters or, starting the
    run, its first ("AAOS": Android Automotive OS, "BEP": BIM execution plan), a small word its initial
    or nothing; in an abbreviation of three letters, a word may give one or two letters from inside it
    after its initial ("RCM": Recruiting Management), unless a small letter between its capitals says a
    small word gives it ("MoP": management of portfolios, not "monthly portfolio")."""
    key = abbreviation_key(token)
    lower_case = bool(key) and any(c.islower() for c in token.removesuffix("s"))
    inside = not _SMALL_LETTER_WORD.search(token)
    key = key or token.casefold()
    return any(_spelled_in(key, clause, lower_case, inside) and not _abbreviated_otherwise(key, clause, text)
               for text in texts for clause in _clauses(text))


_SMALL_LETTER_WORD = re.compile(r"[A-Z0-9][a-z][A-Z0-9]")  # "MoP", "RoPA", "CoE": the small letter is a small word's


_OWN_ABBREVIATION = re.compile(r"\(\s*([A-Za-z0-9&-]{2,12})\s*\)")


@lru_cache(maxsize=16384)
def _own_abbreviations(text: str) -> dict[str, str]:
    """Each clause of ``text`` that ``text`` abbreviates itself ("Certified Kubernetes Administrator
    (CKA)"), with that abbreviation's key."""
    found = {}
    for match in _OWN_ABBREVIATION.finditer(text):
        before = _clauses(text[:match.start()])
        if before:
            found[before[-1].strip()] = abbreviation_key(match.group(1)) or match.group(1).casefold()
    return found


def _abbreviated_otherwise(key: str, clause: str, text: str) -> bool:
    """Whether ``text`` gives ``clause`` an abbreviation of its own that ``key`` lengthens or shortens: the
    words the CV abbreviates "CKA" spell no "CKAD" (another credential), whatever letters they hold."""
    own = _own_abbreviations(text).get(clause.strip()) if "(" in text else None
    return bool(own) and own != key and (key.startswith(own) or own.startswith(key))


@lru_cache(maxsize=65536)
def _spelled_in(key: str, clause: str, lower_case: bool, inside: bool = True) -> bool:
    units = _units(clause)
    # a run starts with a word of its own, never "a" or "with" ("a ... with strict" spells no AWS)
    starts = [at for at, unit in enumerate(units) if (unit.word[:1] == key[0] or unit.options[0][:1] == key[0])
              and unit.word not in _SMALL_WORDS]
    return bool(starts) and _aligns(key, units, starts, lower_case, inside=inside)


# A clipped word keeps at least this many letters of each word it clips ("Ops": operations, "Protobuf":
# protocol buffers), and drops at least CLIPPED_LETTERS of it ("Pen" from "penetration", not "Health" from
# "healthy", "Workday" from "work days"); a word it keeps whole is not clipped.
CLIPPED_PART = 2
CLIPPED_LETTERS = 3


def clipped_from(word: str, texts, alone: bool = True) -> bool:
    """Whether ``word`` is words in a row of one clause of one of ``texts`` clipped: the leading part of
    each (or a word whole, one clipped at least), joined ("Protobuf": Protocol Buffers, "ResearchOps":
    research operations, "InfoSec": information security), a plural keeping its "s" ("Specs":
    specifications, "exams": examinations); with ``alone``,
    one word too, where the clipping is no word it derives ("exam" clips "examinations"; "fit" does not
    clip "fitness")."""
    folded = word.casefold()
    if not folded.isalpha() or len(folded) < CLIPPED_PART + 1:
        return False
    keys = [(folded, False)] + ([(folded[:-1], True)] if folded.endswith("s") else [])
    return any(_clipped_in(key, plural, clause, alone) for text in texts for clause in _clauses(str(text or ""))
               for key, plural in keys)


@lru_cache(maxsize=65536)
def _clipped_in(key: str, plural: bool, clause: str, alone: bool) -> bool:
    units = _units(clause)
    starts = tuple(at for at, unit in enumerate(units) if unit.starts_word and unit.word.startswith(key[:CLIPPED_PART]))
    for start, end in _runs(key, units, starts, clipped=True) if starts else ():
        last = units[end - 1].word
        if plural and not last.endswith("s"):
            continue  # "Ops" is operations, no "operation"
        if len(key) == sum(len(unit.word) for unit in units[start:end]):
            continue  # words joined whole, none clipped
        if end - start > 1 and any(zipf(unit.word) >= FUNCTION_ZIPF for unit in units[start:end]):
            continue  # "interface for" is no "Infor": a clipped phrase's words name things
        if end - start > 1 or (alone and stem(last) != stem(key)):
            return True
    return False


def spells_words(token: str, words: tuple[str, ...]) -> bool:
    """Whether ``words``, all of them, give the abbreviation ``token`` as :func:`spelled_out` reads them
    ("ES": Enterprise Security)."""
    key = abbreviation_key(token)
    units = _units(" ".join(words))
    return bool(key and units) and _aligns(key, units, (0,), any(c.islower() for c in token.removesuffix("s")),
                                           to_end=True)


def heads_abbreviation(name: str, text: str, abbreviations: frozenset[str]) -> bool:
    """Whether ``name``, an abbreviation in capitals, starts a run of words of ``text`` that spells one of
    ``abbreviations`` (the source's) with all its letters: "HR business partners" where the CV writes
    "HRBPs" ("AWS data flows" spells no "ADF")."""
    letters = acronym_letters(name)
    if not letters or not abbreviations:
        return False
    for clause in _clauses(text):
        units = _units(clause)
        starts = [i for i, unit in enumerate(units) if unit.word == letters]
        if starts and any(abbreviation.startswith(letters) and _aligns(abbreviation, units, starts)
                          for abbreviation in abbreviations if abbreviation != letters):
            return True
    return False


_UNIT = re.compile(r"\d+|[A-Za-z\u00c0-\u024f]+")
_UNIT_OR_NAME = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")  # "5G" whole
_CAMEL_PART = re.compile(r"[A-Z\u00c0-\u00de]?[a-z\u00df-\u024f]+|[A-Z\u00c0-\u00de]+(?![a-z])")
_ABBREVIATION = re.compile(r"(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])(?=[A-Z]*\d)[A-Z0-9]{3,}s?")


# Two letters are the initials of too many pairs of names ("Google Cloud" and "garbage collection" are
# both "GC"): only an abbreviation of three letters or more is read as spelled out by a run of words.
EXPANDED_LENGTH = 3



def abbreviates_in_place(token: str, text: str, texts) -> bool:
    """Whether ``token``, an abbreviation in capitals, stands in ``text`` where one of ``texts`` has a
    word or two that start with its first letter and hold its letters in order, between the same
    words: "5G SA core" for "5G Standalone core"."""
    letters = token.casefold()
    if not (acronym_letters(token) or _ABBREVIATION.fullmatch(token)):
        return False
    written = [w.casefold() for w in _UNIT_OR_NAME.findall(text)]
    for at in (i for i, word in enumerate(written) if word == letters):
        if at == 0 or at + 1 >= len(written):
            continue
        before, after = written[at - 1], written[at + 1]
        for source in texts:
            words = [w.casefold() for w in _UNIT_OR_NAME.findall(str(source or ""))]
            for i in (i for i, word in enumerate(words) if word == before):
                for j in range(i + 2, min(len(words), i + 4)):
                    if words[j] == after and _in_order(letters, "".join(words[i + 1:j])):
                        return True
    return False


def spells_out_in_place(name: str, text: str, texts: tuple[str, ...]) -> bool:
    """Whether ``name`` is one of two or three words in a row of ``text`` that stand where one of ``texts``
    writes an abbreviation of three letters or more, between the same words (a sentence's start or end
    counts as one), their initials among its letters and all its letters in them in order: "Basic
    software integrator" for "BSW integrator" (the reverse of :func:`abbreviates_in_place`)."""
    slots = _abbreviation_slots(texts)
    if not slots:
        return False
    for sentence in sentences(text):
        words = ["", *(w.casefold() for w in _UNIT_OR_NAME.findall(sentence)), ""]
        for at in (i for i, word in enumerate(words) if word == name.casefold()):
            for start in range(max(1, at - 2), at + 1):
                for end in range(max(at + 1, start + 2), min(len(words) - 1, start + 3) + 1):
                    run = words[start:end]
                    if not all(word.isalpha() for word in run):
                        continue  # "QFX10000" where the CV says "QFX": a model, not the words of one
                    for letters in slots.get((words[start - 1], words[end]), ()):
                        if _in_order(letters, "".join(run)) and _in_order("".join(w[0] for w in run), letters):
                            return True
    return False


@lru_cache(maxsize=256)
def _abbreviation_slots(texts: tuple[str, ...]) -> dict[tuple[str, str], set[str]]:
    """The abbreviations of three letters or more ``texts`` write, by the words around them."""
    slots: dict[tuple[str, str], set[str]] = {}
    for text in texts:
        for sentence in sentences(str(text or "")):
            words = ["", *_UNIT_OR_NAME.findall(sentence), ""]
            for at in range(1, len(words) - 1):
                letters = acronym_letters(words[at])
                if letters and len(letters) >= EXPANDED_LENGTH:
                    slots.setdefault((words[at - 1].casefold(), words[at + 1].casefold()), set()).add(letters)
    return slots


def initials_in_place(name: str, text: str, texts) -> bool:
    """Whether ``name`` and the abbreviation of the same place stand for each other, either way round: ``name``
    one of capitalised words in a row of ``text`` whose initials (a small word's or none) are exactly an
    abbreviation one of ``texts`` writes in that place ("Associated Press and Reuters" for "AP and
    Reuters", "Infrastructure as a Service" for "IaaS"), or ``name`` an abbreviation of ``text`` that
    such words of ``texts`` give in that place. In place: the same word right before and right after, or
    the same content word beside them on one side (small words skipped). Two letters too: the place and
    the exact initials of capitalised words keep invented names out ("Google Cloud" is no "GC" elsewhere)."""
    key = abbreviation_key(name)
    for sentence in sentences(text):
        words = _UNIT_OR_NAME.findall(sentence)
        for at in (i for i, word in enumerate(words) if word == name):
            if key:  # the abbreviation written here, the words in the source
                if any(_same_place(words, at, at + 1, others, start, end)
                       for others in _source_sentences(tuple(texts))
                       for start, end, keys in _named_runs(tuple(others)) if key in keys):
                    return True
                continue
            for start, end, keys in _named_runs(tuple(words), at):
                if any(abbreviation_key(other) in keys and _same_place(words, start, end, others, j, j + 1)
                       for others in _source_sentences(tuple(texts)) for j, other in enumerate(others)):
                    return True
    return False


@lru_cache(maxsize=256)
def _source_sentences(texts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_UNIT_OR_NAME.findall(sentence)) for text in texts for sentence in sentences(str(text or "")))


_RUN_SMALL_WORDS = _SMALL_WORDS | {"as", "or"}  # "Infrastructure as a Service", "Research and Development"
NAMED_RUN = 5  # words at most in a name an abbreviation stands for ("Infrastructure as a Service")


@lru_cache(maxsize=16384)
def _named_runs(words: tuple[str, ...], holding: int | None = None) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """``(start, end, keys)`` of each run of two words or more of capitalised words (small words between
    them), holding the word at ``holding`` if given, with the abbreviations its initials give exactly."""
    runs = []
    starts = range(len(words)) if holding is None else range(max(0, holding - NAMED_RUN + 1), holding + 1)
    for start in starts:
        if not _capitalised(words[start]):
            continue
        keys = {words[start][0].casefold()}
        for end in range(start + 1, min(len(words), start + NAMED_RUN)):
            word = words[end]
            if word in _RUN_SMALL_WORDS:
                keys |= {key + word[0] for key in keys if word not in _SILENT_WORDS}
                continue
            if not _capitalised(word):
                break
            keys = {key + word[0].casefold() for key in keys}
            if holding is None or start <= holding <= end:
                runs.append((start, end + 1, frozenset(key for key in keys if len(key) >= 2)))
    return tuple(runs)


@lru_cache(maxsize=16384)
def name_initials(text: str) -> frozenset[str]:
    """The abbreviations the names of capitalised words in ``text`` give by their initials exactly
    ("sam" for "Software Asset Management", "iaas" for "Infrastructure as a Service")."""
    return frozenset(key for sentence in sentences(text) for *_, keys in _named_runs(tuple(_UNIT_OR_NAME.findall(sentence)))
                     for key in keys)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _same_place(words: list[str] | tuple[str, ...], start: int, end: int, others, other_start: int, other_end: int) -> bool:
    """Whether ``words[start:end]`` stands where ``others[other_start:other_end]`` does: the same word right
    before and after them, or the same content word beside them on one side, small words skipped."""
    def beside(seq, at, step):
        while 0 <= at < len(seq) and seq[at].casefold() in _SMALL_WORDS:
            at += step
        return seq[at].casefold() if 0 <= at < len(seq) else None

    def next_to(seq, at):
        return seq[at].casefold() if 0 <= at < len(seq) else ""

    if next_to(words, start - 1) == next_to(others, other_start - 1) and next_to(words, end) == next_to(others, other_end):
        return True
    left, right = beside(words, start - 1, -1), beside(words, end, 1)
    return (left is not None and left == beside(others, other_start - 1, -1)) or \
        (right is not None and right == beside(others, other_end, 1))


def _in_order(letters: str, words: str) -> bool:
    """Whether ``words`` start with ``letters``' first letter and hold the rest in order."""
    if not words or words[0] != letters[0]:
        return False
    rest = iter(words[1:])
    return all(letter in rest for letter in letters[1:])


def slash_pair(token: str, words) -> bool:
    """Whether ``token``, a pair written with a slash ("C/C++", "CI/CD"), names only what ``words``
    (casefolded source words) hold."""
    pieces = [piece for piece in token.split("/") if piece]
    return len(pieces) > 1 and all(piece.casefold() in words for piece in pieces)


def numeronym_of(token: str, words) -> bool:
    """Whether ``token`` (``k8s``) abbreviates one of ``words`` (casefolded): ``kubernetes``."""
    match = _NUMERONYM.fullmatch(token)
    if not match:
        return False
    first, count, last = match.group(1).casefold(), int(match.group(2)), match.group(3).casefold()
    return any(len(w) == 1 + count + len(last) and w.startswith(first) and w.endswith(last) for w in words)


def spelled_out_in(text: str, texts) -> set[str]:
    """The abbreviations of ``text`` (casefolded) whose letters ``texts`` spell out: words a bullet's
    origin may count as its source's ("LCP" for "Largest Contentful Paint")."""
    tokens = {t for t in _TOKEN.findall(text) if acronym_letters(t)}
    return {t.casefold() for t in tokens if spelled_out(acronym_letters(t), texts)}


@lru_cache(maxsize=256)
def abbreviations_in(texts: tuple[str, ...]) -> frozenset[str]:
    """The abbreviations ``texts`` write (``ITOM``, ``D365``, ``aDSOs``, a plural's ``s`` dropped) of
    :data:`EXPANDED_LENGTH` or more, as :func:`abbreviation_key` gives them."""
    found = set()
    for text in texts:
        for token in _UNIT_OR_NAME.findall(text):
            key = abbreviation_key(token)
            if key and len(key) >= EXPANDED_LENGTH:
                found.add(key)
    return frozenset(found)


def expands_abbreviation(name: str, text: str, abbreviations: frozenset[str]) -> bool:
    """Whether ``name`` is one of a run of words in ``text`` that gives one of ``abbreviations``
    ("Operations" in "IT Operations Management" for ``itom``; "Dynamics" in "Dynamics 365" for ``d365``;
    "PlayStation 5" for ``ps5``; "DSOs" in "advanced DSOs" for ``adso``; a possessive's word:
    "Authority's" in "the Infrastructure and Projects Authority's" for ``ipa``)."""
    return bool(abbreviations) and re.sub(r"['’]s$", "", name) in _expansions(text, abbreviations)


@lru_cache(maxsize=16384)
def _expansions(text: str, abbreviations: frozenset[str]) -> frozenset[str]:
    """The words of ``text`` in a run that gives one of ``abbreviations`` (:func:`spelled_out`'s alignment
    the other way round), capitalised words and numbers that give letters."""
    found: set[str] = set()
    for clause in _clauses(text):
        units = _units(clause)
        firsts = {unit.word[:1] for unit in units} | {option[:1] for unit in units for option in unit.options}
        for key in abbreviations:
            if key[0] not in firsts:
                continue
            for start, end in _runs(key, units, tuple(range(len(units))), lower_case=True):
                if _named_run(units[start:end]):
                    found.update(unit.token for unit in units[start:end]
                                 if unit.token[:1].isupper() or unit.token.isdigit())
    return frozenset(found)


def _named_run(units: tuple[_Unit, ...]) -> bool:
    """Whether a run of words is capitalised words and numbers (small words aside), one in lower case
    first only where an abbreviation follows ("advanced DSOs" for "aDSOs"; "AWS data flows" is no ADF)."""
    lower = [at for at, unit in enumerate(units) if not (unit.token[:1].isupper() or unit.token.isdigit()
                                                         or unit.word in _SMALL_WORDS)]
    return not lower or (lower == [0] and any(unit.abbreviation for unit in units[1:]))


def expands_in_place(name: str, text: str, texts) -> bool:
    """Whether ``name`` is one of the words of ``text`` that, right after a word one of ``texts`` writes
    before an abbreviation, give that abbreviation (two letters too, held by the word before them):
    "Enterprise" in "Splunk Enterprise Security" where the CV says "Splunk ES"."""
    pairs = {pair for source in texts for pair in _after_words(str(source))}
    if not pairs:
        return False
    for clause in _clauses(text):
        units = _units(clause)
        for before, key in pairs:
            starts = tuple(at + 1 for at, unit in enumerate(units[:-1]) if unit.word == before)
            if any(name in {unit.token for unit in units[start:end]}
                   for start, end in _runs(key, units, starts, lower_case=True)):
                return True
    return False


@lru_cache(maxsize=16384)
def _after_words(text: str) -> frozenset[tuple[str, str]]:
    """``(the word before, the abbreviation)`` for each abbreviation ``text`` writes after a word of its
    own ("Splunk ES"; after "and" or "the", any two words would give "IT")."""
    words = _UNIT_OR_NAME.findall(text)
    return frozenset((before.casefold(), abbreviation_key(word)) for before, word in zip(words, words[1:])
                     if abbreviation_key(word) and before.casefold() not in _SMALL_WORDS)


def expanding_words(text: str, texts) -> set[str]:
    """The words of ``text`` that spell out an abbreviation of ``texts`` ("Change Advisory Board" for
    "CAB"): words a bullet's origin may count as its source's."""
    abbreviations = abbreviations_in(tuple(texts))
    return set(_expansions(text, abbreviations)) if abbreviations else set()


# A definition in place: "long form (ABBR)" (or "ABBR (long form)"), read by Schwartz and Hearst's
# algorithm ("A simple algorithm for identifying abbreviation definitions in biomedical text", PSB 2003):
# each letter of the abbreviation, from its last, is found in the words before it, the first at a word's
# start; the long form has at most min(letters + 5, letters × 2) words.
_LONG_FORM_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’][a-z]+)?")


# An abbreviation opening with a small letter ("xG": expected goals, "eAU", "mAb"): read as one only where defined
_SMALL_FIRST = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]{0,4}")


def defined_in_place(name: str, text: str) -> bool:
    """Whether ``text`` defines ``name`` where it writes it: the words right before "(``name``)" (in
    their clause) or inside the parentheses right after it give its letters ("non-standalone (NSA)",
    "NSA (non-standalone)"; "expected goals (xG)"): the abbreviation then names only what the text says in words."""
    key = abbreviation_key(name)
    inside = key is None and _SMALL_FIRST.fullmatch(name) is not None  # "expected goals (xG)": its small letter
    key = name.casefold() if inside else key  # from inside the word before the capitals' words
    if not key or len(key) < 2:
        return False
    letters = key.removesuffix("s") if name.endswith("s") and name[-2:-1].isupper() else key
    escaped = re.escape(name)
    for match in re.finditer(r"\(\s*" + escaped + r"\s*\)", text):
        words = _LONG_FORM_WORD.findall(re.split(r"[,;:()\[\]!?]|\.(?=\s|$)", text[:match.start()])[-1])
        if not inside and _long_form(letters, words):
            return True
        used = _long_form(letters[1:], words) if inside else 0
        if used and len(words) > used and letters[0] in words[-used - 1].casefold():
            return True
    for match in re.finditer(r"(?<![\w-])" + escaped + r"\s*\(([^()]+)\)", text):
        if _long_form(letters, _LONG_FORM_WORD.findall(match.group(1)), whole=True):
            return True
    return False


_EDITION = re.compile(r"(?<=[a-z]{2})\d+$")  # "viq7": an edition glued to the letters ("VIQ7", "ICD10")


@lru_cache(maxsize=16384)
def long_form_words(text: str, abbreviations: frozenset[str]) -> frozenset[str]:
    """The words of ``text`` that spell out, where it writes them, an abbreviation of ``abbreviations``
    (:func:`abbreviation_key`s): the long form Schwartz and Hearst align before "(ABBR)" or inside
    "ABBR (...)". Each part of a pair written with a slash is aligned alone ("Computer-aided design and
    manufacturing (CAD/CAM)"), an edition glued to the letters gives none ("VIQ7 (Vessel Inspection
    Questionnaire)"), and the words up to the parenthesis are the long form ("Ship Inspection Report
    Programme (SIRE)"): a model spelling out what the CV abbreviates names nothing new."""
    if not abbreviations or "(" not in text:
        return frozenset()
    found: set[str] = set()
    clause_break = r"[,;:()\[\]!?]|\.(?=\s|$)"
    definitions = [(match[1], _LONG_FORM_WORD.findall(re.split(clause_break, text[:match.start()])[-1]), False)
                   for match in _ABBREVIATION_AFTER.finditer(text)]  # "long form (ABBR)": the clause before
    definitions += [(match[1], _LONG_FORM_WORD.findall(match[2]), True) for match in _ABBREVIATION_BEFORE.finditer(text)]
    for written, words, whole in definitions:
        keys = [abbreviation_key(piece) for piece in written.split("/")]
        if not words or not all(key in abbreviations for key in keys):
            continue
        keys = [_EDITION.sub("", key) for key in keys]
        used = max(_long_form(key, words, whole=whole) for key in keys)
        if used and all(_long_form(key, words[-used:]) for key in keys):
            found.update(words[-used:])
    return frozenset(found)


_PAIR = r"[A-Za-z0-9&]{2,12}(?:/[A-Za-z0-9&]{2,12})*"  # "ABBR", "CAD/CAM"
_ABBREVIATION_AFTER = re.compile(r"\(\s*(" + _PAIR + r")\s*\)")  # "long form (ABBR)"
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w-])(" + _PAIR + r")\s*\(([^()]+)\)")  # "ABBR (long form)"


def _long_form(letters: str, words: list[str], whole: bool = False) -> int:
    """How many of the last words of ``words`` (all of them if ``whole``) give ``letters`` as Schwartz and
    Hearst align them (0: none do); the long form holds no more words than min(len + 5, len × 2)."""
    limit = min(len(letters) + 5, len(letters) * 2)
    words = words[-limit:] if not whole else words
    if not words or len(words) > limit:
        return 0
    long = " ".join(words).casefold()
    s, at = len(letters) - 1, len(long) - 1
    while s >= 0:
        char = letters[s]
        if not char.isalnum():
            s -= 1
            continue
        while at >= 0 and (long[at] != char or (s == 0 and at > 0 and long[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return 0
        at -= 1
        s -= 1
    start = long.rfind(" ", 0, at + 1) + 1
    used = long[start:].split()
    return len(used) if not whole or len(used) == len(words) else 0
