"""Where something stands in a template, as an author finds it in Word: "page header",
"body, table 2", "body, text box", "footnotes"."""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MARKS = re.compile(r"<w:tbl[ >]|</w:tbl>|<w:txbxContent[ >]|</w:txbxContent>")


def label(kind: str, table: int | None, text_box: bool) -> str:
    return kind + (f", table {table}" if table else "") + (", text box" if text_box else "")


def part_kinds(parts) -> dict[str, str]:
    """Each part's kind, numbered when a template has several of that kind (page header 2)."""
    counts: dict[str, int] = {}
    for part in parts:
        counts[part.kind] = counts.get(part.kind, 0) + 1
    seen: dict[str, int] = {}
    kinds = {}
    for part in parts:
        seen[part.kind] = seen.get(part.kind, 0) + 1
        kinds[part.name] = part.kind if counts[part.kind] == 1 else f"{part.kind} {seen[part.kind]}"
    return kinds


class SourceLines:
    """The place of each line of a part's Jinja source (one paragraph per line)."""

    def __init__(self, kind: str, source: str):
        self.kind = kind
        starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._labels = []
        tables: list[int] = []
        boxes = 0
        count = 0
        marks = list(_MARKS.finditer(source))
        at = 0
        for start in starts:
            while at < len(marks) and marks[at].start() < start:
                text = marks[at].group()
                if text.startswith("<w:tbl"):
                    count += 1
                    tables.append(count)
                elif text == "</w:tbl>":
                    if tables:
                        tables.pop()
                elif text.startswith("<w:txbx"):
                    boxes += 1
                else:
                    boxes = max(boxes - 1, 0)
                at += 1
            self._labels.append(label(kind, tables[-1] if tables else None, boxes > 0))

    def at(self, line: int) -> str:
        """The place of 1-based ``line``."""
        if not self._labels:
            return self.kind
        return self._labels[min(max(line, 1), len(self._labels)) - 1]


class ElementPlaces:
    """The place of an element of a part's parsed XML."""

    def __init__(self, kind: str, root):
        self.kind = kind
        self._tables = {table: n for n, table in enumerate(root.iter(f"{W}tbl"), start=1)}

    def of(self, element) -> str:
        table, box = None, False
        for ancestor in element.iterancestors():
            if ancestor.tag == f"{W}tbl" and table is None:
                table = self._tables.get(ancestor)
            elif ancestor.tag == f"{W}txbxContent":
                box = True
        return label(self.kind, table, box)


__all__ = ["SourceLines", "ElementPlaces", "part_kinds", "label"]
