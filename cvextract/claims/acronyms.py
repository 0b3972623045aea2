"""Abbreviations of what the CV says: "TPPs" for "third-party providers", "OT" for "operational
technology", "SPM" beside "Swift Package Manager", "DCs" for "DC", "K8s" for "Kubernetes".

An all-capitals word (a plural "s" aside) is supported where its letters are the initials of words
that follow one another in the source or in the very sentence that uses it (small words such as
"of" and "and" may be skipped), within one clause (initials across a comma spell out nothing); one
with digits (``PS5``, ``UE5``) where its letters are the initials of a name's words or of its
camel-case parts and its digits the number after them ("PlayStation 5", "Unreal Engine 5"); one that
stands where the source has a word or two starting with its first letter and holding its letters in
order, between the same words ("5G SA core" for "5G Standalone core"). The reverse too: a run of
capitalised words whose initials give an abbreviation the source writes ("Data Safety Monitoring
Board" for "DSMB"). A numeronym (``k8s``, ``i18n``, ``a11y``) is supported where a source word has
its first and last letters and as many letters between as its number says; a pair written with a
slash ("C/C++", "CI/CD") where the source has both. Letters with a number ("D365", "M365")
abbreviate words followed by that number ("Dynamics 365"), and the other way round; capitalised
words whose initials give an abbreviation the source writes restate it ("IT Operations Management"
for "ITOM"). Among the words, an abbreviation gives all its letters ("AAOS": Android Automotive OS,
"HRBPs": HR business partners) or, starting the run, its first ("BEP": BIM execution plan); an
abbreviation with single small letters ("RoPA", "PoC") reads them as small words' initials.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_SMALL_WORDS = {"of", "and", "for", "the", "to", "in", "on", "a", "an", "with", "at", "by"}
_TOKEN = re.compile(r"\b[A-Z]{2,}s?\b")
_NUMERONYM = re.compile(r"([a-z])(\d{1,2})([a-z]+)", re.IGNORECASE)
_LETTERS_NUMBER = re.compile(r"([A-Z]{1,4})(\d{1,4})")
_PIECE = re.compile(r"[A-Za-z\u00c0-\u024f]+|\d+")
_RUN_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+|\d+|[^\sA-Za-z\u00c0-\u024f\d]+")


# Capitals with single small letters between them: a small word's initial ("RoPA": record of processing
# activities, "PoC", "CoE"); "SaaS", "DevOps" and "GitHub" have longer runs and are names.
_MIXED_CASE = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")


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


def spelled_out(letters: str, texts) -> bool:
    """Whether ``letters`` are the initials of consecutive words of one clause of one of ``texts``; an
    abbreviation among the words gives its first letter or all of them ("BEP": BIM execution plan,
    "AAOS": Android Automotive OS, "HRBP": HR business partner), a small word its initial or nothing."""
    for text in texts:
        for clause in _clauses(text):
            every, content = initials(clause)
            if letters in every or letters in content or _spells(letters, _initial_options(clause)):
                return True
    return False


@lru_cache(maxsize=16384)
def _initial_options(clause: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each word of ``clause``, casefolded, with what it may give an abbreviation: its initial; an
    abbreviation in capitals all its letters, nothing, or its first letter where a run starts ("BIM
    execution plan": BEP, not "planning with MS Project": PMP); a small word its initial or nothing."""
    options = []
    for word in _WORD.findall(clause):
        folded = word.casefold()
        if len(word) > 1 and word.isupper():
            options.append((folded, (folded, "", folded[0] + _RUN_START)))
        elif folded in _SMALL_WORDS:
            options.append((folded, (folded[0], "")))
        else:
            options.append((folded, (folded[0],)))
    return tuple(options)


_RUN_START = "^"  # marks an option only the run's first word may give


def _spells(letters: str, words: tuple[tuple[str, tuple[str, ...]], ...], starts=None) -> bool:
    """Whether a run of consecutive ``words`` (:func:`_initial_options`) spells ``letters``: two words at
    least, three where one gives a whole abbreviation ("MSP" is not "MS Project"'s), the abbreviation
    itself never among them ("XC core" spells no "XC"); ``starts``: where the run may start (anywhere)."""
    if not any(len(options) > 1 for _, options in words):
        return False  # no capitals or small words: initials() has said it
    seen: set[tuple[int, int, int, bool]] = set()

    def reach(at: int, done: int, used: int, whole: bool) -> bool:
        if done == len(letters):
            return used >= (3 if whole else 2)
        word, options = words[at] if at < len(words) else ("", ())
        if not options or word in (letters, letters + "s") or (at, done, used, whole) in seen:
            return False
        seen.add((at, done, used, whole))
        for option in options:
            if option.endswith(_RUN_START):
                if done:
                    continue
                option = option.removesuffix(_RUN_START)
            if (option or done) and letters.startswith(option, done) \
                    and reach(at + 1, done + len(option), used + bool(option), whole or len(option) > 1):
                return True
        return False

    return any(reach(start, 0, 0, False) for start in (range(len(words)) if starts is None else starts))


def heads_abbreviation(name: str, text: str, abbreviations: frozenset[str]) -> bool:
    """Whether ``name``, an abbreviation in capitals, starts a run of words of ``text`` that spells one of
    ``abbreviations`` (the source's) with all its letters: "HR business partners" where the CV writes
    "HRBPs" ("AWS data flows" spells no "ADF")."""
    letters = acronym_letters(name)
    if not letters or not abbreviations:
        return False
    for clause in _clauses(text):
        words = _initial_options(clause)
        starts = [i for i, (word, _) in enumerate(words) if word == letters]
        if starts and any(abbreviation.startswith(letters) and _spells(abbreviation, words, starts)
                          for abbreviation in abbreviations if abbreviation != letters):
            return True
    return False


_UNIT = re.compile(r"\d+|[A-Za-z\u00c0-\u024f]+")
_UNIT_OR_NAME = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")  # "5G" whole
_CAMEL_PART = re.compile(r"[A-Z\u00c0-\u00de]?[a-z\u00df-\u024f]+|[A-Z\u00c0-\u00de]+(?![a-z])")
_ABBREVIATION = re.compile(r"(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])(?=[A-Z]*\d)[A-Z0-9]{3,}s?")


def _unit(word: str) -> str:
    """What a word gives an abbreviation: a number itself, a word the initials of its camel-case parts
    ("PlayStation" -> "ps"; a part in capitals all its letters: "OpenID" -> "oid"), an abbreviation in
    capitals nothing."""
    if word.isdigit():
        return word
    if len(word) > 1 and word.isupper():
        return ""
    return "".join(part if part.isupper() else part[0] for part in _CAMEL_PART.findall(word)).casefold() \
        or word[0].casefold()


@lru_cache(maxsize=16384)
def _units(clause: str) -> tuple[str, str]:
    """A clause's words as abbreviation units, with its small words and without them."""
    words = _UNIT.findall(clause)
    return ("".join(_unit(w) for w in words),
            "".join(_unit(w) for w in words if w.casefold() not in _SMALL_WORDS))


def digits_spelled_out(token: str, texts) -> bool:
    """Whether ``token``, an abbreviation with digits (``PS5``, ``UE5``), abbreviates a name of one of
    ``texts`` ("PlayStation 5", "Unreal Engine 5")."""
    if not _ABBREVIATION.fullmatch(token):
        return False
    key = token.removesuffix("s").casefold()
    return any(key in units for text in texts for clause in _clauses(text) for units in _units(clause))


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


def _abbreviation_pieces(token: str) -> list[str] | None:
    """``D365`` -> ``['d', '365']``: an abbreviation of letters and a number, in pieces; None otherwise."""
    match = _LETTERS_NUMBER.fullmatch(token)
    return [*match.group(1).casefold(), match.group(2)] if match else None


@lru_cache(maxsize=16384)
def _initial_pieces(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``text``'s words as initials and its numbers whole, in order, with its small words and without."""
    pieces = [p if p.isdigit() else p.casefold() for p in _PIECE.findall(str(text or ""))
              if not (len(p) > 1 and p.isupper())]
    every = tuple(p if p.isdigit() else p[0] for p in pieces)
    return every, tuple(p if p.isdigit() else p[0] for p in pieces if p not in _SMALL_WORDS)


def _contains(sequence: tuple[str, ...], part: list[str]) -> bool:
    n = len(part)
    return any(list(sequence[i:i + n]) == part for i in range(len(sequence) - n + 1))


def spelled_out_with_number(token: str, texts) -> bool:
    """Whether ``token`` (``D365``) abbreviates words followed by its number in one of ``texts``
    ("Dynamics 365")."""
    pieces = _abbreviation_pieces(token)
    return pieces is not None and any(_contains(seq, pieces) for text in texts for seq in _initial_pieces(text))


@lru_cache(maxsize=256)
def abbreviations_in(texts: tuple[str, ...]) -> frozenset[str]:
    """The abbreviations ``texts`` write (``ITOM``, ``D365``, a plural's ``s`` dropped), casefolded."""
    found = set()
    for text in texts:
        for token in re.findall(r"\b[A-Za-z]+\d*s?\b", text):
            letters = acronym_letters(token)
            if letters and len(letters) >= EXPANDED_LENGTH:
                found.add(letters)
            elif _abbreviation_pieces(token) and len(token) >= EXPANDED_LENGTH:
                found.add(token.casefold())
    return frozenset(found)


def expands_abbreviation(name: str, text: str, abbreviations: frozenset[str]) -> bool:
    """Whether ``name`` is one of a run of capitalised words (small words and a number may be among
    them) in ``text`` whose initials give one of ``abbreviations`` ("Operations" in "IT Operations
    Management" for ``itom``; "Dynamics" in "Dynamics 365" for ``d365``; "PlayStation 5" for ``ps5``,
    camel-case parts giving an initial each)."""
    return bool(abbreviations) and name in _expansions(text, abbreviations)


@lru_cache(maxsize=16384)
def _expansions(text: str, abbreviations: frozenset[str]) -> frozenset[str]:
    """The words of ``text`` in a run of capitalised words that spells one of ``abbreviations``."""
    run: list[str] = []
    runs = [run]
    for token in _RUN_TOKEN.findall(text):
        if token[:1].isupper() or token.isdigit() or (run and token.casefold() in _SMALL_WORDS):
            run.append(token)
        elif token != "-":
            run = []
            runs.append(run)
    found: set[str] = set()
    for run in runs:
        if len(run) < 2:
            continue
        for start in range(len(run)):
            for end in range(start + 2, len(run) + 1):
                words = [w for w in run[start:end] if w.casefold() not in _SMALL_WORDS or w[:1].isupper()]
                spelled = "".join(w.casefold() if w.isupper() and len(w) > 1 else _unit(w) for w in words)
                if len(words) >= 2 and spelled in abbreviations:
                    found.update(words)
    return frozenset(found)


def expanding_words(text: str, texts) -> set[str]:
    """The words of ``text`` that spell out an abbreviation of ``texts`` ("Change Advisory Board" for
    "CAB"): words a bullet's origin may count as its source's."""
    abbreviations = abbreviations_in(tuple(texts))
    return set(_expansions(text, abbreviations)) if abbreviations else set()
