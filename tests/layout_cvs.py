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

# Section names per language, in the order of _PARTS ("volunteer": a section the vocabulary does not know).
_PARTS = ("volunteer", "overview", "experience", *SIDEBAR_KEYS)
SECTION_NAMES = {language: dict(zip(_PARTS, names.split(" / "))) for language, names in {
    "en": "Volunteer Work / Profile / Experience / Skills / Programming Languages / Tools / Certifications / "
          "Industries / Languages / Education",
    "de": "Ehrenamt / Profil / Berufserfahrung / Kenntnisse / Programmiersprachen / Werkzeuge / Zertifikate / "
          "Branchen / Sprachen / Ausbildung",
    "fr": "Bénévolat / Profil / Expérience professionnelle / Compétences / Langages de programmation / Outils / "
          "Certifications / Secteurs / Langues / Formation",
    "nl": "Vrijwilligerswerk / Profiel / Werkervaring / Vaardigheden / Programmeertalen / Tools / Certificaten / "
          "Sectoren / Talen / Opleiding",
    "es": "Voluntariado / Perfil / Experiencia profesional / Habilidades / Lenguajes de programación / Herramientas / "
          "Certificaciones / Sectores / Idiomas / Formación",
}.items()}
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
    if i % 4 == 1:
        sidebar["certifications"] = []  # a CV without the section
    if i % 3 == 2:
        sidebar["volunteer"] = rng.sample(["Red Cross", "Code Club", "Food Bank"], 2)  # not in the contract
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
            "description": "" if rng.random() < 0.2 else rng.choice(_DESCRIPTIONS).format(
                x=rng.choice(["billing", "claims", "trading"]), y=rng.choice(_POOLS["industries"]).lower()),
            "bullets": [b.format(n=rng.randint(2, 40)) for b in rng.sample(_BULLETS, rng.randint(1, 3))],
            "environment": rng.sample(_POOLS["tools"], 2) if rng.random() < 0.6 else None,
        })
        year = start_year
    return {
        "name": f"{first} {last}", "title": _TITLES[i % len(_TITLES)],
        "contact": "" if i % 5 == 4 else f"{first.lower()}.{last.lower().replace(' ', '')}@example.com | +31 20 555 01{i % 100:02d}",
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


def _sections(p: dict) -> list[str]:
    """The sidebar sections a person's CV shows: those with items, then a section the vocabulary does
    not know (volunteer work), which the extractor must read past."""
    return [key for key in (*SIDEBAR_KEYS, "volunteer") if p["sidebar"].get(key)]


def _environment_line(e: dict, label: str = "Environment") -> str | None:
    return f"{label}: {', '.join(e['environment'])}" if e["environment"] else None


def _experience_body(container, e: dict, *, bullets: str, environment: str) -> None:
    """The lines of an experience after its heading: description, bullets (a list style, "numbered",
    or a typed marker such as "•"), environment line."""
    if e["description"]:
        _paragraph(container, e["description"])
    for bullet in e["bullets"]:
        if bullets == "numbered":
            _numbered_paragraph(container, bullet)
        elif len(bullets) == 1:
            _paragraph(container, f"{bullets} {bullet}")
        else:
            container.add_paragraph(bullet, style=bullets)
    if e["environment"]:
        _paragraph(container, _environment_line(e, environment))


def _styled(style: str):
    """A section-heading or item writer: one paragraph in a Word style."""
    return lambda container, text: container.add_paragraph(text, style=style)


def _bold(*, size: float | None = None, upper: bool = False, suffix: str = ""):
    """A section-heading writer: one bold line (capitals, a trailing colon)."""
    return lambda container, text: _paragraph(container, (text.upper() if upper else text) + suffix,
                                              bold=True, size=size)


def _typed(marker: str):
    """An item writer: a line with a bullet typed by the author."""
    return lambda container, text: _paragraph(container, f"{marker} {text}")


def _overview_and_experiences(container, p: dict, names: dict, *, heading, experience, bullets: str,
                              environment: str = "Environment") -> None:
    """The overview and experience sections: ``heading(container, text)`` writes a section heading,
    ``experience(container, e)`` an experience's heading line(s) (None: written elsewhere)."""
    heading(container, names["overview"])
    _paragraph(container, p["overview"])
    heading(container, names["experience"])
    if experience is None:
        return
    for e in p["experiences"]:
        experience(container, e)
        _experience_body(container, e, bullets=bullets, environment=environment)


def _sidebar_lists(container, p: dict, names: dict, *, heading, item) -> None:
    """Each sidebar section: its heading, then ``item(container, text)`` per item."""
    for key in _sections(p):
        heading(container, names[key])
        for text in p["sidebar"][key]:
            item(container, text)


def _role_then_dates(container, e: dict) -> None:
    _paragraph(container, e["role"], bold=True)
    _paragraph(container, e["dates"], italic=True)


def _identity(container, p: dict, *, name_size: float, title_size: float | None = None,
              contact_size: float | None = None) -> None:
    _paragraph(container, p["name"], bold=True, size=name_size)
    _paragraph(container, p["title"], size=title_size)
    if p["contact"]:
        _paragraph(container, p["contact"], size=contact_size)


def _styled_identity(doc, p: dict, *, contact: bool) -> None:
    doc.add_paragraph(p["name"], style="Title")
    doc.add_paragraph(p["title"], style="Subtitle")
    if contact and p["contact"]:
        doc.add_paragraph(p["contact"])


def _word_headings(doc, p: dict, names: dict) -> None:
    _styled_identity(doc, p, contact=True)
    _overview_and_experiences(doc, p, names, heading=_styled("Heading 1"), bullets="List Bullet", experience=lambda c, e: (
        c.add_paragraph(e["role"], style="Heading 2"), _paragraph(c, e["dates"], italic=True)))
    _sidebar_lists(doc, p, names, heading=_styled("Heading 1"), item=_styled("List Bullet"))


def _two_column_table(doc, p: dict, names: dict) -> None:
    left, right = doc.add_table(rows=1, cols=2).rows[0].cells
    _identity(left, p, name_size=20, title_size=12, contact_size=8)
    _sidebar_lists(left, p, names, heading=_bold(size=11, upper=True), item=lambda c, t: _paragraph(c, t, size=9))
    _overview_and_experiences(right, p, names, heading=_bold(size=11, upper=True), bullets="List Bullet",
                              experience=lambda c, e: _paragraph(c, f"{e['dates']} | {e['role']}", bold=True, size=10))


def _caps_bullets(doc, p: dict, names: dict) -> None:
    _identity(doc, p, name_size=16)
    _overview_and_experiences(doc, p, names, heading=_bold(upper=True), bullets="•",
                              experience=lambda c, e: _paragraph(c, f"{e['role']} ({e['dates']})", bold=True))
    _sidebar_lists(doc, p, names, heading=_bold(upper=True), item=_typed("•"))


def _bold_headings_role_then_dates(doc, p: dict, names: dict) -> None:
    """German: bold headings, role line (bold) then dates (own line); sidebar items comma-joined."""
    _identity(doc, p, name_size=18, title_size=12, contact_size=9)
    _overview_and_experiences(doc, p, names, heading=_bold(size=13), bullets="List Bullet", environment="Umgebung",
                              experience=_role_then_dates)
    for key in _sections(p):
        _paragraph(doc, names[key], bold=True, size=13)
        _paragraph(doc, ("; " if key == "academic_background" else ", ").join(p["sidebar"][key]))


def _dates_then_role(doc, p: dict, names: dict) -> None:
    """French: Heading 1 sections, the dates line then the role line; sidebar as labelled lines."""
    _styled_identity(doc, p, contact=False)
    _overview_and_experiences(doc, p, names, heading=_styled("Heading 1"), bullets="–", environment="Environnement",
                              experience=lambda c, e: (_paragraph(c, e["dates"], italic=True),
                                                       _paragraph(c, e["role"], bold=True)))
    doc.add_paragraph(names["skills"], style="Heading 1")
    for key in _sections(p):
        separator = "; " if key == "academic_background" else ", "
        if key == "volunteer":  # a section of its own, as a labelled line would be read as a skill
            doc.add_paragraph(names[key], style="Heading 1")
            doc.add_paragraph(separator.join(p["sidebar"][key]))
        else:
            doc.add_paragraph(f"{names[key]} : {separator.join(p['sidebar'][key])}")


def _experience_rows(doc, p: dict, *, dates_left: bool) -> None:
    """Experiences as table rows: the dates in one column, role, description and bullets in the other."""
    table = doc.add_table(rows=len(p["experiences"]), cols=2)
    for row, e in zip(table.rows, p["experiences"]):
        dates_cell, text_cell = (row.cells[0], row.cells[1]) if dates_left else (row.cells[1], row.cells[0])
        dates_cell.paragraphs[0].text = e["dates"]
        _run(text_cell.paragraphs[0], e["role"], bold=True)
        _experience_body(text_cell, e, bullets="List Bullet", environment="Environment")


def _header_name_rows(doc, p: dict, names: dict) -> None:
    header = doc.sections[0].header
    header.paragraphs[0].text = ""
    _run(header.paragraphs[0], p["name"], bold=True, size=16)
    _paragraph(header, p["title"])
    if p["contact"]:
        _paragraph(doc, p["contact"])
    _overview_and_experiences(doc, p, names, heading=_styled("Heading 1"), bullets="List Bullet", experience=None)
    _experience_rows(doc, p, dates_left=False)
    _sidebar_lists(doc, p, names, heading=_styled("Heading 1"), item=_styled("List Bullet"))


def _dates_column(doc, p: dict, names: dict) -> None:
    _paragraph(doc, p["name"], bold=True, size=20)
    _paragraph(doc, p["title"], size=13)
    _overview_and_experiences(doc, p, names, heading=_bold(size=12, upper=True), bullets="List Bullet", experience=None)
    _experience_rows(doc, p, dates_left=True)
    for key in _sections(p):
        _paragraph(doc, names[key].upper(), bold=True, size=12)
        _paragraph(doc, " | ".join(p["sidebar"][key]))


def _textbox_sidebar(doc, p: dict, names: dict) -> None:
    anchor = _paragraph(doc, p["name"], bold=True, size=22)
    boxed = [_box_paragraph(names[key].upper(), size=10, bold=True) + "".join(
        _box_paragraph(item, size=9) for item in p["sidebar"][key]) for key in _sections(p)]
    anchor._p.append(_text_box_run(boxed, box_id=1, x=0.3, y=1.0, width=2.2, height=9.0))
    _paragraph(doc, p["title"], size=13)
    if p["contact"]:
        _paragraph(doc, p["contact"], size=9)
    _overview_and_experiences(doc, p, names, heading=_bold(size=10, upper=True), bullets="List Bullet",
                              environment="Tech stack",
                              experience=lambda c, e: _paragraph(c, f"{e['role']} | {e['dates']}", bold=True, size=11))


def _colon_headings(doc, p: dict, names: dict) -> None:
    """Dutch: headings with trailing colons, "dates: role" lines, typed "-" bullets."""
    _paragraph(doc, p["name"], bold=True, size=18)
    _paragraph(doc, p["title"])
    _overview_and_experiences(doc, p, names, heading=_bold(suffix=":"), bullets="-", environment="Omgeving",
                              experience=lambda c, e: _paragraph(c, f"{e['dates']}: {e['role']}", bold=True))
    _sidebar_lists(doc, p, names, heading=_bold(suffix=":"), item=_typed("-"))


def _numbered(doc, p: dict, names: dict) -> None:
    """Spanish: Heading 1 sections, numbered lists (w:numPr on each paragraph) for bullets and items."""
    _styled_identity(doc, p, contact=False)
    _overview_and_experiences(doc, p, names, heading=_styled("Heading 1"), bullets="numbered", environment="Entorno",
                              experience=lambda c, e: c.add_paragraph(f"{e['role']} — {e['dates']}", style="Heading 2"))
    _sidebar_lists(doc, p, names, heading=_styled("Heading 1"), item=_numbered_paragraph)


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
