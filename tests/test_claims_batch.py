"""The claims check through the real batch (loopback model): a model that rewords one CV honestly
and slips invented claims into two others. Under ``guard: revert`` no adjusted JSON or document
holds a claim, and the log, the summary line and the report name each; under ``fail`` those CVs
fail with one line naming field and claim while the honest one goes on."""

from __future__ import annotations

import json
import re

from cli_runs import run_cli
from docx_files import docx_text
from fake_openai import chat
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow, write_config

JOB = "Platform engineer: Kubernetes, Terraform, banking."
METRIC, TEAM, TECH = "37.5%", "113", ("Haskell", "Erlang")
NEW_BULLET = f"Led a team of {TEAM} engineers building a trading engine"


def inventive(request):
    """cv0: bullets reordered (honest); cv1: a metric and a whole new bullet; cv2: two technologies."""
    cv = request.user_json()["original_json"]
    which = int(cv["overview"].split("C-")[1][:5])  # the reference survives masking
    bullets = cv["experiences"][0]["bullets"]
    if which == 0:
        bullets.reverse()
    elif which == 1:
        bullets[0] += f", cutting costs by {METRIC}"
        bullets.append(NEW_BULLET)
    else:
        cv["overview"] += f" Also used {TECH[0]} and {TECH[1]}."
    return chat(cv)


def write_cvs(folder) -> None:
    for i in range(3):
        write_cv(folder / f"cv{i}.docx", make_cv_data(i, special_chars=False))


def read(path):
    return json.loads(path.read_text("utf-8"))


def test_revert_keeps_rewording_and_puts_the_source_back_visibly(tmp_path, fake_openai):
    fake_openai.default = inventive
    write_cvs(tmp_path / "cvs")
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract",
                     "--adjust", "name=openai-job-specific", f"job-description={JOB}",
                     "--apply", f"template={TEMPLATE_PATH}", "--target", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Completed: 3/3 files succeeded, 0 failed" in result.stdout
    assert "5 invented claims reverted in 2 CVs; see report.html" in result.stdout

    source = {i: read(out / "structured_data" / f"cv{i}.json") for i in range(3)}
    adjusted = {i: read(out / "adjusted_structured_data" / f"cv{i}.json") for i in range(3)}
    assert adjusted[0]["experiences"][0]["bullets"] == list(reversed(source[0]["experiences"][0]["bullets"]))
    assert adjusted[1]["experiences"] == source[1]["experiences"]
    assert adjusted[2]["overview"] == source[2]["overview"]
    for i in (1, 2):
        text = json.dumps(adjusted[i]) + docx_text(out / "documents" / f"cv{i}_NEW.docx")
        assert METRIC not in text and NEW_BULLET not in text and not any(t in text for t in TECH)

    log = (out / "logs" / "adjust" / "cv1.log").read_text("utf-8")
    assert f"warning: guard reverted experience “{source[1]['experiences'][0]['heading']}”: bullet 1 " \
           f"(openai-job-specific): '{METRIC}' not in the CV" in log
    assert f"wrote '{NEW_BULLET}'; kept nothing (dropped)" in log
    [verdict] = read(out / "logs" / "adjust_steps" / "cv2" / "guard.json")
    [found] = verdict["reverted"]
    assert (found["field"], found["claims"], found["kept"]) == ("overview", list(TECH), None)
    assert found["written"] == f"Also used {TECH[0]} and {TECH[1]}."

    report = (out / "report.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="batch-data">(.*?)</script>', report, re.S).group(1))
    assert ["invented claims", "reverted to the CV's text"] in data["config"]
    changes = json.loads(re.search(r'<script type="application/json" id="cv-changes">(.*?)</script>', report,
                                   re.S).group(1))
    shown = [c for entry in changes for step in entry["steps"] for c in step["changes"] if c["kind"] == "reverted"]
    assert sorted(tuple(c["claims"]) for c in shown) == sorted([(METRIC,), ("bullet this experience does not have", TEAM),
                                                               TECH])
    assert {c["written"] for c in shown} >= {NEW_BULLET, f"Also used {TECH[0]} and {TECH[1]}."}


def test_fail_fails_those_cvs_naming_field_and_claim_through_plain_snakemake(tmp_path, fake_openai):
    fake_openai.default = inventive
    write_cvs(tmp_path / "cvs")
    out = tmp_path / "out"
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(out),
                          adjust=[{"name": "openai-job-specific", "job-description": JOB}], guard="fail",
                          llm={"mask_personal_data": False})
    run = run_workflow(tmp_path, config, "--keep-going", cores=2)
    assert run.returncode == 1
    assert sorted(p.name for p in (out / "adjusted_structured_data").glob("*.json")) == ["cv0.json"]
    heading = read(out / "structured_data" / "cv1.json")["experiences"][0]["heading"]
    log = (out / "logs" / "adjust" / "cv1.log").read_text("utf-8")
    assert f"adjust output of openai-job-specific invents claims: experience “{heading}”: bullet 1: " \
           f"'{METRIC}' not in the CV (+1 more)" in log
    assert f"invents claims: overview: '{TECH[0]}', '{TECH[1]}' not in the CV" in \
        (out / "logs" / "adjust" / "cv2.log").read_text("utf-8")
    assert "invented claim" not in run.messages().replace("invents claims", "")


def test_plain_snakemake_says_what_it_reverted(tmp_path, fake_openai):
    fake_openai.default = inventive
    write_cvs(tmp_path / "cvs")
    out = tmp_path / "out"
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(out),
                          adjust=[{"name": "openai-job-specific", "job-description": JOB}])
    run = run_workflow(tmp_path, config, cores=2)
    assert run.returncode == 0, run.messages()
    assert f"5 invented claims reverted in 2 CVs; see {out}/report.html" in run.messages()


def test_an_unknown_guard_policy_is_a_usage_error(tmp_path):
    result = run_cli("--extract", "source=cv.docx", "--adjust", "name=openai-job-specific", "job-description=x",
                     "guard=maybe", "--target", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "--adjust: guard=maybe: give revert or fail" in result.stderr


def test_single_file_run_reverts_or_fails(tmp_path, fake_openai):
    fake_openai.default = inventive
    write_cv(tmp_path / "cv1.docx", make_cv_data(1, special_chars=False))
    args = ["--extract", f"source={tmp_path / 'cv1.docx'}", "--adjust", "name=openai-job-specific",
            f"job-description={JOB}"]
    reverted = run_cli(*args, "--target", str(tmp_path / "revert"))
    assert reverted.returncode == 0, reverted.stderr
    assert "[ok, 2 warning(s)] cv1.docx" in reverted.stdout
    assert "guard reverted" in reverted.stderr and f"wrote '{NEW_BULLET}'; kept nothing (dropped)" in reverted.stderr
    assert METRIC not in (tmp_path / "revert" / "adjusted_structured_data" / "cv1.json").read_text("utf-8")

    failed = run_cli(*args, "guard=fail", "--target", str(tmp_path / "fail"))
    assert failed.returncode == 1
    assert "adjust output of openai-job-specific invents claims: experience" in failed.stderr
    assert f"'{METRIC}' not in the CV (+1 more)" in failed.stderr and "Traceback" not in failed.stderr
    assert not (tmp_path / "fail" / "adjusted_structured_data" / "cv1.json").exists()
