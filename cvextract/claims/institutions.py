"""Institutions named "<kind> of <place or name>": "University of Bath", "the Port of Rotterdam", "the
municipality of Utrecht", "Bank of Ireland".

Each word may be one the CV writes elsewhere (the city it worked in, the word "university"), yet
together they name one customer or employer: a text may write such a name only where the source
writes it whole, in either order ("Bath University", "the Utrecht municipality"), case aside.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words for a body that an "of" phrase names: a kind of institution, customer or public authority.
_KINDS = (r"university|college|school|academy|institute|hospital|clinic|museum|library|bank|port|airport"
          r"|city|county|province|state|region|municipality|borough|council|ministry|department|government"
          r"|authority|agency|court|diocese|archdiocese|commission|chamber")
_INSTITUTION = re.compile(r"\b((?i:" + _KINDS + r"))\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


@lru_cache(maxsize=16384)
def institutions_in(text: str) -> tuple[tuple[str, str, str], ...]:
    """``(kind, name, as written)`` for each "<kind> of <Name>" ``text`` writes, casefolded but as written; a
    possessive ending it is not the name's ("the Port of Rotterdam's terminals" names the Port of Rotterdam)."""
    found = []
    for m in _INSTITUTION.finditer(text):
        name = _POSSESSIVE.sub("", m.group(2))
        found.append((m.group(1).casefold(), " ".join(name.split()).casefold(), m.group()[:m.start(2) - m.start()] + name))
    return tuple(found)


_POSSESSIVE = re.compile(r"['’]s?$")


def unsupported_institutions(text: str, source_texts) -> list[str]:
    """The institutions ``text`` names that no source text names, in either order."""
    found = institutions_in(text)
    if not found:
        return []
    folded = " ".join(" ".join(str(t).split()) for t in source_texts).casefold()
    return [written for kind, name, written in found
            if not re.search(rf"\b{re.escape(kind)}\s+of\s+(?:the\s+)?{re.escape(name)}\b", folded)
            and not re.search(rf"\b{re.escape(name)}(?:'s|’s)?\s+{re.escape(kind)}", folded)]
