"""Legacy CVs (``.doc``, ``.odt``, ``.rtf``): converted to DOCX by LibreOffice, then read like any DOCX.

The conversion goes through :mod:`cvextract.pdf` (the LibreOffice kept warm for PDF output, or a
one-off run): a fresh profile with macros disabled, the file copied under a neutral name, stopped
after ``CVEXTRACT_PDF_TIMEOUT`` seconds. The DOCX it writes lives in a private temporary folder and
passes the same checks as a DOCX a user hands in (size caps, macros refused, hardened XML). Every
error names the original file.
"""

from __future__ import annotations

import contextlib
import contextvars
import tempfile
from pathlib import Path
from typing import Iterator

from ..errors import CvError, InputError

LEGACY_SUFFIXES = (".doc", ".odt", ".rtf")
MAX_LEGACY_BYTES = 50 * 1024 * 1024
_warm = contextvars.ContextVar("cvextract_legacy_warm", default=False)


@contextlib.contextmanager
def warm_conversions() -> Iterator[None]:
    """Within this block (a batch job), legacy CVs convert through this process's warm LibreOffice."""
    token = _warm.set(True)
    try:
        yield
    finally:
        _warm.reset(token)


@contextlib.contextmanager
def converted_docx(path: Path) -> Iterator[Path]:
    """A DOCX copy of the legacy file ``path``, converted by LibreOffice into a private temporary
    folder that is removed afterwards; one InputError naming ``path`` when that cannot be done."""
    from ..pdf import PdfError, convert_document
    from ..pdf.libreoffice import PACKAGE, WORK_PREFIX, find_soffice, soffice_missing
    from .docx_package import open_regular_file

    with open_regular_file(path) as fh:  # a FIFO or device is refused before LibreOffice sees it
        head = fh.read(MAX_LEGACY_BYTES + 1)
    if not head:
        raise InputError(path, "is empty (0 bytes)")
    if len(head) > MAX_LEGACY_BYTES:
        raise InputError(path, f"is larger than {MAX_LEGACY_BYTES // (1024 * 1024)} MB, the size limit "
                               f"for a {path.suffix.lower()} CV")
    if find_soffice() is None:
        raise InputError(path, f"reading a {path.suffix.lower()} file needs LibreOffice ({soffice_missing()}): "
                               f"install the Debian package {PACKAGE} (or set CVEXTRACT_SOFFICE), or save it as .docx")
    with tempfile.TemporaryDirectory(prefix=WORK_PREFIX) as work:
        converted = Path(work) / "converted.docx"
        try:
            convert_document(path, converted, to="docx", warm=_warm.get())
        except PdfError as exc:
            raise InputError(path, exc.cause) from None
        try:
            yield converted
        except CvError as exc:  # what went wrong reading the copy is said about the user's file
            raise exc.about(path) from None


def extract_legacy(path: Path, *, sections: dict | None = None):
    """The CV in a ``.doc``/``.odt``/``.rtf`` file, read through a DOCX converted by LibreOffice."""
    from .layout_choice import extract_docx_any_layout

    with converted_docx(path) as converted:
        cv = extract_docx_any_layout(converted, sections=sections)
    cv.notes.insert(0, f"converted from {path.suffix.lower()} to DOCX by LibreOffice")
    return cv
