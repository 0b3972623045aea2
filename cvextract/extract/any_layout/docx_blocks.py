"""A DOCX of any layout -> :class:`~cvextract.extract.text_blocks.TextBlock` items in reading order.

Page headers first (where many CVs put the name), then the body, then page footers. In the body:
paragraphs, tables row by row and cell by cell (nested tables inside their cell), content controls,
and the text boxes a paragraph anchors, right after that paragraph. A paragraph with line breaks
gives one block per line. Style ids are resolved to the names the author sees, and bold, capitals,
size and numbering come from the run, else its character style, else the paragraph style (following
``w:basedOn``), else the document defaults. Word's mc:Fallback copy of a text box is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ...errors import InputError
from ..docx_package import DocxPackage, open_docx
from ..paragraph_text import clean
from ..text_blocks import BODY, PAGE_FOOTER, PAGE_HEADER, TEXT_BOX, TableCell, TextBlock

STYLES_PART = "word/styles.xml"
MAX_BLOCKS = 20_000  # far beyond any CV: a file with more is refused, not read for minutes
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_FALLBACK = f"{{{_MC}}}Fallback"
_OFF = ("0", "false", "off")
_MAX_BASED_ON = 20  # a style chain longer than this (or a cycle) stops there


@dataclass(frozen=True)
class _Format:
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    size: float | None = None

    def over(self, base: "_Format") -> "_Format":
        """This format, with what it leaves unset taken from ``base``."""
        return _Format(*(mine if mine is not None else theirs
                         for mine, theirs in zip((self.bold, self.italic, self.caps, self.size),
                                                 (base.bold, base.italic, base.caps, base.size))))


@dataclass(frozen=True)
class _Style:
    name: str
    format: _Format
    numbered: bool
    based_on: str | None


def read_docx_blocks(path: str | Path) -> list[TextBlock]:
    """Open ``path`` safely and return its blocks (see :func:`docx_blocks`)."""
    with open_docx(path) as package:
        return docx_blocks(package)


def docx_blocks(package: DocxPackage, document: etree._Element | None = None,
                headers: list[etree._Element] | None = None) -> list[TextBlock]:
    """The blocks of an open package: page headers, body, page footers. ``document`` and
    ``headers``: those parts already parsed (by the reference-layout extractor), not read twice."""
    if document is None:
        document, w = package.document()
    else:
        w = etree.QName(document).namespace
    reader = _Reader(package, w)
    if headers is None:
        headers = [package.xml(name) for name in package.header_part_names()]
    for header in headers:
        reader.part(header, PAGE_HEADER)
    body = document.find(f"{{{w}}}body")
    if body is not None:
        reader.container(body, BODY)
    footers = sorted(n for n in package.names() if n.startswith("word/footer") and n.endswith(".xml"))
    for name in footers:
        reader.part(package.xml(name), PAGE_FOOTER)
    return reader.blocks


class _Reader:
    def __init__(self, package: DocxPackage, w: str):
        self.path = package.path
        self.w = w
        self.blocks: list[TextBlock] = []
        self.tables = 0
        self.styles, self.defaults, self.default_paragraph = _read_styles(package, w)
        self._resolved: dict[str, tuple[_Format, bool]] = {}
        self._seen_in_parts: set[tuple[str, str]] = set()
        t = lambda local: f"{{{w}}}{local}"  # noqa: E731
        self.P, self.TBL, self.TR, self.TC, self.SDT = t("p"), t("tbl"), t("tr"), t("tc"), t("sdt")
        self.SDT_CONTENT, self.CUSTOM_XML, self.TXBX = t("sdtContent"), t("customXml"), t("txbxContent")
        self.PPR, self.RPR, self.R, self.VAL = t("pPr"), t("rPr"), t("r"), t("val")

    # ---------------------------------------------------------------- containers

    def part(self, root: etree._Element, region: str) -> None:
        """A header or footer part; a line already read in an earlier part of that kind is dropped
        (the first-page and even-page copies of a header)."""
        before = len(self.blocks)
        self.container(root, region)
        own = self.blocks[before:]
        del self.blocks[before:]
        for block in own:
            key = (region, block.text)
            if key not in self._seen_in_parts:
                self.blocks.append(block)
        self._seen_in_parts.update((region, block.text) for block in own)

    def container(self, element: etree._Element, region: str, cell: TableCell | None = None) -> None:
        for child in element:
            tag = child.tag
            if tag == self.P:
                self.paragraph(child, region, cell)
            elif tag == self.TBL:
                self.table(child, region)
            elif tag in (self.SDT, self.SDT_CONTENT, self.CUSTOM_XML):
                self.container(child, region, cell)

    def table(self, table: etree._Element, region: str) -> None:
        index = self.tables
        self.tables += 1
        rows = [row for row in table.iter(self.TR) if _nearest(row, self.TBL) is table]
        for row_index, row in enumerate(rows):
            column = 0
            for tc in row.iter(self.TC):
                if _nearest(tc, self.TR) is row:  # not a cell of a table nested in this row
                    self.container(tc, region, TableCell(index, row_index, column))
                    column += _grid_span(tc, self.w)

    # ---------------------------------------------------------------- paragraphs

    def paragraph(self, paragraph: etree._Element, region: str, cell: TableCell | None) -> None:
        props = paragraph.find(self.PPR)
        style_id = _val(props, f"{{{self.w}}}pStyle", self.VAL) if props is not None else None
        style_format, style_numbered = self._style(style_id or self.default_paragraph)
        style = self.styles[style_id].name if style_id in self.styles else style_id
        numbered, level = style_numbered, 0
        num_pr = props.find(f"{{{self.w}}}numPr") if props is not None else None
        if num_pr is not None:
            num_id = _val(num_pr, f"{{{self.w}}}numId", self.VAL)
            numbered = num_id not in (None, "0")
            level = _int(_val(num_pr, f"{{{self.w}}}ilvl", self.VAL))
        paragraph_format = _run_format(props.find(self.RPR), self.w) if props is not None else _Format()
        base = paragraph_format.over(style_format).over(self.defaults)

        boxes: list[etree._Element] = []
        lines: list[list[tuple[str, _Format]]] = [[]]
        self._runs(paragraph, base, lines, boxes)
        for segments in lines:
            self._block(segments, region, cell, style, numbered, level)
        for box in boxes:
            self.container(box, TEXT_BOX, cell)

    def _runs(self, element: etree._Element, base: _Format, lines: list, boxes: list) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag == self.PPR or tag == _FALLBACK:
                continue
            if tag == self.TXBX:
                boxes.append(child)
            elif tag == self.R:
                self._run(child, base, lines, boxes)
            else:  # hyperlinks, insertions, fields, content controls, drawings holding text boxes
                self._runs(child, base, lines, boxes)

    def _run(self, run: etree._Element, base: _Format, lines: list, boxes: list) -> None:
        props = run.find(self.RPR)
        fmt = base
        if props is not None:
            char_style = _val(props, f"{{{self.w}}}rStyle", self.VAL)
            fmt = _run_format(props, self.w).over(self._style(char_style)[0].over(base) if char_style else base)
        for child in run:
            local = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if local == "t":
                if child.text:
                    lines[-1].append((child.text, fmt))
            elif local == "tab":
                lines[-1].append(("\t", fmt))
            elif local in ("br", "cr"):
                lines.append([])
            elif local in ("noBreakHyphen", "softHyphen"):
                lines[-1].append(("-", fmt))
            elif local not in ("rPr", "delText", "instrText"):
                self._runs(child, base, lines, boxes)  # a drawing or picture anchoring a text box

    def _block(self, segments: list[tuple[str, _Format]], region: str, cell: TableCell | None,
               style: str | None, numbered: bool, level: int) -> None:
        text = clean("".join(text for text, _ in segments))
        if not text:
            return
        if len(self.blocks) >= MAX_BLOCKS:
            raise InputError(self.path, f"has more than {MAX_BLOCKS} paragraphs; not read as a CV")
        shown = [fmt for part, fmt in segments if part.strip()]
        sizes = [fmt.size for fmt in shown if fmt.size]
        self.blocks.append(TextBlock(
            text=text, region=region, style=style,
            bold=all(fmt.bold for fmt in shown), italic=all(fmt.italic for fmt in shown),
            size=max(sizes) if sizes else None, list_item=numbered, list_level=level, cell=cell,
            caps=all(fmt.caps for fmt in shown)))

    # ---------------------------------------------------------------- styles

    def _style(self, style_id: str | None) -> tuple[_Format, bool]:
        """A style's format and numbering, with what it inherits through ``w:basedOn``."""
        if not style_id or style_id not in self.styles:
            return _Format(), False
        if style_id in self._resolved:
            return self._resolved[style_id]
        fmt, numbered, current, seen = _Format(), False, style_id, set()
        while current in self.styles and current not in seen and len(seen) < _MAX_BASED_ON:
            seen.add(current)
            style = self.styles[current]
            fmt = fmt.over(style.format)
            numbered = numbered or style.numbered
            current = style.based_on
        self._resolved[style_id] = (fmt, numbered)
        return fmt, numbered


def _read_styles(package: DocxPackage, w: str) -> tuple[dict[str, _Style], _Format, str | None]:
    """styles.xml: id -> style, the document's default run format, the default paragraph style id."""
    if STYLES_PART not in package.names():
        return {}, _Format(), None
    root = package.xml(STYLES_PART)
    val = f"{{{w}}}val"
    styles: dict[str, _Style] = {}
    default_paragraph = None
    for element in root.iterchildren(f"{{{w}}}style"):
        style_id = element.get(f"{{{w}}}styleId")
        if not style_id:
            continue
        props = element.find(f"{{{w}}}pPr")
        name = _val(element, f"{{{w}}}name", val) or style_id
        styles[style_id] = _Style(
            name=name[:1].upper() + name[1:] if name.islower() else name,  # Word shows "heading 1" so
            format=_run_format(element.find(f"{{{w}}}rPr"), w),
            numbered=props is not None and props.find(f"{{{w}}}numPr") is not None,
            based_on=_val(element, f"{{{w}}}basedOn", val))
        if element.get(f"{{{w}}}type") == "paragraph" and element.get(f"{{{w}}}default") in ("1", "true"):
            default_paragraph = style_id
    defaults = root.find(f"{{{w}}}docDefaults/{{{w}}}rPrDefault/{{{w}}}rPr")
    return styles, _run_format(defaults, w), default_paragraph


def _run_format(props: etree._Element | None, w: str) -> _Format:
    if props is None:
        return _Format()
    return _Format(bold=_toggle(props, f"{{{w}}}b", w), italic=_toggle(props, f"{{{w}}}i", w),
                   caps=_toggle(props, f"{{{w}}}caps", w), size=_half_points(props, w))


def _toggle(props: etree._Element, tag: str, w: str) -> bool | None:
    element = props.find(tag)
    if element is None:
        return None
    return (element.get(f"{{{w}}}val") or "1").lower() not in _OFF


def _half_points(props: etree._Element, w: str) -> float | None:
    value = _int(_val(props, f"{{{w}}}sz", f"{{{w}}}val"))
    return value / 2 if value > 0 else None


def _val(element: etree._Element, tag: str, attribute: str) -> str | None:
    child = element.find(tag)
    return None if child is None else child.get(attribute)


def _int(value: str | None) -> int:
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def _grid_span(cell: etree._Element, w: str) -> int:
    span = cell.find(f"{{{w}}}tcPr/{{{w}}}gridSpan")
    return max(1, min(_int(span.get(f"{{{w}}}val")), 64)) if span is not None else 1


def _nearest(element: etree._Element, tag: str) -> etree._Element | None:
    """The closest ancestor with ``tag`` (a row or cell may sit in a content control)."""
    return next(element.iterancestors(tag), None)
