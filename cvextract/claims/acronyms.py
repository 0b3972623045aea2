"""Abbreviations of what the CV says: "TPPs" for "third-party providers", "OT" for "operational
technology", "SPM" beside "Swift Package Manager", "DCs" for "DC", "K8s" for "Kubernetes".

An all-capitals word (a plural "s" aside) is supported where its letters are the initials of words
that follow one another in the source or in the very sentence that uses it (small words such as
"of" and "and" may be skipped); a numeronym (``k8s``, ``i18n``, ``a11y``) where a source word has its
first and last letters and as many letters between as its number says.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_SMALL_WORDS = {"of", "and", "for", "the", "to", "in", "on", "a", "an", "with", "at", "by"}
_TOKEN = re.compile(r"\b[A-Z]{2,}s?\b")
_NUMERONYM = re.compile(r"([a-z])(\d{1,2})([a-z]+)", re.IGNORECASE)


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
