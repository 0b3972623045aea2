"""Sentences, word tokens and word stems of CV free text, as the claims check compares them.

Tokens keep the characters technology names carry (``C++``, ``C#``, ``.NET``, ``Node.js``,
``S/4HANA``, ``CI/CD``); a trailing full stop is not part of a token.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer
from wordfreq import zipf_frequency

from .numbers import written_as_digits

# A sentence ends at . ! ? followed by white space (``Node.js`` and ``e.g.,`` stay whole).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
TOKEN = re.compile(r"\.?[A-Za-z0-9\u00c0-\u024f](?:[\w+#'’./&-]*[\w+#])?")
# After these a word starts a clause, and may be capitalised without being a name.
_CLAUSE_START = re.compile(r"(^|[.!?:;(\[\"“•–—]\s*|\s-\s)$")
_JOINERS = re.compile(r"[-/&]")
CONTENT_ZIPF = 5.3  # words at least this frequent in English (the, with, team...) carry no content
OTHER_LANGUAGES = ("de", "fr", "es", "nl", "it", "pt", "sv")
ENGLISH_MARGIN = 0.45  # Zipf points by which an English word outnumbers its use in any other language

_stemmer = snowballstemmer.stemmer("english")


def sentences(text: str) -> list[str]:
    """``text``'s sentences, each stripped; no empty ones."""
    return [s.strip() for s in _SENTENCE_END.split(str(text or "")) if s.strip()]


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[tuple[str, bool], ...]:
    """Each word token of ``text`` and whether it starts a sentence or clause."""
    out = []
    for match in TOKEN.finditer(text):
        start = match.start()
        out.append((match.group(), bool(_CLAUSE_START.search(text[max(0, start - 4):start]))))
    return tuple(out)


def parts(token: str) -> list[str]:
    """A token's pieces between hyphens and slashes (``AWS-based`` -> ``AWS``, ``based``)."""
    return [p for p in _JOINERS.split(token) if p]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word.casefold().replace("’", "'").removesuffix("'s"))


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale: 7 for "the", 0 for unknown)."""
    return zipf_frequency(word, "en")


@lru_cache(maxsize=65536)
def english_only(word: str) -> bool:
    """Whether English uses ``word`` clearly more than the other languages wordfreq knows: true of
    ordinary English words (scope, holds, oversaw), not of names shared across languages (Java, Bosch)."""
    return zipf(word) - max(zipf_frequency(word, lang) for lang in OTHER_LANGUAGES) >= ENGLISH_MARGIN


def is_content(word: str) -> bool:
    """A word that says something (not a function word, not a number, not one letter)."""
    return len(word) > 1 and not word.isdigit() and zipf(word) < CONTENT_ZIPF


@lru_cache(maxsize=16384)
def content_stems(text: str) -> frozenset[str]:
    """The stems of ``text``'s content words (pieces of compound tokens included; numbers, also
    written ones, are not content words: the number check has them)."""
    return frozenset(stem(p) for token, _ in tokens(written_as_digits(text)) for p in parts(token) if is_content(p))


@lru_cache(maxsize=16384)
def _forms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """``text``'s words (and their pieces) casefolded, and their stems."""
    forms = [form for token, _ in tokens(text) for form in (token, *parts(token))]
    return frozenset(f.casefold() for f in forms), frozenset(stem(f) for f in forms)


class Vocabulary:
    """Every word the allowed source text holds, as written (casefolded), in pieces and as stems."""

    def __init__(self, texts):
        forms = [_forms(str(text or "")) for text in texts]
        self.words: frozenset[str] = frozenset().union(*(words for words, _ in forms))
        self.stems: frozenset[str] = frozenset().union(*(stems for _, stems in forms))

    def has(self, word: str) -> bool:
        folded = word.casefold()
        return folded in self.words or stem(word) in self.stems
