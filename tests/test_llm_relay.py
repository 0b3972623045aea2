"""A batch's adjust job once the worker pool has started: its checks and writes run in a pool worker,
its model calls in the model-call process (:mod:`cvextract.llm.relay`). What the user gets is the
same as from one process: the tailored JSON with invented claims reverted (or the CV failed under
``guard: fail``), the job log with its warnings, the usage with every call, a cached answer checked
again by today's policy, and a failed call failing that CV with its cause."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import pytest

from cvextract.batch import jobs, llm_process, worker_pool
from cvextract.registry import DEFAULT_EXTRACTOR
from docx_files import docx_text
from fake_openai import chat, error
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv

TECH = ("Haskell", "Erlang")
JOB = "Platform engineer: Kubernetes, Terraform, banking."
GUARD = 120  # seconds: a last guard only


def inventive(request):
    """cv0 comes back reworded honestly (bullets reversed); cv1 with two technologies it never named."""
    cv = request.user_json()["original_json"]
    which = int(cv["overview"].split("C-")[1][:5])  # the reference survives masking
    if which == 0:
        cv["experiences"][0]["bullets"].reverse()
    else:
        cv["overview"] += f" Also used {TECH[0]} and {TECH[1]}."
    return chat(cv)


def imported(module: str) -> bool:
    return module in sys.modules


@pytest.fixture
def helpers(fake_openai):
    """The batch's worker pool, past its first jobs and ready, and its model-call process."""
    worker_pool.configure(2)
    llm_process.configure(True)
    try:
        deadline = time.monotonic() + GUARD
        while worker_pool.call(os.getpid) == os.getpid():
            assert time.monotonic() < deadline, "the worker processes never took over"
        yield
    finally:
        worker_pool.shutdown()
        worker_pool.configure(0)
        llm_process.shutdown()
        llm_process.configure(False)


def adjust(tmp_path: Path, i: int, *, guard: str = "revert", template: bool = True) -> dict:
    """Extract CV ``i`` and run its batch adjust job; the paths it writes."""
    out = tmp_path / "out"
    source = tmp_path / "cvs" / f"cv{i}.docx"
    if not source.exists():
        write_cv(source, make_cv_data(i, special_chars=False))
        jobs.extract_job(str(source), str(out / "structured_data" / f"cv{i}.json"), extractor=DEFAULT_EXTRACTOR)
    paths = {"json": out / "adjusted_structured_data" / f"cv{i}.json", "doc": out / "documents" / f"cv{i}_NEW.docx",
             "log": out / "logs" / "adjust" / f"cv{i}.log", "apply_log": out / "logs" / "apply" / f"cv{i}.log"}
    jobs.adjust_and_render(str(out / "structured_data" / f"cv{i}.json"), [str(paths["json"]), str(paths["doc"])],
                           [str(paths["log"]), str(paths["apply_log"])], template=str(TEMPLATE_PATH) if template else None,
                           rel=f"cv{i}", stale=(str(paths["json"]), str(paths["doc"])), stale_after_render=(str(paths["doc"]),),
                           steps=[{"name": "openai-job-specific", "job-description": JOB}], target=str(out), guard=guard)
    return paths


def usage_of(log: Path) -> dict:
    totals: dict = {}
    for path in log.parent.glob(f"{log.name}.*.usage.json"):
        for key, value in json.loads(path.read_text("utf-8")).items():
            if key != "written_at":
                totals[key] = totals.get(key, 0) + value
    return totals


def test_checks_and_writes_run_in_a_pool_worker_and_only_the_calls_in_the_model_call_process(
        tmp_path, fake_openai, helpers):
    fake_openai.default = inventive
    honest, invented = adjust(tmp_path, 0), adjust(tmp_path, 1)

    source = [json.loads((tmp_path / "out" / "structured_data" / f"cv{i}.json").read_text("utf-8")) for i in (0, 1)]
    assert json.loads(honest["json"].read_text("utf-8"))["experiences"][0]["bullets"] == \
        list(reversed(source[0]["experiences"][0]["bullets"]))
    reverted = json.loads(invented["json"].read_text("utf-8"))
    assert reverted["overview"] == source[1]["overview"]  # the invented technologies put back
    assert not any(tech in docx_text(invented["doc"]) for tech in TECH)
    log = invented["log"].read_text("utf-8")
    assert log.startswith("OK adjust: ") and "warning: " in log and TECH[0] in log
    guard = json.loads((tmp_path / "out" / "logs" / "adjust_steps" / "cv1" / "guard.json").read_text("utf-8"))
    assert guard[0]["passed"] and guard[0]["reverted"]

    model_call_process = llm_process.call(os.getpid)
    for paths in (honest, invented):  # each job in a pool worker, one call each, counted once
        (pid,) = re.findall(r"\bpid (\d+)\)", paths["log"].read_text("utf-8"))
        assert int(pid) not in (os.getpid(), model_call_process)
        used = usage_of(paths["log"])
        assert (used["calls"], used["cache_hits"], used["rate_limited"]) == (1, 0, 0)
    assert fake_openai.calls == 2
    assert not llm_process.call(imported, "cvextract.claims.guard")  # the model-call process only calls


def test_guard_fail_fails_the_cv_and_a_cached_answer_is_checked_again(tmp_path, fake_openai, helpers):
    fake_openai.default = inventive
    paths = adjust(tmp_path, 1)  # revert: accepted, its answer cached
    assert fake_openai.calls == 1

    with pytest.raises(jobs.JobFailed, match=f"cv1.json: .*{TECH[0]}"):
        adjust(tmp_path, 1, guard="fail")
    # The cached answer was checked under fail, refused, and the model asked again (same answer).
    assert fake_openai.calls == 2
    assert not paths["json"].exists() and not paths["doc"].exists()
    assert paths["log"].read_text("utf-8").startswith("FAILED adjust: ")


@pytest.fixture
def two_attempts(llm_env):
    """Set before the helpers start: the job's settings are read where the job runs."""
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "2")


def test_a_failed_call_fails_that_cv_with_its_cause_and_its_refusals_counted(tmp_path, fake_openai, two_attempts,
                                                                               helpers):
    fake_openai.default = lambda request: error(429, "Rate limit reached", type="requests")
    with pytest.raises(jobs.JobFailed, match=r"cv0\.json: openai-job-specific: rate limited by .*"
                                             r"still refused after 2 attempt\(s\)"):
        adjust(tmp_path, 0, template=False)
    log = tmp_path / "out" / "logs" / "adjust" / "cv0.log"
    assert log.read_text("utf-8").startswith("FAILED adjust: ")
    used = usage_of(log)
    assert (used["calls"], used["rate_limited"]) == (0, fake_openai.refused) == (0, 2)
    assert not (tmp_path / "out" / "adjusted_structured_data" / "cv0.json").exists()
