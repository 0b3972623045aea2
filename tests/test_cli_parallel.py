"""``cvextract --parallel`` as a user meets it: the progress lines, the summary, failures, reruns,
stale locks and the errors that stop a batch before it starts. Runs the real Snakefile (about 2 s
per batch run)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_runs import cli, run_cli
from cvextract.cli.batch_progress import Progress
from docx_files import jinja_error_template
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow, write_config

LINE = re.compile(r"\[ *(\d+)/(\d+) \| +(\d+)%\] (ok|FAILED) +(.+)")
SEPARATOR = "=" * 60


def batch_args(source: Path, target: Path, *extra, n="2", template=TEMPLATE_PATH) -> list:
    return ["--parallel", f"source={source}", f"n={n}", *extra, "--extract", "--apply", f"template={template}",
            "--target", target]


def progress_lines(stdout: str) -> list[tuple[int, int, int, str, str]]:
    found = []
    for line in stdout.splitlines():
        match = LINE.fullmatch(line)
        if match:
            i, k, pct, status, name = match.groups()
            found.append((int(i), int(k), int(pct), status, name))
    return found


def assert_counting(lines, total: int) -> None:
    """The i-th line says [i/total | floor(100*i/total)%]."""
    assert [(i, k, pct) for i, k, pct, _, _ in lines] == [(i, total, 100 * i // total) for i in range(1, total + 1)]


# --- one batch, three runs: a failure, the fix, nothing to do --------------------------------------
def test_progress_lines_summary_failure_fix_and_noop_rerun(tmp_path):
    names = ["plain.docx", "with space/CV Ünïcödé, Jr..docx", "CV {draft}.docx", "broken.docx"]
    for i, name in enumerate(names[:-1]):
        write_cv(tmp_path / "cvs" / name, make_cv_data(i, special_chars=False))
    (tmp_path / "cvs" / "broken.docx").write_text("this is not a Word file", encoding="utf-8")
    (tmp_path / "cvs" / "notes.txt").write_text("not a CV", encoding="utf-8")
    out, log_file = tmp_path / "out", tmp_path / "batch.log"

    first = run_cli(*batch_args(tmp_path / "cvs", out), "--log-file", log_file)
    assert first.returncode == 1, first.stdout + first.stderr
    stdout = first.stdout.splitlines()
    assert stdout[0] == "Processing 4 files matching '*.docx' with 2 parallel workers"
    lines = progress_lines(first.stdout)
    assert stdout[1:5] == [line for line in stdout if LINE.fullmatch(line)]  # as they finish, before the summary
    assert_counting(lines, 4)
    assert sorted((name, status) for *_, status, name in lines) == sorted(
        [(n, "ok") for n in names[:-1]] + [("broken.docx", "FAILED")])
    assert stdout[5:] == [SEPARATOR, "Completed: 3/4 files succeeded, 1 failed",
                          "  - broken.docx: is not a DOCX (ZIP) file", f"Report: {out.resolve() / 'report.html'}"]
    assert "Traceback" not in first.stderr
    for name in names[:-1]:
        assert (out / "documents" / name.replace(".docx", "_NEW.docx")).is_file()
    assert not (out / "structured_data" / "broken.json").exists()
    log_text = log_file.read_text("utf-8")
    for expected in ("| DEBUG | running: ", "snakemake: Building DAG of jobs...", "snakemake: Finished jobid: ",
                     "snakemake: Error in rule extract", "is not a DOCX (ZIP) file"):
        assert expected in log_text

    write_cv(tmp_path / "cvs" / "broken.docx", make_cv_data(9, special_chars=False))
    fixed = run_cli(*batch_args(tmp_path / "cvs", out, "file-type=*.docx"))
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert fixed.stdout.splitlines() == [
        "Processing 4 files matching '*.docx' with 2 parallel workers",
        "3 already up to date; processing 1",
        "[1/1 | 100%] ok     broken.docx",
        SEPARATOR,
        "Completed: 1/1 files succeeded, 0 failed (3 already up to date)",
        f"Report: {out.resolve() / 'report.html'}",
    ]
    assert json.loads((out / "structured_data" / "broken.json").read_text("utf-8")) == make_cv_data(9, special_chars=False)

    noop = run_cli(*batch_args(tmp_path / "cvs", out, n="auto"), "--debug")
    assert noop.returncode == 0, noop.stdout + noop.stderr
    assert noop.stdout.splitlines() == [
        f"Processing 4 files matching '*.docx' with {os.cpu_count()} parallel worker{'' if os.cpu_count() == 1 else 's'}",
        SEPARATOR,
        "Nothing to do: all 4 files are up to date.",
        f"Report: {out.resolve() / 'report.html'}",
    ]
    assert "DEBUG: snakemake: Job stats:" in noop.stderr  # --debug passes Snakemake's log through


def test_a_cv_whose_document_fails_to_render_is_named_with_its_cause_and_keeps_its_json(tmp_path):
    # A CV's extract job renders its document too (BatchPlan.renders_in): a failed render fails
    # that CV alone, in one line, and leaves its extracted JSON in place.
    from test_batch_workflow import failing_for

    people = {f"cv{i}": make_cv_data(i, special_chars=False) for i in range(3)}
    for name, cv in people.items():
        write_cv(tmp_path / "cvs" / f"{name}.docx", cv)
    template = failing_for(tmp_path / "template.docx", people["cv1"]["identity"]["full_name"])
    out = tmp_path / "out"
    result = run_cli(*batch_args(tmp_path / "cvs", out, template=template))
    assert result.returncode == 1, result.stdout + result.stderr
    assert sorted((name, status) for *_, status, name in progress_lines(result.stdout)) == [
        ("cv0.docx", "ok"), ("cv1.docx", "FAILED"), ("cv2.docx", "ok")]
    failure = next(line for line in result.stdout.splitlines() if line.startswith("  - "))
    assert failure.startswith(f"  - cv1.docx: {template}: template failed to render") and "ZeroDivisionError" in failure
    assert "Traceback" not in result.stderr
    assert json.loads((out / "structured_data" / "cv1.json").read_text("utf-8")) == people["cv1"]
    assert not (out / "documents" / "cv1_NEW.docx").exists()
    assert (out / "documents" / "cv0_NEW.docx").is_file() and (out / "documents" / "cv2_NEW.docx").is_file()


def test_a_broken_template_stops_the_batch_before_any_cv_in_one_line(tmp_path):
    for name in ("a.docx", "sub/b c.docx"):
        write_cv(tmp_path / "cvs" / name, make_cv_data(len(name), special_chars=False))
    template = jinja_error_template(tmp_path / "bad template.docx")

    result = run_cli(*batch_args(tmp_path / "cvs", tmp_path / "out", template=template))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"ERROR: {template}: Jinja syntax error in word/document.xml, line 3: "
        "Expected an expression, got 'end of statement block' (near '{% if %}{{ overview }}')"]
    assert not (tmp_path / "out").exists()  # no CV was extracted, no batch started


# --- stale and live locks -----------------------------------------------------------------------
def _write_lock(target: Path, outputs: list[Path]) -> Path:
    """What Snakemake leaves in .snakemake/locks when it is killed: one path per line."""
    locks = target / ".snakemake" / "locks"
    locks.mkdir(parents=True)
    (locks / "0.input.lock").write_text("".join(f"{p}\n" for p in outputs), encoding="utf-8")
    (locks / "0.output.lock").write_text("".join(f"{p}\n" for p in outputs), encoding="utf-8")
    return locks


def test_a_stale_lock_is_cleared_with_a_warning_and_the_batch_completes(tmp_path):
    for name in ("one.docx", "two.docx"):
        write_cv(tmp_path / "cvs" / name, make_cv_data(len(name), special_chars=False))
    out = tmp_path / "out"
    docs = [out / "documents" / "one_NEW.docx", out / "documents" / "two_NEW.docx"]
    locks = _write_lock(out, [out / "structured_data" / "one.json", *docs])

    # The lock is real: Snakemake on its own refuses to run in this target.
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(out),
                          apply={"template": str(TEMPLATE_PATH)})
    refused = run_workflow(out, config)
    assert refused.returncode != 0 and "LockException" in refused.messages()

    result = run_cli(*batch_args(tmp_path / "cvs", out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.splitlines() == [f"WARNING: cleared a stale lock left by an interrupted run in {out}"]
    assert "Completed: 2/2 files succeeded, 0 failed" in result.stdout
    assert all(doc.is_file() for doc in docs)
    assert not locks.exists() or list(locks.iterdir()) == []


@pytest.mark.parametrize("locked", [True, False], ids=["holding its lock", "still starting, no lock yet"])
def test_a_batch_running_in_the_target_is_left_alone(tmp_path, locked):
    """The second batch is refused before it writes anything: the running batch's files, its
    logs/batch-config.json included, stay as they are."""
    write_cv(tmp_path / "cvs" / "one.docx", make_cv_data(1, special_chars=False))
    out = tmp_path / "out"
    out.mkdir()
    if locked:
        _write_lock(out, [out / "documents" / "one_NEW.docx"])
    (out / "logs").mkdir()
    (out / "logs" / "batch-config.json").write_text('{"source": "the running batch"}\n', encoding="utf-8")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    fake = tmp_path / "fake_snakemake.py"  # "snakemake" in its command line, working in the target
    fake.write_text("import time\ntime.sleep(60)\n", encoding="utf-8")
    holder = subprocess.Popen([sys.executable, str(fake)], cwd=out)
    try:
        deadline = time.monotonic() + 10
        while b"fake_snakemake" not in Path(f"/proc/{holder.pid}/cmdline").read_bytes():
            assert time.monotonic() < deadline
            time.sleep(0.01)
        result = run_cli(*batch_args(tmp_path / "cvs", out))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"ERROR: {out}: another batch is running in this target (snakemake pid {holder.pid}); "
        "wait for it or stop it first"]
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in out.iterdir()) == ([".snakemake"] if locked else []) + ["logs"]


def test_one_cv_with_the_default_single_worker_is_counted_in_the_singular(tmp_path):
    write_cv(tmp_path / "cvs" / "one.docx", make_cv_data(1, special_chars=False))
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "--extract", "--target", tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "Processing 1 file matching '*.docx' with 1 parallel worker"


# --- errors before any work: exit 1, one line -------------------------------------------------------
@pytest.mark.parametrize("change, expected", [
    ({"source": "missing"}, "{tmp}/missing: source folder not found"),
    ({"source": "cvs/one.docx"}, "{tmp}/cvs/one.docx: source is not a folder"),
    ({"file-type": "*.pdf"}, "{tmp}/cvs: no files matching '*.pdf'"),
    ({"template": "missing.docx"}, "{tmp}/missing.docx: template not found"),
])
def test_errors_before_the_batch_starts(tmp_path, capsys, change, expected):
    write_cv(tmp_path / "cvs" / "one.docx", make_cv_data(1, special_chars=False))
    source = tmp_path / change.get("source", "cvs")
    template = tmp_path / change["template"] if "template" in change else TEMPLATE_PATH
    extra = [f"file-type={change['file-type']}"] if "file-type" in change else []
    code, stdout, stderr = cli(capsys, *batch_args(source, tmp_path / "out", *extra, n=change.get("n", "1"),
                                                    template=template))
    assert code == 1
    assert stdout == ""
    assert stderr.splitlines() == ["ERROR: " + expected.format(tmp=tmp_path)]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, message", [
    (["n=0"], "--parallel n=0: give a whole number from 1 to 256, or 'auto'"),
    (["n=abc"], "--parallel n=abc: give a whole number from 1 to 256, or 'auto'"),
    (["n=999999999999"], "--parallel n=999999999999: give a whole number from 1 to 256, or 'auto'"),
    (["--extract", "name=bogus"], "--extract name=bogus: unknown extractor (known: default-docx-cv-extractor, "
                                  "openai-extractor)"),
    (["--adjust", "name=bogus"], "--adjust: unknown adjuster 'bogus' (known: openai-company-research, "
                                 "openai-job-specific, openai-translate)"),
    (["--adjust", "name=openai-translate", "lang=German"], "--adjust: "),
])
def test_usage_errors_exit_2_before_anything_starts(tmp_path, capsys, args, message):
    write_cv(tmp_path / "cvs" / "one.docx", make_cv_data(1, special_chars=False))
    parallel = [a for a in args if a.startswith("n=")]
    stages = [a for a in args if not a.startswith("n=")] or ["--extract"]
    if stages[0] != "--extract":
        stages = ["--extract", *stages]
    code, stdout, stderr = cli(capsys, "--parallel", f"source={tmp_path / 'cvs'}", *parallel, *stages,
                               "--target", tmp_path / "out")
    assert code == 2
    assert stdout == ""
    assert len(stderr.splitlines()) == 1 and stderr.startswith(f"cvextract: error: {message}"), stderr
    assert not (tmp_path / "out").exists()


def test_parallel_without_extract_is_a_usage_error(tmp_path, capsys):
    code, stdout, stderr = cli(capsys, "--parallel", f"source={tmp_path}", "--apply", f"template={TEMPLATE_PATH}",
                               "--target", tmp_path / "out")
    assert code == 2
    assert stderr.splitlines() == ["cvextract: error: --parallel runs the batch from the CVs: add --extract"]


def test_an_unquoted_brace_glob_is_a_usage_error_not_the_last_pattern_alone(tmp_path, capsys):
    """``file-type=*.{docx,pdf}`` unquoted: the shell makes it two file-type= words."""
    code, stdout, stderr = cli(capsys, "--parallel", f"source={tmp_path}", "file-type=*.docx", "file-type=*.pdf",
                               "--extract", "--target", tmp_path / "out")
    assert code == 2
    assert stderr.splitlines() == ["cvextract: error: --parallel: file-type= given twice "
                                   "(quote a glob with braces: file-type='*.{docx,pdf}')"]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, flag", [
    (["--extract", "source=cv.docx"], "--extract source="),
    (["--extract", "output=cv.json"], "--extract output="),
    (["--extract", "--apply", f"template={TEMPLATE_PATH}", "output=new.docx"], "--apply output="),
])
def test_parallel_with_a_single_file_key_is_a_usage_error(tmp_path, capsys, args, flag):
    code, stdout, stderr = cli(capsys, "--parallel", f"source={tmp_path}", *args, "--target", tmp_path / "out")
    assert code == 2
    assert stderr.splitlines() == [f"cvextract: error: {flag} names one CV's file; --parallel reads the CVs of its "
                                   "source=<dir> and writes below --target: drop it"]
    assert not (tmp_path / "out").exists()


# --- progress under Snakemake's retries (events as the logger plugin writes them) --------------------
def _job_info(jobid, rule, rel):
    return {"event": "job_info", "level": "INFO", "jobid": jobid, "rule_name": rule, "wildcards": {"rel": rel},
            "msg": f" Rule: {rule}, Jobid: {jobid}"}


def _finished(jobid, rule):
    return {"event": "job_finished", "level": "INFO", "job_id": jobid, "msg": f"Finished jobid: {jobid} (Rule: {rule})"}


def _error(jobid, rule):
    return {"event": "job_error", "level": "ERROR", "jobid": jobid, "rule_name": rule,
            "msg": f"Error in rule {rule}, jobid: {jobid}"}


def _note(message, level="INFO"):
    return {"event": None, "level": level, "msg": message, "message": message}


STATS = {"event": "run_info", "level": "INFO",
         "msg": "Job stats:\njob               count\n--------------  -------\nextract               2\n"
                "batch_complete        1\nall                   1\ntotal                 4\n"}


def _progress(tmp_path) -> Progress:
    log_dir = tmp_path / "logs" / "extract"
    log_dir.mkdir(parents=True)
    (log_dir / "flaky.log").write_text("FAILED extract: /cvs/flaky.docx: model timed out\n", encoding="utf-8")
    return Progress(final_rule="extract", target=tmp_path, discovered=2, attempts=2,
                    names={"flaky": "flaky.docx", "steady": "steady.docx"})


def test_a_failure_that_snakemake_retries_successfully_is_reported_once_as_ok(tmp_path, capsys):
    progress = _progress(tmp_path)
    # The retry is decided in the scheduler loop after it reports the jobs that finished meanwhile.
    for entry in (STATS, _job_info(1, "extract", "flaky"), _job_info(2, "extract", "steady"),
                  _error(1, "extract"), _finished(2, "extract"), _note("Trying to restart job 1."),
                  _note("Select jobs to execute..."), _job_info(1, "extract", "flaky"), _finished(1, "extract")):
        progress.handle(entry)
    progress.flush()
    assert capsys.readouterr().out.splitlines() == ["[1/2 |  50%] ok     steady.docx",
                                                    "[2/2 | 100%] ok     flaky.docx"]
    assert progress.failed == {} and sorted(progress.succeeded) == ["flaky", "steady"]


def test_a_failure_is_reported_once_its_last_attempt_fails(tmp_path, capsys):
    progress = _progress(tmp_path)
    for entry in (STATS, _job_info(1, "extract", "flaky"), _job_info(2, "extract", "steady"),
                  _error(1, "extract"), _note("Select jobs to execute..."), _finished(2, "extract"),
                  _note("Trying to restart job 1."), _job_info(1, "extract", "flaky")):
        progress.handle(entry)
    assert capsys.readouterr().out.splitlines() == ["[1/2 |  50%] ok     steady.docx"]
    progress.handle(_error(1, "extract"))
    assert capsys.readouterr().out.splitlines() == ["[2/2 | 100%] FAILED flaky.docx"]
    progress.flush()
    assert capsys.readouterr().out == ""
    assert progress.failed == {"flaky": "/cvs/flaky.docx: model timed out"}
    assert progress.failure_line("flaky", progress.failed["flaky"], Path("/cvs")) == "flaky.docx: model timed out"


def test_a_failure_the_run_ended_on_is_reported_at_the_end(tmp_path, capsys):
    progress = _progress(tmp_path)
    for entry in (STATS, _job_info(1, "extract", "flaky"), _error(1, "extract"),
                  _note("Exiting because a job execution failed. Look above for error messages", "ERROR")):
        progress.handle(entry)
    assert capsys.readouterr().out == ""
    progress.flush()
    assert capsys.readouterr().out.splitlines() == ["[1/2 |  50%] FAILED flaky.docx"]
    assert progress.failed == {"flaky": "/cvs/flaky.docx: model timed out"}
    assert progress.failure_line("flaky", progress.failed["flaky"], Path("/cvs")) == "flaky.docx: model timed out"


def test_an_adjust_job_whose_extraction_failed_is_named_with_the_extractions_cause(tmp_path, capsys):
    # The adjust job extracts its CV itself (BatchPlan.extracts_in): a CV that does not extract has
    # its extract log's FAILED line, not an adjust log from an earlier run.
    for stage, line in (("extract", "FAILED extract: /cvs/flaky.docx: is not a DOCX (ZIP) file"),
                        ("adjust", "OK adjust: /out/structured_data/flaky.json -> /out/x.json (9 ms, pid 1)")):
        (tmp_path / "logs" / stage).mkdir(parents=True)
        (tmp_path / "logs" / stage / "flaky.log").write_text(line + "\n", encoding="utf-8")
    progress = Progress(final_rule="adjust", target=tmp_path, discovered=1, attempts=1, names={"flaky": "flaky.docx"})
    for entry in (_job_info(1, "adjust", "flaky"), _error(1, "adjust")):
        progress.handle(entry)
    assert capsys.readouterr().out.splitlines() == ["[1/1 | 100%] FAILED flaky.docx"]
    assert progress.failed == {"flaky": "/cvs/flaky.docx: is not a DOCX (ZIP) file"}


def test_a_cv_whose_first_attempt_fails_is_retried_by_snakemake_and_reported_once_as_ok(tmp_path, fake_openai,
                                                                                         monkeypatch):
    """The events above, from real Snakemake: its retry of a job that failed once (a 500 from the model)."""
    from test_workflow_profile import flaky_extraction

    monkeypatch.setenv("CVEXTRACT_LLM_ATTEMPTS", "1")  # no retry inside the client: Snakemake's is tested
    people = flaky_extraction(fake_openai, tmp_path)
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "file-type=*.txt",
                     "--extract", "name=openai-extractor", "--target", out)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = progress_lines(result.stdout)
    assert_counting(lines, 2)
    assert sorted((name, status) for *_, status, name in lines) == [("flaky.txt", "ok"), ("steady.txt", "ok")]
    assert "Completed: 2/2 files succeeded, 0 failed" in result.stdout.splitlines()
    assert len([r for r in fake_openai.requests if "flaky.txt" in r.user]) == 2  # it did fail once
    for name, cv in people.items():
        assert json.loads((out / "structured_data" / f"{name}.json").read_text("utf-8")) == cv


def test_a_target_inside_the_source_is_not_read_back_as_cvs(tmp_path):
    for i in range(2):
        write_cv(tmp_path / "cvs" / f"cv{i}.docx", make_cv_data(i, special_chars=False))
    out = tmp_path / "cvs" / "out"
    for _ in range(2):
        result = run_cli(*batch_args(tmp_path / "cvs", out))
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.startswith("Processing 2 files")
    assert sorted(p.name for p in (out / "documents").rglob("*.docx")) == ["cv0_NEW.docx", "cv1_NEW.docx"]


def test_a_default_folder_where_the_command_runs_is_not_taken_for_the_workflow_profile(tmp_path):
    # Snakemake looks for the workflow profile in ./default and ./profiles/default before the
    # workflow's own: a team folder named "default" used to stop the batch.
    write_cv(tmp_path / "default" / "cv0.docx", make_cv_data(0, special_chars=False))
    (tmp_path / "profiles" / "default").mkdir(parents=True)
    (tmp_path / "profiles" / "default" / "config.yaml").write_text("cores: nonsense\n", encoding="utf-8")
    result = run_cli(*batch_args(tmp_path / "default", tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out" / "documents" / "cv0_NEW.docx").is_file()
