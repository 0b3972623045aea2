"""The experiences of the experience sections: each starts at a line holding a date range.

The role is the rest of that line ("Jan 2020 – Present | Engineer", "Engineer, Acme (2019 – 2021)"),
or, for a line that is only dates, the line beside it: in a table, the other cells of its row; else
the line before it when the section opens with a role line, the line after it otherwise. The heading
is "<dates> | <role>" in the CV's own words. The lines up to the next experience are its bullets
(Word lists, or typed "•", "-", "–" markers), its environment ("Environment: a, b") or its
description.
"""

from __future__ import annotations

import re

from ..text_blocks import TextBlock
from .dates import DateMatch, find_date_range, without_range
from .headings import Section, typed_bullet

_ENVIRONMENT = re.compile(
    r"(?:environment|technologies|tech(?:nology)? stack|tools|stack|umgebung|technologien|werkzeuge"
    r"|environnement(?: technique)?|outils|technologieën|omgeving|entorno|tecnologías|herramientas)\s*:\s*(\S.*)",
    re.IGNORECASE)
_SEPARATORS = " \t|,;:·•-\u2013\u2014/()[]"
MAX_HEADING_LINE_CHARS = 160


def _date_of(block: TextBlock) -> DateMatch | None:
    """The range when the block is an experience's heading line: dates at its start or end (or
    alone in a table cell), not inside a bullet or a sentence."""
    if block.list_item or typed_bullet(block.text) is not None or len(block.text) > MAX_HEADING_LINE_CHARS:
        return None
    match = find_date_range(block.text)
    if match is None:
        return None
    before = block.text[:match.start].strip(_SEPARATORS)
    after = block.text[match.end:].strip(_SEPARATORS)
    if before and after and "|" not in block.text and "\t" not in block.text:
        return None
    return match


def _is_role_line(block: TextBlock) -> bool:
    return (not block.list_item and typed_bullet(block.text) is None and len(block.text) <= MAX_HEADING_LINE_CHARS
            and _ENVIRONMENT.match(block.text) is None)


def find_experiences(sections: list[Section]) -> list[dict]:
    """Every experience of every experience section, in reading order."""
    experiences: list[dict] = []
    for section in sections:
        if section.part == "experience":
            experiences.extend(_section_experiences(section.blocks))
    return experiences


def _section_experiences(blocks: list[TextBlock]) -> list[dict]:
    dates = [(i, m) for i, b in enumerate(blocks) if (m := _date_of(b)) is not None]
    if not dates:
        return []
    role_first = dates[0][0] > 0 and _is_role_line(blocks[0])
    starts: list[tuple] = []  # (first block, first body block or None for a table row, heading, date line)
    for i, match in dates:
        block = blocks[i]
        role = without_range(block.text, match)
        first, body = i, i + 1
        if not role:
            row = _row_mates(blocks, i)
            if row:
                role = blocks[row[0]].text
                first, body = min(i, row[0]), None  # the row is the experience
            elif role_first and i > 0 and _is_role_line(blocks[i - 1]) and _date_of(blocks[i - 1]) is None:
                role, first = blocks[i - 1].text, i - 1
            elif i + 1 < len(blocks) and _is_role_line(blocks[i + 1]) and _date_of(blocks[i + 1]) is None:
                role, body = blocks[i + 1].text, i + 2
        starts.append((first, body, f"{match.text} | {role}" if role else match.text, i))
    experiences = []
    for n, (_, body, heading, anchor) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(blocks)
        if body is None:  # a table row: its other cells, after the role
            row = _row_mates(blocks, anchor)
            lines = [blocks[j] for j in row[1:]] + [b for b in blocks[max(row[-1], anchor) + 1:end]
                                                    if b.cell is None or b.cell.row != blocks[anchor].cell.row]
        else:
            lines = blocks[body:end]
        experiences.append(_experience(heading, lines))
    return experiences


def _row_mates(blocks: list[TextBlock], i: int) -> list[int]:
    """For a date alone in a table cell: the other blocks of its row, in order (else [])."""
    cell = blocks[i].cell
    if cell is None:
        return []
    return [j for j, b in enumerate(blocks)
            if j != i and b.cell is not None and b.cell.table == cell.table and b.cell.row == cell.row
            and b.cell.column != cell.column]


def _experience(heading: str, lines: list[TextBlock]) -> dict:
    description: list[str] = []
    bullets: list[str] = []
    environment: list[str] = []
    for block in lines:
        env = _ENVIRONMENT.fullmatch(block.text)
        typed = typed_bullet(block.text)
        if env and not block.list_item:
            environment.extend(item.strip() for item in re.split("[,;]", env.group(1)) if item.strip())
        elif block.list_item or typed is not None:
            bullets.append(typed if typed is not None else block.text)
        else:
            description.append(block.text)
    return {"heading": heading, "description": " ".join(description), "bullets": bullets,
            "environment": environment or None}
