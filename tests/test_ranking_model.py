"""A job without a requirement list: the model lists the requirements once per batch (through the
loopback fake server and the real openai client), validated, cached, written to research_data and
printed; a bad answer fails the ranking in one line."""

from __future__ import annotations

import csv
import json

from cli_runs import run_cli
from fake_openai import chat
from ranking_samples import KNOWN
from sample_cvs import write_cv

JOB = "We are hiring a platform engineer. You will write Python, run Kubernetes and, ideally, speak German.\n"
ANSWER = {"requirements": [{"name": "Python", "weight": 2}, {"name": "Kubernetes", "weight": 2},
                           {"name": "German", "weight": 1}]}


def batch(tmp_path, *rank):
    for rel, (cv, _) in KNOWN.items():
        write_cv(tmp_path / "cvs" / f"{rel}.docx", cv)
    return run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract", "--rank", *rank,
                   "--target", tmp_path / "out")


def test_the_model_lists_the_requirements_once_and_the_batch_ranks_on_them(tmp_path, fake_openai):
    fake_openai.default = lambda request: chat(ANSWER)
    (tmp_path / "job.md").write_text(JOB, encoding="utf-8")
    result = batch(tmp_path, f"job={tmp_path / 'job.md'}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert fake_openai.calls == 1 and JOB in fake_openai.requests[0].user
    assert "Ranked on 3 requirements (from the model): Python (must), Kubernetes (must), German (nice)" in result.stdout
    saved = json.loads((tmp_path / "out" / "research_data" / "job-requirements.json").read_text("utf-8"))
    assert saved["source"] == "model" and "K8s" in saved["requirements"][1]["terms"]
    with open(tmp_path / "out" / "ranking.csv", encoding="utf-8", newline="") as fh:
        rows = {row["cv"]: row for row in csv.DictReader(fh)}
    assert rows["alpha.docx"]["matched"] == "Python;Kubernetes;German" and rows["alpha.docx"]["rank"] == "1"
    assert rows["team/bravo.docx"]["matched"] == "Python;Kubernetes"

    # A changed job file asks again; its answer is cached: the same job later asks nothing.
    (tmp_path / "job.md").write_text(JOB + "Python is a must.\n", encoding="utf-8")
    assert batch(tmp_path, f"job={tmp_path / 'job.md'}").returncode == 0 and fake_openai.calls == 2
    (tmp_path / "job.md").write_text(JOB, encoding="utf-8")
    assert batch(tmp_path, f"job={tmp_path / 'job.md'}").returncode == 0 and fake_openai.calls == 2


def test_a_job_url_is_fetched_and_its_requirements_found_by_the_model(tmp_path, fake_openai, fake_site):
    fake_openai.default = lambda request: chat(ANSWER)
    url = fake_site.page("/jobs/42", f"<html><body><h1>Platform engineer</h1><p>{JOB}</p></body></html>")
    result = batch(tmp_path, f"job-url={url}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "We are hiring a platform engineer" in fake_openai.requests[0].user
    assert json.loads((tmp_path / "out" / "ranking.json").read_text("utf-8"))["job"] == url


def test_an_answer_naming_what_the_job_does_not_write_fails_in_one_line(tmp_path, fake_openai):
    invented = {"requirements": [{"name": "Python", "weight": 2}, {"name": "Haskell", "weight": 2}]}
    fake_openai.default = lambda request: chat(invented)
    (tmp_path / "job.md").write_text(JOB, encoding="utf-8")
    result = batch(tmp_path, f"job={tmp_path / 'job.md'}")
    assert result.returncode == 1
    assert (f"ERROR: the batch stopped: rank_requirements: {tmp_path / 'job.md'}: requirements: the model named "
            "requirements the job does not write: Haskell") in result.stderr
    cause = (tmp_path / "out" / "logs" / "requirements.log").read_text("utf-8")
    assert cause.startswith(f"FAILED requirements: {tmp_path / 'job.md'}: requirements: the model named "
                            "requirements the job does not write: Haskell")
    assert not (tmp_path / "out" / "ranking").exists() and not (tmp_path / "out" / "ranking.csv").exists()
