"""Every way rendering a template can fail, as one line naming the template, the part and the cause."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateSyntaxError
from jinja2.exceptions import SecurityError
from lxml import etree

from ..errors import TemplateError
from .sandbox import RenderLimitError

_TAGS = re.compile(r"<[^>]+>")
# What a template can make Jinja, docxtpl or python-docx raise while it compiles or renders.
RENDER_ERRORS = (JinjaTemplateError, etree.XMLSyntaxError, TypeError, ValueError, LookupError, AttributeError,
                 ArithmeticError, RecursionError, MemoryError, SyntaxError)  # LookupError: KeyError, IndexError, codecs


def _near_text(exc: TemplateSyntaxError) -> str:
    """The text of the paragraph docxtpl reports around the error (its lines are paragraphs)."""
    context = list(getattr(exc, "docx_context", None) or [])
    if not context or not exc.lineno:
        return ""
    index = exc.lineno - 1 - max(exc.lineno - 4, 0)
    line = context[index] if 0 <= index < len(context) else ""
    line = " ".join(_TAGS.sub("", line).split())
    return line[:77] + "..." if len(line) > 80 else line


def template_error(template_path: Path, part: str, exc: BaseException) -> TemplateError:
    """The one-line TemplateError for ``exc``, raised while rendering ``part`` of the template."""
    if isinstance(exc, TemplateSyntaxError):
        where = f"{part}, line {exc.lineno}" if exc.lineno else part
        near = _near_text(exc)
        return TemplateError(template_path, f"Jinja syntax error in {where}: {exc.message}"
                                            + (f" (near '{near}')" if near else ""))
    if isinstance(exc, etree.XMLSyntaxError):
        return TemplateError(template_path, f"rendering {part} produced invalid XML ({exc}); "
                                            "are the {% %} tags balanced within paragraphs?")
    message = str(exc).splitlines()[0] if str(exc) else ""
    if isinstance(exc, SecurityError):
        return TemplateError(template_path, f"refused by the template sandbox in {part}: {message}")
    if isinstance(exc, RenderLimitError):
        return TemplateError(template_path, f"{message} (in {part})")
    if isinstance(exc, SyntaxError):  # Python's own limits on the code Jinja generates
        return TemplateError(template_path, f"template too deeply nested to compile in {part} ({exc.msg})")
    if isinstance(exc, RecursionError):
        return TemplateError(template_path, f"template recursion too deep in {part}")
    if isinstance(exc, MemoryError):
        return TemplateError(template_path, f"rendering {part} ran out of memory")
    return TemplateError(template_path, f"template failed to render in {part}: {type(exc).__name__}"
                                        + (f": {message}" if message else ""))
