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
from ..extract.docx_package import DocxPackage, macros_problem
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


_CONTENT_TYPES = "[Content_Types].xml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# The content types of the parts docxtpl hands to Jinja: the main document, headers, footers,
# footnotes and the core properties (title, subject…).
_RENDERED_TYPES = (".document.main+xml", ".template.main+xml", ".header+xml", ".footer+xml",
                   ".footnotes+xml", "core-properties+xml")


class _ContentTypes:
    """What ``[Content_Types].xml`` says each part is: python-docx parses and docxtpl renders parts
    by their content type, whatever their names."""

    def __init__(self, root=None):
        self.defaults, self.overrides = {}, {}
        if root is not None:
            self.defaults = {el.get("Extension", "").lower(): el.get("ContentType", "")
                             for el in root.iter(f"{_CT}Default")}
            self.overrides = {el.get("PartName", "").lstrip("/").lower(): el.get("ContentType", "")
                              for el in root.iter(f"{_CT}Override")}

    def of(self, name: str) -> str:
        return self.overrides.get(name.lower()) or self.defaults.get(name.rpartition(".")[2].lower(), "")

    def is_xml(self, name: str) -> bool:
        """Parsed as XML by python-docx or docxtpl (an SVG image, ``image/svg+xml``, is only copied)."""
        kind = self.of(name)
        return name.endswith(_XML_SUFFIXES) or (kind.endswith("xml") and not kind.startswith("image/"))

    def is_rendered(self, name: str) -> bool:
        if self.of(name).endswith(_RENDERED_TYPES):
            return True
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
        problem = macros_problem(names)
        if problem is not None:
            raise TemplateError(path, f"template {problem}")
        members = {}
        try:
            types = _ContentTypes()
            if _CONTENT_TYPES in names:  # first: it says which parts are XML and which Jinja renders
                members[_CONTENT_TYPES] = package.read(_CONTENT_TYPES)
                types = _ContentTypes(package.xml(_CONTENT_TYPES, members[_CONTENT_TYPES]))
            for name in names:
                if name.endswith("/") or name in members:
                    continue
                limit = MAX_RENDERED_PART_BYTES if types.is_rendered(name) else None
                members[name] = package.read(name, max_bytes=limit)
                if types.is_xml(name):
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
