"""``cvextract examples DIR`` (the bundled examples for a pip user) and unknown commands."""

from __future__ import annotations

import pytest

from cli_runs import cli, run_cli
from sample_cvs import PROJECT_ROOT


def test_examples_copies_cvs_template_and_a_config_that_runs_from_there(tmp_path, capsys):
    dest = tmp_path / "try"
    code, out, err = cli(capsys, "examples", dest)
    assert code == 0, err
    cvs = sorted(p.relative_to(dest / "examples" / "cvs").as_posix() for p in (dest / "examples" / "cvs").rglob("*.docx"))
    bundled = sorted(p.relative_to(PROJECT_ROOT / "examples" / "cvs").as_posix()
                     for p in (PROJECT_ROOT / "examples" / "cvs").rglob("*.docx"))
    assert cvs == bundled and len(cvs) >= 3
    assert (dest / "examples" / "templates" / "cv_template.docx").read_bytes() == \
        (PROJECT_ROOT / "examples" / "templates" / "cv_template.docx").read_bytes()
    assert "source: examples/cvs" in (dest / "config.yaml").read_text("utf-8")
    assert f"{len(cvs) + 2} file(s) written" in out

    # The copy works as the config says: one of its CVs through the CLI, from that folder.
    done = run_cli("--extract", "source=examples/cvs/Ada_Lovelace_CV.docx",
                   "--apply", "template=examples/templates/cv_template.docx", "--target", "out", cwd=dest)
    assert done.returncode == 0, done.stderr
    assert (dest / "out" / "documents" / "Ada_Lovelace_CV_NEW.docx").is_file()


def test_examples_keeps_files_already_there(tmp_path, capsys):
    dest = tmp_path / "try"
    dest.mkdir()
    (dest / "config.yaml").write_text("source: mine\n", "utf-8")
    code, out, _ = cli(capsys, "examples", dest)
    assert code == 0
    assert (dest / "config.yaml").read_text("utf-8") == "source: mine\n"
    assert "1 kept as they were" in out


def test_examples_into_an_unwritable_place_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    code, _, err = cli(capsys, "examples", blocker / "sub")
    assert code == 1
    assert "cannot write here" in err and "Traceback" not in err


@pytest.mark.parametrize("args", [["frobnicate", "--help"], ["reprot", "--target", "x"], ["cv.docx"]])
def test_an_unknown_command_is_a_usage_error_naming_the_known_ones(args, capsys):
    code, out, err = cli(capsys, *args)
    assert code == 2
    assert f"unknown command '{args[0]}'" in err and "report, examples" in err
    assert "usage:" not in out  # not the main help with exit 0


@pytest.mark.parametrize("word, hint", [
    ("reprot", ": did you mean 'report'?"),
    ("templat", ": did you mean 'template'?"),
    ("cv.docx", ": to read a CV file, cvextract --extract source=cv.docx --target DIR"),
    ("frobnicate", ""),
])
def test_an_unknown_command_says_what_was_probably_meant(word, hint, capsys):
    code, out, err = cli(capsys, word)
    assert code == 2
    assert err.startswith(f"cvextract: error: unknown command '{word}'{hint} (known: report, examples, template; ")
