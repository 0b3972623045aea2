"""Blocks -> sections: which lines are section headings, and what each section holds.

A heading is a short line alone that names a CV part in the vocabulary ("Berufserfahrung",
"SKILLS:"). A line the vocabulary does not know ("Hobbies", "Volunteer work") is a heading too when it
looks exactly like the known headings of the same document (same style, weight, capitals and size)
and is not an experience's role line: its text is set aside instead of joining the section above.
A section ends at the next heading, and where the reading moves into or out of a container (a table
cell, a text box, the page header) that holds headings of its own: the left column of a two-column
CV does not run on into the right one (but a section of the body runs on into a table that follows
it: experiences written as table rows), and the last section does not take the page footer's lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text_blocks import BODY, PAGE_FOOTER, PAGE_HEADER, TextBlock
from .dates import find_date_range
from .section_names import SectionNames, name_key

UNKNOWN = "unknown"  # a heading the vocabulary does not know
MAIN_FLOW = (BODY, None)  # the body outside tables and text boxes: its sections run on into a table
MAX_HEADING_CHARS = 50
TYPED_MARKERS = ("•", "·", "▪", "‣", "◦", "●", "○", "■", "□", "➢", "►", "✓", "- ", "– ", "— ", "* ")


@dataclass
class Section:
    part: str | None  # a CV part, UNKNOWN, or None for text before any heading
    heading: TextBlock | None = None
    blocks: list[TextBlock] = field(default_factory=list)

    @property
    def heading_key(self) -> str:
        return name_key(self.heading.text) if self.heading else ""


_MARKER_STARTS = frozenset(marker[0] for marker in TYPED_MARKERS)


def typed_bullet(text: str) -> str | None:
    """The text after a bullet typed by the author ("• Led the team" -> "Led the team"), or None."""
    if text[:1] not in _MARKER_STARTS:
        return None
    for marker in TYPED_MARKERS:
        if text.startswith(marker):
            return text[len(marker):].strip() or None
    return None


def container(block: TextBlock) -> tuple:
    """Where a block stands: its region and table cell."""
    return (block.region, block.cell)


def _signature(block: TextBlock) -> tuple:
    return (block.style, block.bold, block.all_caps, block.size)


def _could_be_heading(block: TextBlock) -> bool:
    return (not block.list_item and len(block.text) <= MAX_HEADING_CHARS and typed_bullet(block.text) is None
            and not block.text.endswith((".", ",", ";")))


def split_sections(blocks: list[TextBlock], names: SectionNames) -> list[Section]:
    """The sections of a document in reading order (the first one, part None, holds the text above
    the first heading)."""
    parts = [names.part(b.text) if _could_be_heading(b) else None for b in blocks]
    signatures = {_signature(b) for b, part in zip(blocks, parts) if part}
    for i, block in enumerate(blocks):
        if parts[i] is None and _signature(block) in signatures and _could_be_heading(block) \
                and find_date_range(block.text) is None and not _date_follows(blocks, i) \
                and names.label(block.text) is None:
            parts[i] = UNKNOWN
    with_headings = {container(b) for b, part in zip(blocks, parts) if part}

    sections = [Section(None)]
    previous = None
    for block, part in zip(blocks, parts):
        here = container(block)
        if previous is not None and here != previous and (
                here in with_headings or (previous in with_headings and previous != MAIN_FLOW)
                or block.region in (PAGE_HEADER, PAGE_FOOTER)):
            sections.append(Section(None))
        previous = here
        if part:
            sections.append(Section(part, block))
        else:
            sections[-1].blocks.append(block)
    return [s for s in sections if s.heading or s.blocks]


def _date_follows(blocks: list[TextBlock], i: int) -> bool:
    """The next block is a date line: ``blocks[i]`` is a role line, not a heading."""
    return i + 1 < len(blocks) and find_date_range(blocks[i + 1].text) is not None
