"""Abbreviations of what the CV says: "TPPs" for "third-party providers", "OT" for "operational
technology", "SPM" beside "Swift Package Manager", "DCs" for "DC", "K8s" for "Kubernetes".

An all-capitals word (a plural "s" aside) is supported where its letters are the initials of words
that follow one another in the source or in the very sentence that uses it (small words such as
"of" and "and" may be skipped); a numeronym (``k8s``, ``i18n``, ``a11y``) where a source word has its
first and last letters and as many letters between as its number says. Letters with a number
("D365", "M365") abbreviate words followed by that number ("Dynamics 365"), and the other way round:
capitalised words (and a number) whose initials give an abbreviation the source writes ("IT
Operations Management" for "ITOM", "Dynamics 365" for "D365") restate it.
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


def acronym_letters(token: str) -> str | None:
    """The letters of an abbreviation written in capitals (``TPPs`` -> ``tpp``), or None."""
    word = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
    return word.casefold() if len(word) >= 2 and word.isalpha() and word.isupper() else None


@lru_cache(maxsize=16384)
def initials(text: str) -> tuple[str, str]:
    """``text``'s words' initials in order, with its small words and without them (hyphens split words;
    abbreviations such as "MS" are left out: they spell nothing)."""
    words = [w.casefold() for w in _WORD.findall(str(text or "")) if not (len(w) > 1 and w.isupper())]
    return "".join(w[0] for w in words), "".join(w[0] for w in words if w not in _SMALL_WORDS)


def spelled_out(letters: str, texts) -> bool:
    """Whether ``letters`` are the initials of consecutive words of one of ``texts``."""
    for text in texts:
        every, content = initials(text)
        if letters in every or letters in content:
            return True
    return False


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
            if letters and len(letters) >= 2:
                found.add(letters)
            elif _abbreviation_pieces(token):
                found.add(token.casefold())
    return frozenset(found)


def expands_abbreviation(name: str, text: str, abbreviations: frozenset[str]) -> bool:
    """Whether ``name`` is one of a run of capitalised words (small words and a number may be among
    them) in ``text`` whose initials give one of ``abbreviations`` ("Operations" in "IT Operations
    Management" for ``itom``; "Dynamics" in "Dynamics 365" for ``d365``)."""
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
                spelled = "".join(w if w.isdigit() else w.casefold() if w.isupper() else w[0].casefold()
                                  for w in words)
                if len(words) >= 2 and spelled in abbreviations:
                    found.update(words)
    return frozenset(found)


def expanding_words(text: str, texts) -> set[str]:
    """The words of ``text`` that spell out an abbreviation of ``texts`` ("Change Advisory Board" for
    "CAB"): words a bullet's origin may count as its source's."""
    abbreviations = abbreviations_in(tuple(texts))
    return set(_expansions(text, abbreviations)) if abbreviations else set()
