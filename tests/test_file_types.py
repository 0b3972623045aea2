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
