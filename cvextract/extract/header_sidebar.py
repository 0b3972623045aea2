"""The header of a CV (``word/header*.xml``): identity (title and name) and the sidebar sections.

Per header part, the paragraphs inside text boxes (``w:txbxContent``) are read if any has text,
otherwise all paragraphs. Word stores a text box twice (mc:Choice for DrawingML, mc:Fallback for
VML); the Fallback copy is skipped. A line already seen in an earlier header part is dropped, so
the first-page / even-page copies of a header merge. The lines before the first section heading
are the identity; the lines after each heading are that section's items.

Deviation from the earlier tool, which de-duplicated every line globally: two equal lines in one
header part (say languages "Go" and tools "Go") both survive, so a CV rendered from the reference
template extracts back to the data it was rendered from.
"""

from __future__ import annotations

import re
from typing import Iterable

from lxml import etree

from .docx_package import W_TRANSITIONAL, WORDML_NAMESPACES
from .paragraph_text import clean, paragraph_lines

# Heading text -> sidebar key; the dict order is the output order.
SECTION_HEADINGS = {
    "SKILLS": "skills",
    "LANGUAGES": "languages",
    "TOOLS": "tools",
    "CERTIFICATIONS": "certifications",
    "INDUSTRIES": "industries",
    "SPOKEN LANGUAGES": "spoken_languages",
    "ACADEMIC BACKGROUND": "academic_background",
}
SIDEBAR_KEYS = tuple(SECTION_HEADINGS.values())
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
ITEM_SEPARATORS = re.compile("[,;|\u2022\u00b7\u2027\u2219\u25cf]")


def part_lines(root: etree._Element) -> list[str]:
    """The lines of one header part: text-box paragraphs if any has text, else all paragraphs."""
    namespace = etree.QName(root).namespace
    w = namespace if namespace in WORDML_NAMESPACES else W_TRANSITIONAL
    paragraph_tag = f"{{{w}}}p"
    in_text_boxes = [line
                     for box in _text_boxes(root, f"{{{w}}}txbxContent")
                     for paragraph in box.iter(paragraph_tag)
                     for line in paragraph_lines(paragraph)]
    if in_text_boxes:
        return in_text_boxes
    return [line for paragraph in root.iter(paragraph_tag) for line in paragraph_lines(paragraph)]


def _text_boxes(root: etree._Element, tag: str) -> list[etree._Element]:
    """The outermost text boxes outside mc:Fallback, in document order (no paragraph twice)."""
    kept: list[etree._Element] = []
    for box in root.iter(tag):
        if any(True for _ in box.iterancestors(MC_FALLBACK)):
            continue
        if not any(parent in kept for parent in box.iterancestors(tag)):
            kept.append(box)
    return kept


def header_lines(roots: Iterable[etree._Element]) -> list[str]:
    """All header lines in part order; a line seen in an earlier part is dropped."""
    seen: set[str] = set()
    lines: list[str] = []
    for root in roots:
        own = part_lines(root)
        lines.extend(line for line in own if line not in seen)
        seen.update(own)
    return lines


def section_key(line: str) -> str | None:
    """The sidebar key when the line is a section heading ("Tools." and "Languages:" count)."""
    return SECTION_HEADINGS.get(clean(line).upper().rstrip(" .:;"))


def split_items(lines: Iterable[str]) -> list[str]:
    """Split section lines on , ; | and bullet dots; clean, drop empties, de-duplicate in order."""
    items: list[str] = []
    for line in lines:
        for part in ITEM_SEPARATORS.split(line):
            item = clean(part)
            if item and item not in items:
                items.append(item)
    return items


def _unique_cleaned(lines: Iterable[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        cleaned = clean(line)
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return out


def _identity(identity_lines: list[str]) -> dict:
    title = identity_lines[0] if identity_lines else ""
    full_name = " ".join(identity_lines[1:])
    names = full_name.split()
    return {
        "title": title,
        "full_name": full_name,
        "first_name": names[0] if names else "",
        "last_name": " ".join(names[1:]),
    }


def parse_header(lines: list[str]) -> tuple[dict, dict]:
    """Identity and sidebar (all seven keys, in order) from the de-duplicated header lines."""
    sections: dict[str, list[str]] = {key: [] for key in SIDEBAR_KEYS}
    headings = [i for i, line in enumerate(lines) if section_key(line)]
    if not headings:
        return _identity([]), sections
    first, last = headings[0], headings[-1]

    section_lines = lines[first:]
    identity_lines = _unique_cleaned(lines[:first])
    if not identity_lines:
        # Identity after the last section: the last 3 unique lines (title, name, name), or 2.
        trailing = _unique_cleaned(lines[last + 1:])
        if len(trailing) >= 3:
            identity_lines = trailing[-3:]
        elif len(trailing) == 2:
            identity_lines = trailing
        if identity_lines:
            used = set(identity_lines)
            section_lines = lines[first:last + 1] + [
                line for line in lines[last + 1:] if clean(line) not in used]

    current: list[str] | None = None
    seen_keys: set[str] = set()
    for line in section_lines:
        key = section_key(line)
        if key is not None:
            # A repeated heading mutes its lines until the next new heading.
            current = None if key in seen_keys else sections[key]
            seen_keys.add(key)
        elif current is not None:
            current.append(line)

    return _identity(identity_lines), {key: split_items(sections[key]) for key in SIDEBAR_KEYS}
