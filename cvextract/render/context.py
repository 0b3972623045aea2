"""Turn CV data into a rendering context that can only ever come out of the template as text.

Every string goes through the same normalisation the extractor applies when it reads a document
(non-breaking space -> space, soft hyphen -> "-", CRLF/CR -> LF, characters XML 1.0 forbids dropped),
so a value can always be written into ``word/*.xml`` and reads back the same. Keys are untouched.

One docxtpl detail needs care: after Jinja has rendered a part, docxtpl turns the escape sequences
``{_{ }_} {_% %_}`` of the *whole* output into ``{{ }} {% %}`` (a template author's way to write a
literal tag). A CV value such as ``"a {_{ b"`` would be silently changed by that pass, so such
underscores are swapped for :data:`UNDERSCORE_SENTINEL` here and restored after docxtpl's pass (see
:mod:`cvextract.render.docx_template`).
"""

from __future__ import annotations

import re
from typing import Any

# A Unicode noncharacter (reserved for internal use, never in interchange text, but legal in XML 1.0).
UNDERSCORE_SENTINEL = "\ufdd0"

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. CR is removed
# before this runs. Lone surrogates (possible in a Python str) are not characters and go too.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DOCXTPL_ESCAPE = re.compile(r"(?<=[{}%])_(?=[{}%])")


def xml_safe_text(text: str) -> str:
    """The extractor's paragraph-text normalisation (no whitespace collapsing)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u00ad", "-")
    return _XML_INVALID.sub("", text)


def _context_text(text: str) -> str:
    text = xml_safe_text(text).replace(UNDERSCORE_SENTINEL, "")
    return _DOCXTPL_ESCAPE.sub(UNDERSCORE_SENTINEL, text)


def render_context(value: Any) -> Any:
    """A deep copy of ``value`` with every string made safe to render (dict keys kept as they are)."""
    if isinstance(value, str):
        return _context_text(value)
    if isinstance(value, dict):
        return {key: render_context(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [render_context(item) for item in value]
    return value


def restore_rendered(xml: str) -> str:
    """Undo the sentinel substitution in rendered XML."""
    return xml.replace(UNDERSCORE_SENTINEL, "_")
