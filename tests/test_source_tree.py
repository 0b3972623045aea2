"""A hostile or careless source tree: every good CV completes and every odd entry is named on its own
line, through ``cvextract --parallel`` and through plain ``snakemake``; a target is never searched."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest

from cli_runs import run_cli
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow, write_config

# The longest output name of a CV is its job attempts' LLM usage file, x.log.<pid>-<hex>.usage.json:
# 40 bytes on top of the stem.
LONG_STEM = "Jane Doe " + "".join(f"{i:03d} " for i in range(51)) + "ab"  # 215 bytes, no repeated tail
TOO_LONG_STEM = LONG_STEM + "c"                                           # 216: that file would be 256


def build_tree(tmp_path: Path) -> tuple[Path, list[str], dict[str, str]]:
    """The source tree; returns it, the good CVs' relative stems, and each odd entry -> its reason."""
    source = tmp_path / "cvs"
    good = ["good", "sub/linked", LONG_STEM, "clash.json/inner", "Doe_0123456789"]
    for i, rel in enumerate(good):
        if rel != "sub/linked":
            write_cv(source / f"{rel}.docx", make_cv_data(i, special_chars=False))
    (source / "sub").mkdir()
    os.symlink("../good.docx", source / "sub" / "linked.docx")                  # inside: followed
    write_cv(tmp_path / "elsewhere.docx", make_cv_data(9, special_chars=False))
    odd = {
        "dangling.docx": "broken symbolic link",
        "loop.docx": "symbolic link loop",
        "outside.docx": "symbolic link pointing outside the source folder",
        "linked-folder": "symbolic link to a folder",
        "fifo.docx": "is a FIFO",
        "socket.docx": "is a socket",
        "new\\nline.docx": "name holds control characters",
        "\\x1b[31mred.docx": "name holds control characters",
        "bad\\xff.docx": "name is not valid UTF-8",
        "Doe_00000000000000000000.docx": "PeriodicWildcardError",
        "clash.docx": "its output name clash.json is also a folder of CVs beside it",
        f"{TOO_LONG_STEM}.docx": "name too long",
        "team\\nb/": "folder name holds control characters",  # its CV is not searched
    }
    write_cv(source / "team\nb" / "inner.docx", make_cv_data(5, special_chars=False))
    os.symlink("missing.docx", source / "dangling.docx")
    os.symlink("loop.docx", source / "loop.docx")
    os.symlink(tmp_path / "elsewhere.docx", source / "outside.docx")
    os.symlink("sub", source / "linked-folder")
    os.mkfifo(source / "fifo.docx")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(source / "socket.docx"))
    listener.close()
    for name in ("new\nline.docx", "\x1b[31mred.docx", "Doe_00000000000000000000.docx", "clash.docx",
                 f"{TOO_LONG_STEM}.docx"):
        write_cv(source / name, make_cv_data(3, special_chars=False))
    with open(os.fsencode(source) + b"/bad\xff.docx", "wb") as fh:
        fh.write((source / "good.docx").read_bytes())
    return source, good, odd


def assert_outcome(target: Path, good: list[str], report: str) -> None:
    for rel in good:
        assert (target / "documents" / f"{rel}_NEW.docx").is_file(), rel
    documents = sorted(str(p.relative_to(target / "documents")) for p in (target / "documents").rglob("*.docx"))
    assert documents == sorted(f"{rel}_NEW.docx" for rel in good)
    assert "Traceback" not in report


def test_odd_entries_beside_good_cvs_through_the_cli(tmp_path):
    source, good, odd = build_tree(tmp_path)
    target = tmp_path / "out"
    result = run_cli("--parallel", f"source={source}", "n=2", "--extract", "--apply", f"template={TEMPLATE_PATH}",
                     "--target", target)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Processing {len(good)} files matching '*.docx' with 2 parallel workers"
    for name, reason in odd.items():
        named = [line for line in lines if line.startswith(f"skipped {name}: ")]
        assert len(named) == 1 and reason in named[0], (name, lines)
    assert f"Completed: {len(good)}/{len(good)} files succeeded, 0 failed" in lines
    assert f"Skipped {len(odd)} matching entries that are not CVs this batch can read:" in lines
    assert_outcome(target, good, result.stdout + result.stderr)


def test_odd_entries_beside_good_cvs_through_plain_snakemake(tmp_path):
    source, good, odd = build_tree(tmp_path)
    config = write_config(tmp_path / "config.json", source=str(source), target=str(tmp_path / "out"),
                          apply={"template": str(TEMPLATE_PATH)})
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    for name, reason in odd.items():
        named = [line for line in run.stderr.splitlines() if line.startswith(f"cvextract: skipped {name}: ")]
        assert len(named) == 1 and reason in named[0], (name, run.stderr)
    assert_outcome(tmp_path / "out", good, run.messages())


def test_a_fifo_named_docx_is_one_line_in_single_mode(tmp_path):
    os.mkfifo(tmp_path / "cv.docx")
    result = run_cli("--extract", f"source={tmp_path / 'cv.docx'}", "--target", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"ERROR: {tmp_path / 'cv.docx'}: is a FIFO (named pipe), not a regular file"]
    assert not (tmp_path / "out" / "structured_data").exists()


# --- a folder that is, or was, a target is never searched for CVs ---------------------------------
def _batch(source: Path, target: Path) -> subprocess.CompletedProcess:
    return run_cli("--parallel", f"source={source}", "n=2", "--extract", "--apply", f"template={TEMPLATE_PATH}",
                   "--target", target)


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if ".snakemake" not in p.parts)


def test_target_equal_to_the_source_reruns_without_growing(tmp_path):
    source = tmp_path / "cvs"
    for i in range(2):
        write_cv(source / f"cv{i}.docx", make_cv_data(i, special_chars=False))
    first = _batch(source, source)
    assert first.returncode == 0, first.stdout + first.stderr
    after_first = _tree(source)
    assert "documents/cv0_NEW.docx" in after_first
    for _ in range(2):
        again = _batch(source, source)
        assert again.returncode == 0, again.stdout + again.stderr
        assert again.stdout.splitlines()[0] == "Processing 2 files matching '*.docx' with 2 parallel workers"
        assert _tree(source) == after_first


def test_an_older_target_inside_the_source_is_not_searched(tmp_path):
    source = tmp_path / "cvs"
    write_cv(source / "cv.docx", make_cv_data(1, special_chars=False))
    single = run_cli("--extract", f"source={source / 'cv.docx'}", "--apply", f"template={TEMPLATE_PATH}",
                     "--target", source / "single")
    assert single.returncode == 0, single.stderr
    assert _batch(source, source / "first").returncode == 0
    second = _batch(source, source / "second")
    assert second.returncode == 0, second.stdout + second.stderr
    assert second.stdout.splitlines()[0] == "Processing 1 file matching '*.docx' with 2 parallel workers"
    assert [str(p.relative_to(source / "second" / "documents")) for p in (source / "second" / "documents").rglob("*")] == [
        "cv_NEW.docx"]

    config = write_config(tmp_path / "config.json", source=str(source), target=str(tmp_path / "third"))
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    assert run.jobs() == [("extract", "cv")]


def test_a_targets_own_files_are_not_taken_for_cvs(tmp_path):
    from cvextract.batch.inputs import scan_source
    from cvextract.layout import TargetLayout

    source = tmp_path / "cvs"
    write_cv(source / "cv.docx", make_cv_data(1, special_chars=False))
    TargetLayout(source).mark()
    (source / "report.html").write_text("<html></html>", encoding="utf-8")
    (source / "notes").mkdir()
    (source / "notes" / "report.html").write_text("a user's file", encoding="utf-8")
    scan = scan_source(source, "*.*", target=source)
    assert [cv.rel + cv.suffix for cv in scan.cvs] == ["cv.docx", "notes/report.html"]


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: folder permissions do not stop listing")
def test_a_folder_that_cannot_be_listed_is_named(tmp_path):
    from cvextract.batch.inputs import scan_source

    write_cv(tmp_path / "cvs" / "cv.docx", make_cv_data(1, special_chars=False))
    (tmp_path / "cvs" / "locked").mkdir()
    (tmp_path / "cvs" / "locked").chmod(0)
    try:
        scan = scan_source(tmp_path / "cvs")
    finally:
        (tmp_path / "cvs" / "locked").chmod(0o755)
    assert [entry.line() for entry in scan.skipped] == ["skipped locked/: folder cannot be read (Permission denied)"]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600)])
def test_outputs_honour_the_umask(tmp_path, umask, mode):
    source = tmp_path / "cvs"
    write_cv(source / "cv.docx", make_cv_data(1, special_chars=False))
    for argv in (["--extract", f"source={source / 'cv.docx'}", "--apply", f"template={TEMPLATE_PATH}",
                  "--target", str(tmp_path / "single")],
                 ["--parallel", f"source={source}", "--extract", "--apply", f"template={TEMPLATE_PATH}",
                  "--target", str(tmp_path / "batch")]):
        result = run_cli(*argv, preexec_fn=lambda: os.umask(umask))
        assert result.returncode == 0, result.stdout + result.stderr
    for target in ("single", "batch"):
        for output in ("structured_data/cv.json", "documents/cv_NEW.docx"):
            assert (tmp_path / target / output).stat().st_mode & 0o777 == mode, (target, output)


def _deep_folder(root: Path, depth_chars: int) -> Path:
    """A folder about ``depth_chars`` characters below ``root`` (folders of 200 characters)."""
    folder = root
    while len(str(folder.relative_to(root))) < depth_chars - 220:
        folder = folder / ("d" * 200)
    folder.mkdir(parents=True)
    return folder


def test_a_cv_too_deep_for_snakemakes_records_is_skipped_and_the_others_run(tmp_path):
    """About 3,000 characters deep, Snakemake's record of an output passes PATH_MAX ([Errno 36]), which
    used to stop the whole batch and leave the next runs saying 'not processed', then 'up to date'."""
    source = tmp_path / "cvs"
    deep = _deep_folder(source, 3200)
    write_cv(deep / "Deep.docx", make_cv_data(1))
    workable = _deep_folder(source / "b", 2000)  # deep, but within what Snakemake can record
    write_cv(workable / "Fine.docx", make_cv_data(2))
    write_cv(source / "Top.docx", make_cv_data(3))
    target = tmp_path / "out"
    result = _batch(source, target)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = result.stdout.splitlines()
    deep_rel = str((deep / "Deep.docx").relative_to(source))
    [named] = [line for line in lines if line.startswith(f"skipped {deep_rel}: ")]
    assert "path too long" in named
    assert "Completed: 2/2 files succeeded, 0 failed" in lines
    assert (target / "documents" / "Top_NEW.docx").is_file()
    assert (target / "documents" / workable.relative_to(source) / "Fine_NEW.docx").is_file()
    assert "Errno 36" not in result.stdout + result.stderr

    again = _batch(source, target)
    assert again.returncode == 0
    assert "Nothing to do: all 2 files are up to date." in again.stdout
    assert "not processed" not in again.stdout
