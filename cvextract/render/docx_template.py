"""The default renderer (``default-docx-cv-renderer``): CV data into a docxtpl (Jinja2) Word template.

* Jinja runs with **autoescape on**, so ``& < >`` in CV text are escaped and CV text is always data:
  a value of ``{{ 7*7 }}`` or ``{% raw %}`` appears literally in the document (Jinja never re-reads
  its output, and :mod:`.context` protects values from docxtpl's own ``{_{``-style tag pass).
* The context is the CV dict as-is (extra keys included) after :func:`.context.render_context`.
* ``\\n`` in a value becomes a Word line break (``<w:br/>``) and ``\\t`` a tab; docxtpl does that after
  rendering, inside every ``<w:t>``, whether autoescape is on or not.
* Undefined names render as empty text (also ``{{ a.b.c }}``), and ``None`` renders as empty text.
* The output is written atomically; every template problem is a one-line
  :class:`~cvextract.errors.TemplateError` naming the template.
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import ChainableUndefined, Environment
from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateSyntaxError
from lxml import etree

from ..atomic import atomic_path
from ..errors import TemplateError
from .context import render_context
from .template_file import load_template

_TAGS = re.compile(r"<[^>]+>")


def _blank_none(value):
    return "" if value is None else value


def jinja_environment() -> Environment:
    return Environment(autoescape=True, undefined=ChainableUndefined, finalize=_blank_none)


def _part_name(template) -> str:
    part = getattr(template, "current_rendering_part", None)
    name = str(getattr(part, "partname", "") or "")
    return name.lstrip("/") or "the template"


def _near_text(exc: TemplateSyntaxError) -> str:
    """The text of the paragraph docxtpl reports around the error (its lines are paragraphs)."""
    context = list(getattr(exc, "docx_context", None) or [])
    if not context or not exc.lineno:
        return ""
    index = exc.lineno - 1 - max(exc.lineno - 4, 0)
    line = context[index] if 0 <= index < len(context) else ""
    line = " ".join(_TAGS.sub("", line).split())
    return line[:77] + "..." if len(line) > 80 else line


def _template_error(template_path: Path, template, exc: Exception) -> TemplateError:
    part = _part_name(template)
    if isinstance(exc, TemplateSyntaxError):
        where = f"{part}, line {exc.lineno}" if exc.lineno else part
        near = _near_text(exc)
        return TemplateError(template_path, f"Jinja syntax error in {where}: {exc.message}"
                                            + (f" (near '{near}')" if near else ""))
    if isinstance(exc, etree.XMLSyntaxError):
        return TemplateError(template_path, f"rendering {part} produced invalid XML ({exc}); "
                                            "are the {% %} tags balanced within paragraphs?")
    message = str(exc).splitlines()[0] if str(exc) else ""
    return TemplateError(template_path, f"template failed to render in {part}: {type(exc).__name__}"
                                        + (f": {message}" if message else ""))


def render_docx(cv: dict, template: Path, output: Path) -> None:
    """Render ``cv`` into the DOCX ``template`` and write the result at ``output`` (atomically)."""
    template_path, output = Path(template), Path(output)
    document = load_template(template_path)
    context = render_context(cv)
    try:
        document.render(context, jinja_environment(), autoescape=True)
    except (JinjaTemplateError, etree.XMLSyntaxError, TypeError, ValueError, KeyError, AttributeError,
            ArithmeticError, IndexError) as exc:
        raise _template_error(template_path, document, exc) from exc
    with atomic_path(output) as tmp:
        document.save(tmp)


__all__ = ["render_docx", "jinja_environment"]
