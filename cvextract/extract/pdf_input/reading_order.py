"""A PDF's lines put in reading order and joined into text blocks.

- **Page headers and footers**: a line near the top (bottom) of a page whose text, digits aside,
  recurs at that height on other pages, or a line drawn at the same place on other pages, next to
  another such line, when at least three are (a tall page header: the name and a sidebar on every
  page), is the page header (footer); it is kept once, from its first page.
- **Text over text**: where lines of a column are drawn over the lines of another (a floating text
  box laid over the main text), the box is read after the main column, as a text box; lines in a
  much larger font drawn over smaller text at the same place (a name box laid over a sidebar box)
  are read first.
- **Columns**: on each page the vertical gutter is the strip that puts the most lines into bands
  with text on both sides of it; the lines that cross it (a name across the top) cut the page into
  bands. Within a band two dense columns (a sidebar beside the main text) are read each top to
  bottom, left first; when one side is sparse or starts its paragraphs level with the other's
  (dates beside roles, labels beside values: a table) the band is read row by row and each line
  carries its row and column as a table cell.
- **Page breaks**: the lines at the top of a page that continue the previous page's two columns
  (above any line across the gutter) are read on in their column, before the other column.
- **Paragraphs**: a line that fills its column continues into the next one when that line follows
  closely in the same font and does not start a bullet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text_blocks import BODY, PAGE_FOOTER, PAGE_HEADER, TEXT_BOX, TableCell, TextBlock
from .pdf_lines import Line, PageLines

EDGE_ZONE = 0.1          # a page's top/bottom tenth holds its header/footer
MIN_GUTTER = 6.0         # points of empty width between two columns
DENSE_COLUMN = 0.4       # share of a column's height covered by its lines: a column of text, not a table's
ROW_TOLERANCE = 3.0      # points between two tops on one row
MIN_PLACED_REPEATS = 3   # lines drawn at the same place on several pages that make a page header
PARAGRAPH_GAP = 0.8      # points of gap beyond a font size's tightest line gap: a new paragraph
_DIGITS = re.compile(r"\d+")
_PLACED = "placed"  # the key of a line by its place on the page (not at a page edge)
_BULLET_START = re.compile(r"^[•\-\u2013\u2014*]\s")
_DASH_START = re.compile(r"^[\-\u2013\u2014]\s")  # a dash item, or a wrapped "A – B" broken before the dash


@dataclass
class _Placed:
    line: Line
    region: str = BODY
    group: tuple = ()          # lines join into a paragraph only within one group
    cell: TableCell | None = None
    right: float = 0.0         # where its column ends: a line reaching it wraps on
    leading: float = 0.0       # the tightest gap between lines of its group: wider is a new paragraph


def text_blocks(pages: list[PageLines]) -> list[TextBlock]:
    """The blocks of every page in reading order."""
    edges = _repeated_edges(pages)
    placed_all: list[_Placed] = []
    seen_edges: set[tuple] = set()
    table = 0
    columns = None  # the previous page's closing two columns: (gutter, left group, right group)
    for page in pages:
        body, edge_lines = [], {PAGE_HEADER: [], PAGE_FOOTER: []}
        for line in page.lines:
            region = _edge_region(line, page, edges)
            if region is None:
                body.append(line)
                continue
            key = _placed_key(line) if _placed_key(line) in edges else _edge_key(region, line)
            if edges.get(key, page.number) == page.number and key not in seen_edges:
                seen_edges.add(key)
                edge_lines[region].append(line)
        margin = page.width - min((ln.x0 for ln in page.lines), default=0.0)  # mirrored left margin
        footers, table = _order_page(edge_lines[PAGE_FOOTER], page, table, margin, PAGE_FOOTER)
        if columns is not None:
            body = _carry_columns(body, columns, placed_all)
        # the page header is ordered with the body: a sidebar in it is a column beside the body's text
        ordered, table = _order_page(edge_lines[PAGE_HEADER] + body, page, table, margin,
                                     {id(line) for line in edge_lines[PAGE_HEADER]})
        placed_all.extend(ordered + footers)
        columns = _closing_columns(ordered)
    return _join(placed_all)


def _closing_columns(ordered: list[_Placed]) -> tuple[float, tuple, tuple] | None:
    """When a page ends in two columns read side by side: the gutter between them and their groups."""
    if not ordered or len(ordered[-1].group) != 3 or ordered[-1].group[1] != "right":
        return None
    right_group = ordered[-1].group
    left_group = (right_group[0], "left", right_group[2])
    left = [it.line for it in ordered if it.group == left_group]
    right = [it.line for it in ordered if it.group == right_group]
    if not left:
        return None
    return (max(ln.x1 for ln in left) + min(ln.x0 for ln in right)) / 2, left_group, right_group


def _carry_columns(body: list[Line], columns: tuple[float, tuple, tuple], placed: list[_Placed]) -> list[Line]:
    """The lines at the top of a page that continue the previous page's two columns (above any line
    crossing its gutter) join those columns, each after its own column: a table row or a sidebar
    running over the page break is read on before the other column. The other lines are returned."""
    gutter, left_group, right_group = columns
    lines = _top_down(body)
    carried = 0
    while carried < len(lines) and not (lines[carried].x0 < gutter < lines[carried].x1):
        carried += 1
    for group, side in ((left_group, [ln for ln in lines[:carried] if ln.x1 <= gutter]),
                        (right_group, [ln for ln in lines[:carried] if ln.x0 >= gutter])):
        last = max(i for i, it in enumerate(placed) if it.group == group)
        placed[last + 1:last + 1] = [_Placed(ln, group=group, right=placed[last].right) for ln in side]
    return lines[carried:]


def _repeated_edges(pages: list[PageLines]) -> dict[tuple, int]:
    """The lines that recur on several pages: (region, text with digits as #, height) of those at a
    page edge, and ("placed", text, left, top) of those drawn at the same place wherever they stand (a page header
    taller than the edge zone: a name and a sidebar repeated on every page); each with the first
    page it stands on."""
    if len(pages) < 2:
        return {}
    counts: dict[tuple, set[int]] = {}
    for page in pages:
        for line in page.lines:
            region = _zone(line, page)
            if region is not None:
                counts.setdefault(_edge_key(region, line), set()).add(page.number)
            counts.setdefault(_placed_key(line), set()).add(page.number)
    repeated = {key: min(on) for key, on in counts.items() if len(on) >= 2}
    placed = {key for key in repeated if key[0] == _PLACED}
    in_block = set()  # a page header is a block of lines: a repeated line with a repeated neighbour
    for page in pages:
        lines = [line for line in page.lines if _placed_key(line) in placed]
        in_block.update(_placed_key(a) for a in lines
                        if any(b is not a and abs(b.top - a.top) <= 3 * max(a.height, 1.0) for b in lines))
    for key in placed:
        if key not in in_block or len(in_block) < MIN_PLACED_REPEATS:  # lines that happen to fall alike
            del repeated[key]
    return repeated


def _edge_key(region: str, line: Line) -> tuple:
    """A line at a page edge, digits aside ("Page 2 of 3"), at its height on the page: the last line
    of the text on one page is not the footer because a line like it ends another page."""
    return region, _DIGITS.sub("#", line.text), round(line.top)


def _placed_key(line: Line) -> tuple:
    return _PLACED, line.text, round(line.x0), round(line.top)


def _zone(line: Line, page: PageLines) -> str | None:
    if line.bottom <= page.height * EDGE_ZONE:
        return PAGE_HEADER
    if line.top >= page.height * (1 - EDGE_ZONE):
        return PAGE_FOOTER
    return None


def _edge_region(line: Line, page: PageLines, edges: dict) -> str | None:
    region = _zone(line, page)
    if region is not None and _edge_key(region, line) in edges:
        return region
    if _placed_key(line) in edges:
        return region or PAGE_HEADER
    return None


def _top_down(lines: list[Line]) -> list[Line]:
    """Lines top to bottom, and left to right within a row (tops a few points apart)."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        if rows and line.top - rows[-1][0].top <= ROW_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda ln: ln.x0)]


def _order_page(lines: list[Line], page: PageLines, table: int, margin: float,
                region: str | set[int] = BODY) -> tuple[list[_Placed], int]:
    """The lines of a page in reading order. ``region``: where they stand (a text box over them
    keeps TEXT_BOX), or the ids of the lines in the page header (the others are body)."""
    ordered, table = _order_region(lines, page, table, margin)
    for item in ordered:
        if isinstance(region, str):
            own = region if item.region == BODY else item.region
        else:  # a text box drawn within the page header is part of it
            own = PAGE_HEADER if id(item.line) in region else item.region
        if own != item.region:
            item.region = own
            item.group = (own, *item.group)
    return ordered, table


def _order_region(lines: list[Line], page: PageLines, table: int, margin: float) -> tuple[list[_Placed], int]:
    over = _drawn_over(lines)
    if over:  # a text box in a larger font drawn over other text (a name over a sidebar): read first
        ordered, table = _order_region([ln for ln in lines if id(ln) not in over], page, table, margin)
        return [_Placed(ln, TEXT_BOX, group=(page.number, "over"), right=margin)
                for ln in _top_down([ln for ln in lines if id(ln) in over])] + ordered, table
    lines = _top_down(lines)
    overlap = _overlap_split(lines)
    if overlap is not None:  # text drawn over text: a sidebar box laid over the main column
        left = [ln for ln in lines if ln.x0 < overlap]
        right = [ln for ln in lines if ln.x0 >= overlap]
        return ([_Placed(ln, group=(page.number, "right"), right=margin) for ln in right]
                + [_Placed(ln, TEXT_BOX, group=(page.number, "left"), right=max(b.x1 for b in left))
                   for ln in left]), table
    found = _gutter(lines, page.width)
    if found is None:
        return [_Placed(ln, group=(page.number,), right=margin) for ln in lines], table
    gutter, left_end = found
    ordered: list[_Placed] = []
    band: list[Line] = []
    across: Line | None = None
    for line in lines:
        crosses = line.x0 < gutter < line.x1
        if not crosses and across is not None and _wraps_on(across, line):  # a full-width paragraph's last line
            crosses = True
        if crosses:  # ends the band above it
            table = _emit_band(band, (gutter, left_end, margin), page.number, table, ordered)
            band = []
            ordered.append(_Placed(line, group=(page.number, "across"), right=margin))
            across = line
        else:
            band.append(line)
            across = None
    table = _emit_band(band, (gutter, left_end, margin), page.number, table, ordered)
    return ordered, table


def _wraps_on(above: Line, line: Line) -> bool:
    return (abs(line.x0 - above.x0) <= 2 and line.bold == above.bold and abs(line.size - above.size) <= 0.6
            and 0 <= line.top - above.bottom <= 0.6 * max(above.height, 1.0))


OVER_SIZE = 1.5  # a line drawn over another in a font this many times larger: a text box over it


def _drawn_over(lines: list[Line]) -> set[int]:
    """The ids of the lines drawn over lines in a much smaller font that they overlap (two text
    boxes placed at one spot: a large name over a sidebar); empty unless at least two such lines."""
    over = set()
    ordered = sorted(lines, key=lambda ln: ln.top)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.top >= a.bottom - 1:
                break  # the lines below do not reach up to ``a``
            if min(a.bottom, b.bottom) - max(a.top, b.top) > 1 and min(a.x1, b.x1) - max(a.x0, b.x0) > 2:
                large, small = (a, b) if a.size >= b.size else (b, a)
                if large.size >= OVER_SIZE * small.size:
                    over.add(id(large))
    return over if len(over) >= 2 else set()


def _overlap_split(lines: list[Line]) -> float | None:
    """Where a column drawn over another one starts (its lines' left edge), when at least three lines
    of text overlap lines that start further left; None when no text overlaps."""
    starts = []
    ordered = sorted(lines, key=lambda ln: ln.top)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.top >= a.bottom - 1:
                break  # the lines below do not reach up to ``a``
            for first, second in ((a, b), (b, a)):
                if second.x0 - first.x0 > 10 and first.x1 > second.x0 + 2 \
                        and min(a.bottom, b.bottom) - max(a.top, b.top) > 1:
                    starts.append(second.x0)
    if len(starts) < 3:
        return None
    return min(starts) - 1


def _gutter(lines: list[Line], width: float) -> tuple[float, float] | None:
    """The middle and left end of the vertical strip no line of a band crosses that puts the most
    lines into two-sided bands (at least two lines on each side, between lines crossing it: a
    sidebar, or a table of dates beside roles, which may fill only part of the page); the widest such
    strip among equals. None for a single column."""
    if len(lines) < 4 or width <= 0:
        return None
    low, high = width * 0.12, width * 0.88
    edges = sorted({low, high} | {e for ln in lines for e in (ln.x0, ln.x1) if low < e < high})
    best = None  # (lines in two-sided bands, strip width, middle, left end)
    for start, end in zip(edges, edges[1:]):
        if end - start < MIN_GUTTER:
            continue
        middle = (start + end) / 2
        candidate = (_two_sided(lines, middle), end - start, middle, start)
        if candidate[0] >= 4 and (best is None or candidate[:2] > best[:2]):
            best = candidate
    return None if best is None else (best[2], best[3])


def _two_sided(lines: list[Line], gutter: float) -> int:
    """How many lines stand in bands (runs of lines between lines crossing ``gutter``) holding at
    least two lines on each side of it."""
    total, left, right = 0, 0, 0
    for line in lines + [None]:  # top to bottom; None closes the last band
        if line is None or line.x0 < gutter < line.x1:
            if left >= 2 and right >= 2:
                total += left + right
            left = right = 0
        elif line.x1 <= gutter:
            left += 1
        else:
            right += 1
    return total


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
    if _dense(left) and _dense(right) and not _rows_align(left, right):
        out.extend(_Placed(ln, group=(page, "left", band[0].top), right=left_end) for ln in left)
        out.extend(_Placed(ln, group=(page, "right", band[0].top), right=margin) for ln in right)
        return table
    out.extend(_table(left, right, page, table, (left_end, margin)))
    return table + 1


def _table(left: list[Line], right: list[Line], page: int, table: int, ends: tuple[float, float]) -> list[_Placed]:
    """A band read as a table: each line of the sparse side that has a line of the other side beside
    it starts a row; the lines above the first row and below the last one (a gap wider than a
    paragraph's) are not cells."""
    sparse, dense = (left, right) if len(left) <= len(right) else (right, left)
    anchors = [ln for ln in sparse if any(abs(d.top - ln.top) <= ROW_TOLERANCE for d in dense)]
    margin = ends[1]
    if not anchors:
        return [_Placed(ln, group=(page, "band", table), right=margin) for ln in _top_down(left + right)]
    top = anchors[0].top - ROW_TOLERANCE
    bottom = max(ln.bottom for ln in anchors)
    for line in sorted(dense, key=lambda ln: ln.top):
        if line.top > anchors[-1].top - ROW_TOLERANCE:
            if line.top - bottom > 2.5 * max(line.height, 1.0):
                break
            bottom = max(bottom, line.bottom)
    band = _top_down(left + right)
    before = [ln for ln in band if ln.top < top]
    after = [ln for ln in band if ln.top > bottom]
    inside = [ln for ln in band if top <= ln.top <= bottom]
    starts = [a.top for a in anchors]

    def row_of(line: Line) -> int:
        return max([i for i, start in enumerate(starts) if line.top >= start - ROW_TOLERANCE], default=0)

    cells = sorted(((row_of(ln), 0 if ln in left else 1, ln) for ln in inside),
                   key=lambda item: (item[0], item[1], item[2].top))
    return ([_Placed(ln, group=(page, "before", table), right=margin) for ln in before]
            + [_Placed(ln, group=("cell", table, row, column), cell=TableCell(table, row, column), right=ends[column])
               for row, column, ln in cells]
            + [_Placed(ln, group=(page, "after", table), right=margin) for ln in after])


def _rows_align(left: list[Line], right: list[Line]) -> bool:
    """A table whose short side wraps (dates over two lines): that side holds at most half as many
    lines as the other, and most of its paragraphs start level with a line of the other side."""
    sparse, dense = (left, right) if len(left) <= len(right) else (right, left)
    if len(sparse) > len(dense) / 2:
        return False
    starts = [ln for i, ln in enumerate(sparse)
              if i == 0 or ln.top - sparse[i - 1].bottom > 0.6 * max(ln.height, 1.0)]
    level = sum(1 for ln in starts if any(abs(d.top - ln.top) <= ROW_TOLERANCE for d in dense))
    return len(starts) >= 2 and level >= 0.6 * len(starts)


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


def _observed_edges(placed: list[_Placed]) -> None:
    """Narrow each line's column end to where the group's longest lines end, when several end there
    close to it (the real margin of a column or cell, which the page's mirrored margin only
    approximates); and note the group's tightest line gap."""
    groups: dict[tuple, list[_Placed]] = {}
    for item in placed:
        groups.setdefault(item.group, []).append(item)
    for items in groups.values():
        gaps = [(b.line.size, b.line.top - a.line.bottom) for a, b in zip(items, items[1:])
                if b.line.top >= a.line.bottom - 1]
        tightest = min((gap for _, gap in gaps), default=0.0)
        for it in items:  # lines in one font size are spaced alike: compare with that size's own gaps
            it.leading = min((gap for size, gap in gaps if abs(size - it.line.size) <= 0.6), default=tightest)
        edge = max(it.line.x1 for it in items)
        start = min(it.line.x0 for it in items)
        if sum(1 for it in items if it.line.x1 >= edge - 2 * it.line.size) >= 2:
            for it in items:  # a short list's ends say nothing about the margin: only a little inside it
                if edge >= it.right - 0.15 * (it.right - start):
                    it.right = min(it.right, edge)


def _join(placed: list[_Placed]) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    previous: _Placed | None = None
    _observed_edges(placed)
    for item in placed:
        line = item.line
        if previous is not None and _continues(previous, item, _BULLET_START.match(blocks[-1].text) is not None):
            last = blocks[-1]
            hyphen = last.text.endswith("-") and last.text[-2:-1].isalpha()  # "test-" + "driven"
            blocks[-1] = TextBlock(text=f"{last.text}{'' if hyphen else ' '}{line.text}", region=last.region, bold=last.bold,
                                   italic=last.italic, size=last.size, cell=last.cell, page=last.page,
                                   x=last.x, y=last.y)
        else:
            blocks.append(TextBlock(text=line.text, region=item.region, bold=line.bold, italic=line.italic,
                                    size=line.size, cell=item.cell, page=line.page, x=round(line.x0, 1),
                                    y=round(line.top, 1)))
        previous = item
    return blocks


def _continues(previous: _Placed, item: _Placed, in_list: bool) -> bool:
    """Whether ``item`` wraps on from ``previous``: one paragraph broken over lines, because the
    next line's first word would not have fitted on the previous one. A line starting with a dash
    after a paragraph that is not a list item is such a continuation ("Systems" / "– University").
    A line in capitals ended by a stop or colon is a whole heading ("CERTIFICATIONS."), not wrapped."""
    a, b = previous.line, item.line
    if a.text.isupper() and a.text.endswith((".", ":")):
        return False
    if previous.group != item.group or previous.region != item.region or b.page not in (a.page, a.page + 1):
        return False
    starts_item = _BULLET_START.match(b.text) and (in_list or not _DASH_START.match(b.text))
    if a.bold != b.bold or abs(a.size - b.size) > 0.6 or starts_item:
        return False
    gap = b.top - a.bottom if a.page == b.page else 0.0  # a column carried over the page break
    if gap < -1 or gap > min(0.6 * max(a.height, 1.0), item.leading + PARAGRAPH_GAP) or b.x0 < a.x0 - 2 and not _BULLET_START.match(a.text):
        return False
    first_word = b.text.split(" ", 1)[0]
    return a.x1 + (len(first_word) + 1.5) * b.size * 0.6 >= item.right  # estimated widths, a little spare
