"""Word's traps for template authors are named before any document, one line each with where and the
text around it: split tags, curly quotes and non-breaking spaces in tags, tags in field codes, loops
closed in another cell or part, unknown docxtpl prefixes. What docxtpl repairs itself is a note."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from cvextract.errors import TemplateError
from cvextract.render.docx_template import render_docx
from cvextract.render.template_check import check_template
from cvextract.template_fields import analyse_template
from docx_files import bare_template, docx_text, rewrite_docx
from sample_cvs import EXAMPLES


def run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraphs(*texts: str) -> str:
    return "".join(f"<w:p>{run(t)}</w:p>" for t in texts)


def xml_template(path: Path, body_xml: str) -> Path:
    """A template whose body is ``body_xml`` (WordprocessingML paragraphs)."""
    base = bare_template(path.with_name("base-" + path.name), ["MARK"])
    return rewrite_docx(base, path, lambda xml: re.sub(r"<w:p>(?:(?!<w:p>).)*?MARK.*?</w:p>", lambda m: body_xml,
                                                       xml, flags=re.S))


def errors(template: Path) -> list[str]:
    with pytest.raises(TemplateError) as info:
        check_template(template)
    lines = str(info.value).splitlines()
    assert all(line.startswith(f"{template}: ") for line in lines)
    return [line.removeprefix(f"{template}: ") for line in lines]


FIELD = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD '
         '{{ overview }} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("«overview»")
         + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')

ERRORS = {
    "split-over-paragraphs": (paragraphs("{{ identity.", "full_name }}"), [
        "body: a {{ tag is not closed in its paragraph: Word split it over several paragraphs (or table cells), "
        "which docxtpl joins into one; keep each tag within one paragraph (near '{{ identity.')"]),
    "split-over-hyperlink": ('<w:p><w:hyperlink w:anchor="x">' + run("{{ identity.") + "</w:hyperlink>"
                             + run("full_name }}") + "</w:p>", [
        "body: the tag is split across a hyperlink and plain text, which docxtpl cannot join safely: retype the "
        "tag in one go (near '{{ identity.full_name }}')"]),
    "low-curly-quote": (paragraphs("{{ sidebar.tools|join(„, ”) }}"), [
        "body: curly quotes „ inside the tag: Jinja reads only straight quotes ' and \" "
        "(near '{{ sidebar.tools|join(„, ”) }}')"]),
    "nbsp-after-prefix": (paragraphs("{%p\u00a0if overview %}", "{{ overview }}", "{%p endif %}"), [
        "body: a non-breaking space after the docxtpl prefix: docxtpl needs an ordinary space there (type {%p if "
        "...) (near '{%p if overview %}')"]),
    "field-code": (FIELD, [
        "body: a tag inside a Word field code: Word shows the field's result, not the tag; type the tag as plain "
        "text (near 'MERGEFIELD {{ overview }}')"]),
    "unknown-prefix": (paragraphs("{%td for e in experiences %}", "{{ e.heading }}", "{%td endfor %}",
                                  "{{pp overview }}"), [
        "body: unknown tag '{%td': docxtpl's prefixes are {%p, {%tr, {%tc and {%r, Jinja's statements for, if, "
        "set, macro... (near '{%td for e in experiences %}')",
        "body: unknown tag '{%td': docxtpl's prefixes are {%p, {%tr, {%tc and {%r, Jinja's statements for, if, "
        "set, macro... (near '{%td endfor %}')",
        "body: unknown docxtpl prefix '{{pp': docxtpl's prefixes are {{p, {{tr, {{tc and {{r (near '{{pp overview }}')"]),
    "percent-in-prefixed-tag": (paragraphs("{%p for e in experiences %}", "{%p if loop.index % 2 %}",
                                           "{{ e.heading }}", "{%p endif %}", "{%p endfor %}"), [
        "body: a % or } inside a {%p %} tag: docxtpl does not recognise the prefix then (Jinja says unknown tag); "
        "compute it in a {% set %} first (near '{%p if loop.index % 2 %}')"]),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_each_trap_is_named_in_one_line(tmp_path: Path, name: str) -> None:
    body, expected = ERRORS[name]
    assert errors(xml_template(tmp_path / f"{name}.docx", body)) == expected


def test_a_loop_closed_in_another_cell_is_named(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_table(rows=1, cols=1)
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "{% for e in experiences %}{{ e.heading }}"
    table.cell(0, 1).text = "{% endfor %}"
    doc.save(tmp_path / "cells.docx")
    assert errors(tmp_path / "cells.docx") == [
        "body, table 2: {% for %} opened in body, table 2 (near '{% for e in experiences %} {{ e.heading }}') ends "
        "in another table cell: a loop over rows or cells is {%tr for %} or {%tc for %}, else open and close it in "
        "one cell (near '{% endfor %}')"]


def test_a_loop_closed_in_another_part_is_named(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "parts.docx", ["{% for e in experiences %}{{ e.heading }}"],
                             header=["{% endfor %}"])
    assert errors(template) == [
        "body: {% for %} is closed in another part (page header, near '{% endfor %}'): a block must open and "
        "close in one part (body, page header, page footer) (near '{% for e in experiences %} {{ e.heading }}')"]


def test_row_loops_and_loops_within_a_cell_are_fine(tmp_path: Path) -> None:
    doc = docx.Document()
    table = doc.add_table(rows=3, cols=1)
    table.cell(0, 0).text = "{%tr for e in experiences %}"
    table.cell(1, 0).text = "{% for b in e.bullets %}{{ b }}{% endfor %}"
    table.cell(2, 0).text = "{%tr endfor %}"
    doc.save(tmp_path / "rows.docx")
    fields = analyse_template(tmp_path / "rows.docx")
    assert fields.errors() == [] and fields.notes() == []


def test_what_docxtpl_repairs_is_a_note_and_renders(tmp_path: Path) -> None:
    body = ("<w:p>" + run("Name: {{ identity.") + run("full_name }}", bold=True) + "</w:p>"
            + paragraphs("{{ sidebar.tools|join(“, ”) }}", "{{\u00a0overview }}"))
    template = xml_template(tmp_path / "repaired.docx", body)
    fields = analyse_template(template)
    assert fields.errors() == []
    assert fields.notes() == [
        "body: the tag is split across 2 runs (docxtpl joins them; the first run's formatting applies) "
        "(near 'Name: {{ identity.full_name }}')",
        "body: curly quotes “ ” inside the tag (docxtpl reads them as straight quotes, also inside text in quotes) "
        "(near '{{ sidebar.tools|join(“, ”) }}')",
        "body: a non-breaking space inside the tag (Jinja reads it as a space) (near '{{ overview }}')"]
    cv = EXAMPLES["Grace_Hopper_CV.docx"]
    render_docx(cv, template, tmp_path / "out.docx")
    text = docx_text(tmp_path / "out.docx")
    assert f"Name: {cv['identity']['full_name']}" in text and ", ".join(cv["sidebar"]["tools"]) in text
