"""The default renderer (``default-docx-cv-renderer``): CV data into a docxtpl (Jinja2) Word template.

* Jinja runs **sandboxed** (:mod:`.sandbox`): a template cannot reach Python internals, and its
  rendering is bounded in time and memory. A template is read like a CV (:mod:`.template_file`:
  size caps, no DTDs).
* Jinja runs with **autoescape on**, so ``& < >`` in CV text are escaped and CV text is always data:
  a value of ``{{ 7*7 }}`` or ``{% raw %}`` appears literally in the document (Jinja never re-reads
  its output, and :mod:`.context` protects values from docxtpl's own ``{_{``-style tag pass).
* The context is the CV dict as-is (extra keys included) after :func:`.context.render_context`.
* ``\\n`` in a value becomes a Word line break (``<w:br/>``) and ``\\t`` a tab; docxtpl does that after
  rendering, inside every ``<w:t>``, whether autoescape is on or not.
* Undefined names render as empty text (also ``{{ a.b.c }}``), and ``None`` renders as empty text.
* The template is prepared once per process and content (:mod:`.compiled_template`), and the
  result is the document docxtpl would produce.
* The output is written atomically; every template problem is a one-line
  :class:`~cvextract.errors.TemplateError` naming the template.
"""

from __future__ import annotations

from pathlib import Path

from ..atomic import write_bytes
from .compiled_template import compiled_template


def render_document(cv: dict, template: str | Path) -> bytes:
    """The DOCX of ``cv`` rendered into ``template``, as bytes (nothing is written)."""
    return compiled_template(template).render(cv)


def render_docx(cv: dict, template: Path, output: Path) -> None:
    """Render ``cv`` into the DOCX ``template`` and write the result at ``output`` (atomically)."""
    document = render_document(cv, template)
    write_bytes(Path(output), document)


__all__ = ["render_docx", "render_document"]
