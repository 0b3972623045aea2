"""The reference layout read from text blocks: a reference-layout CV printed to PDF.

Printed, the reference layout's page header (title, name, the sidebar sections) stands above or
beside the body on every page, and the body keeps its OVERVIEW / PROFESSIONAL EXPERIENCE markers.
The same rules as for the DOCX (:mod:`.header_sidebar`, :mod:`.body_sections`) then read it, so a
PDF gives the result its DOCX gives, as far as the PDF's text allows:

- **Header lines**: the blocks the PDF reader found repeated on every page (the page header); on a
  one-page PDF, the lines before the first body marker, up to the last sidebar section's items,
  which share the sidebar's font size (the contact line below them, in the body, does not).
- **Identity**: the title, then the name on one or two lines, no smaller than the title; other
  lines above the first sidebar heading (a name first, then title and contact) are another layout.
- **Body lines**: the other blocks; a typed "•" is a list bullet, and a bold line larger than the
  body's text is a heading (Word's heading styles are not in a PDF).
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from .body_sections import marker_of, parse_body_lines
from .header_sidebar import parse_header, section_key
from .text_blocks import PAGE_FOOTER, PAGE_HEADER, TextBlock

_BULLET = "• "
HEADING_STYLE = "Heading"  # what :func:`~.body_sections.is_heading_style` takes for a heading


def reference_cv_from_blocks(blocks: list[TextBlock]) -> dict | None:
    """The CV the reference-layout rules read from ``blocks``; None when no reference sidebar
    heading stands before the first OVERVIEW / PROFESSIONAL EXPERIENCE marker."""
    first_marker = next((i for i, block in enumerate(blocks) if marker_of(block.text)), None)
    if first_marker is None:
        return None
    in_header = [block for block in blocks if block.region == PAGE_HEADER]
    if any(section_key(block.text) for block in in_header):
        header = in_header
        body = [block for block in blocks if block.region not in (PAGE_HEADER, PAGE_FOOTER)]
    else:
        end = _sidebar_end(blocks[:first_marker])
        if end is None:
            return None
        header, body = blocks[:end], blocks[end:]
    if not _reference_identity(header):
        return None
    identity, sidebar = parse_header([block.text for block in header])
    overview, experiences = parse_body_lines(_body_lines(body))
    return {"identity": identity, "sidebar": sidebar, "overview": overview, "experiences": experiences}


def _reference_identity(header: list[TextBlock]) -> bool:
    """Whether the lines above the first sidebar heading are the reference layout's identity: the
    title, then the name on one or two lines in a font at least as large (not a name first, then a
    title and a contact line, as other layouts have it)."""
    first = next(i for i, block in enumerate(header) if section_key(block.text))
    identity = header[:first]
    if not 2 <= len(identity) <= 3:
        return False
    title, names = identity[0], identity[1:]
    return all(block.size is None or title.size is None or block.size >= title.size for block in names)


def _sidebar_end(blocks: list[TextBlock]) -> int | None:
    """Where the header ends in the lines before the body's first marker: after the last sidebar
    heading, its items run on while they keep the size of the sidebar's other items."""
    headings = [i for i, block in enumerate(blocks) if section_key(block.text)]
    if not headings:
        return None
    first, last = headings[0], headings[-1]
    items = [block.size for block in blocks[first:last] if not section_key(block.text)]
    item_size = Counter(items).most_common(1)[0][0] if items else None
    end = last + 1
    while end < len(blocks) and (item_size is None or blocks[end].size == item_size):
        item_size = item_size if item_size is not None else blocks[end].size
        end += 1
    return end


def _body_lines(blocks: list[TextBlock]) -> Iterator[tuple[str, bool, str]]:
    """``(line, is_bullet, style)`` as :func:`~.body_sections.parse_body_lines` reads a DOCX body."""
    sizes = Counter(block.size for block in blocks if block.size)
    text_size = sizes.most_common(1)[0][0] if sizes else None
    for block in blocks:
        bullet = block.list_item or block.text.startswith(_BULLET)
        text = block.text[len(_BULLET):] if block.text.startswith(_BULLET) else block.text
        heading = (not bullet and block.bold and block.size is not None and text_size is not None
                   and block.size > text_size)
        yield text, bullet, HEADING_STYLE if heading else ""
