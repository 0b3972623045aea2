"""Test support: a layout CV as an HTML page printed to PDF by headless Chromium — a PDF from another
producer than LibreOffice (Skia), with a CSS-grid sidebar and list bullets drawn as shapes, not text.

    pdf = print_html_cv(chromium, tmp_path / "cv.pdf", person_for("word-headings", 0))
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

from chromium_page import FLAGS
from layout_cvs import SECTION_NAMES, SIDEBAR_KEYS

STYLE = """body { font-family: sans-serif; font-size: 10pt; margin: 0 }
.grid { display: grid; grid-template-columns: 160px 1fr; gap: 24px }
h1 { font-size: 22pt; margin: 0 } h2 { font-size: 13pt } h3 { font-size: 10pt } h4 { margin: 8px 0 2px }
ul { padding-left: 16px }"""


def html_cv(person: dict, language: str = "en") -> str:
    names, e = SECTION_NAMES[language], html.escape
    sidebar = "".join(f"<h3>{e(names[key].upper())}</h3><ul>" + "".join(f"<li>{e(v)}</li>" for v in person["sidebar"][key])
                      + "</ul>" for key in SIDEBAR_KEYS if person["sidebar"][key])
    experiences = ""
    for x in person["experiences"]:
        experiences += (f"<h4>{e(x['role'])}</h4><div>{e(x['dates'])}</div><p>{e(x['description'])}</p><ul>"
                        + "".join(f"<li>{e(b)}</li>" for b in x["bullets"]) + "</ul>")
        if x.get("environment"):
            experiences += f"<p>Environment: {e(', '.join(x['environment']))}</p>"
    return (f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
            f"<h1>{e(person['name'])}</h1><div style='font-size: 13pt'>{e(person['title'])}</div>"
            f"<div>{e(person['contact'])}</div><div class='grid'><div>{sidebar}</div><div>"
            f"<h2>{e(names['overview'])}</h2><p>{e(person['overview'])}</p>"
            f"<h2>{e(names['experience'])}</h2>{experiences}</div></div></body></html>")


def print_html_cv(chromium: str, output: Path, person: dict) -> Path:
    """``person`` as an HTML CV printed to the PDF ``output`` by Chromium (no network, fresh profile)."""
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "cv.html"
        page.write_text(html_cv(person), encoding="utf-8")
        subprocess.run([chromium, *FLAGS, f"--user-data-dir={work}/profile", "--no-pdf-header-footer",
                        f"--print-to-pdf={output}", page.as_uri()], capture_output=True, timeout=300, check=True)
    return output
