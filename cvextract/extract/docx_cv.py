"""``default-docx-cv-extractor``: a CV in the reference DOCX layout -> a CV dict.

Identity and sidebar come from the header parts, the overview and experiences from the body.
Reads the ZIP and XML directly (no python-docx) and imports nothing heavier than lxml.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .body_sections import parse_body
from .docx_package import open_docx
from .header_sidebar import header_lines, parse_header


def extract_docx_cv(path: str | Path) -> dict:
    """Extract ``path`` into the CV contract (identity, sidebar, overview, experiences).

    Raises :class:`~cvextract.errors.InputError` when the file is missing, not a readable .docx,
    encrypted, macro-enabled, oversized or malformed.
    """
    with open_docx(path) as package:
        document, w = package.document()
        headers = [package.xml(name) for name in package.header_part_names()]
    return reference_cv(document, w, headers)


def reference_cv(document: etree._Element, w: str, headers: list[etree._Element], *,
                 need_sidebar: bool = False) -> dict | None:
    """The CV the reference-layout rules read from the parsed body and header parts.

    ``need_sidebar``: None, without reading the body, when the header holds no sidebar section
    (the CV is not in the reference layout)."""
    identity, sidebar = parse_header(header_lines(headers))
    if need_sidebar and not any(sidebar.values()):
        return None
    overview, experiences = parse_body(document, w)
    return {"identity": identity, "sidebar": sidebar, "overview": overview, "experiences": experiences}
