"""The ranking in a real Snakemake batch: ranking.csv over generated CVs whose skills are known,
incremental reruns, a failed CV, the shortlist (rank.top) and bad input."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from docx_files import docx_text
from ranking_samples import EXPECTED_ORDER, JOB_MD, KNOWN, known_cv
from sample_cvs import TEMPLATE_PATH, write_cv
from test_ranking_match import cv_strings
from workflow_runner import run_workflow, write_config


def make_ranked_batch(root: Path, **rank) -> Path:
    for rel, (cv, _) in KNOWN.items():
        write_cv(root / "cvs" / f"{rel}.docx", cv)
    (root / "job.md").write_text(JOB_MD, encoding="utf-8")
    return write_config(root / "config.json", source=str(root / "cvs"), target=str(root / "out"),
                        rank={"job": str(root / "job.md"), **rank})


def ranking(root: Path) -> list[dict]:
    with open(root / "out" / "ranking.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def tamper_alpha(root: Path) -> None:
    """Alter alpha's kept match: a rerun that keeps it (does not match alpha again) shows 99.9."""
    path = root / "out" / "ranking" / "matches.json"
    kept = json.loads(path.read_text("utf-8"))
    kept["alpha"]["score"] = 99.9
    path.write_text(json.dumps(kept), encoding="utf-8")


def batch_jobs(run, rule: str) -> int:
    """How many jobs of a once-per-batch rule started."""
    return sum(1 for e in run.events if e.get("event") == "job_info" and e.get("rule_name") == rule)


def test_ranking_csv_holds_each_cv_with_exactly_its_skills_best_first_then_reruns_only_what_changed(tmp_path):
    config = make_ranked_batch(tmp_path)
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    rows = ranking(tmp_path)
    assert [row["cv"] for row in rows] == EXPECTED_ORDER
    for row in rows:
        cv, held = KNOWN[row["cv"].removesuffix(".docx")]
        assert (row["matched"].split(";") if row["matched"] else []) == held
        texts = cv_strings(cv)
        for entry in filter(None, row["evidence"].split(" | ")):
            name, quote = entry.split(": ", 1)
            assert name in held and any(quote.strip('"') in text for text in texts), entry
    assert ("cvextract: ranked on 7 requirements (from the job file): Python (must), Kubernetes (K8s) (must)"
            in run.stderr)  # what the batch matched on, on Snakemake's console
    full = json.loads((tmp_path / "out" / "ranking.json").read_text("utf-8"))
    assert full["source"] == "job file" and len(full["requirements"]) == 7
    assert full["cvs"][0]["evidence"][1]["places"][0]["where"].startswith('experience "')

    again = run_workflow(tmp_path, config)
    assert again.nothing_to_do and batch_jobs(again, "ranking") == 0, again.messages()

    # A new CV: its extract, and the ranking, which matches only it (alpha's altered row is kept).
    tamper_alpha(tmp_path)
    write_cv(tmp_path / "cvs" / "team" / "echo.docx", known_cv(9, languages=["Python"], tools=["Terraform"], spoken=["German"]))
    added = run_workflow(tmp_path, config)
    assert added.returncode == 0, added.messages()
    assert added.jobs() == [("extract", "team/echo")]
    assert batch_jobs(added, "ranking") == 1 and batch_jobs(added, "rank_requirements") == 0
    assert [row["score"] for row in ranking(tmp_path)][:3] == ["99.9", "45.5", "45.5"]
    assert [row["cv"] for row in ranking(tmp_path)][2] == "team/echo.docx"  # 5 of 11 like bravo (ties by name), before delta's 3

    # A changed job file: the requirements, every match and the ranking again, no extract.
    (tmp_path / "job.md").write_text(JOB_MD.replace("- CKA\n", "- CKA\n- JavaScript\n"), encoding="utf-8")
    rejob = run_workflow(tmp_path, config)
    assert rejob.returncode == 0, rejob.messages()
    assert rejob.jobs() == [] and batch_jobs(rejob, "rank_requirements") == 1 and batch_jobs(rejob, "ranking") == 1
    assert ranking(tmp_path)[0]["score"] == "83.3"  # alpha matched again: 10 of 12
    bravo = next(row for row in ranking(tmp_path) if row["cv"] == "team/bravo.docx")
    assert bravo["matched"] == "Python;Kubernetes (K8s);CKA;JavaScript"


def test_a_cv_that_fails_extraction_is_listed_with_its_cause(tmp_path):
    config = make_ranked_batch(tmp_path)
    (tmp_path / "cvs" / "broken.docx").write_text("not a Word file", encoding="utf-8")
    run = run_workflow(tmp_path, config)
    assert run.returncode != 0
    rows = ranking(tmp_path)
    assert [row["cv"] for row in rows] == EXPECTED_ORDER + ["broken.docx"]
    assert rows[-1]["rank"] == "" and "broken.docx" in rows[-1]["error"] and "not a DOCX" in rows[-1]["error"]


def test_a_braced_cv_name_is_ranked(tmp_path):
    config = make_ranked_batch(tmp_path)
    shutil.copy(tmp_path / "cvs" / "delta.docx", tmp_path / "cvs" / "CV {draft}.docx")
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    assert [row["cv"] for row in ranking(tmp_path)][2:4] == ["CV {draft}.docx", "delta.docx"]
    assert run_workflow(tmp_path, config).nothing_to_do


def test_top_k_applies_only_the_shortlist_in_one_run(tmp_path):
    config = make_ranked_batch(tmp_path, top=2)
    settings = json.loads(config.read_text("utf-8"))
    config = write_config(config, **settings, apply={"template": str(TEMPLATE_PATH)})
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    assert run.jobs("apply") == [("apply", "alpha"), ("apply", "team/bravo")]
    documents = sorted(str(p.relative_to(tmp_path / "out" / "documents")) for p in
                       (tmp_path / "out" / "documents").rglob("*.docx"))
    assert documents == ["alpha_NEW.docx", "team/bravo_NEW.docx"]
    assert KNOWN["alpha"][0]["identity"]["full_name"] in docx_text(tmp_path / "out" / "documents" / "alpha_NEW.docx")
    # The report counts the CVs left out of the shortlist as done (extracted and ranked), not as "not run".
    report = (tmp_path / "out" / "report.html").read_text("utf-8")
    statuses = json.loads(report.split('<script type="application/json" id="batch-data">')[1].split("</script>")[0])
    assert {cv["n"]: statuses["statuses"][cv["s"]] for cv in statuses["cvs"]} == {
        f"{rel}.docx": "done" for rel in KNOWN}
    assert run_workflow(tmp_path, config).nothing_to_do

    # A new CV that ranks first joins the shortlist: only its own work is done.
    write_cv(tmp_path / "cvs" / "ace.docx", KNOWN["alpha"][0])
    added = run_workflow(tmp_path, config)
    assert added.returncode == 0, added.messages()
    assert added.jobs() == [("apply", "ace"), ("extract", "ace")]


@pytest.mark.parametrize("job, rank, expected", [
    (None, {}, "{job}: job file not found"),
    ("", {}, "{job}: job file is empty"),
    ("We need someone good with clouds.\n", {}, "{job}: the job lists no requirements"),
    (JOB_MD, {"tpo": 5}, "{config}: invalid configuration: unknown key 'tpo' in rank (did you mean 'top'?)"),
    (JOB_MD, {"top": 0}, "{config}: invalid configuration: key 'rank.top'"),
])
def test_bad_job_or_rank_config_stops_before_any_job_in_one_line(tmp_path, llm_env, job, rank, expected):
    config = make_ranked_batch(tmp_path, **rank)
    job_path = tmp_path / "job.md"
    if job is None:
        job_path.unlink()
    else:
        job_path.write_text(job, encoding="utf-8")
    run = run_workflow(tmp_path, config)
    assert run.returncode == 1
    errors = [line for line in run.stderr.splitlines() if line.startswith("cvextract: error: ")]
    assert len(errors) == 1 and expected.format(job=job_path, config=config) in errors[0], run.stderr
    assert "Traceback" not in run.stderr
    assert run.jobs() == [] and not (tmp_path / "out" / "structured_data").exists()


def test_a_rank_section_without_a_job_names_the_keys(tmp_path):
    config = make_ranked_batch(tmp_path)
    settings = json.loads(config.read_text("utf-8"))
    run = run_workflow(tmp_path, write_config(config, **{**settings, "rank": {"top": 3}}))
    assert run.returncode == 1
    assert "cvextract: error: config 'rank': give the job as job: <file> or job-url: <url>\n" in run.stderr
    assert run.jobs() == []
