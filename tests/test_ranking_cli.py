"""``--rank`` on the command line: one CV's score and evidence, a ``--parallel`` batch's ranking
and shortlist, and the usage and input errors."""

from __future__ import annotations

import csv

import pytest

from cli_runs import cli, run_cli
from ranking_samples import EXPECTED_ORDER, JOB_MD, KNOWN
from sample_cvs import TEMPLATE_PATH, write_cv


@pytest.fixture
def cvs(tmp_path):
    for rel, (cv, _) in KNOWN.items():
        write_cv(tmp_path / "cvs" / f"{rel}.docx", cv)
    (tmp_path / "job.md").write_text(JOB_MD, encoding="utf-8")
    return tmp_path


def test_one_cv_prints_its_score_and_evidence_and_keeps_no_files(cvs, capsys, monkeypatch):
    monkeypatch.chdir(cvs)
    code, out, err = cli(capsys, "--extract", "source=cvs/alpha.docx", "--rank", "job=job.md")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith("] alpha.docx: extract (not kept: no --target); rank -> 90.9/100")
    assert lines[1] == "Score 90.9/100 against job.md: 6 of 7 requirements (weight 10 of 11)"
    assert '  + Kubernetes (K8s): "Ran 40 services on K8s clusters in production" (experience "' in out
    assert '  + Postgres: "PostgreSQL" (experience "' in out and lines[-1] == "  - CKA"
    assert sorted(p.name for p in cvs.iterdir()) == ["cvs", "job.md"]  # no target given: nothing written


def test_one_cv_with_a_target_keeps_its_json_and_match(cvs, capsys):
    code, out, err = cli(capsys, "--extract", f"source={cvs / 'cvs' / 'delta.docx'}", "--rank", f"job={cvs / 'job.md'}",
                         "--target", cvs / "out")
    assert code == 0, err
    assert "Score 27.3/100" in out
    assert (cvs / "out" / "ranking" / "delta.json").is_file() and (cvs / "out" / "structured_data" / "delta.json").is_file()


def test_parallel_batch_ranks_every_cv_and_tailors_only_the_shortlist(cvs):
    result = run_cli("--parallel", f"source={cvs / 'cvs'}", "n=2", "--extract", "--rank", f"job={cvs / 'job.md'}",
                     "top=1", "--apply", f"template={TEMPLATE_PATH}", "--target", cvs / "out")
    assert result.returncode == 0, result.stderr
    assert "Ranked on 7 requirements (from the job file): Python (must), Kubernetes (K8s) (must)" in result.stdout
    assert "    1.  90.9  alpha.docx  (shortlisted)" in result.stdout and f"Ranking: {cvs / 'out' / 'ranking.csv'}" in result.stdout
    assert "Shortlist (top=1): the best 1 of 4 ranked CVs go on to adjust and apply\n" in result.stdout
    with open(cvs / "out" / "ranking.csv", encoding="utf-8", newline="") as fh:
        assert [row["cv"] for row in csv.DictReader(fh)] == EXPECTED_ORDER
    assert [p.name for p in (cvs / "out" / "documents").rglob("*.docx")] == ["alpha_NEW.docx"]
    again = run_cli("--parallel", f"source={cvs / 'cvs'}", "n=2", "--extract", "--rank", f"job={cvs / 'job.md'}",
                    "top=1", "--apply", f"template={TEMPLATE_PATH}", "--target", cvs / "out")
    assert again.returncode == 0 and "Nothing to do" in again.stdout and "Ranking: " in again.stdout


@pytest.mark.parametrize("args, message", [
    (["--rank"], "--rank needs job=<file> (or job-url=<url>)"),
    (["--rank", "job=j.md", "tpo=3"], "--rank: unknown key 'tpo' (known: job, job-url, top, embeddings)"),
    (["--rank", "job=j.md", "top=0"], "--rank top=0: give a whole number from 1"),
    (["--rank", "job=j.md", "top=2"], "--rank top= shortlists a batch: use it with --parallel"),
    (["--rank", "job=j.md", "embeddings=maybe"], "--rank: embeddings='maybe': give true or false"),
    (["--rank", "job=j.md", "job-url=https://example.com/job"], "--rank: give job=<file> or job-url=<url>, not both"),
])
def test_usage_errors(capsys, args, message):
    code, _, err = cli(capsys, "--extract", "source=cv.docx", *args)
    assert code == 2 and err == f"cvextract: error: {message}\n"


def test_a_missing_job_file_is_one_line_before_any_work(cvs, capsys):
    for run in (["--extract", f"source={cvs / 'cvs' / 'alpha.docx'}"],
                ["--parallel", f"source={cvs / 'cvs'}", "--extract"]):
        code, out, err = cli(capsys, *run, "--rank", f"job={cvs / 'nope.md'}", "--target", cvs / "out")
        assert code == 1 and err == f"ERROR: {cvs / 'nope.md'}: job file not found\n", err
        assert not (cvs / "out" / "structured_data").exists()


def test_a_shortlist_cut_inside_a_tie_says_how_the_tie_was_broken():
    from cvextract.cli.batch_run import _shortlist_line

    ranked = [{"cv": "a.docx", "score": 100}, {"cv": "b.docx", "score": 40}, {"cv": "c.docx", "score": 40},
              {"cv": "d.docx", "score": 10}]
    assert _shortlist_line(ranked, 2) == ("Shortlist (top=2): the best 2 of 4 ranked CVs go on to adjust and apply; "
                                          "2 CVs share the score 40 at the cut, ordered by the number of requirements "
                                          "held, then by path")
    assert _shortlist_line(ranked, 3) == "Shortlist (top=3): the best 3 of 4 ranked CVs go on to adjust and apply"
    assert _shortlist_line(ranked[:2], 5) == "Shortlist (top=5): the best 2 of 2 ranked CVs go on to adjust and apply"


def test_what_a_batch_ranked_on_is_said_in_the_singular_for_one_requirement():
    from cvextract.ranking.job_file import Requirement
    from cvextract.ranking.requirements_file import ranked_on

    one = [Requirement("Python", 2, ["Python"])]
    assert ranked_on({"source": "job file"}, one) == "1 requirement (from the job file): Python (must)"
    two = one + [Requirement("Go", 1, ["Go"])]
    assert ranked_on({"source": "model"}, two) == "2 requirements (from the model): Python (must), Go (nice)"
