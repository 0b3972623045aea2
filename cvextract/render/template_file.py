"""Open and check a DOCX template, turning every way it can be wrong into a one-line TemplateError."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docxtpl import DocxTemplate

from ..errors import TemplateError
from .context import restore_rendered


class CvDocxTemplate(DocxTemplate):
    """docxtpl's template, restoring the underscores :mod:`.context` protected from its tag pass."""

    def render_xml_part(self, src_xml, part, context, jinja_env=None):
        return restore_rendered(super().render_xml_part(src_xml, part, context, jinja_env))


def check_template_file(path: Path) -> None:
    """Raise TemplateError unless ``path`` is an existing ``.docx`` ZIP holding ``word/document.xml``."""
    if not path.exists():
        raise TemplateError(path, "template not found")
    if path.is_dir():
        raise TemplateError(path, "template is a directory, not a .docx file")
    if path.suffix.lower() != ".docx":
        raise TemplateError(path, f"template must be a .docx file (got '{path.suffix or 'no suffix'}')")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise TemplateError(path, "template is not a DOCX file (not a ZIP archive)") from None
    except OSError as exc:
        raise TemplateError(path, f"template cannot be read ({exc.strerror or exc})") from None
    if "word/document.xml" not in names:
        raise TemplateError(path, "template is not a DOCX file (no word/document.xml)")


def load_template(path: str | Path) -> CvDocxTemplate:
    """Check ``path`` and open it as a docxtpl template (the Word package is loaded here)."""
    path = Path(path)
    check_template_file(path)
    template = CvDocxTemplate(str(path))
    try:
        template.init_docx()
    except Exception as exc:  # python-docx: PackageNotFoundError, KeyError, ValueError, XMLSyntaxError...
        detail = str(exc).splitlines()[0] if str(exc) else ""
        raise TemplateError(path, f"template is not a valid Word document ({type(exc).__name__}"
                                  + (f": {detail}" if detail else "") + ")") from exc
    return template
