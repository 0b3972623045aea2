"""The default renderer: docxtpl with autoescape, CV text as literal data, atomic output, template errors."""

from __future__ import annotations

import copy
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from cvextract.errors import TemplateError
from cvextract.registry import RENDERERS
from cvextract.render.context import render_context, xml_safe_text
from cvextract.render.docx_template import render_docx
from cvextract.stages import apply_cv
from docx_files import W_NS, bare_template, write_zip
from sample_cvs import EXAMPLES, TEMPLATE_PATH, make_cv_data

W = f"{{{W_NS}}}"  # Clark notation, as lxml names elements


def _cv(name: str = "Grace_Hopper_CV.docx") -> dict:
    return copy.deepcopy(EXAMPLES[name])


def _body_lines(path: Path) -> list[str]:
    return [p.text for p in docx.Document(path).paragraphs]


def _header_lines(path: Path) -> list[str]:
    return [p.text for p in docx.Document(path).sections[0].header.paragraphs]


def _all_text(path: Path) -> str:
    return "\n".join(_header_lines(path) + _body_lines(path))


@pytest.fixture()
def overview_template(tmp_path: Path) -> Path:
    return bare_template(tmp_path / "overview.docx", ["{{ overview }}"], ["{{ identity.title }}"])


# ---------------------------------------------------------------------------------------------------
# CV text is data


@pytest.mark.parametrize("text", [
    "{{ 7*7 }}",
    "{% raw %}",
    "{% for x in experiences %}{{ x }}{% endfor %}",
    "<b>&amp;</b> & < > \" '",
    "a {_{ b }_} c {_% d %_} e",
    "{#- comment -#} {%- endraw %}",
])
def test_cv_text_appears_literally(tmp_path: Path, overview_template: Path, text: str) -> None:
    cv = _cv()
    cv["overview"] = text
    cv["identity"]["title"] = text
    out = tmp_path / "out.docx"
    render_docx(cv, overview_template, out)
    assert _body_lines(out) == [text]
    assert text in _header_lines(out)


def test_literal_data_in_every_field_of_the_example_template(tmp_path: Path) -> None:
    cv = _cv()
    cv["sidebar"]["tools"] = ["{{ 7*7 }}", "<w:t>", "R&D"]
    cv["experiences"][0]["bullets"][0] = "{% raw %}{{ overview }}"
    cv["experiences"][0]["heading"] = "{{ identity.title }} – 2020 – Present"
    cv["experiences"][0]["environment"] = ["{{ x }}", "A&B"]
    out = tmp_path / "out.docx"
    render_docx(cv, TEMPLATE_PATH, out)
    text = _all_text(out)
    assert "{{ 7*7 }}, <w:t>, R&D" in text
    assert "{% raw %}{{ overview }}" in text
    assert "{{ identity.title }} – 2020 – Present" in text
    assert "Environment: {{ x }}, A&B" in text
    assert "49" not in text


def test_xml_invalid_characters_and_normalisation(tmp_path: Path, overview_template: Path) -> None:
    cv = _cv()
    cv["overview"] = "a\x00b\x07c\x0bd\x0ce\x1ff\ufffeg\ud800h i\u00a0j\u00adk"
    out = tmp_path / "out.docx"
    render_docx(cv, overview_template, out)
    assert _body_lines(out) == ["abcdefgh i j-k"]


def test_context_keeps_keys_and_non_strings() -> None:
    data = {"a\u00a0key": ["x\r\ny", {"n": 3, "none": None, "t": ("p\rq",)}], "flag": True}
    assert render_context(data) == {"a\u00a0key": ["x\ny", {"n": 3, "none": None, "t": ["p\nq"]}], "flag": True}
    assert xml_safe_text("tab\tstays\nnewline stays") == "tab\tstays\nnewline stays"


def test_newlines_become_line_breaks(tmp_path: Path, overview_template: Path) -> None:
    cv = _cv()
    cv["overview"] = "first line\nsecond line\r\nthird line\rfourth\tcolumn"
    out = tmp_path / "out.docx"
    render_docx(cv, overview_template, out)
    body = docx.Document(out).element.body
    (paragraph,) = [p for p in body.iter(f"{W}p")]
    assert len(paragraph.findall(f".//{W}br")) == 3
    assert len(paragraph.findall(f".//{W}tab")) == 1
    assert _body_lines(out) == ["first line\nsecond line\nthird line\nfourth\tcolumn"]


def test_none_and_undefined_render_empty(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "t.docx", [
        "[{{ overview }}]",
        "[{{ nothing }}][{{ nothing.at.all }}][{{ identity.nope }}]",
        "[{% for x in nothing %}{{ x }}{% endfor %}]",
    ])
    cv = _cv()
    cv["overview"] = None
    out = tmp_path / "out.docx"
    render_docx(cv, template, out)
    assert _body_lines(out) == ["[]", "[][][]", "[]"]


def test_extra_keys_are_in_the_context(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "t.docx", ["{{ custom.note }}"])
    cv = _cv()
    cv["custom"] = {"note": "kept & shown"}
    out = tmp_path / "out.docx"
    render_docx(cv, template, out)
    assert _body_lines(out) == ["kept & shown"]


# ---------------------------------------------------------------------------------------------------
# The example template


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_template_renders_every_field(tmp_path: Path, name: str) -> None:
    cv = _cv(name)
    out = tmp_path / "out.docx"
    render_docx(cv, TEMPLATE_PATH, out)
    header, body = _header_lines(out), _body_lines(out)
    assert cv["identity"]["title"] in header
    assert cv["identity"]["full_name"] in header
    for key, items in cv["sidebar"].items():
        if items:
            assert ", ".join(items) in header, key
    assert cv["overview"] in body
    for exp in cv["experiences"]:
        assert exp["heading"] in body
        assert exp["description"] in body
        for bullet in exp["bullets"]:
            assert bullet in body
        if exp["environment"]:
            assert "Environment: " + ", ".join(exp["environment"]) in body
    assert not any("{{" in line or "{%" in line for line in header + body)


def test_example_template_styles_survive(tmp_path: Path) -> None:
    cv = _cv()
    out = tmp_path / "out.docx"
    render_docx(cv, TEMPLATE_PATH, out)
    doc = docx.Document(out)
    styled = {(p.style.style_id, p.text) for p in doc.paragraphs}
    exp = cv["experiences"][0]
    assert ("Heading2", "OVERVIEW") in styled
    assert ("Heading2", "PROFESSIONAL EXPERIENCE") in styled
    assert ("Heading3", exp["heading"]) in styled
    assert ("ListBullet", exp["bullets"][0]) in styled


def test_registered_and_used_by_the_apply_stage(tmp_path: Path) -> None:
    assert RENDERERS.load("default-docx-cv-renderer") is render_docx
    cv = make_cv_data(3)
    result = apply_cv(cv, TEMPLATE_PATH, tmp_path / "docs" / "cv_NEW.docx")
    assert result.output.is_file()
    assert cv["identity"]["full_name"] in _header_lines(result.output)


# ---------------------------------------------------------------------------------------------------
# Atomic output


def test_output_written_atomically_without_leftovers(tmp_path: Path) -> None:
    out = tmp_path / "nested" / "dir" / "Grace_NEW.docx"
    render_docx(_cv(), TEMPLATE_PATH, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["Grace_NEW.docx"]
    assert zipfile.is_zipfile(out)
    render_docx(_cv("Alan_Turing_CV.docx"), TEMPLATE_PATH, out)  # overwrite in place
    assert sorted(p.name for p in out.parent.iterdir()) == ["Grace_NEW.docx"]
    assert "Alan Turing" in _header_lines(out)


def test_failed_render_leaves_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(b"previous")
    bad = bare_template(tmp_path / "bad.docx", ["{{ overview }"])
    with pytest.raises(TemplateError):
        render_docx(_cv(), bad, out)
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.docx", "out.docx"]


# ---------------------------------------------------------------------------------------------------
# Template errors: one line, naming the template


def _render_error(template: Path, tmp_path: Path) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        render_docx(_cv(), template, tmp_path / "out.docx")
    err = info.value
    assert err.path == str(template)
    assert str(err).startswith(f"{template}: ")
    assert "\n" not in str(err)
    assert not (tmp_path / "out.docx").exists()
    return err


def test_missing_template(tmp_path: Path) -> None:
    assert "not found" in _render_error(tmp_path / "nope.docx", tmp_path).cause


def test_template_is_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert "directory" in _render_error(folder, tmp_path).cause


def test_template_with_wrong_suffix(tmp_path: Path) -> None:
    other = tmp_path / "template.txt"
    other.write_bytes(TEMPLATE_PATH.read_bytes())
    assert ".docx" in _render_error(other, tmp_path).cause


def test_template_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip")
    assert "not a ZIP" in _render_error(fake, tmp_path).cause


def test_template_zip_without_document(tmp_path: Path) -> None:
    fake = tmp_path / "empty.docx"
    write_zip(fake, {"hello.txt": "hi"})
    assert "word/document.xml" in _render_error(fake, tmp_path).cause


def test_template_zip_that_is_not_a_word_package(tmp_path: Path) -> None:
    fake = tmp_path / "broken.docx"
    write_zip(fake, {"word/document.xml": "<not-closed>"})
    assert "malformed XML in word/document.xml" in _render_error(fake, tmp_path).cause


@pytest.mark.parametrize("body, header, part, fragment", [
    (["intro", "{{ overview }", "after"], [], "word/document.xml", "unexpected '}'"),
    (["{% for exp in experiences %}", "{{ exp.heading }}"], [], "word/document.xml", "endfor"),
    (["{{ overview|no_such_filter }}"], [], "word/document.xml", "no_such_filter"),
    (["fine"], ["{% if identity.title %}"], "word/header1.xml", "endif"),
])
def test_jinja_syntax_errors(tmp_path: Path, body, header, part, fragment) -> None:
    template = bare_template(tmp_path / "syntax.docx", body, header)
    err = _render_error(template, tmp_path)
    assert err.cause.startswith(f"Jinja syntax error in {part}, line ")
    assert fragment in err.cause


def test_runtime_error_in_template(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "runtime.docx", ["{{ 1 / 0 }}"])
    err = _render_error(template, tmp_path)
    assert "ZeroDivisionError" in err.cause


def test_render_package_does_not_import_openai() -> None:
    code = ("import sys, cvextract.render.docx_template, cvextract.render.template_check, "
            "cvextract.render.context; assert 'openai' not in sys.modules, 'openai imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
