"""A PDF's text as lines with their font size, weight and position, read with pdfminer.six (MIT).

Runs inside :func:`~.bounded_run.run_bounded`: it raises :class:`PdfProblem` with a one-line cause
for the failures a user is expected to meet (encrypted, corrupt, too many pages, no text layer).
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTCurve, LTFigure, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException

# Word's and LibreOffice's list bullets, often drawn from the Symbol/Wingdings private-use area:
# each becomes the typed "•" the section logic knows.
_BULLETS = set("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\u25cf\u25aa\u25a0\u25e6\u25cb\u27a2\u25ba\u25b8"
               "\u2023\u2043\u2219\u00b7\u2022")
_CID = re.compile(r"\(cid:\d+\)")
_SPACE = re.compile(r"\s+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd$|extrabold|ultrabold|cmbx|sfbx", re.IGNORECASE)
_FORCE_BOLD = 1 << 18  # font descriptor flag 19: bold glyphs for a font whose name may not say so
_BOLD_WEIGHT = 600
_ITALIC = re.compile(r"italic|oblique|[-,]it$", re.IGNORECASE)


class PdfProblem(Exception):
    """A PDF that cannot be read, with the one-line cause (the file name is added by the caller)."""


@dataclass(frozen=True)
class Line:
    """One line of text on a page; coordinates in points from the page's top-left corner."""
    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    italic: bool

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class PageLines:
    number: int
    width: float
    height: float
    lines: list[Line]


def read_lines(data: bytes, max_pages: int) -> list[PageLines]:
    """Every page's text lines; PdfProblem when the file is encrypted, corrupt, longer than
    ``max_pages`` pages or holds no text at all."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise PdfProblem("is encrypted (password-protected); save an unprotected copy") from None
    except PDFEncryptionError as exc:
        raise PdfProblem(f"is encrypted in a way that cannot be read ({exc}); save an unprotected copy") from None
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise PdfProblem(f"is not a readable PDF (corrupt: {_short(exc)})") from None
    declared = _declared_pages(document)
    if declared is not None and declared > max_pages:
        raise PdfProblem(f"has {declared} pages; PDFs over {max_pages} pages are refused (the page limit for a CV)")
    resources = PDFResourceManager(caching=True)
    device = _Aggregator(resources, laparams=LAParams(char_margin=1.5, line_margin=0.3, boxes_flow=None))
    interpreter = PDFPageInterpreter(resources, device)
    pages: list[PageLines] = []
    try:
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > max_pages:
                raise PdfProblem(f"has more than {max_pages} pages; PDFs over {max_pages} pages are refused "
                                 "(the page limit for a CV)")
            interpreter.process_page(page)
            pages.append(_page_lines(number, device.get_result()))
    except PdfProblem:
        raise
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError) as exc:
        raise PdfProblem(f"is not a readable PDF (corrupt: {_short(exc)})") from None
    if not pages:
        raise PdfProblem("has no pages (corrupt or empty PDF)")
    if not any(page.lines for page in pages):
        raise PdfProblem("has no text layer (a scanned image?); OCR it first")
    return pages


class _Aggregator(PDFPageAggregator):
    """pdfminer's page layout, each character also marked bold when its font's descriptor says so
    (a weight of 600 or more, or ForceBold): embedded fonts are often named F1, T1_0."""

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        width = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        chars = getattr(self.cur_item, "_objs", None)  # the character just added (pdfminer's container)
        if chars and isinstance(chars[-1], LTChar):
            chars[-1].heavy = _descriptor_bold(font)
        return width


def _descriptor_bold(font) -> bool:
    descriptor = getattr(font, "descriptor", None) or {}
    try:
        weight = float(resolve1(descriptor.get("FontWeight", 0)) or 0)
        flags = int(resolve1(descriptor.get("Flags", 0)) or 0)
    except (TypeError, ValueError):
        return False
    return weight >= _BOLD_WEIGHT or bool(flags & _FORCE_BOLD)


def _declared_pages(document: PDFDocument) -> int | None:
    try:
        count = resolve1(resolve1(document.catalog.get("Pages")).get("Count"))
    except Exception:  # noqa: BLE001 - a broken page tree is found (and named) while reading pages
        return None
    return count if isinstance(count, int) and count >= 0 else None


def _short(exc: Exception) -> str:
    text = _SPACE.sub(" ", str(exc)).strip() or type(exc).__name__
    return text[:120]


def _page_lines(number: int, layout) -> PageLines:
    height = layout.height
    lines = []
    for item in _text_lines(layout):
        for piece in _pieces(item):
            line = _line(number, height, piece)
            if line is not None:
                lines.append(line)
    return PageLines(number, layout.width, height, _drawn_bullets(_bullets_joined(lines), _marks(layout, height)))


MAX_MARK = 8.0  # points: a list bullet drawn as a shape is a small dot or square


def _marks(container, page_height: float) -> list[tuple[float, float, float, float]]:
    """Small drawn shapes (x0, top, x1, bottom): the bullets a browser draws instead of a glyph."""
    marks = []
    for item in container:
        if isinstance(item, LTFigure):
            marks += _marks(item, page_height)
        elif isinstance(item, LTCurve) and 0 < item.width <= MAX_MARK and 0 < item.height <= MAX_MARK:
            marks.append((item.x0, page_height - item.y1, item.x1, page_height - item.y0))
    return marks


def _drawn_bullets(lines: list[Line], marks: list[tuple[float, float, float, float]]) -> list[Line]:
    """A line with a small shape just left of it, at its middle, is a list item: typed as "• text"."""
    if not marks:
        return lines
    out = []
    for line in lines:
        middle = (line.top + line.bottom) / 2
        mark = next((m for m in marks if m[2] <= line.x0 + 1 and line.x0 - m[2] <= 3 * line.size
                     and m[1] <= middle <= m[3] + line.height / 2), None)
        if mark is not None and not line.text.startswith("•"):
            line = Line(f"• {line.text}", line.page, mark[0], line.top, line.x1, line.bottom, line.size,
                        line.bold, line.italic)
        out.append(line)
    return out


def _bullets_joined(lines: list[Line]) -> list[Line]:
    """A list bullet drawn apart from its text (a tab between them) joined to the text on its right."""
    bullets = [ln for ln in lines if ln.text == "•"]
    if not bullets:
        return lines
    taken: set[int] = set()
    joined: dict[int, Line] = {}
    for bullet in bullets:
        beside = [ln for ln in lines if ln.text != "•" and id(ln) not in taken and 0 <= ln.x0 - bullet.x1 <= 4 * ln.size
                  and abs(ln.top - bullet.top) <= 0.5 * ln.height]
        if not beside:
            continue
        text = min(beside, key=lambda ln: ln.x0)
        taken.add(id(text))
        joined[id(bullet)] = Line(f"• {text.text}", text.page, bullet.x0, min(bullet.top, text.top), text.x1,
                                  max(bullet.bottom, text.bottom), text.size, text.bold, text.italic)
    return [joined.get(id(ln), ln) for ln in lines if id(ln) not in taken]


def _text_lines(container):
    for item in container:
        if isinstance(item, LTTextLine):
            yield item
        elif isinstance(item, LTTextContainer) or hasattr(item, "__iter__"):
            yield from _text_lines(item)


WIDE_GAP = 2.5  # font sizes of empty space inside a line: two cells of a table row, not one line


def _pieces(item: LTTextLine) -> list[list]:
    """The characters of a pdfminer line, split where a gap wider than :data:`WIDE_GAP` font sizes
    separates them (a date cell and a role cell drawn as one run of text)."""
    pieces: list[list] = [[]]
    previous = None
    for obj in item:
        if isinstance(obj, LTChar):
            if previous is not None and obj.x0 - previous.x1 > WIDE_GAP * max(previous.size, 1.0):
                pieces.append([])
            previous = obj
        pieces[-1].append(obj)
    return pieces


def _line(number: int, page_height: float, objs: list) -> Line | None:
    chars = [c for c in objs if isinstance(c, LTChar) and c.get_text().strip()]
    text = _normalise("".join(obj.get_text() for obj in objs))
    if not chars or not text:
        return None
    fonts = [c.fontname.split("+", 1)[-1] for c in chars]
    bold = sum(1 for c, f in zip(chars, fonts) if _BOLD.search(f) or getattr(c, "heavy", False)) >= 0.9 * len(fonts)
    italic = sum(1 for f in fonts if _ITALIC.search(f)) >= 0.9 * len(fonts)
    sizes = sorted(round(c.size * 2) / 2 for c in chars)
    x0, x1 = min(c.x0 for c in chars), max(c.x1 for c in chars)
    y0, y1 = min(c.y0 for c in chars), max(c.y1 for c in chars)
    return Line(text=text, page=number, x0=x0, top=page_height - y1, x1=x1, bottom=page_height - y0,
                size=sizes[len(sizes) // 2], bold=bold, italic=italic)


_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}  # ﬁ -> fi


def _normalise(text: str) -> str:
    text = _SPACE.sub(" ", text.translate(_LIGATURES)).strip()
    if text.startswith("(cid:"):  # an unmapped glyph first on a line is a list bullet
        text = _CID.sub("•", text, count=1)
    text = _CID.sub("", text)
    if text and text[0] in _BULLETS:
        text = "• " + text[1:].lstrip()
    return _SPACE.sub(" ", text).strip()
