"""DOCX files for tests: read a document's text, write small or hostile packages, edit a copy.

    from docx_files import W_NS, docx_text

* ``W_NS``: the WordprocessingML namespace (``xmlns:w``).
* ``docx_text(path)``: the text of the body and headers, tags removed (runs joined).
* ``write_zip(path, members)``: a ZIP of ``{name: text or bytes}``.
* ``docx_with(path, document=GOOD_DOCUMENT, extra=None)``: the smallest package the extractor opens
  (content types and ``word/document.xml``, plus ``extra`` parts); ``GOOD_DOCUMENT`` holds one
  experience heading.
* ``xxe_document(target)``: a ``word/document.xml`` whose external entity would pull in ``target``.
* ``rewrite_docx(source, target, edit, member="word/document.xml")``: a copy of ``source`` with
  ``member`` passed through ``edit`` (a function of the XML text).
* ``bare_template(path, body, header=(), *, footer=(), title=None)``: a template made with python-docx,
  one paragraph per string (each string stays in one run), in the body, header and footer.
* ``jinja_error_template(path)``: the bundled template with a Jinja syntax error (``{% if %}`` before
  its first ``{{ overview }}``, line 3 of word/document.xml).
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import docx

from sample_cvs import TEMPLATE_PATH

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GOOD_BODY = ("<w:p><w:r><w:t>PROFESSIONAL EXPERIENCE</w:t></w:r></w:p>"
             "<w:p><w:r><w:t>Acme | Engineer</w:t></w:r></w:p>")
GOOD_DOCUMENT = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{GOOD_BODY}</w:body></w:document>'


def docx_text(path: Path) -> str:
    """The text of the body and headers, tags removed (runs joined)."""
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.fullmatch(r"word/(document|header\d*)\.xml", n)]
        xml = "".join(z.read(n).decode("utf-8") for n in parts)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def write_zip(path: Path, members: dict[str, str | bytes], compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def docx_with(path: Path, document: str | bytes = GOOD_DOCUMENT, extra: dict | None = None) -> Path:
    members = {"[Content_Types].xml": "<Types/>", "word/document.xml": document, **(extra or {})}
    return write_zip(path, members)


def xxe_document(target: Path) -> str:
    """A document.xml declaring an external entity on ``target`` and using it in the body."""
    return (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "{target.as_uri()}">]>'
            f'<w:document xmlns:w="{W_NS}"><w:body>'
            "<w:p><w:r><w:t>PROFESSIONAL EXPERIENCE</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")


def rewrite_docx(source: Path, target: Path, edit, member: str = "word/document.xml") -> Path:
    """Copy a DOCX, passing ``member`` (default word/document.xml) through ``edit``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == member:
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
    return target


def jinja_error_template(path: Path) -> Path:
    """The bundled template with ``{% if %}`` (a Jinja syntax error) before its first ``{{``."""
    def edit(xml: str) -> str:
        at = xml.index("{{")
        return xml[:at] + "{% if %}" + xml[at:]

    return rewrite_docx(TEMPLATE_PATH, path, edit)


def bare_template(path: Path, body: list[str], header: list[str] = (), *, footer: list[str] = (),
                  title: str | None = None) -> Path:
    """A bare template: one paragraph per string (each string stays in one run)."""
    doc = docx.Document()
    for text in body:
        doc.add_paragraph(text)
    section = doc.sections[0]
    for part, paragraphs in ((section.header, header), (section.footer, footer)):
        if paragraphs:
            part.is_linked_to_previous = False
            for text in paragraphs:
                part.add_paragraph(text)
    if title is not None:
        doc.core_properties.title = title
    doc.save(path)
    return path
