"""A document as an ordered list of text blocks: what the layout-independent extractor reads.

Each reader (a DOCX of any layout, a PDF) turns its file into :class:`TextBlock` items in reading
order, carrying what the section logic needs to tell a heading from a line of text: the style name,
weight, size, capitals, list markers and where the block stands (body, page header, a table cell, a
text box). The section logic (:mod:`cvextract.extract`'s any-layout extractor) never sees the file
format, so DOCX and PDF share it.
"""

from __future__ import annotations

from dataclasses import dataclass

# Where a block stands in the document.
BODY = "body"
PAGE_HEADER = "page header"
PAGE_FOOTER = "page footer"
TEXT_BOX = "text box"
REGIONS = (BODY, PAGE_HEADER, PAGE_FOOTER, TEXT_BOX)


@dataclass(frozen=True)
class TableCell:
    """A block's place in a table: the table's index in reading order, its row and column (0-based)."""
    table: int
    row: int
    column: int


@dataclass(frozen=True)
class TextBlock:
    """One line or paragraph of a document, with the formatting that marks headings and lists.

    ``text`` is the normalised text (whitespace collapsed, no list marker typed by the author removed:
    the section logic decides what a leading "•" means). ``style`` is the paragraph style's name as
    the author sees it ("Heading 1", "Title", "List Paragraph"), or None. ``bold`` is True when all
    of the text is bold; ``size`` the font size in points when known; ``list_item`` is True for a
    paragraph Word numbers or bullets itself (``w:numPr``), ``list_level`` its level.
    ``page`` counts from 1 for PDF input (None for DOCX); ``x``/``y`` are the block's top-left
    position in points on its page when the reader knows it (PDF). ``caps`` is True when formatting
    shows the text in capitals (``all_caps`` then holds whatever case was typed).
    """
    text: str
    region: str = BODY
    style: str | None = None
    bold: bool = False
    italic: bool = False
    size: float | None = None
    list_item: bool = False
    list_level: int = 0
    cell: TableCell | None = None
    page: int | None = None
    x: float | None = None
    y: float | None = None
    caps: bool = False  # shown in capitals by formatting (Word's w:caps), whatever the typed case

    @property
    def all_caps(self) -> bool:
        return self.caps or self.text.isupper()  # every cased character upper, and one at least
