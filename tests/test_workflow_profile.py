"""What README promises about profiles/default, with plain Snakemake: its `retries: 1` restarts a
failing job, and `--workflow-profile none` turns the profile off (every job its own process)."""

from __future__ import annotations

import json
from pathlib import Path

from fake_openai import chat, error
from sample_cvs import make_cv_data, write_cv
from workflow_runner import run_workflow, write_config


def flaky_extraction(fake_openai, root: Path) -> dict[str, dict]:
    """Two text CVs read by the openai-extractor; the first request for "flaky" gets a 500."""
    people = {"flaky": make_cv_data(0, special_chars=False), "steady": make_cv_data(1, special_chars=False)}
    failed_once: list[str] = []

    def reply(request):
        name = next(n for n in people if f"{n}.txt" in request.user)
        if name == "flaky" and not failed_once:
            failed_once.append(name)
            return error(500, "the model is overloaded")
        return chat(people[name])

    fake_openai.default = reply
    for name, cv in people.items():
        (root / "cvs").mkdir(parents=True, exist_ok=True)
        (root / "cvs" / f"{name}.txt").write_text(f"{cv['identity']['full_name']}\n{cv['overview']}\n", "utf-8")
    return people


def test_the_profile_retries_a_failing_job_once(tmp_path, fake_openai, monkeypatch):
    monkeypatch.setenv("CVEXTRACT_LLM_ATTEMPTS", "1")  # no retry inside the client: Snakemake's is tested
    people = flaky_extraction(fake_openai, tmp_path)
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), file_type="*.txt",
                          target=str(tmp_path / "out"), extract={"name": "openai-extractor"})
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    assert run.jobs("extract") == [("extract", "flaky"), ("extract", "flaky"), ("extract", "steady")]
    assert "Trying to restart job" in run.messages()
    for name, cv in people.items():
        assert json.loads((tmp_path / "out" / "structured_data" / f"{name}.json").read_text("utf-8")) == cv
    flaky_requests = [r for r in fake_openai.requests if "flaky.txt" in r.user]
    assert len(flaky_requests) == 2


def _pids(out: Path) -> list[str]:
    return [log.read_text("utf-8").rsplit("pid ", 1)[-1].strip(" )\n") for log in sorted((out / "logs" / "extract").rglob("*.log"))]


def test_without_the_workflow_profile_every_job_is_a_process_of_its_own(tmp_path):
    # A job of its own is handed to its process as `--target-jobs extract:rel=<name>`, which
    # Snakemake splits at commas and strips of quotes: such a name travels encoded.
    names = ["cv0", "cv1", "O'Brien, 'cv2'"]
    for i, name in enumerate(names):
        write_cv(tmp_path / "cvs" / f"{name}.docx", make_cv_data(i, special_chars=False))
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"))

    pooled = run_workflow(tmp_path, config)
    assert pooled.returncode == 0, pooled.messages()
    assert "workflow specific profile" in pooled.stderr
    assert len(pooled.jobs()) == 3
    assert len(set(_pids(tmp_path / "out"))) <= 2, "with the profile, the jobs run in --cores pool workers"

    alone = run_workflow(tmp_path, config, "--workflow-profile", "none", "--forceall")
    assert alone.returncode == 0, alone.messages()
    assert "workflow specific profile" not in alone.stderr
    assert len(alone.jobs()) == 3
    assert len(set(_pids(tmp_path / "out"))) == 3, "without it, each job starts its own Python process"
    for i, name in enumerate(names):
        assert json.loads((tmp_path / "out" / "structured_data" / f"{name}.json").read_text("utf-8")) == make_cv_data(
            i, special_chars=False)
    assert "jobs run without --force-use-threads" in alone.messages()


def test_the_cluster_profiles_group_every_per_cv_rule():
    # An ungrouped per-CV rule is one cluster job per CV: a submission, a queue wait and a Snakemake
    # start-up for each PDF or export. The batch's own rules (research, local ones) stay apart.
    import re

    import yaml

    root = Path(__file__).resolve().parents[1]
    rules_text = "\n".join(p.read_text("utf-8") for p in sorted((root / "rules").glob("*.smk")))
    rules = set(re.findall(r"^[ \t]*rule (\w+):", rules_text, re.M))  # some defined under an `if`
    local = {name for block in re.findall(r"^localrules:\n((?:[ \t]+\w+,?\n)+)", rules_text, re.M)
             for name in re.findall(r"\w+", block)}
    per_cv = rules - local - {"research"}
    assert {"extract", "adjust", "apply", "pdf", "jsonresume"} <= per_cv
    for profile in ("slurm", "cluster-generic"):
        settings = yaml.safe_load((root / "profiles" / profile / "config.yaml").read_text("utf-8"))
        grouped = {entry.split("=")[0] for entry in settings["groups"] if entry.endswith("=cv")}
        assert grouped == per_cv, profile
