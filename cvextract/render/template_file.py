"""Open and check a DOCX template, turning every way it can be wrong into a one-line TemplateError.

A template is untrusted input, read like a CV: through the hardened package reader of
:mod:`cvextract.extract.docx_package` (bounded ZIP reads, no DTDs or entities), with size caps on the
file (:data:`MAX_TEMPLATE_FILE_BYTES`), on every part and on the parts Jinja renders
(:data:`MAX_RENDERED_PART_BYTES`: docxtpl's tag clean-up and Jinja's compiler slow down sharply on
huge parts). The file is read once; python-docx parses those bytes, never the path again.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docxtpl import DocxTemplate

from ..errors import InputError, TemplateError
from ..extract.docx_package import DocxPackage
from .context import restore_rendered

MAX_TEMPLATE_FILE_BYTES = 50 * 1024 * 1024  # the .docx file itself (compressed)
MAX_RENDERED_PART_BYTES = 2 * 1024 * 1024  # document, headers, footers, footnotes (uncompressed)
MAX_TEMPLATE_TOTAL_BYTES = 200 * 1024 * 1024  # all parts, uncompressed
_XML_SUFFIXES = (".xml", ".rels")


class CvDocxTemplate(DocxTemplate):
    """docxtpl's template, restoring the underscores :mod:`.context` protected from its tag pass."""

    def render_xml_part(self, src_xml, part, context, jinja_env=None):
        return restore_rendered(super().render_xml_part(src_xml, part, context, jinja_env))


@dataclass(frozen=True)
class TemplateBytes:
    """A template file read and checked: its bytes and every member, inflated."""

    path: Path
    data: bytes
    members: dict[str, bytes]


def _is_rendered_part(name: str) -> bool:
    if not name.startswith("word/") or "/" in name[5:] or not name.endswith(".xml"):
        return False
    stem = name[5:-4]
    return stem == "document" or stem.startswith(("header", "footer", "footnotes"))


def read_template(path: str | Path) -> TemplateBytes:
    """Read ``path`` once and check it: a ``.docx`` ZIP within the size caps, every XML part well
    formed and free of DTDs. Raises TemplateError."""
    path = Path(path)
    return check_template_bytes(path, read_template_file(path))


def read_template_file(path: Path) -> bytes:
    """The bytes of the template file (at most :data:`MAX_TEMPLATE_FILE_BYTES`), or TemplateError."""
    if not path.exists():
        raise TemplateError(path, "template not found")
    if path.is_dir():
        raise TemplateError(path, "template is a directory, not a .docx file")
    if path.suffix.lower() != ".docx":
        raise TemplateError(path, f"template must be a .docx file (got '{path.suffix or 'no suffix'}')")
    if not path.is_file():
        raise TemplateError(path, "template is not a regular file")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_TEMPLATE_FILE_BYTES + 1)
    except OSError as exc:
        raise TemplateError(path, f"template cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_TEMPLATE_FILE_BYTES:
        raise TemplateError(path, f"template is larger than {MAX_TEMPLATE_FILE_BYTES // (1024 * 1024)} MB")
    return data


def check_template_bytes(path: Path, data: bytes) -> TemplateBytes:
    """Check a template's bytes (see :func:`read_template`)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        raise TemplateError(path, "template is not a DOCX file (not a ZIP archive)") from None
    with DocxPackage(path, archive, max_total_bytes=MAX_TEMPLATE_TOTAL_BYTES) as package:
        names = package.names()
        if "word/document.xml" not in names:
            raise TemplateError(path, "template is not a DOCX file (no word/document.xml)")
        members = {}
        try:
            for name in names:
                if name.endswith("/"):
                    continue
                limit = MAX_RENDERED_PART_BYTES if _is_rendered_part(name) else None
                members[name] = package.read(name, max_bytes=limit)
                if name.endswith(_XML_SUFFIXES):
                    package.xml(name, members[name])
        except InputError as exc:
            raise TemplateError(path, f"template: {exc.cause}") from None
    return TemplateBytes(path, data, members)


def open_docx_template(checked: TemplateBytes) -> CvDocxTemplate:
    """The docxtpl template of checked bytes (python-docx parses the package here)."""
    template = CvDocxTemplate(io.BytesIO(checked.data))
    try:
        template.init_docx()
    except Exception as exc:  # python-docx: PackageNotFoundError, KeyError, ValueError, XMLSyntaxError...
        detail = str(exc).splitlines()[0] if str(exc) else ""
        raise TemplateError(checked.path, f"template is not a valid Word document ({type(exc).__name__}"
                                          + (f": {detail}" if detail else "") + ")") from exc
    return template
