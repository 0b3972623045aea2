"""PDF beside every document: a rendered DOCX -> PDF through a real LibreOffice in headless mode.

Two ways to reach LibreOffice, same result:

- **cold** (:mod:`.libreoffice`): one ``soffice --convert-to pdf`` per document, 1-9 s each. The
  single-file command line uses it (one document: nothing to keep warm).
- **warm** (:mod:`.converter`): a per-process LibreOffice kept running behind ``unoserver`` (PyPI),
  ~0.1-0.6 s per document after a start-up of a few seconds. Batch jobs use it: each pool worker owns one.

Every LibreOffice runs with a user profile of its own in a fresh temporary folder (parallel
conversions never share one), macros disabled, in a process group of its own that is killed when a
conversion exceeds ``CVEXTRACT_PDF_TIMEOUT`` seconds (default 60) and when the process that started
it ends.
"""

from __future__ import annotations

from pathlib import Path

from .libreoffice import PdfError, check_libreoffice, pdf_timeout, warm_unavailable_reason

__all__ = ["PdfError", "check_libreoffice", "convert_document", "convert_to_pdf", "pdf_path", "pdf_timeout",
           "warm_unavailable_reason"]


def pdf_path(document: str | Path) -> Path:
    """Where a document's PDF goes: beside it, same name (``x_NEW.docx`` -> ``x_NEW.pdf``)."""
    return Path(document).with_suffix(".pdf")


def convert_to_pdf(document: str | Path, output: str | Path, *, warm: bool = False) -> None:
    """Convert ``document`` (DOCX) to the PDF ``output``, written atomically; one-line PdfError on failure.

    ``warm``: use this process's kept-running converter (started on first use, stopped when the
    process ends) instead of a one-off ``soffice`` run.
    """
    convert_document(document, output, to="pdf", warm=warm)


def convert_document(document: str | Path, output: str | Path, *, to: str, warm: bool = False) -> None:
    """Convert ``document`` to format ``to`` (``pdf``, or ``docx`` for a legacy CV to be read) at
    ``output``, written atomically, within ``CVEXTRACT_PDF_TIMEOUT``; one-line PdfError on failure."""
    document, output = Path(document), Path(output)
    if not document.is_file():
        raise PdfError(document, "document not found" if not document.exists() else "document is not a file")
    if warm:
        from .converter import convert_warm

        convert_warm(document, output, to)
    else:
        from .libreoffice import convert_cold

        convert_cold(document, output, to)
