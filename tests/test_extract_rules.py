"""The extraction rules of default-docx-cv-extractor, on small DOCX files written here as raw XML."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from cvextract.extract.body_sections import starts_with_date
from cvextract.extract.docx_cv import extract_docx_cv
from cvextract.extract.paragraph_text import clean, normalise
from docx_files import W_NS

NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DEFAULT_HEADER = ("<w:p><w:r><w:t>Engineer</w:t></w:r></w:p><w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p>"
                  "<w:p><w:r><w:t>TOOLS</w:t></w:r></w:p><w:p><w:r><w:t>Git</w:t></w:r></w:p>")


# ------------------------------------------------------------------ tiny DOCX writer


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text: str = "", style: str | None = None, num_id: int | None = None, inner: str | None = None) -> str:
    props = ""
    if style or num_id is not None:
        props = "<w:pPr>"
        if style:
            props += f'<w:pStyle w:val="{style}"/>'
        if num_id is not None:
            props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        props += "</w:pPr>"
    return f"<w:p>{props}{inner if inner is not None else (run(text) if text else '')}</w:p>"


def text_box(paragraphs: str) -> str:
    """A header text box as Word writes it: DrawingML in mc:Choice, a VML copy in mc:Fallback."""
    return (
        "<w:p><w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
        f"<w:txbxContent>{paragraphs}</w:txbxContent>"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{paragraphs}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def make_docx(path: Path, body: str, headers: dict[str, str] | None = None) -> Path:
    """Write a minimal DOCX: ``body`` is the w:body content, ``headers`` maps part name -> w:hdr content."""
    headers = {"word/header1.xml": DEFAULT_HEADER} if headers is None else headers
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>")
        for name, content in headers.items():
            z.writestr(name, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                             f"<w:hdr {NAMESPACES}>{content}</w:hdr>")
    return path


@pytest.fixture
def extract(tmp_path):
    counter = iter(range(10_000))

    def _extract(body: str, headers: dict[str, str] | None = None) -> dict:
        return extract_docx_cv(make_docx(tmp_path / f"cv{next(counter)}.docx", body, headers))

    return _extract


def experience_body(*paragraphs: str) -> str:
    return para("OVERVIEW") + para("Overview text.") + para("PROFESSIONAL EXPERIENCE") + "".join(paragraphs)


def header_of(*lines: str) -> dict[str, str]:
    return {"word/header1.xml": "".join(para(line) for line in lines)}


# ------------------------------------------------------------------ output shape


def test_output_keys_and_order(extract):
    data = extract(experience_body(para("Acme | Engineer", "Heading3"), para("Built things.")))
    assert list(data) == ["identity", "sidebar", "overview", "experiences"]
    assert list(data["identity"]) == ["title", "full_name", "first_name", "last_name"]
    assert list(data["sidebar"]) == ["skills", "languages", "tools", "certifications", "industries",
                                     "spoken_languages", "academic_background"]
    assert data["experiences"] == [
        {"heading": "Acme | Engineer", "description": "Built things.", "bullets": [], "environment": None}]


# ------------------------------------------------------------------ body markers


@pytest.mark.parametrize("overview, experience", [
    ("OVERVIEW", "PROFESSIONAL EXPERIENCE"),
    ("Overview:", "Professional Experience."),
    ("  overview.. ", "PROFESSIONAL EXPERIENCE:"),
    (".:OVERVIEW:.", "professional experience"),
])
def test_markers_ignore_case_and_trailing_dots_and_colons(extract, overview, experience):
    data = extract(para("Contact: me@example.com | +1 555") + para(overview, "Heading2")
                   + para("First part.") + para("Second  part.")
                   + para(experience, "Heading2") + para("Acme | Engineer", "Heading3") + para("Did work."))
    assert data["overview"] == "First part. Second part."
    assert [e["heading"] for e in data["experiences"]] == ["Acme | Engineer"]


def test_text_before_first_marker_is_ignored_and_near_markers_do_not_switch(extract):
    data = extract(para("Los Angeles | 555 | a@b.c") + para("EXPERIENCE") + para("OVERVIEWS")
                   + para("OVERVIEW") + para("Summary text.") + para("EXPERIENCE")
                   + para("PROFESSIONAL  EXPERIENCE"))
    # "EXPERIENCE" and a double-spaced marker are not markers: both stay overview text.
    assert data["overview"] == "Summary text. EXPERIENCE PROFESSIONAL EXPERIENCE"
    assert data["experiences"] == []


def test_overview_includes_bullets_and_a_marker_closes_the_open_entry(extract):
    data = extract(para("OVERVIEW") + para("Intro.") + para("• point one", "ListBullet")
                   + para("PROFESSIONAL EXPERIENCE") + para("Acme | Engineer", "Heading3") + para("Desc.")
                   + para("OVERVIEW") + para("More."))
    assert data["overview"] == "Intro. • point one More."
    assert data["experiences"][0]["description"] == "Desc."


# ------------------------------------------------------------------ experience headings


@pytest.mark.parametrize("line", [
    "June 2019 – Present | Software Engineer",
    "Sept 2020 - Now, Lead",
    "sep 2020—current",
    "January 2014 -- December 2018 Architect",
    "Mar 2020 – 04/2021 Contractor",
    "03/2019 – 05/2021 Consultant",
    "3/2019 - Present",
    "2015 – 2018 Analyst",
    "2015‒present",
    "2015 − 2016",
    "2015‑2016",
    "2019 | Engineer",
    "2019|Engineer",
])
def test_date_forms_are_recognised(line):
    assert starts_with_date(line)


@pytest.mark.parametrize("line", [
    "Jan. 2020 – Present",       # abbreviation dot: not a date form
    "Engineer – June 2019 – Present",  # date not at the start
    "13/2019 – 05/2021",          # no month 13
    "03/1819 – 05/2021",          # MM/YYYY years are 19xx or 20xx
    "2019 to 2020",
    "Summer 2019 – Present",
    "June – Present",
])
def test_non_date_forms_are_rejected(line):
    assert not starts_with_date(line)


def test_date_heading_wins_even_for_long_punctuated_bullets(extract):
    long_date_line = ("June 2019 – Present, a very long heading with many many words in it that goes on "
                      "and on and on and ends with a period.")
    data = extract(experience_body(para(long_date_line, num_id=1), para("Described here."),
                                   para("Did a thing.", num_id=1)))
    assert [e["heading"] for e in data["experiences"]] == [long_date_line]
    assert data["experiences"][0]["bullets"] == ["Did a thing."]


def test_heading_and_title_styles_make_headings_even_when_long_or_bulleted(extract):
    long_line = "Senior Threat Intelligence Engineer – January 2019 – Present, with a long tail of text here."
    data = extract(experience_body(
        para(long_line, "Heading3"), para("Desc one."),
        para("Role two, described at length in a numbered heading paragraph.", "heading4", num_id=2),
        para("Role three.", "MyTitleStyle"), para("Role four.", "Subtitle")))
    assert [e["heading"] for e in data["experiences"]] == [
        long_line, "Role two, described at length in a numbered heading paragraph.", "Role three.",
        "Role four."]
    assert data["experiences"][0]["description"] == "Desc one."


def test_short_plain_lines_become_headings(extract):
    data = extract(experience_body(
        para("Acme Corp | Engineer"), para("A description that ends with a period."),
        para("A short line without final punctuation"),   # the documented consequence
        para("EDUCATION")))
    assert [e["heading"] for e in data["experiences"]] == [
        "Acme Corp | Engineer", "A short line without final punctuation", "EDUCATION"]
    assert data["experiences"][0]["description"] == "A description that ends with a period."


@pytest.mark.parametrize("line", [
    "Ends with a colon:", "Ends with a semicolon;", "Ends with a period.",
    "- dash glyph", "– en dash glyph", "— em dash glyph", "• bullet glyph", "· middle dot",
    "-> arrow", "→ arrow",
    "environment is not a heading",
    "one two three four five six seven eight nine ten eleven twelve",   # 11 spaces
    "x" * 81,
])
def test_lines_that_are_not_short_plain_headings_become_description(extract, line):
    data = extract(experience_body(para("Acme | Engineer", "Heading3"), para(line)))
    assert len(data["experiences"]) == 1
    assert data["experiences"][0]["description"] == line


def test_exactly_80_chars_and_10_spaces_is_still_a_heading(extract):
    line = "a b c d e f g h i j " + "k" * 60
    assert len(line) == 80 and line.count(" ") == 10
    data = extract(experience_body(para("Acme | Engineer", "Heading3"), para(line)))
    assert [e["heading"] for e in data["experiences"]] == ["Acme | Engineer", line]


# ------------------------------------------------------------------ bullets


def test_numpr_bullets_including_numid_zero(extract):
    data = extract(experience_body(
        para("Acme | Engineer", "Heading3"), para("Description here."),
        para("First bullet", num_id=1), para("Second bullet", "ListParagraph", num_id=0),
        para("Third bullet", "Normal", num_id=5)))
    assert data["experiences"][0]["bullets"] == ["First bullet", "Second bullet", "Third bullet"]
    assert data["experiences"][0]["description"] == "Description here."


@pytest.mark.parametrize("style", ["ListBullet", "ListParagraph", "ListNumber", "MyBulletStyle",
                                   "numbering2", "listbullet2"])
def test_list_styles_make_bullets_without_numpr(extract, style):
    data = extract(experience_body(para("Acme | Engineer", "Heading3"), para("Short bullet", style)))
    assert data["experiences"][0]["bullets"] == ["Short bullet"]


def test_typed_bullet_glyphs_are_kept(extract):
    data = extract(experience_body(para("Acme | Engineer", "Heading3"),
                                   para("• typed   glyph", "ListBullet"), para("-  dash", num_id=1)))
    assert data["experiences"][0]["bullets"] == ["• typed glyph", "- dash"]


def test_lines_before_the_first_entry_are_dropped(extract):
    data = extract(experience_body(
        para("A long description line before any heading, which is dropped."),
        para("An orphan bullet", num_id=1), para("Environment: Python"),
        para("Acme | Engineer", "Heading3"), para("Kept.")))
    assert data["experiences"] == [
        {"heading": "Acme | Engineer", "description": "Kept.", "bullets": [], "environment": None}]


# ------------------------------------------------------------------ environment


def test_environment_lines_split_on_commas_and_accumulate(extract):
    data = extract(experience_body(
        para("Acme | Engineer", "Heading3"), para("Did things."),
        para("Environment: Python,  Django , ,PostgreSQL"),
        para("environment : AWS, Docker;Kubernetes", num_id=1),
        para("ENVIRONMENT:Go")))
    assert data["experiences"][0]["environment"] == [
        "Python", "Django", "PostgreSQL", "AWS", "Docker;Kubernetes", "Go"]
    assert data["experiences"][0]["bullets"] == []


def test_bare_environment_goes_to_description_and_environment_is_null_without_lines(extract):
    data = extract(experience_body(para("Acme | Engineer", "Heading3"), para("Built it."),
                                   para("Environment:"), para("Environment :  ")))
    exp = data["experiences"][0]
    assert exp["description"] == "Built it. Environment: Environment :"
    assert exp["environment"] is None


# ------------------------------------------------------------------ paragraph text walk


def test_breaks_split_lines_that_keep_the_paragraph_flags(extract):
    inner = (run("Acme | Engineer") + "<w:r><w:br/></w:r>" + run("Second line of the heading.")
             + "<w:r><w:cr/></w:r>" + run("Third"))
    data = extract(experience_body(para(style="Heading3", inner=inner),
                                   para(num_id=1, inner=run("Bullet A") + "<w:r><w:br/></w:r>" + run("Bullet B"))))
    assert [e["heading"] for e in data["experiences"]] == [
        "Acme | Engineer", "Second line of the heading.", "Third"]
    assert data["experiences"][-1]["bullets"] == ["Bullet A", "Bullet B"]


def test_deleted_and_field_instruction_text_is_skipped_insertions_kept(extract):
    inner = (run("Kept ") + '<w:del w:id="1" w:author="x"><w:r><w:delText>DELETED </w:delText></w:r></w:del>'
             + '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>'
             + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             + '<w:r><w:instrText xml:space="preserve"> HYPERLINK "http://x" </w:instrText></w:r>'
             + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("link text.")
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    data = extract(experience_body(para("Acme | Engineer", "Heading3"), para(inner=inner)))
    assert data["experiences"][0]["description"] == "Kept inserted link text."


def test_nbsp_soft_hyphen_hyphen_elements_tabs_and_other_namespaces(extract):
    inner = (run("Machine\u00a0learning\u00ad") + "<w:r><w:softHyphen/></w:r>" + run("based")
             + "<w:r><w:noBreakHyphen/></w:r>" + run("work") + "<w:r><w:tab/></w:r>"
             + run("with\tmath ") + "<m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath>" + run(" done."))
    tab_stops = '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
    data = extract(experience_body(para("Acme | Engineer", "Heading3"),
                                   f"<w:p>{tab_stops}{inner}</w:p>"))
    assert data["experiences"][0]["description"] == "Machine learning--based-work with math x+1 done."


def test_normalise_and_clean():
    assert normalise("a\u00a0b\u00adc\r\nd\re\x0bf") == "a b-c\nd\nef"
    assert clean("  a \t b\n c\u00a0 ") == "a b c"
    assert clean("networks..") == "networks.."


@pytest.mark.parametrize("char, replacement", [
    *[(chr(code), "") for code in (0x00, 0x08, 0x0B, 0x0C, 0x0E, 0x1F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF)],
    ("\u00a0", " "), ("\u00ad", "-"), ("\r", "\n"), ("\t", "\t"), ("\n", "\n"), ("\u00e9", "\u00e9"),
])
def test_normalise_changes_each_character_on_its_own(char, replacement):
    # Each on its own: text with nothing else to normalise takes the fast path, which must still see it.
    assert normalise(f"a{char}b") == f"a{replacement}b"


def test_punctuation_is_kept_across_runs(extract):
    data = extract(experience_body(para("Acme | Engineer", "Heading3"),
                                   para(inner=run("Secures networks.") + run("."))))
    assert data["experiences"][0]["description"] == "Secures networks.."


def test_paragraphs_in_tables_and_content_controls_are_read(extract):
    table = ("<w:tbl><w:tr><w:tc>" + para("Acme | Engineer", "Heading3") + "</w:tc><w:tc>"
             + para("In a cell.") + "</w:tc></w:tr></w:tbl>")
    sdt = "<w:sdt><w:sdtContent>" + para("In a content control", num_id=1) + "</w:sdtContent></w:sdt>"
    data = extract(experience_body(table, sdt))
    assert data["experiences"] == [{"heading": "Acme | Engineer", "description": "In a cell.",
                                    "bullets": ["In a content control"], "environment": None}]


def test_empty_paragraphs_from_template_tags_are_skipped(extract):
    data = extract(para() + para("OVERVIEW", "Heading2") + para("Text.") + para()
                   + para("PROFESSIONAL EXPERIENCE", "Heading2") + para()
                   + para("Acme | Engineer", "Heading3") + para() + para("Desc.") + para(" \t ")
                   + para("Bullet", "ListBullet") + para("", "ListBullet") + para())
    assert data["overview"] == "Text."
    assert data["experiences"] == [
        {"heading": "Acme | Engineer", "description": "Desc.", "bullets": ["Bullet"], "environment": None}]


# ------------------------------------------------------------------ header: identity and sidebar


def test_plain_header_identity_and_sections(extract):
    data = extract(experience_body(), header_of(
        "Senior Architect", "Sarah Jane Connor", "LANGUAGES", "Python, C++", "Tools.", "Git; Docker | AWS",
        "certifications:", "CISSP • OSCP · CEH", "INDUSTRIES", "Finance", "Spoken Languages",
        "English, German", "ACADEMIC BACKGROUND", "M.S. Stanford", "Tools/", "SKILLS", "Leadership"))
    assert data["identity"] == {"title": "Senior Architect", "full_name": "Sarah Jane Connor",
                                "first_name": "Sarah", "last_name": "Jane Connor"}
    assert data["sidebar"] == {
        "skills": ["Leadership"],
        "languages": ["Python", "C++"],
        "tools": ["Git", "Docker", "AWS"],
        "certifications": ["CISSP", "OSCP", "CEH"],
        "industries": ["Finance"],
        "spoken_languages": ["English", "German"],
        "academic_background": ["M.S. Stanford", "Tools/"],   # "Tools/" is not a heading
    }


def test_identity_from_separate_name_lines(extract):
    data = extract(experience_body(), header_of("Threat Engineer", "Luke", "Reese", "TOOLS", "Git"))
    assert data["identity"] == {"title": "Threat Engineer", "full_name": "Luke Reese",
                                "first_name": "Luke", "last_name": "Reese"}


def test_one_identity_line_leaves_names_empty(extract):
    data = extract(experience_body(), header_of("Only A Title", "TOOLS", "Git"))
    assert data["identity"] == {"title": "Only A Title", "full_name": "", "first_name": "", "last_name": ""}


def test_no_section_heading_means_empty_identity_and_sidebar(extract):
    data = extract(experience_body(), header_of("Engineer", "Jane Doe", "Python, Go"))
    assert data["identity"] == {"title": "", "full_name": "", "first_name": "", "last_name": ""}
    assert all(items == [] for items in data["sidebar"].values())


def test_no_header_part_at_all(extract):
    data = extract(experience_body(), headers={})
    assert data["identity"]["title"] == "" and data["sidebar"]["tools"] == []


def test_identity_fallback_to_last_three_lines_after_the_last_heading(extract):
    data = extract(experience_body(), header_of(
        "LANGUAGES", "Python, Go", "TOOLS", "Git, Docker", "Architect", "Jane", "Doe"))
    assert data["identity"] == {"title": "Architect", "full_name": "Jane Doe",
                                "first_name": "Jane", "last_name": "Doe"}
    assert data["sidebar"]["tools"] == ["Git", "Docker"]
    assert data["sidebar"]["languages"] == ["Python", "Go"]


def test_identity_fallback_with_two_trailing_lines_steals_the_section_item(extract):
    data = extract(experience_body(), header_of("LANGUAGES", "Go", "TOOLS", "Python", "Manager John Smith"))
    assert data["identity"] == {"title": "Python", "full_name": "Manager John Smith",
                                "first_name": "Manager", "last_name": "John Smith"}
    assert data["sidebar"]["tools"] == []
    assert data["sidebar"]["languages"] == ["Go"]


def test_repeated_heading_mutes_until_the_next_new_heading_and_items_dedupe(extract):
    data = extract(experience_body(), header_of(
        "Engineer", "Jane Doe", "TOOLS", "Git, Git, Docker", "Docker; Git", "LANGUAGES", "Go",
        "TOOLS", "Muted", "INDUSTRIES", "Energy"))
    assert data["sidebar"]["tools"] == ["Git", "Docker"]
    assert data["sidebar"]["languages"] == ["Go"]
    assert data["sidebar"]["industries"] == ["Energy"]
    assert "Muted" not in str(data["sidebar"])


def test_sidebar_items_split_on_all_separators_and_are_cleaned(extract):
    data = extract(experience_body(), header_of(
        "Engineer", "Jane Doe", "TOOLS",
        "A, B; C | D \u2022 E \u00b7 F \u2027 G \u2219 H \u25cf I",
        "Python  Java\tGo", "  ,  ; ", "J\u00a0K"))
    assert data["sidebar"]["tools"] == ["A", "B", "C", "D", "E", "F", "G", "H", "I", "Python Java Go", "J K"]


def test_text_boxes_in_alternate_content_are_read_once_and_preferred(extract):
    box = (para("Threat Engineer") + para("Luke") + para("Reese") + para("SKILLS.") + para("LANGUAGES.")
           + para("Python, Go") + para("TOOLS.") + para("Linux, Bash"))
    header = para("Plain paragraph outside the text box") + text_box(box) + para("TOOLS") + para("Ignored")
    data = extract(experience_body(), {"word/header1.xml": header})
    assert data["identity"] == {"title": "Threat Engineer", "full_name": "Luke Reese",
                                "first_name": "Luke", "last_name": "Reese"}
    assert data["sidebar"]["languages"] == ["Python", "Go"]
    assert data["sidebar"]["tools"] == ["Linux", "Bash"]
    assert data["sidebar"]["skills"] == []


def test_vml_only_text_box_is_read(extract):
    header = ("<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
              + para("Engineer") + para("Jane Doe") + para("TOOLS") + para("Git")
              + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    data = extract(experience_body(), {"word/header1.xml": header})
    assert data["identity"]["full_name"] == "Jane Doe"
    assert data["sidebar"]["tools"] == ["Git"]


def test_empty_text_boxes_fall_back_to_all_paragraphs(extract):
    header = text_box(para("")) + para("Engineer") + para("Jane Doe") + para("TOOLS") + para("Git")
    data = extract(experience_body(), {"word/header1.xml": header})
    assert data["identity"]["title"] == "Engineer"
    assert data["sidebar"]["tools"] == ["Git"]


def test_header_parts_in_lexical_order_and_repeated_parts_merge(extract):
    first = "".join(para(x) for x in ("Engineer", "Jane Doe", "TOOLS", "Git"))
    data = extract(experience_body(), {
        "word/header2.xml": first + para("LANGUAGES") + para("Go"),   # read after header10
        "word/header10.xml": first,
        "word/footer1.xml": para("INDUSTRIES") + para("Footer text"),
    })
    assert data["identity"]["full_name"] == "Jane Doe"
    assert data["sidebar"]["tools"] == ["Git"]
    assert data["sidebar"]["languages"] == ["Go"]
    assert data["sidebar"]["industries"] == []          # footers are ignored


def test_equal_lines_in_different_sections_of_one_header_both_survive(extract):
    # Deviation from the earlier tool's global de-duplication (see header_sidebar's docstring).
    data = extract(experience_body(), header_of("Engineer", "Jane Doe", "LANGUAGES", "Go", "TOOLS", "Go"))
    assert data["sidebar"]["languages"] == ["Go"]
    assert data["sidebar"]["tools"] == ["Go"]


def test_strict_ooxml_namespace_is_read(tmp_path):
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    path = make_docx(tmp_path / "strict.docx", "", headers={})
    body = experience_body(para("Acme | Engineer", "Heading3"), para("Did work."))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml",
                   f'<w:document xmlns:w="{strict}"><w:body>{body}</w:body></w:document>')
        z.writestr("word/header1.xml", f'<w:hdr xmlns:w="{strict}">{DEFAULT_HEADER}</w:hdr>')
    data = extract_docx_cv(path)
    assert data["identity"]["full_name"] == "Jane Doe"
    assert data["experiences"][0]["heading"] == "Acme | Engineer"


def test_accepts_a_str_path_and_an_upper_case_suffix(tmp_path):
    path = make_docx(tmp_path / "CV.DOCX", experience_body(para("Acme | Engineer", "Heading3")))
    assert extract_docx_cv(str(path))["experiences"][0]["heading"] == "Acme | Engineer"
