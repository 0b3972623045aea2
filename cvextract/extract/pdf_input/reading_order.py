"""A PDF's lines put in reading order and joined into text blocks.

- **Page headers and footers**: a line near the top (bottom) of a page whose text, digits aside,
  recurs there on other pages is the page header (footer); it is kept once, from its first page.
- **Columns**: on each page a vertical gutter that (almost) no line crosses splits the lines into a
  left and a right column; the lines that do cross it (a name across the top) cut the page into
  bands. Within a band two dense columns (a sidebar beside the main text) are read each top to
  bottom, left first; when one side is sparse (dates beside roles, labels beside values: a table)
  the band is read row by row and each line carries its row and column as a table cell.
- **Paragraphs**: a line that fills its column continues into the next one when that line follows
  closely in the same font and does not start a bullet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text_blocks import BODY, PAGE_FOOTER, PAGE_HEADER, TableCell, TextBlock
from .pdf_lines import Line, PageLines

EDGE_ZONE = 0.1          # a page's top/bottom tenth holds its header/footer
MIN_GUTTER = 6.0         # points of empty width between two columns
MAX_CROSSING_SHARE = 0.2  # of a page's lines that may cross a gutter (a name or heading across both)
DENSE_COLUMN = 0.4       # share of a column's height covered by its lines: a column of text, not a table's
ROW_TOLERANCE = 3.0      # points between two tops on one row
_DIGITS = re.compile(r"\d+")
_BULLET_START = re.compile(r"^[•\-\u2013\u2014*]\s")


@dataclass
class _Placed:
    line: Line
    region: str = BODY
    group: tuple = ()          # lines join into a paragraph only within one group
    cell: TableCell | None = None
    right: float = 0.0         # where its column ends: a line reaching it wraps on


def text_blocks(pages: list[PageLines]) -> list[TextBlock]:
    """The blocks of every page in reading order."""
    edges = _repeated_edges(pages)
    blocks: list[TextBlock] = []
    seen_edges: set[tuple[str, str]] = set()
    table = 0
    for page in pages:
        placed: list[_Placed] = []
        body = []
        for line in page.lines:
            region = _edge_region(line, page, edges)
            if region is None:
                body.append(line)
                continue
            key = (region, _DIGITS.sub("#", line.text))
            if key not in seen_edges:
                seen_edges.add(key)
                placed.append(_Placed(line, region, (region, page.number)))
        headers = [p for p in placed if p.region == PAGE_HEADER]
        footers = [p for p in placed if p.region == PAGE_FOOTER]
        margin = page.width - min((ln.x0 for ln in page.lines), default=0.0)  # mirrored left margin
        for item in placed:
            item.right = margin
        ordered, table = _order_page(body, page, table, margin)
        blocks.extend(_join(headers + ordered + footers))
    return blocks


def _repeated_edges(pages: list[PageLines]) -> set[tuple[str, str]]:
    """(region, text with digits as #) of the lines that recur at a page edge on several pages."""
    if len(pages) < 2:
        return set()
    counts: dict[tuple[str, str], set[int]] = {}
    for page in pages:
        for line in page.lines:
            region = _zone(line, page)
            if region is not None:
                counts.setdefault((region, _DIGITS.sub("#", line.text)), set()).add(page.number)
    return {key for key, on in counts.items() if len(on) >= 2}


def _zone(line: Line, page: PageLines) -> str | None:
    if line.bottom <= page.height * EDGE_ZONE:
        return PAGE_HEADER
    if line.top >= page.height * (1 - EDGE_ZONE):
        return PAGE_FOOTER
    return None


def _edge_region(line: Line, page: PageLines, edges: set) -> str | None:
    region = _zone(line, page)
    if region is not None and (region, _DIGITS.sub("#", line.text)) in edges:
        return region
    return None


def _order_page(lines: list[Line], page: PageLines, table: int, margin: float) -> tuple[list[_Placed], int]:
    lines = sorted(lines, key=lambda ln: (round(ln.top, 1), ln.x0))
    found = _gutter(lines, page.width)
    if found is None:
        return [_Placed(ln, group=(page.number,), right=margin) for ln in lines], table
    gutter, left_end = found
    ordered: list[_Placed] = []
    band: list[Line] = []
    for line in lines:
        if line.x0 < gutter < line.x1:  # crosses: ends the band above it
            table = _emit_band(band, (gutter, left_end, margin), page.number, table, ordered)
            band = []
            ordered.append(_Placed(line, group=(page.number, "across", line.top), right=margin))
        else:
            band.append(line)
    table = _emit_band(band, (gutter, left_end, margin), page.number, table, ordered)
    return ordered, table


def _gutter(lines: list[Line], width: float) -> tuple[float, float] | None:
    """The middle and left end of the widest empty vertical strip that splits the page's lines into
    two columns of at least three lines each, crossed by few lines; None for a single column."""
    if len(lines) < 6 or width <= 0:
        return None
    steps = int(width) + 1
    cover = [0] * (steps + 1)
    for line in lines:
        for x in range(max(0, int(line.x0)), min(steps, int(line.x1) + 1)):
            cover[x] += 1
    allowed = int(len(lines) * MAX_CROSSING_SHARE)
    best = None  # (crossing, -run width, x)
    x, end = int(width * 0.12), int(width * 0.88)
    while x < end:
        level = cover[x]
        run = x
        while run < end and cover[run] == level:
            run += 1
        if level <= allowed and run - x >= MIN_GUTTER:
            middle = (x + run) / 2
            left = sum(1 for ln in lines if ln.x1 <= middle)
            right = sum(1 for ln in lines if ln.x0 >= middle)
            if left >= 3 and right >= 3:
                candidate = (level, -(run - x), middle, x)
                best = candidate if best is None or candidate < best else best
        x = max(run, x + 1)
    return None if best is None else (best[2], best[3])


def _emit_band(band: list[Line], split: tuple[float, float, float], page: int, table: int,
               out: list[_Placed]) -> int:
    """``split``: the gutter's middle, its left end (where the left column ends) and the page's right margin."""
    if not band:
        return table
    gutter, left_end, margin = split
    left = [ln for ln in band if ln.x1 <= gutter]
    right = [ln for ln in band if ln.x0 >= gutter]
    if not left or not right:
        out.extend(_Placed(ln, group=(page, "band", band[0].top), right=left_end if left else margin)
                   for ln in band)
        return table
    if _dense(left) and _dense(right):
        out.extend(_Placed(ln, group=(page, "left", band[0].top), right=left_end) for ln in left)
        out.extend(_Placed(ln, group=(page, "right", band[0].top), right=margin) for ln in right)
        return table
    out.extend(_rows(left, right, table, (left_end, margin)))
    return table + 1


def _dense(lines: list[Line]) -> bool:
    span = max(ln.bottom for ln in lines) - min(ln.top for ln in lines)
    if span <= 0:
        return True
    covered, reach = 0.0, None
    for line in sorted(lines, key=lambda ln: ln.top):
        top = line.top if reach is None else max(line.top, reach)
        if line.bottom > top:
            covered += line.bottom - top
        reach = line.bottom if reach is None else max(reach, line.bottom)
    return covered / span >= DENSE_COLUMN


def _rows(left: list[Line], right: list[Line], table: int, ends: tuple[float, float]) -> list[_Placed]:
    """A table read row by row: a row starts at each top the two sides share, or a side's first line."""
    starts = sorted({round(ln.top, 1) for ln in left} | {round(right[0].top, 1)})
    row_tops: list[float] = []
    for top in starts:
        if not row_tops or top - row_tops[-1] > ROW_TOLERANCE:
            row_tops.append(top)

    def row_of(line: Line) -> int:
        index = 0
        for i, top in enumerate(row_tops):
            if line.top >= top - ROW_TOLERANCE:
                index = i
        return index

    placed = [(row_of(ln), column, ln) for column, side in ((0, left), (1, right)) for ln in side]
    placed.sort(key=lambda item: (item[0], item[1], item[2].top))
    return [_Placed(ln, group=("cell", table, row, column), cell=TableCell(table, row, column), right=ends[column])
            for row, column, ln in placed]


def _join(placed: list[_Placed]) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    previous: _Placed | None = None
    for item in placed:
        line = item.line
        if previous is not None and _continues(previous, item):
            last = blocks[-1]
            blocks[-1] = TextBlock(text=f"{last.text} {line.text}", region=last.region, bold=last.bold,
                                   italic=last.italic, size=last.size, cell=last.cell, page=last.page,
                                   x=last.x, y=last.y)
        else:
            blocks.append(TextBlock(text=line.text, region=item.region, bold=line.bold, italic=line.italic,
                                    size=line.size, cell=item.cell, page=line.page, x=round(line.x0, 1),
                                    y=round(line.top, 1)))
        previous = item
    return blocks


def _continues(previous: _Placed, item: _Placed) -> bool:
    """Whether ``item`` wraps on from ``previous``: one paragraph broken over lines, because the
    next line's first word would not have fitted on the previous one."""
    a, b = previous.line, item.line
    if previous.group != item.group or previous.region != item.region or a.page != b.page:
        return False
    if a.bold != b.bold or abs(a.size - b.size) > 0.6 or _BULLET_START.match(b.text):
        return False
    gap = b.top - a.bottom
    if gap < -1 or gap > 0.6 * max(a.height, 1.0) or b.x0 < a.x0 - 2 and not _BULLET_START.match(a.text):
        return False
    first_word = b.text.split(" ", 1)[0]
    return a.x1 + (len(first_word) + 1) * b.size * 0.6 >= item.right
