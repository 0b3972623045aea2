"""Hostile templates: no code runs, rendering is bounded in time and memory, the template is size-capped,
and each failure is one line naming the template (exit 1, nothing written) — in process, through the
single-file CLI, ``cvextract --parallel`` and a plain ``snakemake`` run (checked before any CV job)."""

from __future__ import annotations

import copy
import io
import os
import time
import zipfile
from pathlib import Path

import docx
import pytest

from cli_runs import run_cli
from cvextract.errors import TemplateError
from cvextract.render import sandbox
from cvextract.render.docx_template import render_docx
from cvextract.render.template_check import check_template
from docx_files import bare_template, write_zip
from sample_cvs import EXAMPLES, write_cv
from workflow_runner import run_workflow, write_config

MARKER = "sandbox-escape-marker"


def _popen(marker: Path) -> str:
    return "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}"


def _inflating_template(path: Path, inflated_bytes: int) -> Path:
    """A small .docx whose word/document.xml inflates to ``inflated_bytes`` (a ZIP bomb of sorts)."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                pad = "<w:p><w:r><w:t>{{ overview }}</w:t></w:r></w:p>"
                data = text.replace("<w:body>", "<w:body>" + pad * (inflated_bytes // len(pad))).encode()
            dst.writestr(item.filename, data)
    return path


# name -> (builder(tmp_path, marker) -> template path, words expected in the cause)
ATTACKS = {
    "popen-in-body": (lambda t, m: bare_template(t / "popen.docx", [_popen(m)]), ["sandbox", "__init__"]),
    "popen-in-header": (lambda t, m: bare_template(t / "header.docx", ["{{ overview }}"], header=[_popen(m)]),
                        ["sandbox", "word/header"]),
    "popen-in-footer": (lambda t, m: bare_template(t / "footer.docx", ["{{ overview }}"], footer=[_popen(m)]),
                        ["sandbox", "word/footer"]),
    "popen-in-title": (lambda t, m: bare_template(t / "title.docx", ["x"], title=_popen(m)),
                       ["sandbox", "docProps/core.xml"]),
    "huge-range": (lambda t, m: bare_template(t / "range.docx", ["{% for x in range(10**9) %}{{ x }}{% endfor %}"]),
                   ["1000000000", "limit"]),
    "nested-loops": (lambda t, m: bare_template(t / "loops.docx", [
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"]),
                     ["longer than"]),
    "recursive-macro": (lambda t, m: bare_template(t / "macro.docx", [
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}"]), ["recursion"]),
    "exponential-macro": (lambda t, m: bare_template(t / "fanout.docx", [
        "{% macro f(n) %}{% if n < 40 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}{{ f(0) }}"]),
                          ["longer than"]),
    "string-bomb": (lambda t, m: bare_template(t / "multiply.docx", ["{{ 'x' * 10**9 }}"]), ["'*'", "limit"]),
    "filter-bomb": (lambda t, m: bare_template(t / "center.docx", ["{{ 'x'|center(10**9) }}"]), ["center", "limit"]),
    "doubling": (lambda t, m: bare_template(t / "double.docx", [
        "{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"]),
                 ["'~'", "limit"]),
    "inflating-zip": (lambda t, m: _inflating_template(t / "bomb.docx", 42 * 1024 * 1024),
                      ["word/document.xml", "too large", "ZIP bomb"]),
}


@pytest.fixture()
def quick_deadline(monkeypatch):
    """Loops that never end stop after 1 s instead of the default 20 s (the bound is what is tested)."""
    monkeypatch.setenv("CVEXTRACT_RENDER_SECONDS", "1")


def _attack(name: str, tmp_path: Path) -> tuple[Path, Path, list[str]]:
    marker = tmp_path / MARKER
    build, words = ATTACKS[name]
    return build(tmp_path, marker), marker, words


def _cv() -> dict:
    return copy.deepcopy(EXAMPLES["Grace_Hopper_CV.docx"])


def test_inflating_template_is_small_on_disk(tmp_path: Path) -> None:
    path = _inflating_template(tmp_path / "bomb.docx", 42 * 1024 * 1024)
    assert path.stat().st_size < 200 * 1024
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size > 40 * 1024 * 1024


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_in_process(tmp_path: Path, quick_deadline, name: str) -> None:
    template, marker, words = _attack(name, tmp_path)
    out = tmp_path / "out" / "cv_NEW.docx"
    with pytest.raises(TemplateError) as info:
        render_docx(_cv(), template, out)
    message = str(info.value)
    assert message.startswith(f"{template}: ") and "\n" not in message
    for word in words:
        assert word in message
    assert not marker.exists()
    assert not out.parent.exists() or list(out.parent.iterdir()) == []
    with pytest.raises(TemplateError):  # the batch's start-up check says the same
        check_template(template)


@pytest.mark.parametrize("text, cause", [
    ("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", "recursion too deep"),
    ("{% if 1 %}" * 200 + "x" + "{% endif %}" * 200, "too deeply nested to compile"),
    ("{% for a in [1] %}" * 30 + "x" + "{% endfor %}" * 30, "too deeply nested to compile"),
    ("{{ 'x'" + "|upper" * 20000 + " }}", "recursion too deep"),
])
def test_pathologically_nested_templates_fail_in_one_line(tmp_path: Path, text: str, cause: str) -> None:
    template = bare_template(tmp_path / "nested.docx", [text])
    with pytest.raises(TemplateError) as info:
        render_docx(_cv(), template, tmp_path / "out.docx")
    assert str(info.value).startswith(f"{template}: ") and cause in str(info.value)
    assert "\n" not in str(info.value) and not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("text, cause", [
    # Each is refused before it runs: the result would be far larger, or slower, than its input.
    ("{{ ('\\t' * 20000).expandtabs(100000) }}", "expandtabs"),  # the template holds backslash-t: Jinja makes it a tab
    ("{{ ('a' * 1000000)|wordwrap(1) }}", "more than 100,000 lines"),
    ("{{ ('x' * 100).encode('utf-8').decode('zlib_codec') }}", "not a text encoding"),
    ("{{ 'x'.encode('bz2_codec') }}", "not a text encoding"),
])
def test_operations_that_explode_are_refused_before_they_run(tmp_path: Path, text: str, cause: str) -> None:
    template = bare_template(tmp_path / "explode.docx", [text])
    started = time.monotonic()
    with pytest.raises(TemplateError) as info:
        render_docx(_cv(), template, tmp_path / "out.docx")
    assert time.monotonic() - started < 5  # wordwrap(1) on a million characters used to take 14 s
    assert str(info.value).startswith(f"{template}: ") and cause in str(info.value)
    assert "\n" not in str(info.value) and not (tmp_path / "out.docx").exists()


def test_ordinary_encodings_and_wrapping_still_work(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "fine.docx", [
        "{{ 'Zoë'.encode('utf-8').decode('latin-1') }} {{ 'ab'.expandtabs(4) }}",
        "{{ 'one two three'|wordwrap(7) }}"])
    out = tmp_path / "out.docx"
    render_docx(_cv(), template, out)
    lines = [p.text for p in docx.Document(out).paragraphs]
    assert lines[0] == "ZoÃ« ab"
    assert lines[1].split() == ["one", "two", "three"]


def test_an_unknown_codec_fails_in_one_line_naming_the_template(tmp_path: Path) -> None:
    # A LookupError (not a KeyError or IndexError) used to escape as "unexpected error".
    template = bare_template(tmp_path / "codec.docx", ["{{ 'x'.encode('no-such-codec') }}"])
    with pytest.raises(TemplateError) as info:
        render_docx(_cv(), template, tmp_path / "out.docx")
    assert str(info.value).startswith(f"{template}: ") and "no-such-codec" in str(info.value)
    assert "\n" not in str(info.value) and not (tmp_path / "out.docx").exists()


def test_the_deadline_is_configurable_and_checked(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CVEXTRACT_RENDER_SECONDS", "0.5")
    assert sandbox.render_seconds() == 0.5
    monkeypatch.setenv("CVEXTRACT_RENDER_SECONDS", "nonsense")
    assert sandbox.render_seconds() == sandbox.RENDER_SECONDS


def test_ordinary_template_features_still_work(tmp_path: Path) -> None:
    template = bare_template(tmp_path / "fine.docx", [
        "{{ identity.full_name|upper }} {{ '%s-%s'|format(1, 2) }} {{ '{} {}'.format('a', 'b') }}",
        "{% for s in sidebar.tools %}{{ loop.index }}.{{ s }}{{ ', ' if not loop.last }}{% endfor %}",
        "{{ experiences|length * 2 }} {{ 2 ** 10 }} {{ 'ab' * 2 }} {{ sidebar.tools|join(' / ') }}",
        "{% macro m(x) %}<{{ x }}>{% endmacro %}{{ m(identity.last_name) }}",
    ])
    cv = _cv()
    out = tmp_path / "out.docx"
    render_docx(cv, template, out)
    lines = [p.text for p in docx.Document(out).paragraphs]
    tools = cv["sidebar"]["tools"]
    assert lines[0] == f"{cv['identity']['full_name'].upper()} 1-2 a b"
    assert lines[1] == ", ".join(f"{i}.{t}" for i, t in enumerate(tools, 1))
    assert lines[2] == f"{len(cv['experiences']) * 2} 1024 abab {' / '.join(tools)}"
    assert lines[3] == f"<{cv['identity']['last_name']}>"


# ---------------------------------------------------------------------------------------------------
# Through the command line and Snakemake


def _env() -> dict:
    return dict(os.environ, CVEXTRACT_RENDER_SECONDS="1")


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and ".snakemake" not in p.parts)


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_through_the_cli(tmp_path: Path, name: str) -> None:
    template, marker, words = _attack(name, tmp_path)
    cv = tmp_path / "Grace.docx"
    write_cv(cv, _cv())
    target = tmp_path / "single"
    proc = run_cli("--extract", f"source={cv}", "--apply", f"template={template}", "--target", target, env=_env())
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"ERROR: {template}: "), proc.stderr
    for word in words:
        assert word in lines[0]
    assert not marker.exists()
    assert _files(target) == []

    batch = tmp_path / "batch"
    (tmp_path / "cvs").mkdir()
    write_cv(tmp_path / "cvs" / "Grace.docx", _cv())
    proc = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "--extract", "--apply", f"template={template}",
                   "--target", batch, env=_env())
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"ERROR: {template}: "), proc.stdout + proc.stderr
    assert not marker.exists()
    assert _files(batch) == []


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_through_snakemake(tmp_path: Path, monkeypatch, name: str) -> None:
    monkeypatch.setenv("CVEXTRACT_RENDER_SECONDS", "1")
    template, marker, words = _attack(name, tmp_path)
    (tmp_path / "cvs").mkdir()
    for stem in ("Grace", "Alan"):
        write_cv(tmp_path / "cvs" / f"{stem}.docx", _cv())
    target = tmp_path / "results"
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(target),
                          apply={"template": str(template)})
    run = run_workflow(tmp_path, config)
    assert run.returncode == 1
    assert run.jobs() == []  # stopped before any CV job
    reported = [line for line in run.messages().splitlines() if line.startswith(f"cvextract: error: {template}: ")]
    assert len(reported) == 1, run.messages()
    for word in words:
        assert word in reported[0]
    assert not marker.exists()
    assert _files(target) == []


def _renamed_header(tmp_path: Path, name: str, edit) -> Path:
    """A template whose header part is stored as ``word/hdr1.bin`` (its relationship and content type
    follow the name, as a crafted file would have them), its XML changed by ``edit``."""
    members = _members(bare_template(tmp_path / "plain.docx", ["{{ overview }}"], header=["{{ identity.full_name }}"]))
    members["word/hdr1.bin"] = edit(members.pop("word/header1.xml"))
    for part in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
        members[part] = members[part].replace(b"header1.xml", b"hdr1.bin")
    return write_zip(tmp_path / name, members)


def _members(docx_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(docx_path) as package:
        return {name: package.read(name) for name in package.namelist()}


@pytest.mark.parametrize("edit, cause", [
    # Jinja renders a part by its content type, not its name: the 2 MB cap follows the type.
    (lambda xml: xml.replace(b"</w:hdr>", b"<!--" + b" " * (3 * 1024 * 1024) + b"--></w:hdr>"), "too large"),
    # and python-docx parses it as XML whatever its name: no DTD there either.
    (lambda xml: xml.replace(b"?>", b'?><!DOCTYPE w:hdr [<!ENTITY x "boom">]>', 1), "DOCTYPE"),
])
def test_a_part_renamed_to_hide_from_the_checks_is_still_checked(tmp_path: Path, edit, cause) -> None:
    template = _renamed_header(tmp_path, "renamed.docx", edit)
    with pytest.raises(TemplateError) as info:
        render_docx(_cv(), template, tmp_path / "out.docx")
    assert str(info.value).startswith(f"{template}: ") and "word/hdr1.bin" in str(info.value)
    assert cause in str(info.value) and not (tmp_path / "out.docx").exists()


def test_a_template_with_macros_is_refused(tmp_path: Path) -> None:
    members = _members(bare_template(tmp_path / "plain.docx", ["{{ overview }}"]))
    template = write_zip(tmp_path / "macros.docx", {**members, "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macros"})
    with pytest.raises(TemplateError, match="contains macros"):
        render_docx(_cv(), template, tmp_path / "out.docx")
