"""The parts of a template Jinja renders, found and cleaned up as docxtpl does it.

Rendering (:mod:`.compiled_template`) and the template's analysis (:mod:`cvextract.template_fields`)
both read them from here, so the analysis sees exactly the Jinja source that renders: the body, each
header and footer (docxtpl's order), and the footnotes, each as Word stored it and after docxtpl's
``patch_xml`` (runs joined inside tags, ``{%p``/``{%tr``/``{%tc``/``{%r`` rewritten, curly quotes
straightened).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.opc.constants import CONTENT_TYPE as CT

_FOOTNOTES = CT.WML_FOOTNOTES
CORE_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")  # docxtpl's list


@dataclass
class JinjaPart:
    """One part Jinja renders."""

    name: str  # member name, e.g. word/header1.xml
    kind: str  # body, page header, page footer, footnotes
    xml: str  # the part's XML as docxtpl reads it
    source: str  # docxtpl's cleaned-up source (what Jinja compiles, less the line breaks of jinja_source)
    part: object  # the python-docx part
    rel_key: str | None = None  # headers and footers: the relationship docxtpl renders them through
    encoding: str | None = None  # headers and footers: the XML declaration's encoding

    @property
    def jinja_source(self) -> str:
        """The text Jinja compiles: one line per paragraph, as docxtpl's ``render_xml_part`` makes it."""
        return jinja_source(self.source)


def jinja_source(source: str) -> str:
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", source)


def jinja_parts(tpl):
    """Yield the :class:`JinjaPart` of docxtpl template ``tpl`` (after ``render_init``), in docxtpl's
    order: body, headers, footers, footnotes."""
    document = tpl.docx
    xml = tpl.get_xml()
    yield JinjaPart("word/document.xml", "body", xml, tpl.patch_xml(xml), document.part)
    for uri, kind in ((tpl.HEADER_URI, "page header"), (tpl.FOOTER_URI, "page footer")):
        for rel_key, part in tpl.get_headers_footers(uri):
            xml = tpl.get_part_xml(part)
            yield JinjaPart(part.partname.membername, kind, xml, tpl.patch_xml(xml), part, rel_key,
                            tpl.get_headers_footers_encoding(xml))
    for part in document.part.package.parts:
        if part.content_type == _FOOTNOTES:
            xml = part.blob.decode("utf-8") if isinstance(part.blob, bytes) else part.blob
            yield JinjaPart(part.partname.membername, "footnotes", xml, tpl.patch_xml(xml), part)


def core_property_sources(tpl) -> list[tuple[str, str]]:
    """``(property, text)`` of the core properties docxtpl renders (title, subject...)."""
    core = tpl.docx.core_properties  # python-docx adds a default core part when there is none
    return [(prop, getattr(core, prop)) for prop in CORE_PROPERTIES]
