"""The compiled template path renders the document docxtpl renders: every XML part compared, for a
corpus of CVs and three templates (the bundled one; one in the reference layout with text boxes in
the header and a footer; one with docxtpl's ``{%p %}`` / ``{%tr %}`` tags and a ``RichText``).

docxtpl's result is produced here the way the renderer produced it before templates were compiled:
``DocxTemplate.render`` with the same sandboxed environment, then ``save``.

Differences, each justified: (1) an XML part rendering does not touch is copied from the template as
it is, where python-docx re-serialises it (compared here as canonical XML); (2) ZIP entry times are
the template's, where python-docx stamps the current time (not XML: not compared); (3) with several
document sections docxtpl renders the footnotes once per section, treating its own output as a
template the second time (CV text such as ``{{ x }}`` would then be evaluated); the compiled path
renders them once. The templates here have one section, so (3) does not show.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.oxml import oxml_parser
from docxtpl import RichText
from lxml import etree

from cvextract.render import compiled_template as compiled_module
from cvextract.render.compiled_template import compiled_template
from cvextract.render.context import render_context
from cvextract.render.docx_template import render_docx
from cvextract.render.package_writer import raw_members
from cvextract.render.sandbox import render_budget, template_environment
from cvextract.render.template_file import CvDocxTemplate
from docx_files import W_NS, write_zip
from sample_cvs import EXAMPLES, SIDEBAR_SECTIONS, TEMPLATE_PATH, make_cv_data, write_cv

# One xdist worker runs the whole module: the module's compiled template (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_compiled_template")

CORPUS = [make_cv_data(i) for i in range(8)] + [copy.deepcopy(cv) for cv in EXAMPLES.values()]


def _reference_layout_template(path: Path) -> Path:
    """The reference template's layout: identity and sidebar in header text boxes (written by the
    example generator from a 'CV' whose texts are Jinja tags), body loops, and a footer."""
    sidebar = {key: [f"{{% for item in sidebar.{key} %}}{{{{ item }}}}{{% if not loop.last %}}, {{% endif %}}"
                     "{% endfor %}"] for key, _ in SIDEBAR_SECTIONS}
    tags = {
        "identity": {"title": "{{ identity.title }}", "full_name": "{{ identity.full_name }}",
                     "first_name": "{{ identity.first_name }}", "last_name": "{{ identity.last_name }}"},
        "sidebar": sidebar,
        "overview": "{{ overview }}",
        "experiences": [
            {"heading": "{%p for exp in experiences %}", "description": "", "bullets": [], "environment": None},
            {"heading": "{{ exp.heading }}", "description": "{{ exp.description }}",
             "bullets": ["{%p for bullet in exp.bullets %}", "{{ bullet }}", "{%p endfor %}"],
             "environment": ["{{ (exp.environment or [])|join(', ') }}"]},
            {"heading": "{%p endfor %}", "description": "", "bullets": [], "environment": None},
        ],
    }
    write_cv(path, tags, "textbox")
    document = docx.Document(path)
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0].text = "{{ identity.full_name }} | {{ identity.title }}"
    footer.add_paragraph("{% if sidebar.certifications %}Certified{% endif %}")
    document.save(path)
    return path


def _paragraph_and_row_tags_template(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("{{r highlight }}")
    document.add_paragraph("{%p for exp in experiences %}")
    document.add_paragraph("{{ exp.heading }}", style="Heading 2")
    document.add_paragraph("{%p if exp.bullets %}")
    document.add_paragraph("{{ exp.bullets|join('\n') }}", style="List Bullet")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    table = document.add_table(rows=4, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Tool", "#"
    table.rows[1].cells[0].text = "{%tr for tool in sidebar.tools %}"
    table.rows[2].cells[0].text, table.rows[2].cells[1].text = "{{ tool }}", "{{ loop.index }}"
    table.rows[3].cells[0].text = "{%tr endfor %}"
    section = document.sections[0]
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "{{ identity.full_name }}"
    document.core_properties.title = "CV of {{ identity.full_name }}"
    document.core_properties.subject = "{{ identity.title }}"
    document.save(path)
    return _with_footnotes(path, "{{ identity.full_name }} ({{ sidebar.languages|join(', ') }})")


FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _with_footnotes(path: Path, text: str) -> Path:
    """Add a footnotes part (python-docx cannot write one) holding ``text``."""
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
                 f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/footnotes.xml"] = footnotes.encode("utf-8")
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_TYPE}"/></Types>'.encode())
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                             b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    return write_zip(path, members)


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    return {
        "bundled": TEMPLATE_PATH,
        "reference-layout": _reference_layout_template(folder / "reference layout.docx"),
        "p-and-tr-tags": _paragraph_and_row_tags_template(folder / "tags.docx"),
    }


def _with_richtext(cv: dict) -> dict:
    cv = copy.deepcopy(cv)
    cv["highlight"] = RichText(cv["identity"]["full_name"] + " & co", bold=True, color="C00000")
    return cv


def _docxtpl(cv: dict, template: Path) -> bytes:
    document = CvDocxTemplate(str(template))
    with render_budget():
        document.render(render_context(cv), template_environment(), autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _canonical(xml: bytes) -> bytes:
    """The XML as python-docx reads it (insignificant whitespace dropped), in canonical form."""
    return etree.tostring(etree.fromstring(xml, oxml_parser), method="c14n")


RENDERED = ("word/document.xml", "docProps/core.xml")


def _is_rendered(name: str) -> bool:
    return name in RENDERED or name.startswith(("word/header", "word/footer", "word/footnotes"))


@pytest.mark.parametrize("kind", ["bundled", "reference-layout", "p-and-tr-tags"])
def test_compiled_rendering_equals_docxtpl(templates, kind: str) -> None:
    template = templates[kind]
    untouched = set(raw_members(template.read_bytes()))
    for cv in CORPUS:
        cv = _with_richtext(cv)
        expected, actual = _members(_docxtpl(cv, template)), _members(compiled_template(template).render(cv))
        assert sorted(actual) == sorted(expected)
        for name, blob in expected.items():
            if actual[name] == blob:
                continue
            # Justified difference: an XML part rendering does not touch is copied from the template
            # as it is, where python-docx parses and re-serialises it (dropping insignificant
            # whitespace, rewriting the XML declaration). The XML is the same.
            assert name in untouched and not _is_rendered(name) and name.endswith((".xml", ".rels")), name
            assert _canonical(actual[name]) == _canonical(blob), name
        rendered = b"".join(actual[n] for n in actual if _is_rendered(n)).decode("utf-8")
        assert cv["identity"]["full_name"] in rendered


def test_the_templates_render_what_they_promise(templates, tmp_path: Path) -> None:
    cv = _with_richtext(make_cv_data(1))
    out = tmp_path / "tags.docx"
    render_docx(cv, templates["p-and-tr-tags"], out)
    document = docx.Document(out)
    lines = [p.text for p in document.paragraphs]
    assert lines[0] == cv["identity"]["full_name"] + " & co"
    assert [line for line in lines if line in {e["heading"] for e in cv["experiences"]}] == \
        [e["heading"] for e in cv["experiences"]]
    assert [row.cells[0].text for row in document.tables[0].rows] == ["Tool", *cv["sidebar"]["tools"]]
    assert document.core_properties.title == "CV of " + cv["identity"]["full_name"]
    with zipfile.ZipFile(out) as archive:
        footnotes = archive.read("word/footnotes.xml").decode("utf-8")
    assert f"{cv['identity']['full_name']} ({', '.join(cv['sidebar']['languages'])})" in footnotes

    out = tmp_path / "layout.docx"
    render_docx(cv, templates["reference-layout"], out)
    with zipfile.ZipFile(out) as archive:
        header = archive.read("word/header1.xml").decode("utf-8")
        footer = next(archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/footer"))
    assert header.count("<w:txbxContent>") == 4 and cv["identity"]["last_name"] in header
    assert ", ".join(cv["sidebar"]["tools"]) in header
    assert f"{cv['identity']['full_name']} | {cv['identity']['title']}" in footer


def test_a_template_is_prepared_once_per_content(tmp_path: Path, monkeypatch) -> None:
    prepared = []
    real_init = compiled_module.CompiledTemplate.__init__

    def counting_init(self, path, data):
        prepared.append(path)
        real_init(self, path, data)

    monkeypatch.setattr(compiled_module.CompiledTemplate, "__init__", counting_init)
    template = tmp_path / "t.docx"
    document = docx.Document()
    document.add_paragraph("A {{ identity.full_name }}")
    document.save(template)
    for i in range(3):
        render_docx(make_cv_data(i), template, tmp_path / f"a{i}.docx")
    assert len(prepared) == 1
    document.paragraphs[0].text = "B {{ identity.last_name }}"
    document.save(template)  # same path, new content
    cv = make_cv_data(5)
    render_docx(cv, template, tmp_path / "b.docx")
    assert len(prepared) == 2
    assert docx.Document(tmp_path / "b.docx").paragraphs[0].text == "B " + cv["identity"]["last_name"]


def test_untouched_parts_are_copied_compressed_as_they_are(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    render_docx(make_cv_data(2), TEMPLATE_PATH, out)
    source, result = raw_members(TEMPLATE_PATH.read_bytes()), raw_members(out.read_bytes())
    for name in ("word/styles.xml", "word/numbering.xml", "word/theme/theme1.xml", "word/fontTable.xml"):
        assert result[name].data == source[name].data, name
    assert result["word/document.xml"].data != source["word/document.xml"].data


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    cv = make_cv_data(3)
    first = compiled_template(TEMPLATE_PATH).render(cv)
    assert compiled_template(TEMPLATE_PATH).render(copy.deepcopy(cv)) == first
