"""A plain ``snakemake`` run ends with ``<target>/report.html`` and ``snakemake --report`` carries it."""

from __future__ import annotations

import json
import re

from sample_cvs import make_cv_data, write_cv
from workflow_runner import run_workflow, write_config


def report_data(path) -> dict:
    """The page's summary data, as its script reads it (the browser test checks what is shown)."""
    block = re.search(r'<script type="application/json" id="batch-data">(.*?)</script>', path.read_text("utf-8"), re.S)
    return json.loads(block.group(1))


def test_plain_snakemake_writes_the_report_and_snakemake_report_includes_it(tmp_path):
    write_cv(tmp_path / "cvs" / "sub" / "ok.docx", make_cv_data(0, special_chars=False))
    (tmp_path / "cvs" / "broken.docx").write_text("not a docx")
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                          file_type="*.docx", extract={"name": "default-docx-cv-extractor"}, adjust=[],
                          apply=None, llm={"max_concurrent": 1})
    first = run_workflow(tmp_path, config)
    assert first.returncode != 0
    data = report_data(tmp_path / "out" / "report.html")
    statuses = {cv["n"]: data["statuses"][cv["s"]] for cv in data["cvs"]}
    assert statuses == {"broken.docx": "failed", "sub/ok.docx": "done"}
    [broken] = [cv for cv in data["cvs"] if cv["n"] == "broken.docx"]
    assert broken["f"] == "extract" and broken["c"].endswith("broken.docx: is not a DOCX (ZIP) file")
    assert data["stages"] == ["extract"] and data["llm"] is None

    (tmp_path / "cvs" / "broken.docx").unlink()
    write_cv(tmp_path / "cvs" / "new.docx", make_cv_data(1, special_chars=False))
    again = run_workflow(tmp_path, config)
    assert again.returncode == 0 and again.jobs() == [("extract", "new")]
    data = report_data(tmp_path / "out" / "report.html")
    assert sorted((cv["n"], data["statuses"][cv["s"]]) for cv in data["cvs"]) == [
        ("new.docx", "done"), ("sub/ok.docx", "up to date")]

    snakemake_report = tmp_path / "snakemake-report.html"
    made = run_workflow(tmp_path, config, "--report", str(snakemake_report))
    assert made.returncode == 0, made.messages()
    assert "Adding report.html" in made.messages() and snakemake_report.stat().st_size > 0


def test_the_report_covers_json_resume_exports_and_keeps_the_configuration_in_force(tmp_path):
    from cvextract.report import write_report

    write_cv(tmp_path / "cvs" / "a.docx", make_cv_data(0, special_chars=False))
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                          file_type="*.docx", extract={"name": "default-docx-cv-extractor"}, adjust=[],
                          apply=None, export=["jsonresume"],
                          llm={"max_concurrent": 2, "requests_per_minute": 30, "mask_personal_data": False})
    done = run_workflow(tmp_path, config, "--resources", "llm=3")
    assert done.returncode == 0, done.messages()
    data = report_data(tmp_path / "out" / "report.html")
    assert data["stages"] == ["extract", "jsonresume"]
    [cv] = data["cvs"]
    assert data["statuses"][cv["s"]] == "done" and cv["o"] == {"structured": True, "jsonresume": True}
    assert set(cv["t"]) == {"extract", "jsonresume"}  # each stage's time, from its job log
    assert ["jsonresume", "JSON Resume", "jsonresume", ".json"] in data["outputs"]
    assert dict(data["config"])["export"] == "jsonresume"
    # The record keeps the whole configuration, with the cap the batch ran with (--resources wins).
    record = json.loads((tmp_path / "out" / "logs" / "batch-run.json").read_text("utf-8"))
    assert record["config"]["export"] == ["jsonresume"]
    assert record["config"]["llm"] == {"max_concurrent": 3, "mask_personal_data": False, "requests_per_minute": 30}

    # A CV whose export is missing is not finished, whatever its other outputs.
    (tmp_path / "out" / "jsonresume" / "a.json").unlink()
    write_report(tmp_path / "out")
    data = report_data(tmp_path / "out" / "report.html")
    [cv] = data["cvs"]
    assert data["statuses"][cv["s"]] == "not run" and cv["o"] == {"structured": True, "jsonresume": False}
