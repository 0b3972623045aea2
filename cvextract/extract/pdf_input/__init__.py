"""PDF input: a PDF CV -> text blocks in reading order, for the layout-independent section logic.

The file is checked here (a regular file, a PDF signature, at most :data:`MAX_PDF_BYTES`), then
parsed by pdfminer.six (:mod:`.pdf_lines`) in a forked child capped at :data:`READ_SECONDS` seconds
and :data:`MEMORY_BYTES` of memory (:mod:`.bounded_run`), and at most :data:`MAX_PAGES` pages; its
lines are ordered and joined by :mod:`.reading_order`. Every failure a user can meet is one
:class:`~cvextract.errors.InputError` naming the file.
"""

from __future__ import annotations

from pathlib import Path

from ...errors import InputError
from ..docx_package import open_regular_file
from ..text_blocks import TextBlock

MAX_PDF_BYTES = 20 * 1024 * 1024
MAX_PAGES = 50
READ_SECONDS = 30.0
MEMORY_BYTES = 1024 * 1024 * 1024
_SIGNATURE_SCAN = 1024  # a PDF header may follow a little junk


def read_pdf_blocks(path: str | Path) -> list[TextBlock]:
    """The text blocks of the PDF at ``path`` in reading order, or one InputError naming the cause."""
    from .bounded_run import Exceeded, run_bounded
    from .pdf_lines import PdfProblem
    from .reading_order import text_blocks  # noqa: F401 - imported here, once, not in every child

    path = Path(path)
    data = read_pdf_bytes(path)
    try:
        return run_bounded(_blocks, data, seconds=READ_SECONDS, memory_bytes=MEMORY_BYTES)
    except PdfProblem as exc:
        raise InputError(path, str(exc)) from None
    except Exceeded as exc:
        raise InputError(path, _exceeded(exc.what)) from None


def read_pdf_text(path: str | Path) -> str:
    """The PDF's text in reading order, one block a line (what the LLM extractor sends)."""
    return "\n".join(block.text for block in read_pdf_blocks(path))


def read_pdf_bytes(path: Path) -> bytes:
    """The bytes of a PDF file, checked to be a non-empty regular file with a PDF header within the size cap."""
    if not path.exists():
        raise InputError(path, "file not found")
    with open_regular_file(path) as fh:
        try:
            data = fh.read(MAX_PDF_BYTES + 1)
        except OSError as exc:
            raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data:
        raise InputError(path, "is empty (0 bytes)")
    if len(data) > MAX_PDF_BYTES:
        raise InputError(path, f"is larger than {MAX_PDF_BYTES // (1024 * 1024)} MB, the size limit for a PDF CV")
    if b"%PDF-" not in data[:_SIGNATURE_SCAN]:
        raise InputError(path, "is not a PDF file (no %PDF- header)")
    return data


def _blocks(data: bytes) -> list[TextBlock]:
    from .pdf_lines import read_lines
    from .reading_order import text_blocks

    return text_blocks(read_lines(data, MAX_PAGES))


def _exceeded(what: str) -> str:
    if what == "time":
        return (f"reading it took longer than {READ_SECONDS:g} s (the time limit for a PDF); "
                "refusing a PDF built to exhaust time")
    if what == "depth":
        return "its objects are nested too deeply to read; refusing a PDF built to exhaust the parser"
    return (f"reading it needed more than {MEMORY_BYTES // (1024 * 1024)} MB of memory (the limit for a PDF) "
            "or crashed the reader; refusing a PDF built to exhaust memory (a decompression bomb?)")
