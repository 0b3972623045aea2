"""The any-layout extractor on CVs generated in ten layouts and five languages, field by field."""

from __future__ import annotations

import json

import docx
import pytest

from cvextract.errors import UnreadableLayoutError
from cvextract.extract.any_layout import cv_from_blocks
from cvextract.extract.any_layout.dates import find_date_range, without_range
from cvextract.extract.any_layout.docx_blocks import read_docx_blocks
from cvextract.extract.text_blocks import BODY, PAGE_HEADER, TEXT_BOX
from cli_runs import cli
from cvextract import stages
from cvextract.errors import InputError
from cvextract.extract.any_layout.docx_blocks import MAX_BLOCKS, MAX_RUNS
from docx_files import W_NS, docx_with, rewrite_docx
from cvextract.extract.docx_cv import extract_docx_cv
from cvextract.extract.layout_choice import extract_docx_any_layout
from layout_cvs import LAYOUTS, SIDEBAR_KEYS, expected_cv, person_for, write_layout_cv

from sample_cvs import CVS_DIR, EXAMPLES, PROJECT_ROOT, _paragraph

PEOPLE_PER_LAYOUT = 3


@pytest.mark.parametrize("i", range(PEOPLE_PER_LAYOUT))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_field_of_a_generated_cv_comes_back(tmp_path, layout, i):
    person = person_for(layout, i)
    path = write_layout_cv(tmp_path / f"{layout}.docx", person, layout)
    expected = expected_cv(person)

    got = cv_from_blocks(read_docx_blocks(path), path)

    assert got["identity"] == expected["identity"]
    for key in SIDEBAR_KEYS:
        assert got["sidebar"][key] == expected["sidebar"][key], key
    assert got["overview"] == expected["overview"]
    assert [e["heading"] for e in got["experiences"]] == [e["heading"] for e in expected["experiences"]]
    for got_experience, expected_experience in zip(got["experiences"], expected["experiences"]):
        assert got_experience == expected_experience
    assert got.notes[0].startswith("read by the any-layout extractor")


def test_blocks_keep_where_the_text_stands(tmp_path):
    person = person_for("header-name-table-rows", 0)
    blocks = read_docx_blocks(write_layout_cv(tmp_path / "rows.docx", person, "header-name-table-rows"))
    assert next(b for b in blocks if b.text == "Profile").style == "Heading 1"  # stored as "heading 1"
    assert blocks[0].region == PAGE_HEADER and blocks[0].text == person["name"] and blocks[0].bold
    dates = next(b for b in blocks if b.text == person["experiences"][0]["dates"])
    assert dates.region == BODY and dates.cell.row == 0 and dates.cell.column == 1
    bullet = next(b for b in blocks if b.text == person["experiences"][0]["bullets"][0])
    assert bullet.list_item and bullet.style == "List Bullet"

    person = person_for("textbox-sidebar", 0)
    blocks = read_docx_blocks(write_layout_cv(tmp_path / "box.docx", person, "textbox-sidebar"))
    boxed = [b.text for b in blocks if b.region == TEXT_BOX]
    assert boxed.count(person["sidebar"]["tools"][0]) == 1  # the VML fallback copy is not read twice


@pytest.mark.parametrize("text, dates, rest", [
    ("Jan 2020 – Present", "Jan 2020 – Present", ""),
    ("2019 – heute", "2019 – heute", ""),
    ("03/2018 - 12/2020", "03/2018 - 12/2020", ""),
    ("seit 2021", "seit 2021", ""),
    ("2019 – aujourd'hui", "2019 – aujourd'hui", ""),
    ("Senior Engineer, Acme (2019 – 2021)", "2019 – 2021", "Senior Engineer, Acme"),
    ("06.2017 bis 05.2019 | Berater", "06.2017 bis 05.2019", "Berater"),
    ("enero 2018 - actualidad: Consultor", "enero 2018 - actualidad", "Consultor"),
    ("depuis mars 2019", "depuis mars 2019", ""),
])
def test_date_ranges_in_five_languages(text, dates, rest):
    match = find_date_range(text)
    assert match.text == dates and without_range(text, match) == rest


def test_no_date_range_in_a_plain_sentence():
    assert find_date_range("Engineer since the start, 12 years in 2 countries") is None


def small_docx(path, *paragraphs, footer: str | None = None):
    """A DOCX of ``paragraphs``: each a text, or (text, style name or None, run format such as bold=True)."""
    doc = docx.Document()
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    for item in paragraphs:
        text, style, run_format = (item, None, {}) if isinstance(item, str) else (*item, {})[:3]
        _paragraph(doc, text, style=style, **run_format)
    doc.save(path)
    return path


def test_a_cv_without_experiences_fails_naming_what_is_missing_and_the_headings_seen(tmp_path):
    path = small_docx(tmp_path / "thin.docx", ("Mara Keller", "Title"), ("Agile Coach", "Subtitle"),
                      ("Profile", "Heading 1"), "Coach for teams.", ("Skills", "Heading 1"), "Coaching, Facilitation")
    with pytest.raises(UnreadableLayoutError) as err:
        cv_from_blocks(read_docx_blocks(path), path)
    assert str(err.value) == (f"{path}: no experience section found (headings seen: Profile, Skills); "
                              "try extract: {name: openai-extractor} (or {fallback: openai-extractor})")
    assert err.value.missing == ["no experience section found"]


# ------------------------------------------------------------------ the automatic choice


REFERENCE_DIR = PROJECT_ROOT.parent / "shared" / "reference"


@pytest.mark.parametrize("rel", list(EXAMPLES))
def test_bundled_examples_keep_the_reference_extractor_and_its_exact_result(rel):
    got = extract_docx_any_layout(CVS_DIR / rel)
    assert got == EXAMPLES[rel] and got.extractor == "reference-layout" and got.notes == []


def test_reference_cvs_come_out_exactly_as_the_reference_extractor_reads_them():
    files = sorted(REFERENCE_DIR.glob("*.docx"))
    if not files:
        pytest.skip("no ../shared/reference")
    for path in files:
        assert extract_docx_any_layout(path) == extract_docx_cv(path), path.name


@pytest.mark.parametrize("layout", ["word-headings", "german", "header-name-table-rows"])
def test_cli_extracts_another_layout_with_the_default_extractor(tmp_path, capsys, layout):
    person = person_for(layout, 1)
    source = write_layout_cv(tmp_path / "in" / "cv.docx", person, layout)
    out = tmp_path / "cv.json"
    code, _, stderr = cli(capsys, "--extract", f"source={source}", "name=default-docx-cv-extractor",
                          f"output={out}", "--target", tmp_path / "target")
    assert code == 0, stderr
    assert json.loads(out.read_text(encoding="utf-8")) == expected_cv(person)


def test_cli_names_what_it_could_not_find_in_one_line(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    source = small_docx(tmp_path / "in" / "notes.docx", ("Meeting notes", "Heading 1"), "Nothing about a person here.")
    code, stdout, stderr = cli(capsys, "--extract", f"source={source}", "--target", tmp_path / "target")
    assert code == 1 and stdout == ""
    assert stderr.splitlines() == [
        f"ERROR: {source}: no name found; no experience section found; no skills, tools, languages, "
        "certifications, industries or education found (headings seen: none); "
        "try extract: {name: openai-extractor} (or {fallback: openai-extractor})"]


# ------------------------------------------------------------------ vocabulary from the config


def test_configured_section_names_extend_the_vocabulary(tmp_path):
    person = person_for("german", 3)
    path = write_layout_cv(tmp_path / "cv.docx", person, "german")
    renamed = tmp_path / "renamed.docx"
    rewrite_docx(path, renamed, lambda xml: xml.replace(">Berufserfahrung<", ">Einsätze<"))
    with pytest.raises(UnreadableLayoutError, match="no experience section found"):
        extract_docx_any_layout(renamed)

    out = tmp_path / "cv.json"
    result = stages.extract_cv(renamed, out, sections={"experience": ["Einsätze"]})
    assert json.loads(out.read_text("utf-8")) == expected_cv(person) and result.extractor == "any-layout"


# ------------------------------------------------------------------ unusual and hostile packages


def _styled_docx(path, styles_xml: str):
    document = (f'<w:document xmlns:w="{W_NS}"><w:body>'
                '<w:p><w:pPr><w:pStyle w:val="Berschrift1"/></w:pPr><w:r><w:t>Profil</w:t></w:r></w:p>'
                '<w:p><w:r><w:t>Text</w:t></w:r></w:p></w:body></w:document>')
    return docx_with(path, document, {"word/styles.xml": styles_xml})


@pytest.mark.parametrize("styles", [
    # the usual form: a w: prefix, double quotes (each style cut out and parsed alone)
    f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="20"/></w:rPr></w:rPrDefault>'
    '</w:docDefaults><w:style w:type="paragraph" w:styleId="Berschrift1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Base"/></w:style><w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/>'
    '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>',
    # another prefix and single quotes, as other writers may (parsed whole)
    f"<x:styles xmlns:x='{W_NS}'><x:docDefaults><x:rPrDefault><x:rPr><x:sz x:val='20'/></x:rPr></x:rPrDefault>"
    "</x:docDefaults><x:style x:type='paragraph' x:styleId='Berschrift1'><x:name x:val='heading 1'/>"
    "<x:basedOn x:val='Base'/></x:style><x:style x:type='paragraph' x:styleId='Base'><x:name x:val='Base'/>"
    "<x:rPr><x:b/><x:sz x:val='32'/></x:rPr></x:style></x:styles>",
])
def test_style_names_and_inherited_formatting_come_from_styles_xml(tmp_path, styles):
    heading, text = read_docx_blocks(_styled_docx(tmp_path / "styled.docx", styles))
    assert (heading.style, heading.bold, heading.size) == ("Heading 1", True, 16.0)
    assert (text.style, text.bold, text.size) == (None, False, 10.0)


def test_a_file_with_too_many_paragraphs_is_refused_in_one_line(tmp_path):
    body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * (MAX_BLOCKS + 1)
    path = docx_with(tmp_path / "huge.docx", f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')
    with pytest.raises(InputError, match=f"more than {MAX_BLOCKS} paragraphs"):
        read_docx_blocks(path)


def test_nested_tables_are_read_row_by_row_inside_their_cell(tmp_path):
    doc = docx.Document()
    outer = doc.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "A"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "B1"
    inner.cell(0, 1).text = "B2"
    outer.cell(1, 0).text = "C"
    outer.cell(1, 1).text = "D"
    path = tmp_path / "nested.docx"
    doc.save(path)
    blocks = read_docx_blocks(path)
    assert [b.text for b in blocks] == ["A", "B1", "B2", "C", "D"]
    assert [(b.cell.table, b.cell.row, b.cell.column) for b in blocks] == [
        (0, 0, 0), (1, 0, 0), (1, 0, 1), (0, 1, 0), (0, 1, 1)]


def test_name_particles_connector_headings_and_a_page_footer(tmp_path):
    path = small_docx(tmp_path / "cv.docx", ("Jan van der Berg", None, {"bold": True, "size": 20}), "Interim IT Manager",
                      ("Professional Background", "Heading 1"), "2019 – 2021 | Consultant, Northwind",
                      ("Tools & Technologies", "Heading 1"), "Git, Docker", footer="Confidential, page 1")

    cv = cv_from_blocks(read_docx_blocks(path), path)

    assert cv["identity"] == {"title": "Interim IT Manager", "full_name": "Jan van der Berg", "first_name": "Jan",
                              "last_name": "van der Berg"}
    assert cv["experiences"][0]["heading"] == "2019 – 2021 | Consultant, Northwind"
    assert cv["sidebar"]["tools"] == ["Git", "Docker"]  # the footer's line is not a tool


def test_a_paragraph_of_too_many_runs_is_refused_in_one_line(tmp_path):
    runs = "<w:r><w:t>x</w:t></w:r>" * (MAX_RUNS + 1)
    path = docx_with(tmp_path / "runs.docx", f'<w:document xmlns:w="{W_NS}"><w:body><w:p>{runs}</w:p></w:body></w:document>')
    with pytest.raises(InputError, match=f"more than {MAX_RUNS} text runs"):
        read_docx_blocks(path)
