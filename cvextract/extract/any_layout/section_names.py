"""Section names: which CV part a heading line names ("Berufserfahrung" -> experience).

The bundled vocabulary (``section_names.json``: English, German, French, Dutch, Spanish) can be
extended per batch with ``extract: {sections: {part: [names...]}}``. A line matches when, compared
case-, accent- and punctuation-insensitively, it is exactly one of the names ("Experience:" and
"EXPÉRIENCE" both name experience; "Experience in banking" does not).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

VOCABULARY_FILE = Path(__file__).with_name("section_names.json")
SIDEBAR_PARTS = ("skills", "languages", "tools", "certifications", "industries", "spoken_languages",
                 "academic_background")
PARTS = ("overview", "experience", *SIDEBAR_PARTS, "other")
MAX_NAME_CHARS = 60
_NOT_WORD = re.compile(r"[^\w']+")
# "Tools & Technologies" and "Tools and Technologies" name the same section.
_CONNECTORS = frozenset(("and", "und", "et", "en", "y"))


def name_key(text: str) -> str:
    """The comparable form of a heading: case-folded, accents, punctuation and "and" gone, spaces single."""
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).replace("\u2019", "'")
    bare = folded
    return " ".join(w for w in _NOT_WORD.sub(" ", bare).split() if w not in _CONNECTORS)


@lru_cache(maxsize=1)
def _bundled() -> dict[str, tuple[str, ...]]:
    data = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return {part: tuple(data.get(part, ())) for part in PARTS}


class SectionNames:
    """Heading text -> CV part, from the bundled vocabulary plus the configured names."""

    def __init__(self, extra: dict[str, list[str]] | None = None):
        self._parts: dict[str, str] = {}
        for part, names in _bundled().items():
            self._add(part, names)
        for part, names in (extra or {}).items():
            self._add(part, names)  # configured names win over bundled ones

    def _add(self, part: str, names) -> None:
        if part not in PARTS:
            raise ValueError(f"unknown CV part '{part}' (known: {', '.join(PARTS)})")
        for name in names:
            key = name_key(str(name))
            if key:
                self._parts[key] = part

    def part(self, text: str) -> str | None:
        """The CV part ``text`` names, or None."""
        if len(text) > MAX_NAME_CHARS:
            return None
        return self._parts.get(name_key(text))

    def label(self, text: str) -> tuple[str, str] | None:
        """``(part, rest)`` for a labelled line such as "Tools: Git, Docker" (rest non-empty)."""
        label, colon, rest = text.partition(":")
        if not colon or not rest.strip():
            return None
        part = self.part(label)
        return (part, rest.strip()) if part else None


DEFAULT_NAMES = SectionNames()
