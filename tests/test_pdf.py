"""PDF beside every document (apply.pdf): a real LibreOffice, checked through pdftotext.

LibreOffice is slow on a loaded machine, so the batch behaviour is one test with three runs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest

from cli_runs import run_cli
from process_table import processes
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from system_packages import require_command
from workflow_runner import run_workflow, write_config


@pytest.fixture
def soffice() -> str:
    return require_command("soffice", package="libreoffice-writer-nogui", extra_packages=("python3-uno",))


@pytest.fixture
def pdftotext() -> str:
    return require_command("pdftotext", package="poppler-utils")


@pytest.fixture
def own_tmp(tmp_path, monkeypatch) -> Path:
    """TMPDIR for everything this test starts: every LibreOffice's profile and work folder is below it,
    so a process whose command line names it is one of ours."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def pdf_text(pdftotext: str, path: Path) -> str:
    return subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def our_processes(marker: str) -> list[str]:
    """Live (not zombie) processes whose command line contains ``marker``."""
    return [f"{p.pid}: {p.cmdline[:200]}" for p in processes()
            if marker in p.cmdline and p.alive and p.pid != os.getpid()]


def assert_no_leftover(marker: str, wait: float = 20.0) -> None:
    """Nothing we started is still running (a killed group may take a moment to be reaped)."""
    deadline = time.monotonic() + wait
    while our_processes(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert our_processes(marker) == []


def retemplate(path: Path, marker: str) -> Path:
    document = docx.Document(str(TEMPLATE_PATH))
    document.add_paragraph(marker)
    document.save(str(path))
    return path


def test_batch_writes_one_pdf_per_document_incrementally(tmp_path, own_tmp, soffice, pdftotext):
    cvs = {"team a/Ada CV": make_cv_data(0, special_chars=False), "Bob {draft}": make_cv_data(1, special_chars=False)}
    for rel, cv in cvs.items():
        write_cv(tmp_path / "cvs" / f"{rel}.docx", cv)
    (tmp_path / "cvs" / "broken.docx").write_text("not a docx")
    out = tmp_path / "out"
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(out),
                          apply={"template": str(TEMPLATE_PATH), "pdf": True})

    first = run_workflow(tmp_path, config, "--retries", "0")
    assert first.returncode != 0  # broken.docx fails; the others complete
    assert sorted(rel for _, rel in first.jobs("pdf")) == sorted(cvs)
    for rel, cv in cvs.items():
        text = pdf_text(pdftotext, out / "documents" / f"{rel}_NEW.pdf")
        assert cv["identity"]["full_name"] in text
        assert "OVERVIEW" in text and "PROFESSIONAL EXPERIENCE" in text
        assert cv["experiences"][0]["heading"].split()[0] in text
    assert not (out / "documents" / "broken_NEW.pdf").exists()
    assert_no_leftover(str(own_tmp))

    # A rerun converts nothing (the broken CV is tried again, and fails again before any PDF).
    stamps = {p: p.stat().st_mtime_ns for p in (out / "documents").rglob("*.pdf")}
    again = run_workflow(tmp_path, config, "--retries", "0")
    assert again.jobs("pdf") == []
    assert {p: p.stat().st_mtime_ns for p in (out / "documents").rglob("*.pdf")} == stamps

    # A template change reconverts every document; a CV that breaks loses its old PDF with its DOCX.
    other = retemplate(tmp_path / "other template.docx", "Prepared for Northwind Traders")
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(out),
                          apply={"template": str(other), "pdf": True})
    (tmp_path / "cvs" / "team a" / "Ada CV.docx").write_text("broken now")
    third = run_workflow(tmp_path, config, "--retries", "0")
    assert third.returncode != 0
    assert [rel for _, rel in third.jobs("pdf")] == ["Bob {draft}"]
    assert "Prepared for Northwind Traders" in pdf_text(pdftotext, out / "documents" / "Bob {draft}_NEW.pdf")
    assert not (out / "documents" / "team a" / "Ada CV_NEW.pdf").exists()
    assert not (out / "documents" / "team a" / "Ada CV_NEW.docx").exists()
    assert_no_leftover(str(own_tmp))


def test_hung_conversion_fails_its_cv_in_one_line_and_is_stopped(tmp_path, own_tmp, monkeypatch):
    """A LibreOffice that never answers: the CV fails with one line after CVEXTRACT_PDF_TIMEOUT, the
    batch ends, and the hung process is gone."""
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\necho $$ >> {tmp_path}/pids\nexec sleep 600\n")
    fake.chmod(0o755)
    monkeypatch.setenv("CVEXTRACT_SOFFICE", str(fake))
    monkeypatch.setenv("CVEXTRACT_PDF_TIMEOUT", "2")
    write_cv(tmp_path / "cvs" / "Ada.docx", make_cv_data(0, special_chars=False))
    proc = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "--extract", "--apply", f"template={TEMPLATE_PATH}",
                   "pdf=true", "--target", tmp_path / "out")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAILED Ada.docx" in proc.stdout
    failure = [ln for ln in proc.stdout.splitlines() if ln.startswith("  - Ada.docx")]
    assert len(failure) == 1 and "did not finish converting it within 2 s" in failure[0], proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    assert (tmp_path / "out" / "documents" / "Ada_NEW.docx").exists()
    assert not (tmp_path / "out" / "documents" / "Ada_NEW.pdf").exists()
    assert_no_leftover(str(fake))
    assert_no_leftover(str(own_tmp))
    # report.html names the failed stage and its cause, and links the document that was made.
    page = (tmp_path / "out" / "report.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="batch-data">(.*?)</script>', page, re.S).group(1))
    row = next(cv for cv in data["cvs"] if cv["r"] == "Ada")
    assert row["f"] == "pdf" and "did not finish converting it" in row["c"]
    assert row["o"] == {"structured": True, "document": True, "pdf": False}


def test_missing_libreoffice_is_one_line_naming_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("CVEXTRACT_SOFFICE", str(tmp_path / "no-soffice"))
    write_cv(tmp_path / "cvs" / "Ada.docx", make_cv_data(0, special_chars=False))
    batch = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "--extract", "--apply", f"template={TEMPLATE_PATH}",
                    "pdf=true", "--target", tmp_path / "out")
    single = run_cli("--extract", f"source={tmp_path / 'cvs' / 'Ada.docx'}", "--apply", f"template={TEMPLATE_PATH}",
                     "pdf=true", "--target", tmp_path / "single")
    for run in (batch, single):
        assert run.returncode == 1
        lines = (run.stdout + run.stderr).strip().splitlines()
        assert len(lines) == 1 and "libreoffice-writer-nogui" in lines[0], lines
    assert not (tmp_path / "single").exists()  # nothing was done
    # A raw Snakemake run stops before any job, naming the package too.
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "raw"),
                          apply={"template": str(TEMPLATE_PATH), "pdf": True})
    raw = run_workflow(tmp_path, config)
    assert raw.returncode != 0 and raw.jobs() == []
    assert "libreoffice-writer-nogui" in raw.messages()


def test_single_file_pdf_beside_the_document(tmp_path, own_tmp, soffice, pdftotext):
    cv = make_cv_data(2, special_chars=True)
    write_cv(tmp_path / "cv.docx", cv)
    proc = run_cli("--extract", f"source={tmp_path / 'cv.docx'}", "--apply", f"template={TEMPLATE_PATH}",
                   "output=custom/name.docx", "pdf=true", "--target", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    text = pdf_text(pdftotext, tmp_path / "out" / "custom" / "name.pdf")
    assert cv["identity"]["full_name"] in text
    assert "{{" in text  # CV text stays data, also in the PDF
    assert_no_leftover(str(own_tmp))


def test_killed_worker_takes_its_libreoffice_with_it(tmp_path, own_tmp, soffice):
    """A process holding a warm converter dies by SIGKILL (no clean-up runs): its LibreOffice goes too."""
    from cvextract.stages import apply_cv

    write_cv(tmp_path / "cv.docx", make_cv_data(0, special_chars=False))
    run_cli("--extract", f"source={tmp_path / 'cv.docx'}", "--target", tmp_path / "out", check=True)
    document = apply_cv(tmp_path / "out" / "structured_data" / "cv.json", TEMPLATE_PATH, tmp_path / "cv_NEW.docx").output
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from cvextract.stages import pdf_cv; "
         "pdf_cv(sys.argv[1], sys.argv[2], warm=True); print('converted', flush=True); time.sleep(600)",
         str(document), str(tmp_path / "cv_NEW.pdf")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "converted"
        assert (tmp_path / "cv_NEW.pdf").read_bytes().startswith(b"%PDF-")
        assert any("soffice" in p for p in our_processes(str(own_tmp)))  # the warm LibreOffice runs
    finally:
        holder.kill()
        holder.wait()
    assert_no_leftover(str(own_tmp))
