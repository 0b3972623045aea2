"""A DOCX template prepared once and rendered for many CVs: docxtpl's result, without its repeated work.

docxtpl opens and parses the whole Word package, cleans up and compiles every Jinja part, and
re-serialises every XML part, for each document it renders. :class:`CompiledTemplate` does the
per-template part of that once (keyed by the template's path and content hash, see
:func:`compiled_template`):

* the package is read and checked once (:mod:`.template_file`: size caps, no DTDs) and parsed by
  python-docx once;
* the body, each header and footer, the footnotes and the core properties are cleaned up by
  docxtpl's own ``patch_xml`` and compiled by the sandboxed Jinja environment once;
* ``[Content_Types].xml`` and every relationships part are serialised once by python-docx's own
  code (rendering does not change the part graph).

Rendering a CV then runs the compiled parts and docxtpl's own post-processing on their output
(``render_xml_part``, ``fix_tables``, docPr renumbering, python-docx's parse and serialisation of
each rendered part), and writes the package: rendered parts deflated, every other part's
compressed bytes copied from the template as they are (:mod:`.package_writer`). The XML of every
part equals docxtpl's (``tests/test_compiled_template.py`` compares them); the differences are
that untouched XML parts keep the template's own bytes where python-docx would re-serialise them
(same XML infoset), ZIP timestamps are the template's (so rendering is deterministic), and
footnotes render once (docxtpl renders them once per document section, re-reading its own output
as a template when there are several).
"""

from __future__ import annotations

import copy
import hashlib
import io
import os
import threading
from collections import OrderedDict
from pathlib import Path

import docx.oxml.ns
from docx.opc.oxml import parse_xml, serialize_part_xml
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.opc.coreprops import CoreProperties
from jinja2 import TemplateSyntaxError

from ..errors import TemplateError
from .context import render_context
from .package_writer import PackageWriter, raw_members
from .sandbox import check_deadline, render_budget, template_environment
from .template_errors import RENDER_ERRORS, template_error
from .template_file import CvDocxTemplate, check_template_bytes, open_docx_template, read_template_file
from .template_parts import core_property_sources, jinja_parts, jinja_source

_CACHE_SIZE = 8


class _Prepared:
    """Stands in for the Jinja environment in docxtpl's ``render_xml_part``: the part's source was
    compiled once, so ``from_string`` hands back that compiled template."""

    def __init__(self, template):
        self._template = template

    def from_string(self, source):
        return self._template


class _Part:
    """One part Jinja renders: its name, docxtpl's cleaned-up source and the compiled template."""

    def __init__(self, name: str, source: str, template, python_docx_part):
        self.name = name
        self.source = source
        self.prepared = _Prepared(template)
        self.part = python_docx_part


class CompiledTemplate:
    """A template ready to render (see the module docstring). Thread-safe: rendering shares no state."""

    def __init__(self, path: Path, data: bytes):
        self.path = path
        checked = check_template_bytes(path, data)
        self._docx = open_docx_template(checked)
        self._env = template_environment()
        with render_budget():
            self._compile()
        self._plan_package(checked)

    @property
    def environment(self):
        """The sandboxed Jinja environment the template renders in."""
        return self._env

    # -- preparation ----------------------------------------------------------------------------
    def _compile_part(self, name: str, source: str, part) -> _Part:
        source_for_jinja = jinja_source(source)  # as docxtpl's render_xml_part
        try:
            tree = self._env.parse(source_for_jinja)  # kept: the analysis walks it (cvextract.template_fields)
            compiled = self._env.from_string(tree)
        except TemplateSyntaxError as exc:
            lineno = exc.lineno
            if lineno is not None:
                first = max(lineno - 4, 0)
                exc.docx_context = [line for line in source_for_jinja.splitlines()[first:first + 7]]
            raise template_error(self.path, name, exc) from None
        except RENDER_ERRORS as exc:
            raise template_error(self.path, name, exc) from None
        self.trees[name] = tree
        return _Part(name, source, compiled, part)

    def _compile(self) -> None:
        tpl: CvDocxTemplate = self._docx
        tpl.render_init()
        document = tpl.docx
        self._headers_footers = []  # (relationship id, encoding, part) in docxtpl's order
        self._footnotes = []
        self.parts = []  # the JinjaParts and their Jinja trees, for the template's analysis
        self.trees = {}  # (cvextract.template_fields): part name or core property -> tree
        for found in jinja_parts(tpl):
            self.parts.append(found)
            compiled = self._compile_part(found.name, found.source, found.part)
            if found.kind == "body":
                self._body = compiled
            elif found.kind == "footnotes":
                self._footnotes.append(compiled)
            else:
                self._headers_footers.append((found.rel_key, found.encoding, compiled))
            check_deadline()
        self._core_part = document.part.package._core_properties_part
        self._core_templates = []
        for prop, text in core_property_sources(tpl):
            try:
                self.trees[prop] = self._env.parse(text)
                self._core_templates.append((prop, self._env.from_string(self.trees[prop])))
            except RENDER_ERRORS as exc:
                raise template_error(self.path, "docProps/core.xml", exc) from None
        # The document element without its body: each render puts its own body into a copy.
        root = document.element
        self._body_index = root.index(root.body)
        self._shell = copy.deepcopy(root)
        self._shell.remove(self._shell[self._body_index])

    def _plan_package(self, checked) -> None:
        """What python-docx would write, in its order: (member name, what produces its bytes)."""
        package = self._docx.docx.part.package
        parts = list(package.iter_parts())
        rendered = {self._body.part: "body", self._core_part: "core"}
        for index, (_, _, part) in enumerate(self._headers_footers):
            rendered[part.part] = ("header_footer", index)
        for index, part in enumerate(self._footnotes):
            rendered[part.part] = ("footnotes", index)
        raw = raw_members(checked.data)
        fixed: dict[str, bytes] = {}
        plan: list[tuple[str, object]] = []

        def fixed_member(name: str, blob: bytes) -> None:
            fixed[name] = blob
            plan.append((name, "fixed"))

        fixed_member(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob)
        fixed_member(PACKAGE_URI.rels_uri.membername, package.rels.xml)
        for part in parts:
            name = part.partname.membername
            if part in rendered:
                plan.append((name, rendered[part]))
            elif name in raw:
                plan.append((name, "copy"))
            else:
                fixed_member(name, part.blob)
            if len(part.rels):
                fixed_member(part.partname.rels_uri.membername, part.rels.xml)
        self._plan = plan
        self._fixed = fixed
        self._raw = raw

    # -- rendering ------------------------------------------------------------------------------
    def _render_part(self, part: _Part, context) -> str:
        try:
            return self._docx.render_xml_part(part.source, part.part, context, part.prepared)
        except RENDER_ERRORS as exc:
            raise template_error(self.path, part.name, exc) from None

    def _body_xml(self, context) -> bytes:
        tpl = self._docx
        xml = self._render_part(self._body, context)
        try:
            tree = tpl.fix_tables(xml)
        except RENDER_ERRORS as exc:
            raise template_error(self.path, self._body.name, exc) from None
        for number, element in enumerate(tree.xpath("//wp:docPr", namespaces=docx.oxml.ns.nsmap), start=1001):
            element.attrib["id"] = str(number)  # docxtpl's fix_docpr_ids, counting from its 1000
        root = copy.deepcopy(self._shell)
        root.insert(self._body_index, tree)
        return serialize_part_xml(root)

    def _header_footer_xml(self, index: int, context) -> bytes:
        _, encoding, part = self._headers_footers[index]
        xml = self._render_part(part, context).encode(encoding)
        try:
            return serialize_part_xml(parse_xml(xml))  # what XmlPart.load and XmlPart.blob do
        except RENDER_ERRORS as exc:
            raise template_error(self.path, part.name, exc) from None

    def _core_xml(self, context) -> bytes:
        element = copy.deepcopy(self._core_part.element)
        properties = CoreProperties(element)
        try:
            for prop, template in self._core_templates:
                setattr(properties, prop, template.render(context))
        except RENDER_ERRORS as exc:
            raise template_error(self.path, "docProps/core.xml", exc) from None
        return serialize_part_xml(element)

    def render(self, cv: dict) -> bytes:
        """The rendered DOCX of ``cv``, as bytes. Raises TemplateError naming the template."""
        context = render_context(cv)
        out = io.BytesIO()
        with render_budget(), PackageWriter(out) as writer:
            for name, source in self._plan:
                if source == "copy":
                    writer.copy(self._raw[name])
                    continue
                if source == "fixed":
                    blob = self._fixed[name]
                elif source == "body":
                    blob = self._body_xml(context)
                elif source == "core":
                    blob = self._core_xml(context)
                elif source[0] == "header_footer":
                    blob = self._header_footer_xml(source[1], context)
                else:  # footnotes
                    blob = self._render_part(self._footnotes[source[1]], context).encode("utf-8")
                raw = self._raw.get(name)
                writer.write(name, blob, raw.date_time if raw is not None else None)
                check_deadline()
        return out.getvalue()


_cache: OrderedDict[tuple[str, bytes], CompiledTemplate] = OrderedDict()
_cache_lock = threading.Lock()


def compiled_template(path: str | Path) -> CompiledTemplate:
    """The compiled form of the template at ``path``, prepared once per path and content."""
    path = Path(path)
    data = read_template_file(path)
    key = (os.path.abspath(path), hashlib.sha256(data).digest())
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    prepared = CompiledTemplate(path, data)
    with _cache_lock:
        _cache[key] = prepared
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return prepared


__all__ = ["CompiledTemplate", "compiled_template", "TemplateError"]
