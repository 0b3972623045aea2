"""Test support: a layout CV as an HTML page printed to PDF by headless Chromium — a PDF from another
producer than LibreOffice (Skia): a CSS-grid sidebar left or right, or experiences as table rows with
the dates in the left cell; list bullets drawn as shapes, not text; ligatures ("ﬁ") in the text.

    pdf = print_html_cv(chromium_browser, tmp_path / "cv.pdf", person_for("word-headings", 0), "right-sidebar")
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from chromium_page import ChromiumPage
from layout_cvs import SECTION_NAMES, SIDEBAR_KEYS

STYLE = """body { font-family: sans-serif; font-size: 10pt; margin: 0 }
h1 { font-size: 22pt; margin: 0 } h2 { font-size: 13pt } h3 { font-size: 10pt } h4 { margin: 8px 0 2px }
ul { padding-left: 16px }"""


HTML_LAYOUTS = ("left-sidebar", "right-sidebar", "dates-table")


def _sidebar(person: dict, names: dict, heading: str) -> str:
    e = html.escape
    return "".join(f"<{heading}>{e(names[key].upper() if heading == 'h3' else names[key])}</{heading}><ul>"
                   + "".join(f"<li>{e(v)}</li>" for v in person["sidebar"][key]) + "</ul>"
                   for key in SIDEBAR_KEYS if person["sidebar"][key])


def _experience(x: dict) -> str:
    e = html.escape
    return (f"<p>{e(x['description'])}</p><ul>" + "".join(f"<li>{e(b)}</li>" for b in x["bullets"]) + "</ul>"
            + (f"<p>Environment: {e(', '.join(x['environment']))}</p>" if x.get("environment") else ""))


def html_cv(person: dict, layout: str = "left-sidebar", language: str = "en") -> str:
    """``person`` as an HTML page: a sidebar beside the main column (CSS grid, left or right), or one
    column with the experiences as table rows, dates in the left cell."""
    names, e = SECTION_NAMES[language], html.escape
    top = (f"<h1>{e(person['name'])}</h1><div style='font-size: 13pt'>{e(person['title'])}</div>"
           f"<div>{e(person['contact'])}</div>")
    overview = f"<h2>{e(names['overview'])}</h2><p>{e(person['overview'])}</p><h2>{e(names['experience'])}</h2>"
    if layout == "dates-table":
        rows = "".join(f"<tr><td style='width: 110px; vertical-align: top'>{e(x['dates'])}</td>"
                       f"<td><b>{e(x['role'])}</b>{_experience(x)}</td></tr>" for x in person["experiences"])
        body = f"{top}{overview}<table>{rows}</table>{_sidebar(person, names, 'h2')}"
    else:
        main = overview + "".join(f"<h4>{e(x['role'])}</h4><div>{e(x['dates'])}</div>{_experience(x)}"
                                  for x in person["experiences"])
        side = _sidebar(person, names, "h3")
        columns = ("160px 1fr", side, main) if layout == "left-sidebar" else ("1fr 160px", main, side)
        body = (f"{top}<div style='display: grid; grid-template-columns: {columns[0]}; gap: 24px'>"
                f"<div>{columns[1]}</div><div>{columns[2]}</div></div>")
    return f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{body}</body></html>"


# The reference layout's sidebar headings, in its order (cvextract/extract/header_sidebar.py).
REFERENCE_SIDEBAR = (("skills", "SKILLS"), ("languages", "LANGUAGES"), ("tools", "TOOLS"),
                     ("certifications", "CERTIFICATIONS"), ("industries", "INDUSTRIES"),
                     ("spoken_languages", "SPOKEN LANGUAGES"), ("academic_background", "ACADEMIC BACKGROUND"))


def reference_html_cv(cv: dict, contact: str | None = None) -> str:
    """A CV dict (as the extractor returns it) as an HTML page in the reference layout: title, name
    and the sidebar (a heading in capitals, then the items joined by commas) in a column left of the
    contact line, OVERVIEW and PROFESSIONAL EXPERIENCE (bold headings, bullets, an environment line)."""
    e = html.escape
    identity, sidebar = cv["identity"], cv["sidebar"]
    side = (f"<div style='font-size: 10pt'><i>{e(identity['title'])}</i></div>"
            f"<div style='font-size: 18pt; font-weight: bold'>{e(identity['full_name'])}</div>"
            + "".join(f"<div style='font-size: 8pt; font-weight: bold; margin-top: 6px'>{label}</div>"
                      + (f"<div style='font-size: 7.5pt'>{e(', '.join(sidebar[key]))}</div>" if sidebar[key] else "")
                      for key, label in REFERENCE_SIDEBAR))
    main = ((f"<p style='font-size: 9pt'>{e(contact)}</p>" if contact else "")
            + f"<h2>OVERVIEW</h2><p>{e(cv['overview'])}</p><h2>PROFESSIONAL EXPERIENCE</h2>"
            + "".join(f"<h3 style='font-size: 11pt; margin-bottom: 2px'>{e(x['heading'])}</h3>"
                      + (f"<p style='margin: 2px 0'>{e(x['description'])}</p>" if x["description"] else "")
                      + ("<ul>" + "".join(f"<li>{e(b)}</li>" for b in x["bullets"]) + "</ul>" if x["bullets"] else "")
                      + (f"<p style='font-size: 9pt'>Environment: {e(', '.join(x['environment']))}</p>"
                         if x["environment"] else "")
                      for x in cv["experiences"]))
    body = (f"<div style='display: grid; grid-template-columns: 170px 1fr; gap: 24px'>"
            f"<div>{side}</div><div>{main}</div></div>")
    return f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{body}</body></html>"


def print_html_cv(browser: ChromiumPage, output: Path, person: dict, layout: str = "left-sidebar") -> Path:
    """``person`` as an HTML CV printed to the PDF ``output`` by Chromium (no network)."""
    return print_html(browser, output, html_cv(person, layout))


def print_html(browser: ChromiumPage, output: Path, page_html: str) -> Path:
    """The HTML page ``page_html`` printed to the PDF ``output`` by the running Chromium ``browser``
    (the ``chromium_browser`` fixture: one browser start for the session, not one per page)."""
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "cv.html"
        page.write_text(page_html, encoding="utf-8")
        return browser.print_pdf(page.as_uri(), output)
