"""The body of a CV (``word/document.xml``): the overview and the professional experiences.

Every ``w:p`` under ``w:body`` is read, at any depth (tables, content controls, text boxes), and
split into lines that keep the paragraph's style and bullet flag. The markers OVERVIEW and
PROFESSIONAL EXPERIENCE switch mode; text before the first marker is ignored. In experience mode
each line is, by the first matching rule: a heading (starts with a date form, a heading/title
style, or a short plain line), an ``Environment:`` line, a bullet, or description.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from lxml import etree

from .paragraph_text import clean, paragraph_lines

OVERVIEW = "OVERVIEW"
PROFESSIONAL_EXPERIENCE = "PROFESSIONAL EXPERIENCE"

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_YEAR = _MONTH + r"\s+\d{4}"
_MM_YYYY = r"(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}"
_OPEN_END = r"(?:present|now|current)"
_DASH = r"\s*(?:--|[-\u2013\u2014\u2011\u2012\u2212])\s*"
DATE_FORM = re.compile(
    "|".join((
        rf"{_MONTH_YEAR}{_DASH}(?:{_OPEN_END}|{_MONTH_YEAR}|{_MM_YYYY})",
        rf"{_MM_YYYY}{_DASH}(?:{_MM_YYYY}|{_OPEN_END})",
        rf"\d{{4}}{_DASH}(?:\d{{4}}|{_OPEN_END})",
        r"\d{4}\s*\|",
    )),
    re.IGNORECASE,
)
ENVIRONMENT_LINE = re.compile(r"environment\s*:\s*(\S.*)", re.IGNORECASE | re.DOTALL)

_NOT_HEADING_STARTS = ("•", "·", "-", "–", "—", "->", "→")
_SHORT_LINE_MAX_CHARS = 80
_SHORT_LINE_MAX_SPACES = 10


def body_lines(document: etree._Element, w: str) -> Iterator[tuple[str, bool, str]]:
    """``(line, is_bullet, style_id)`` for every non-empty line of every paragraph in the body."""
    body = document.find(f"{{{w}}}body")
    if body is None:
        return
    p_pr, p_style, num_pr, val = f"{{{w}}}pPr", f"{{{w}}}pStyle", f"{{{w}}}numPr", f"{{{w}}}val"
    for paragraph in body.iter(f"{{{w}}}p"):
        lines = paragraph_lines(paragraph)
        if not lines:
            continue
        style, bullet = "", False
        props = _child(paragraph, p_pr)
        if props is not None:
            style_el = _child(props, p_style)
            if style_el is not None:
                style = style_el.get(val) or ""
            bullet = _child(props, num_pr) is not None
        if not bullet:
            lowered = style.lower()
            bullet = lowered.startswith("list") or "bullet" in lowered or "number" in lowered
        for line in lines:
            yield line, bullet, style


def _child(element: etree._Element, tag: str) -> etree._Element | None:
    """``element.find(tag)`` for a namespaced tag, quicker where Word puts it (first: pPr, pStyle)."""
    if len(element) and element[0].tag == tag:
        return element[0]
    return next(element.iterchildren(tag), None)


def marker_of(line: str) -> str | None:
    """OVERVIEW or PROFESSIONAL EXPERIENCE when the line is that marker ("Overview:" counts)."""
    candidate = line.strip(" .:").upper()
    return candidate if candidate in (OVERVIEW, PROFESSIONAL_EXPERIENCE) else None


def starts_with_date(line: str) -> bool:
    return DATE_FORM.match(line) is not None


def is_heading_style(style: str) -> bool:
    lowered = style.lower()
    return lowered.startswith("heading") or "title" in lowered


def is_short_plain_line(line: str, is_bullet: bool) -> bool:
    return (not is_bullet
            and not line.lower().startswith("environment")
            and not line.startswith(_NOT_HEADING_STARTS)
            and len(line) <= _SHORT_LINE_MAX_CHARS
            and line.count(" ") <= _SHORT_LINE_MAX_SPACES
            and not line.endswith((".", ";", ":")))


def is_experience_heading(line: str, is_bullet: bool, style: str) -> bool:
    """Rule 1: a date form or a heading style wins even for bullets; else a short plain line."""
    return starts_with_date(line) or is_heading_style(style) or is_short_plain_line(line, is_bullet)


class _Experience:
    __slots__ = ("heading", "description", "bullets", "environment")

    def __init__(self, heading: str):
        self.heading = heading
        self.description: list[str] = []
        self.bullets: list[str] = []
        self.environment: list[str] = []

    def as_dict(self) -> dict:
        return {
            "heading": self.heading,
            "description": " ".join(self.description),
            "bullets": self.bullets,
            "environment": self.environment or None,
        }


def parse_body(document: etree._Element, w: str) -> tuple[str, list[dict]]:
    """The overview text and the list of experiences of a CV body."""
    return parse_body_lines(body_lines(document, w))


def parse_body_lines(lines: Iterable[tuple[str, bool, str]]) -> tuple[str, list[dict]]:
    """The overview and experiences from ``(line, is_bullet, style)`` in reading order (a DOCX
    body's paragraphs, or a PDF's text blocks)."""
    overview: list[str] = []
    experiences: list[dict] = []
    mode: str | None = None
    current: _Experience | None = None

    for line, is_bullet, style in lines:
        marker = marker_of(line)
        if marker is not None:
            if current is not None:
                experiences.append(current.as_dict())
                current = None
            mode = marker
            continue
        if mode == OVERVIEW:
            overview.append(clean(line))
            continue
        if mode != PROFESSIONAL_EXPERIENCE:
            continue  # before the first marker (e.g. the contact line)

        if is_experience_heading(line, is_bullet, style):
            if current is not None:
                experiences.append(current.as_dict())
            current = _Experience(clean(line))
            continue
        if current is None:
            continue
        environment = ENVIRONMENT_LINE.fullmatch(line)
        if environment:
            items = (clean(item) for item in environment.group(1).split(","))
            current.environment.extend(item for item in items if item)
        elif is_bullet:
            current.bullets.append(clean(line))
        else:
            current.description.append(clean(line))

    if current is not None:
        experiences.append(current.as_dict())
    return " ".join(overview), experiences
