"""The person's name and job title, from the text above and beside the sections.

The name is the Title-styled line when there is one, else the line that looks like a name (two to
five words, each capitalised, no digits or contact details) in the largest font among the lines
outside any section (the page header, the top of the body, a sidebar's top). The title is the
Subtitle-styled line, else the first title-like line after the name (else the one just before it).
"""

from __future__ import annotations

import re

from ..text_blocks import TextBlock
from .dates import find_date_range
from .headings import Section, typed_bullet
from .section_names import SectionNames

MAX_NAME_WORDS = 5
MAX_TITLE_CHARS = 80
_CONTACT = re.compile(r"@|https?://|www\.|\d{3}|linkedin|github", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


# Lower-case words a name holds between its capitalised ones ("Jan van der Berg", "Ana de la Cruz").
_PARTICLES = frozenset("van der den de het ter ten von zu vom la le du da di del della dos das y bin al".split())


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (2 <= len(words) <= MAX_NAME_WORDS and not _CONTACT.search(text)
            and words[0][0].isupper() and words[-1][0].isupper()
            and all(_NAME_WORD.match(w) and (w[0].isupper() or w in _PARTICLES) for w in words))


def _looks_like_title(block: TextBlock, names: SectionNames) -> bool:
    text = block.text
    return (len(text) <= MAX_TITLE_CHARS and not _CONTACT.search(text) and ":" not in text
            and not block.list_item and typed_bullet(text) is None and names.part(text) is None
            and find_date_range(text) is None and not text.endswith("."))


def find_identity(blocks: list[TextBlock], sections: list[Section], names: SectionNames) -> dict:
    """title, full_name, first_name, last_name ("" where not found)."""
    styled_name = next((b for b in blocks if (b.style or "").lower() == "title"), None)
    styled_title = next((b for b in blocks if (b.style or "").lower() == "subtitle"), None)
    loose = [b for s in sections if s.part is None for b in s.blocks]
    name = styled_name
    if name is None:
        candidates = [b for b in loose if _looks_like_name(b.text)]
        if candidates:
            largest = max(b.size or 0 for b in candidates)
            name = next(b for b in candidates if (b.size or 0) == largest)
    title = styled_title
    if title is None and name is not None and name in loose:
        at = loose.index(name)
        after = [b for b in loose[at + 1:at + 4] if _looks_like_title(b, names)]
        before = [b for b in loose[max(0, at - 2):at] if _looks_like_title(b, names)]
        title = after[0] if after else before[-1] if before else None
    full_name = name.text if name is not None else ""
    words = full_name.split()
    return {
        "title": title.text if title is not None else "",
        "full_name": full_name,
        "first_name": words[0] if words else "",
        "last_name": " ".join(words[1:]),
    }
