"""``default-docx-cv-extractor``'s front door: the reader is chosen by the file's type.

``.pdf`` -> :mod:`.pdf_input` text blocks; ``.doc``/``.odt``/``.rtf`` -> a DOCX converted by
LibreOffice (:mod:`.legacy_formats`); anything else is read as a DOCX (:mod:`.layout_choice`: the
reference layout exactly, else any layout). All of them end in the same section logic.
"""

from __future__ import annotations

from pathlib import Path

from .any_layout.cv_from_blocks import ExtractedCV
from .layout_choice import extract_docx_any_layout
from .legacy_formats import LEGACY_SUFFIXES

PDF_SUFFIX = ".pdf"


def extract_cv_file(path: str | Path, *, sections: dict | None = None) -> ExtractedCV:
    """The CV in ``path`` (DOCX, PDF or a legacy format), read without a model.

    ``sections``: CV part -> more section names (``extract.sections`` of the batch config)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == PDF_SUFFIX:
        return extract_pdf(path, sections=sections)
    if suffix in LEGACY_SUFFIXES:
        from .legacy_formats import extract_legacy

        return extract_legacy(path, sections=sections)
    return extract_docx_any_layout(path, sections=sections)


def extract_pdf(path: Path, *, sections: dict | None = None) -> ExtractedCV:
    """The CV in a PDF: its text blocks in reading order, read by the reference-layout rules when
    they read a complete CV from them (a reference-layout CV printed to PDF), else by the any-layout
    section logic."""
    from .any_layout.cv_from_blocks import cv_from_blocks
    from .layout_choice import complete_reference, section_names
    from .pdf_input import read_pdf_blocks
    from .reference_blocks import reference_cv_from_blocks

    blocks = read_pdf_blocks(path)
    reference = complete_reference(reference_cv_from_blocks(blocks))
    if reference is not None:
        return reference
    return cv_from_blocks(blocks, path, names=section_names(sections))
