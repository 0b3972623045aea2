"""Placeholders that keep names, tools, technologies, e-mails and URLs out of a translation.

Before the call each protected term becomes ``__PROTECTED_n__`` (longest terms first, whole
words); afterwards the tokens are put back. A term whose token the model lost is reported.
"""

from __future__ import annotations

import re

from ..json_text import map_strings, strings

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"\b(?:https?://|www\.)[^\s\"'<>()\[\]]+[^\s\"'<>()\[\].,;:!?]", re.IGNORECASE)
TOKEN = re.compile(r"_{1,2}\s*PROTECTED_(\d+)\s*_{1,2}", re.IGNORECASE)


def protected_terms(cv: dict) -> list[str]:
    """Names, programming languages, tools, environment items, e-mails and URLs; longest first."""
    terms = [cv["identity"][f] for f in ("full_name", "first_name", "last_name")]
    terms += (cv.get("sidebar") or {}).get("languages") or []
    terms += (cv.get("sidebar") or {}).get("tools") or []
    for entry in cv.get("experiences") or []:
        terms += entry.get("environment") or []
    for text in strings(cv):
        terms += EMAIL.findall(text) + URL.findall(text)
    unique = {t.strip() for t in terms if isinstance(t, str) and t.strip()}
    return sorted(unique, key=lambda t: (-len(t), t))


class Placeholders:
    """The term <-> token mapping for one CV."""

    def __init__(self, terms: list[str]):
        self.terms = sorted(dict.fromkeys(terms), key=lambda t: (-len(t), t))
        self.token_of = {term: f"__PROTECTED_{n}__" for n, term in enumerate(self.terms)}
        self._pattern = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in self.terms)) if self.terms else None

    def protect_text(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self.token_of[m.group(0)], text)

    def restore_text(self, text: str) -> str:
        def back(match):
            n = int(match.group(1))
            return self.terms[n] if n < len(self.terms) else match.group(0)
        return TOKEN.sub(back, text)

    def protect(self, value):
        return map_strings(value, self.protect_text)

    def restore(self, value):
        return map_strings(value, self.restore_text)

    def lost_terms(self, protected, restored) -> list[str]:
        """Terms whose token was sent in a string but whose term is missing from the answer's string.

        ``protected`` (what was sent) and ``restored`` (the answer after :meth:`restore`) must have
        the same structure; mismatched parts are skipped (the fabrication guard reports them).
        """
        lost: list[str] = []

        def walk(sent, got):
            if isinstance(sent, str) and isinstance(got, str):
                for n in {int(m.group(1)) for m in TOKEN.finditer(sent)}:
                    if self.terms[n] not in got and self.terms[n] not in lost:
                        lost.append(self.terms[n])
            elif isinstance(sent, dict) and isinstance(got, dict):
                for key in sent.keys() & got.keys():
                    walk(sent[key], got[key])
            elif isinstance(sent, list) and isinstance(got, list) and len(sent) == len(got):
                for a, b in zip(sent, got):
                    walk(a, b)

        walk(protected, restored)
        return lost

    @staticmethod
    def leftover_tokens(value) -> list[str]:
        return sorted({m.group(0) for text in strings(value) for m in TOKEN.finditer(text)})
