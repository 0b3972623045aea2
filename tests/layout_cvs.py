"""Test support: CVs in layouts other than the reference one, generated from known data.

    from layout_cvs import LAYOUTS, make_person, write_layout_cv, expected_cv

* ``make_person(i, language="en")``: a distinct person (name, title, contact line, overview, sidebar,
  experiences with ``dates``/``role``/``description``/``bullets``/``environment``), deterministic in ``i``;
  dates are written the way CVs in that language write them.
* ``write_layout_cv(path, person, layout)``: that person as a DOCX in ``layout`` (one of ``LAYOUTS``).
* ``expected_cv(person)``: the CV dict the any-layout extractor must return for it (every value is
  text the DOCX holds; an experience's heading is "<dates> | <role>").
* ``LAYOUT_LANGUAGE[layout]``: the language a layout's section names are in.

The layouts are the usual ways CVs are written: Word heading styles; a two-column table (sidebar
left); plain bold ALL-CAPS headings with typed bullets; German and French section names; the name in
the page header with experiences as table rows (dates in the right column); a sidebar in a text box;
dates in a left column; Dutch headings with trailing colons; Spanish with numbered lists.
"""

from __future__ import annotations

import random
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.shared import Pt

from sample_cvs import _box_paragraph, _paragraph, _run, _save, _text_box_run

SIDEBAR_KEYS = ("skills", "languages", "tools", "certifications", "industries", "spoken_languages",
                "academic_background")

# Section names per language: overview, experience, then the sidebar keys.
SECTION_NAMES = {
    "en": {"overview": "Profile", "experience": "Experience", "skills": "Skills",
           "languages": "Programming Languages", "tools": "Tools", "certifications": "Certifications",
           "industries": "Industries", "spoken_languages": "Languages", "academic_background": "Education"},
    "de": {"overview": "Profil", "experience": "Berufserfahrung", "skills": "Kenntnisse",
           "languages": "Programmiersprachen", "tools": "Werkzeuge", "certifications": "Zertifikate",
           "industries": "Branchen", "spoken_languages": "Sprachen", "academic_background": "Ausbildung"},
    "fr": {"overview": "Profil", "experience": "Expérience professionnelle", "skills": "Compétences",
           "languages": "Langages de programmation", "tools": "Outils", "certifications": "Certifications",
           "industries": "Secteurs", "spoken_languages": "Langues", "academic_background": "Formation"},
    "nl": {"overview": "Profiel", "experience": "Werkervaring", "skills": "Vaardigheden",
           "languages": "Programmeertalen", "tools": "Tools", "certifications": "Certificaten",
           "industries": "Sectoren", "spoken_languages": "Talen", "academic_background": "Opleiding"},
    "es": {"overview": "Perfil", "experience": "Experiencia profesional", "skills": "Habilidades",
           "languages": "Lenguajes de programación", "tools": "Herramientas", "certifications": "Certificaciones",
           "industries": "Sectores", "spoken_languages": "Idiomas", "academic_background": "Formación"},
}
_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
_PRESENT = {"en": "Present", "de": "heute", "fr": "aujourd'hui", "nl": "heden", "es": "actualidad"}
_SINCE = {"en": "since", "de": "seit", "fr": "depuis", "nl": "sinds", "es": "desde"}

_FIRST = ["Mara", "Jonas", "Léa", "Pieter", "Lucía", "Tomás", "Ines", "Oskar", "Amira", "Hugo"]
_LAST = ["Keller", "Dubois", "Van Dijk", "García", "Novak", "Lindqvist", "Moreau", "Brandt", "Ortega", "Visser"]
_TITLES = ["Senior Cloud Consultant", "Lead Data Engineer", "Solution Architect", "Agile Coach",
           "Full-Stack Developer", "Test Automation Engineer", "Security Consultant"]
_ROLES = ["Platform Engineer", "Technical Lead", "Backend Developer", "Data Architect", "DevOps Engineer",
          "Scrum Master", "Consultant"]
_COMPANIES = ["Northwind Logistics", "Contoso Bank", "Fabrikam Energy", "Tailspin Retail", "Litware Health",
              "Adatum Telecom", "Proseware Insurance"]
_POOLS = {
    "skills": ["Cloud architecture", "Requirements analysis", "Coaching", "Event-driven design", "Data modelling"],
    "languages": ["Python", "Java", "TypeScript", "Go", "Kotlin", "SQL", "C#"],
    "tools": ["Kubernetes", "Terraform", "Jenkins", "Docker", "Kafka", "Grafana", "Jira"],
    "certifications": ["CKA", "AWS Solutions Architect Associate", "PSM I", "ISTQB Foundation"],
    "industries": ["Banking", "Energy", "Retail", "Public sector", "Healthcare", "Logistics"],
    "spoken_languages": ["English", "German", "French", "Dutch", "Spanish"],
    "academic_background": ["MSc Computer Science – Technical University of Arnhem",
                            "BSc Information Systems – University of Valence",
                            "Diploma in Business Informatics – Hochschule Lindau"],
}
_BULLETS = ["Migrated {n} services to a managed Kubernetes platform", "Cut release lead time from {n} days to one",
            "Introduced contract tests across {n} teams", "Designed the event model for {n} domains",
            "Coached {n} developers in test-driven development", "Automated compliance reports for {n} regulators"]
_DESCRIPTIONS = ["Modernised the {x} platform of a {y} company.", "Led the delivery team for a {y} customer portal.",
                 "Built the data pipelines behind {x} reporting for a {y} group."]


def make_person(i: int, language: str = "en") -> dict:
    """A distinct person for ``i``; ``language`` sets how dates are written."""
    rng = random.Random(f"{language}-{i}")
    first, last = _FIRST[i % len(_FIRST)], _LAST[(i * 3 + 1) % len(_LAST)]
    sidebar = {key: rng.sample(pool, rng.randint(2, 3)) for key, pool in _POOLS.items()}
    months = _MONTHS[language]
    experiences = []
    year = 2024
    for n in range(rng.randint(2, 3)):
        start_year, start_month = year - rng.randint(1, 4), rng.randrange(12)
        if n == 0:
            dates = rng.choice([f"{months[start_month]} {start_year} – {_PRESENT[language]}",
                                f"{start_month + 1:02d}/{start_year} – {_PRESENT[language]}",
                                f"{_SINCE[language]} {start_year}"])
        else:
            end_month = rng.randrange(12)
            dates = rng.choice([f"{months[start_month]} {start_year} – {months[end_month]} {year}",
                                f"{start_month + 1:02d}/{start_year} - {end_month + 1:02d}/{year}",
                                f"{start_year} – {year}"])
        experiences.append({
            "dates": dates,
            "role": f"{rng.choice(_ROLES)}, {rng.choice(_COMPANIES)}",
            "description": rng.choice(_DESCRIPTIONS).format(x=rng.choice(["billing", "claims", "trading"]),
                                                            y=rng.choice(_POOLS["industries"]).lower()),
            "bullets": [b.format(n=rng.randint(2, 40)) for b in rng.sample(_BULLETS, rng.randint(1, 3))],
            "environment": rng.sample(_POOLS["tools"], 2) if rng.random() < 0.6 else None,
        })
        year = start_year
    return {
        "name": f"{first} {last}", "title": _TITLES[i % len(_TITLES)],
        "contact": f"{first.lower()}.{last.lower().replace(' ', '')}@example.com | +31 20 555 01{i % 100:02d}",
        "overview": f"{_TITLES[i % len(_TITLES)]} with {6 + i % 14} years in {sidebar['industries'][0].lower()} "
                    f"projects, known for calm delivery under pressure.",
        "sidebar": sidebar, "experiences": experiences,
    }


def expected_cv(person: dict) -> dict:
    words = person["name"].split()
    return {
        "identity": {"title": person["title"], "full_name": person["name"], "first_name": words[0],
                     "last_name": " ".join(words[1:])},
        "sidebar": {key: list(person["sidebar"][key]) for key in SIDEBAR_KEYS},
        "overview": person["overview"],
        "experiences": [{"heading": f"{e['dates']} | {e['role']}", "description": e["description"],
                         "bullets": list(e["bullets"]), "environment": e["environment"]}
                        for e in person["experiences"]],
    }


# ------------------------------------------------------------------------------------------ writers


def _environment_line(e: dict, label: str = "Environment") -> str | None:
    return f"{label}: {', '.join(e['environment'])}" if e["environment"] else None


def _word_headings(doc, p: dict, names: dict) -> None:
    doc.add_paragraph(p["name"], style="Title")
    doc.add_paragraph(p["title"], style="Subtitle")
    doc.add_paragraph(p["contact"])
    doc.add_paragraph(names["overview"], style="Heading 1")
    doc.add_paragraph(p["overview"])
    doc.add_paragraph(names["experience"], style="Heading 1")
    for e in p["experiences"]:
        doc.add_paragraph(e["role"], style="Heading 2")
        _paragraph(doc, e["dates"], italic=True)
        doc.add_paragraph(e["description"])
        for bullet in e["bullets"]:
            doc.add_paragraph(bullet, style="List Bullet")
        if e["environment"]:
            doc.add_paragraph(_environment_line(e))
    for key in SIDEBAR_KEYS:
        doc.add_paragraph(names[key], style="Heading 1")
        for item in p["sidebar"][key]:
            doc.add_paragraph(item, style="List Bullet")


def _two_column_table(doc, p: dict, names: dict) -> None:
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    _run(left.paragraphs[0], p["name"], bold=True, size=20)
    _paragraph(left, p["title"], size=12)
    _paragraph(left, p["contact"], size=8)
    for key in SIDEBAR_KEYS:
        _paragraph(left, names[key].upper(), bold=True, size=11)
        for item in p["sidebar"][key]:
            _paragraph(left, item, size=9)
    _run(right.paragraphs[0], names["overview"].upper(), bold=True, size=11)
    _paragraph(right, p["overview"])
    _paragraph(right, names["experience"].upper(), bold=True, size=11)
    for e in p["experiences"]:
        _paragraph(right, f"{e['dates']} | {e['role']}", bold=True, size=10)
        _paragraph(right, e["description"])
        for bullet in e["bullets"]:
            right.add_paragraph(bullet, style="List Bullet")
        if e["environment"]:
            _paragraph(right, _environment_line(e), italic=True)


def _caps_bullets(doc, p: dict, names: dict) -> None:
    _paragraph(doc, p["name"], bold=True, size=16)
    _paragraph(doc, p["title"])
    _paragraph(doc, p["contact"])
    _paragraph(doc, names["overview"].upper(), bold=True)
    _paragraph(doc, p["overview"])
    _paragraph(doc, names["experience"].upper(), bold=True)
    for e in p["experiences"]:
        _paragraph(doc, f"{e['role']} ({e['dates']})", bold=True)
        _paragraph(doc, e["description"])
        for bullet in e["bullets"]:
            _paragraph(doc, f"• {bullet}")
        if e["environment"]:
            _paragraph(doc, _environment_line(e))
    for key in SIDEBAR_KEYS:
        _paragraph(doc, names[key].upper(), bold=True)
        for item in p["sidebar"][key]:
            _paragraph(doc, f"• {item}")


def _bold_headings_role_then_dates(doc, p: dict, names: dict) -> None:
    """German: bold headings, role line (bold) then dates (own line); sidebar items comma-joined."""
    _paragraph(doc, p["name"], bold=True, size=18)
    _paragraph(doc, p["title"], size=12)
    _paragraph(doc, p["contact"], size=9)
    _paragraph(doc, names["overview"], bold=True, size=13)
    _paragraph(doc, p["overview"])
    _paragraph(doc, names["experience"], bold=True, size=13)
    for e in p["experiences"]:
        _paragraph(doc, e["role"], bold=True)
        _paragraph(doc, e["dates"], italic=True)
        _paragraph(doc, e["description"])
        for bullet in e["bullets"]:
            doc.add_paragraph(bullet, style="List Bullet")
        if e["environment"]:
            _paragraph(doc, _environment_line(e, "Umgebung"))
    for key in SIDEBAR_KEYS:
        _paragraph(doc, names[key], bold=True, size=13)
        _paragraph(doc, ", ".join(p["sidebar"][key]) if key != "academic_background"
                   else "; ".join(p["sidebar"][key]))


def _dates_then_role(doc, p: dict, names: dict) -> None:
    """French: Heading 1 sections, the dates line then the role line; sidebar as labelled lines."""
    doc.add_paragraph(p["name"], style="Title")
    doc.add_paragraph(p["title"], style="Subtitle")
    doc.add_paragraph(names["overview"], style="Heading 1")
    doc.add_paragraph(p["overview"])
    doc.add_paragraph(names["experience"], style="Heading 1")
    for e in p["experiences"]:
        _paragraph(doc, e["dates"], italic=True)
        _paragraph(doc, e["role"], bold=True)
        doc.add_paragraph(e["description"])
        for bullet in e["bullets"]:
            _paragraph(doc, f"– {bullet}")
        if e["environment"]:
            _paragraph(doc, _environment_line(e, "Environnement"))
    doc.add_paragraph(names["skills"], style="Heading 1")
    for key in SIDEBAR_KEYS:
        separator = "; " if key == "academic_background" else ", "
        doc.add_paragraph(f"{names[key]} : {separator.join(p['sidebar'][key])}")


def _experience_rows(doc, p: dict, names: dict, *, dates_left: bool) -> None:
    """Experiences as table rows: the dates in one column, role, description and bullets in the other."""
    table = doc.add_table(rows=len(p["experiences"]), cols=2)
    for row, e in zip(table.rows, p["experiences"]):
        dates_cell, text_cell = (row.cells[0], row.cells[1]) if dates_left else (row.cells[1], row.cells[0])
        dates_cell.paragraphs[0].text = e["dates"]
        _run(text_cell.paragraphs[0], e["role"], bold=True)
        text_cell.add_paragraph(e["description"])
        for bullet in e["bullets"]:
            text_cell.add_paragraph(bullet, style="List Bullet")
        if e["environment"]:
            text_cell.add_paragraph(_environment_line(e))


def _header_name_rows(doc, p: dict, names: dict) -> None:
    header = doc.sections[0].header
    header.paragraphs[0].text = ""
    _run(header.paragraphs[0], p["name"], bold=True, size=16)
    _paragraph(header, p["title"])
    _paragraph(doc, p["contact"])
    doc.add_paragraph(names["overview"], style="Heading 1")
    doc.add_paragraph(p["overview"])
    doc.add_paragraph(names["experience"], style="Heading 1")
    _experience_rows(doc, p, names, dates_left=False)
    for key in SIDEBAR_KEYS:
        doc.add_paragraph(names[key], style="Heading 1")
        for item in p["sidebar"][key]:
            doc.add_paragraph(item, style="List Bullet")


def _dates_column(doc, p: dict, names: dict) -> None:
    _paragraph(doc, p["name"], bold=True, size=20)
    _paragraph(doc, p["title"], size=13)
    _paragraph(doc, names["overview"].upper(), bold=True, size=12)
    _paragraph(doc, p["overview"])
    _paragraph(doc, names["experience"].upper(), bold=True, size=12)
    _experience_rows(doc, p, names, dates_left=True)
    for key in SIDEBAR_KEYS:
        _paragraph(doc, names[key].upper(), bold=True, size=12)
        _paragraph(doc, " | ".join(p["sidebar"][key]))


def _textbox_sidebar(doc, p: dict, names: dict) -> None:
    anchor = _paragraph(doc, p["name"], bold=True, size=22)
    boxed = [_box_paragraph(names[key].upper(), size=10, bold=True) + "".join(
        _box_paragraph(item, size=9) for item in p["sidebar"][key]) for key in SIDEBAR_KEYS]
    anchor._p.append(_text_box_run(boxed, box_id=1, x=0.3, y=1.0, width=2.2, height=9.0))
    _paragraph(doc, p["title"], size=13)
    _paragraph(doc, p["contact"], size=9)
    _paragraph(doc, names["overview"].upper(), bold=True, size=10)
    _paragraph(doc, p["overview"])
    _paragraph(doc, names["experience"].upper(), bold=True, size=10)
    for e in p["experiences"]:
        _paragraph(doc, f"{e['role']} | {e['dates']}", bold=True, size=11)
        _paragraph(doc, e["description"])
        for bullet in e["bullets"]:
            doc.add_paragraph(bullet, style="List Bullet")
        if e["environment"]:
            _paragraph(doc, _environment_line(e, "Tech stack"))


def _colon_headings(doc, p: dict, names: dict) -> None:
    """Dutch: headings with trailing colons, "dates: role" lines, sidebar in labelled lines."""
    _paragraph(doc, p["name"], bold=True, size=18)
    _paragraph(doc, p["title"])
    _paragraph(doc, f"{names['overview']}:", bold=True)
    _paragraph(doc, p["overview"])
    _paragraph(doc, f"{names['experience']}:", bold=True)
    for e in p["experiences"]:
        _paragraph(doc, f"{e['dates']}: {e['role']}", bold=True)
        _paragraph(doc, e["description"])
        for bullet in e["bullets"]:
            _paragraph(doc, f"- {bullet}")
        if e["environment"]:
            _paragraph(doc, _environment_line(e, "Omgeving"))
    for key in SIDEBAR_KEYS:
        _paragraph(doc, f"{names[key]}:", bold=True)
        for item in p["sidebar"][key]:
            _paragraph(doc, f"- {item}")


def _numbered(doc, p: dict, names: dict) -> None:
    """Spanish: Heading 1 sections, numbered lists (w:numPr on each paragraph) for bullets and items."""
    doc.add_paragraph(p["name"], style="Title")
    doc.add_paragraph(p["title"], style="Subtitle")
    doc.add_paragraph(names["overview"], style="Heading 1")
    doc.add_paragraph(p["overview"])
    doc.add_paragraph(names["experience"], style="Heading 1")
    for e in p["experiences"]:
        doc.add_paragraph(f"{e['role']} — {e['dates']}", style="Heading 2")
        doc.add_paragraph(e["description"])
        for bullet in e["bullets"]:
            _numbered_paragraph(doc, bullet)
        if e["environment"]:
            doc.add_paragraph(_environment_line(e, "Entorno"))
    for key in SIDEBAR_KEYS:
        doc.add_paragraph(names[key], style="Heading 1")
        for item in p["sidebar"][key]:
            _numbered_paragraph(doc, item)


def _numbered_paragraph(doc, text: str):
    paragraph = doc.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'))
    return paragraph


_WRITERS = {
    "word-headings": (_word_headings, "en"),
    "two-column-table": (_two_column_table, "en"),
    "caps-typed-bullets": (_caps_bullets, "en"),
    "german": (_bold_headings_role_then_dates, "de"),
    "french-dates-first": (_dates_then_role, "fr"),
    "header-name-table-rows": (_header_name_rows, "en"),
    "textbox-sidebar": (_textbox_sidebar, "en"),
    "dates-column": (_dates_column, "en"),
    "dutch-colon-headings": (_colon_headings, "nl"),
    "spanish-numbered": (_numbered, "es"),
}
LAYOUTS = tuple(_WRITERS)
LAYOUT_LANGUAGE = {layout: language for layout, (_, language) in _WRITERS.items()}


def write_layout_cv(path: str | Path, person: dict, layout: str) -> Path:
    writer, language = _WRITERS[layout]
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(10)
    writer(doc, person, SECTION_NAMES[language])
    path = Path(path)
    _save(doc, path)
    return path


def person_for(layout: str, i: int) -> dict:
    """The ``i``-th person of ``layout``, dates in the layout's language."""
    return make_person(i, LAYOUT_LANGUAGE[layout])
