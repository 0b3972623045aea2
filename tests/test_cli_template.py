"""``cvextract template check`` and ``cvextract template fields``: what a template author runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runs import cli
from cvextract.template_fields import contract_fields
from docx_files import bare_template, docx_text
from sample_cvs import TEMPLATE_PATH
from test_template_fields import NAME_LINE, TOOLS_LINE, typo_template
from test_template_traps import ERRORS, xml_template


def test_check_prints_reads_unknown_unshown_and_refuses_a_typo_template(tmp_path: Path, capsys) -> None:
    template = typo_template(tmp_path / "tpl.docx")
    sample = tmp_path / "sample.docx"
    code, out, err = cli(capsys, "template", "check", template, "--sample", sample)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == str(template)
    assert "  unknown variables:" in lines
    assert f"    {NAME_LINE}" in lines and f"    {TOOLS_LINE}" in lines
    assert lines[lines.index("  never shows:") + 1] == "    identity.full_name, sidebar.tools"
    assert any(line.startswith("    page header: identity.title, identiy.full_name") for line in lines)
    assert lines[-2:] == ["    not rendered (errors above)", "  result: FAILED, 2 error(s)"]
    assert not sample.exists()


def test_check_of_the_bundled_template_is_clean_and_writes_the_sample_on_request(tmp_path: Path, capsys) -> None:
    sample = tmp_path / "sample.docx"
    code, out, err = cli(capsys, "template", "check", TEMPLATE_PATH)
    assert code == 0 and err == ""
    assert "    nothing: every field is shown" in out.splitlines() and out.endswith("  result: OK\n")
    assert not sample.exists()
    code, out, err = cli(capsys, "template", "check", TEMPLATE_PATH, "--sample", sample)
    assert code == 0 and f"    rendered, written to {sample}" in out.splitlines()
    assert "Sam Sample" in docx_text(sample)


def test_check_of_the_reference_template(reference_dir: Path, capsys) -> None:
    template = reference_dir / "CV_Template_Jinja2.docx"
    if not template.exists():
        pytest.skip("no reference template")
    code, out, err = cli(capsys, "template", "check", template)
    assert code == 0, out
    assert "  result: OK" in out


def test_check_names_warnings_traps_and_unusable_files_one_template_at_a_time(tmp_path: Path, capsys) -> None:
    partial = bare_template(tmp_path / "partial.docx", ["{{ overview }}"])
    trap = xml_template(tmp_path / "trap.docx", ERRORS["field-code"][0])
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    code, out, err = cli(capsys, "template", "check", partial, trap, broken)
    assert code == 1
    blocks = out.split(f"{trap}\n")
    assert "  result: OK, 1 warning(s)" in blocks[0]
    assert f"    body: {ERRORS['field-code'][1][0].removeprefix('body: ')}" in blocks[1]
    assert "    template is not a DOCX file (not a ZIP archive)" in out.splitlines()
    code, out, err = cli(capsys, "template", "check", partial, "--unshown-ok",
                         ",".join(f.name for f in contract_fields() if f.leaf and f.name != "overview"))
    assert code == 0 and out.endswith("  result: OK\n")
    code, out, err = cli(capsys, "template", "check", partial, "--require-all-fields")
    assert code == 1 and "(an error: apply.require-all-fields is on)" in out


def test_fields_lists_every_contract_path_with_type_and_example(capsys) -> None:
    code, out, err = cli(capsys, "template", "fields")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["path", "type", "example"]
    assert [line.split()[0] for line in lines[1:]] == [f.name for f in contract_fields()]
    heading = next(line for line in lines if line.startswith("experiences[].heading "))
    assert heading.split(None, 2)[1:] == ["text", '"Jan 2020 – Present | Example Corp"']
    assert "list of text or null" in next(line for line in lines if line.startswith("experiences[].environment"))


def test_help_and_usage_errors(capsys, tmp_path: Path) -> None:
    code, out, err = cli(capsys, "--help")
    assert "Extract CVs (Word of any layout, PDF, .doc/.odt/.rtf) to JSON" in " ".join(out.split())
    assert code == 0 and "cvextract template check tpl.docx" in out and "cvextract template fields" in out
    code, out, err = cli(capsys, "template", "check", "--help")
    assert code == 0 and "--sample OUT.docx" in out and "--require-all-fields" in out
    code, out, err = cli(capsys, "template", "check", TEMPLATE_PATH, TEMPLATE_PATH, "--sample", tmp_path / "s.docx")
    assert code == 2 and "--sample takes one template" in err
    code, out, err = cli(capsys, "template")
    assert code == 2


def test_fields_piped_into_a_reader_that_stops_early_prints_no_traceback() -> None:
    """``cvextract template fields | head -3``: head leaves before the table ends."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line
    try:
        run = subprocess.run([sys.executable, "-m", "cvextract.cli", "template", "fields"], stdout=write_end,
                             stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(write_end)
    assert run.stderr == "" and run.returncode == 141
