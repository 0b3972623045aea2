"""DOCX files for tests: read a document's text, write small or hostile packages, edit a copy.

    from docx_files import W_NS, docx_text

* ``W_NS``: the WordprocessingML namespace (``xmlns:w``).
* ``docx_text(path)``: the text of the body and headers, tags removed (runs joined).
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_text(path: Path) -> str:
    """The text of the body and headers, tags removed (runs joined)."""
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.fullmatch(r"word/(document|header\d*)\.xml", n)]
        xml = "".join(z.read(n).decode("utf-8") for n in parts)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))
