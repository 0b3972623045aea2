"""A DOCX of any layout -> :class:`~cvextract.extract.text_blocks.TextBlock` items in reading order.

Page headers first (where many CVs put the name), then the body, then page footers. In the body:
paragraphs, tables row by row and cell by cell (nested tables inside their cell), content controls,
and the text boxes a paragraph anchors, right after that paragraph. A paragraph with line breaks
gives one block per line. Style ids are resolved to the names the author sees, and bold, capitals,
size and numbering come from the run, else its character style, else the paragraph style (following
``w:basedOn``), else the document defaults. Word's mc:Fallback copy of a text box is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

from lxml import etree

from ...errors import InputError
from ..docx_package import DocxPackage, open_docx
from ..paragraph_text import clean
from ..text_blocks import BODY, PAGE_FOOTER, PAGE_HEADER, TEXT_BOX, TableCell, TextBlock

STYLES_PART = "word/styles.xml"
NUMBERING_PART = "word/numbering.xml"
MAX_BLOCKS = 20_000  # far beyond any CV: a file with more is refused, not read for minutes
MAX_RUNS = 200_000  # likewise for text runs (one paragraph can hold a million)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_FALLBACK = f"{{{_MC}}}Fallback"
_OFF = ("0", "false", "off")
_MAX_BASED_ON = 20
_TOGGLES = {"b": "bold", "i": "italic", "caps": "caps"}
MAX_KNOWN_STYLE_PARTS = 32
_KNOWN_STYLES: dict[tuple, tuple] = {}  # (stored digest, namespace) -> (styles by id, defaults, default id)  # a style chain longer than this (or a cycle) stops there


class _Format(NamedTuple):
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    size: float | None = None

    def over(self, base: "_Format") -> "_Format":
        """This format, with what it leaves unset taken from ``base``."""
        return _over(self, base)


@lru_cache(maxsize=1024)  # a document repeats a handful of formats
def _over(mine: _Format, base: _Format) -> _Format:
    return _Format(*(m if m is not None else b for m, b in zip(mine, base)))


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
        self.runs = 0
        self.styles = _Styles(package, w)
        self.defaults, self.default_paragraph = self.styles.defaults, self.styles.default_paragraph
        self._resolved: dict[str, tuple[_Format, bool]] = {}
        self._seen_in_parts: set[tuple[str, str]] = set()
        t = lambda local: f"{{{w}}}{local}"  # noqa: E731
        self.P, self.TBL, self.TR, self.TC, self.SDT = t("p"), t("tbl"), t("tr"), t("tc"), t("sdt")
        self.SDT_CONTENT, self.CUSTOM_XML, self.TXBX = t("sdtContent"), t("customXml"), t("txbxContent")
        self.PPR, self.RPR, self.R, self.VAL = t("pPr"), t("rPr"), t("r"), t("val")
        self.T, self.TAB, self.BR, self.CR = t("t"), t("tab"), t("br"), t("cr")
        self.HYPHEN, self.SOFT_HYPHEN = t("noBreakHyphen"), t("softHyphen")
        self.PSTYLE, self.NUMPR = t("pStyle"), t("numPr")
        self._paragraph_styles: dict[str | None, tuple[str | None, _Format, bool]] = {}

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
        style_id = num_pr = None
        props = paragraph[0] if len(paragraph) and paragraph[0].tag == self.PPR else None
        if props is not None:
            for child in props:
                if child.tag == self.PSTYLE:
                    style_id = child.get(self.VAL)
                elif child.tag == self.NUMPR:
                    num_pr = child
        style, base, numbered = self._paragraph_style(style_id)
        level = 0
        if num_pr is not None:
            numbered = self.styles.shows_number(num_pr)
            level = _int(_val(num_pr, f"{{{self.w}}}ilvl", self.VAL))

        boxes: list[etree._Element] = []
        lines: list[list[tuple[str, _Format]]] = [[]]
        self._runs(paragraph, base, lines, boxes)
        for segments in lines:
            self._block(segments, region, cell, style, numbered, level)
        for box in boxes:
            self.container(box, TEXT_BOX, cell)

    def _paragraph_style(self, style_id: str | None) -> tuple[str | None, _Format, bool]:
        """(style name, run format the style gives, numbered) for a paragraph with ``style_id``."""
        if style_id not in self._paragraph_styles:
            fmt, numbered = self._style(style_id or self.default_paragraph)
            named = self.styles.get(style_id) if style_id else None
            self._paragraph_styles[style_id] = (named.name if named is not None else style_id,
                                                fmt.over(self.defaults), numbered)
        return self._paragraph_styles[style_id]

    def _runs(self, paragraph: etree._Element, base: _Format, lines: list, boxes: list) -> None:
        """The paragraph's runs in order (found by lxml), and the text boxes it anchors set aside;
        a run inside a text box or in Word's mc:Fallback copy is not the paragraph's own."""
        special = next(paragraph.iter(self.TXBX, _FALLBACK), None) is not None
        for run in paragraph.iter(self.R):
            self.runs += 1
            if self.runs > MAX_RUNS:
                raise InputError(self.path, f"has more than {MAX_RUNS} text runs; not read as a CV")
            if not (special and self._boxed(run, paragraph)):
                self._run_text(run, self._run_format(run, base), lines)
        if special:
            boxes.extend(box for box in paragraph.iter(self.TXBX) if not self._boxed(box, paragraph))

    def _boxed(self, element: etree._Element, paragraph: etree._Element) -> bool:
        for ancestor in element.iterancestors():
            if ancestor is paragraph:
                return False
            if ancestor.tag == self.TXBX or ancestor.tag == _FALLBACK:
                return True
        return False

    def _run_format(self, run: etree._Element, base: _Format) -> _Format:
        props = run[0] if len(run) and run[0].tag == self.RPR else run.find(self.RPR)  # rPr comes first
        if props is None:
            return base
        own, char_style = _run_props(props, self.w)
        return own.over(self._style(char_style)[0].over(base) if char_style else base)

    def _run_text(self, run: etree._Element, fmt: _Format, lines: list) -> None:
        for child in run:  # w:t, w:tab, w:br... are the run's own children
            tag = child.tag
            if tag == self.T:
                if child.text:
                    lines[-1].append((child.text, fmt))
            elif tag == self.TAB:
                lines[-1].append(("\t", fmt))
            elif tag == self.BR or tag == self.CR:
                lines.append([])
            elif tag == self.HYPHEN or tag == self.SOFT_HYPHEN:
                lines[-1].append(("-", fmt))

    def _block(self, segments: list[tuple[str, _Format]], region: str, cell: TableCell | None,
               style: str | None, numbered: bool, level: int) -> None:
        text = clean("".join(text for text, _ in segments))
        if not text:
            return
        if len(self.blocks) >= MAX_BLOCKS:
            raise InputError(self.path, f"has more than {MAX_BLOCKS} paragraphs; not read as a CV")
        shown = {fmt for part, fmt in segments if not part.isspace()}  # a handful of distinct formats
        sizes = [fmt.size for fmt in shown if fmt.size]
        self.blocks.append(TextBlock(
            text=text, region=region, style=style,
            bold=all(fmt.bold for fmt in shown), italic=all(fmt.italic for fmt in shown),
            size=max(sizes) if sizes else None, list_item=numbered, list_level=level, cell=cell,
            caps=all(fmt.caps for fmt in shown)))

    # ---------------------------------------------------------------- styles

    def _style(self, style_id: str | None) -> tuple[_Format, bool]:
        """A style's format and numbering, with what it inherits through ``w:basedOn``."""
        if not style_id:
            return _Format(), False
        if style_id in self._resolved:
            return self._resolved[style_id]
        fmt, numbered, current, seen = _Format(), False, style_id, set()
        while current and current not in seen and len(seen) < _MAX_BASED_ON:
            seen.add(current)
            style = self.styles.get(current)
            if style is None:
                break
            fmt = fmt.over(style.format)
            numbered = numbered or style.numbered
            current = style.based_on
        self._resolved[style_id] = (fmt, numbered)
        return fmt, numbered


class _Styles:
    """styles.xml, read lazily: only the styles a paragraph or run names (and what they are based
    on). A styles.xml often holds hundreds of styles (python-docx writes 350 KB), and parsing it all
    cost more than the rest of the extraction; so each style needed is cut out of the raw part and
    parsed alone, with the same hardened parser. Anything unexpected (no ``w:`` prefix, UTF-16,
    single-quoted ids, a cut that does not parse) falls back to parsing the part whole.

    CVs of one template share their styles part: what was read of it is kept per process, keyed by
    a digest of the part as stored, so the next CV of that template neither inflates nor parses it."""

    def __init__(self, package: DocxPackage, w: str):
        self.package, self.w = package, w
        self._silent: set[tuple[str, int]] | None = None  # numbering levels that show nothing
        self._data: bytes | None = None
        self._loaded = False
        self._root: etree._Element | None = None
        digest = package.stored_digest(STYLES_PART) if STYLES_PART in package.names() else None
        known = _KNOWN_STYLES.get((digest, w)) if digest else None
        if known is not None:  # a CV from a template this process has read: its styles are known
            self._styles, self.defaults, self.default_paragraph = known
            return
        self._styles = {}
        self._load()
        defaults = self._element(b"docDefaults", None)
        props = defaults.find(f"{{{w}}}rPrDefault/{{{w}}}rPr") if defaults is not None else None
        self.defaults = _run_format(props, w)
        self.default_paragraph = self._default_paragraph()
        if digest:
            if len(_KNOWN_STYLES) >= MAX_KNOWN_STYLE_PARTS:
                del _KNOWN_STYLES[next(iter(_KNOWN_STYLES))]
            _KNOWN_STYLES[(digest, w)] = (self._styles, self.defaults, self.default_paragraph)

    def _load(self) -> None:
        self._loaded = True
        self._data = self.package.read(STYLES_PART) if STYLES_PART in self.package.names() else None
        found = re.search(rb'xmlns:(\w+)="' + re.escape(self.w.encode()) + b'"', self._data[:4096]) \
            if self._data else None
        self._prefix = found.group(1) if found and found.group(1) + b":styleId='" not in self._data else None

    def get(self, style_id: str) -> _Style | None:
        if style_id not in self._styles:
            if not self._loaded:
                self._load()
            self._styles[style_id] = self._read(style_id)
        return self._styles[style_id]

    def _whole(self) -> etree._Element:
        if self._root is None:
            self._root = self.package.xml(STYLES_PART, self._data)
        return self._root

    def _element(self, local: bytes, style_id: str | None) -> etree._Element | None:
        """``w:docDefaults`` (``style_id`` None) or the ``w:style`` with that id, or None."""
        if self._data is None:
            return None
        if self._root is None and self._prefix is not None:
            cut, element = self._cut(local, style_id)
            if cut:
                return element
        w = self.w
        if style_id is None:
            return self._whole().find(f"{{{w}}}{local.decode()}")
        return next((e for e in self._whole().iterchildren(f"{{{w}}}style")
                     if e.get(f"{{{w}}}styleId") == style_id), None)

    def _cut(self, local: bytes, style_id: str | None) -> tuple[bool, etree._Element | None]:
        """(True, the element or None when absent) read from its own bytes; (False, None): parse whole."""
        data, prefix = self._data, self._prefix
        if style_id is None:
            at = data.find(b"<" + prefix + b":" + local)
            if at < 0:
                return True, None
        else:
            found = data.find(prefix + b':styleId="' + escape(style_id, {'"': "&quot;"}).encode() + b'"')
            if found < 0:
                return True, None
            at = data.rfind(b"<" + prefix + b":style ", 0, found)
        close = b"</" + prefix + b":" + local + b">"
        end = data.find(close, at)
        if at < 0 or end < 0:
            return False, None
        wrapped = (b"<" + prefix + b":styles xmlns:" + prefix + b'="' + self.w.encode() + b'">'
                   + data[at:end + len(close)] + b"</" + prefix + b":styles>")
        try:
            return True, self.package.xml(STYLES_PART, wrapped)[0]
        except (InputError, IndexError):
            return False, None

    def _default_paragraph(self) -> str | None:
        """The id of the style a paragraph without ``w:pStyle`` has."""
        if self._data is None:
            return None
        w = self.w
        if self._root is None and self._prefix is not None:
            p = re.escape(self._prefix)
            for tag in re.finditer(b"<" + p + rb":style\s[^>]*>", self._data):
                text = tag.group(0)
                if re.search(p + rb':default="(?:1|true)"', text) and re.search(p + rb':type="paragraph"', text):
                    found = re.search(p + rb':styleId="([^"]*)"', text)
                    return found.group(1).decode("utf-8", "replace") if found else None
            return None
        return next((e.get(f"{{{w}}}styleId") for e in self._whole().iterchildren(f"{{{w}}}style")
                     if e.get(f"{{{w}}}type") == "paragraph" and e.get(f"{{{w}}}default") in ("1", "true")), None)

    def shows_number(self, num_pr: etree._Element | None) -> bool:
        """Whether a ``w:numPr`` puts a number or bullet before the paragraph: not for numId 0
        (numbering removed), nor for a level whose format is "none" with no text (LibreOffice gives
        heading styles such an outline numbering when it converts a .doc/.odt/.rtf)."""
        if num_pr is None:
            return False
        w = self.w
        num_id = _val(num_pr, f"{{{w}}}numId", f"{{{w}}}val")
        if num_id in (None, "0"):
            return False
        return (num_id, _int(_val(num_pr, f"{{{w}}}ilvl", f"{{{w}}}val"))) not in self._silent_levels()

    def _silent_levels(self) -> set[tuple[str, int]]:
        """(numId, level) of the numbering levels that show nothing, from ``word/numbering.xml``."""
        if self._silent is None:
            self._silent = set()
            if NUMBERING_PART not in self.package.names():
                return self._silent
            try:
                root = self.package.xml(NUMBERING_PART)
            except InputError:
                return self._silent
            w = self.w
            val = f"{{{w}}}val"
            silent_abstract = {
                (abstract.get(f"{{{w}}}abstractNumId"), _int(level.get(f"{{{w}}}ilvl")))
                for abstract in root.iterchildren(f"{{{w}}}abstractNum")
                for level in abstract.iterchildren(f"{{{w}}}lvl")
                if _val(level, f"{{{w}}}numFmt", val) == "none" and not _val(level, f"{{{w}}}lvlText", val)}
            for num in root.iterchildren(f"{{{w}}}num"):
                abstract_id = _val(num, f"{{{w}}}abstractNumId", val)
                self._silent |= {(num.get(f"{{{w}}}numId"), level)
                                 for a, level in silent_abstract if a == abstract_id}
        return self._silent

    def _read(self, style_id: str) -> _Style | None:
        element = self._element(b"style", style_id)
        if element is None:
            return None
        w = self.w
        val = f"{{{w}}}val"
        name = _val(element, f"{{{w}}}name", val) or style_id
        props = element.find(f"{{{w}}}pPr")
        return _Style(
            name=name[:1].upper() + name[1:] if name.islower() else name,  # Word shows "heading 1" so
            format=_run_format(element.find(f"{{{w}}}rPr"), w),
            numbered=props is not None and self.shows_number(props.find(f"{{{w}}}numPr")),
            based_on=_val(element, f"{{{w}}}basedOn", val))


def _run_format(props: etree._Element | None, w: str) -> _Format:
    """Bold, italic, caps and size set in a ``w:rPr`` (None where it sets nothing)."""
    return _Format() if props is None else _run_props(props, w)[0]


def _run_props(props: etree._Element, w: str) -> tuple[_Format, str | None]:
    """What a ``w:rPr`` sets, and the character style it names, read in one pass."""
    found: dict[str, bool | float | None] = {}
    char_style = None
    for child in props:
        local = child.tag.rpartition("}")[2] if isinstance(child.tag, str) else ""
        if local in _TOGGLES:
            found[_TOGGLES[local]] = (child.get(f"{{{w}}}val") or "1").lower() not in _OFF
        elif local == "sz":
            size = _int(child.get(f"{{{w}}}val"))
            found["size"] = size / 2 if size > 0 else None
        elif local == "rStyle":
            char_style = child.get(f"{{{w}}}val")
    return (_Format(**found) if found else _Format()), char_style


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
