"""`file_type` as a list of globs or a brace glob: one batch finds Word and PDF CVs together, each
output named after its path without the suffix, and a CV beside a namesake of another type is named."""

from __future__ import annotations

import pytest

from cvextract.batch.batch_config import check_config
from cvextract.batch.inputs import file_patterns, scan_source
from cvextract.errors import ConfigError
from sample_cvs import PROJECT_ROOT

SCHEMA = PROJECT_ROOT / "config" / "config.schema.json"


def tree(root, names):
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    return root


@pytest.mark.parametrize("file_type", ["*.{docx,pdf}", ["*.docx", "*.pdf"], ["*.{docx,pdf}", "*.pdf"]])
def test_one_batch_finds_docx_and_pdf_and_mirrors_their_paths(tmp_path, file_type):
    source = tree(tmp_path / "cvs", ["a.docx", "team/b.pdf", "team/c.doc", "notes.txt", "d.PDF"])
    scan = scan_source(source, file_type)
    assert [(cv.rel, cv.suffix) for cv in scan.cvs] == [("a", ".docx"), ("team/b", ".pdf")]
    assert scan.skipped == []


def test_a_docx_beside_a_pdf_of_the_same_name_is_skipped_and_named(tmp_path):
    source = tree(tmp_path / "cvs", ["x.docx", "x.pdf"])
    scan = scan_source(source, "*.{docx,pdf}")
    assert [(cv.rel, cv.suffix) for cv in scan.cvs] == [("x", ".docx")]
    assert [entry.line() for entry in scan.skipped] == [
        "skipped x.pdf: same output name as x.docx; rename one of them"]


def test_braces_without_a_comma_are_literal_and_groups_multiply():
    assert file_patterns("Bob {draft}.docx") == ("Bob {draft}.docx",)
    assert file_patterns("{cv,lebenslauf}_*.{docx,pdf}") == (
        "cv_*.docx", "cv_*.pdf", "lebenslauf_*.docx", "lebenslauf_*.pdf")


@pytest.mark.parametrize("file_type", ["*.{docx,pdf}", ["*.docx", "*.pdf"]])
def test_the_config_schema_takes_a_glob_or_a_list(file_type):
    assert check_config({"source": "cvs", "file_type": file_type}, SCHEMA)["file_type"] == file_type


@pytest.mark.parametrize("file_type, cause", [
    ([], "key 'file_type': [] is not valid under any of the given schemas"),
    (["*.docx", 3], "key 'file_type': ['*.docx', 3] is not valid under any of the given schemas"),
    ("", "key 'file_type': '' is not valid under any of the given schemas"),
])
def test_an_empty_or_mistyped_file_type_is_one_line(file_type, cause):
    with pytest.raises(ConfigError) as exc:
        check_config({"source": "cvs", "file_type": file_type}, SCHEMA)
    assert str(exc.value) == f"invalid configuration: {cause}"


def test_a_workflow_batch_with_a_list_of_globs_extracts_docx_and_pdf(tmp_path):
    """Through Snakemake: the config's list reaches the plan, each CV keeps its own suffix."""
    import json

    from pdf_files import Text, write_pdf
    from sample_cvs import make_cv_data, write_cv
    from workflow_runner import run_workflow, write_config

    cvs = tmp_path / "cvs"
    reference = make_cv_data(0, special_chars=False)
    write_cv(cvs / "a.docx", reference)
    write_pdf(cvs / "team" / "b.pdf", [[
        Text("Ada Lovelace", 60, 40, size=20, bold=True), Text("Analytical Engineer", 60, 70, size=12),
        Text("EXPERIENCE", 60, 110, size=12, bold=True), Text("Lead Engineer, Babbage & Co", 60, 130, bold=True),
        Text("Jan 2020 - Present", 60, 144), Text("Built the engine.", 60, 158),
        Text("SKILLS", 60, 190, size=12, bold=True), Text("Mathematics", 60, 210)]])
    (cvs / "notes.txt").write_text("not a CV")
    out = tmp_path / "out"
    config = write_config(tmp_path / "config.json", source=str(cvs), target=str(out),
                          file_type=["*.docx", "*.pdf"], apply=None)
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    assert sorted(rel for _, rel in run.jobs("extract")) == ["a", "team/b"]
    assert json.loads((out / "structured_data" / "a.json").read_text("utf-8")) == reference
    pdf_cv = json.loads((out / "structured_data" / "team" / "b.json").read_text("utf-8"))
    assert pdf_cv["identity"]["full_name"] == "Ada Lovelace" and pdf_cv["sidebar"]["skills"] == ["Mathematics"]
    assert [e["heading"] for e in pdf_cv["experiences"]] == ["Jan 2020 - Present | Lead Engineer, Babbage & Co"]
