"""Where a batch's model calls run: one process of their own, stopped with the batch, replaced if it dies.

The fake OpenAI-compatible server holds chosen calls until the test releases them (events, with
generous bounds as the last guard); the job logs name the process each job ran in.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from docx_files import jinja_error_template
from fake_openai import chat
from process_table import processes
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow, snakemake_command, snakemake_env, write_config

PROFILE = {"name": "Target Corp", "domains": ["logistics"], "description": "Moves things."}
GUARD = 120  # seconds: a last guard only, every wait below ends on an event


@pytest.fixture(autouse=True)
def patient_client(llm_env):
    """Held calls must not time out and be retried by the client."""
    llm_env.setenv("CVEXTRACT_LLM_TIMEOUT", "600")


def adjust_batch(tmp_path: Path, count: int, url: str, **config) -> Path:
    for i in range(count):
        write_cv(tmp_path / "cvs" / f"cv{i}.docx", make_cv_data(i, special_chars=False))
    return write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                        adjust=[{"name": "openai-company-research", "customer-url": url}],
                        llm={"max_concurrent": count}, **config)


def assert_nothing_left_running(session: int) -> None:
    deadline = time.monotonic() + 10  # zombies aside
    while left := [p.cmdline for p in processes() if p.sid == session and p.alive]:
        assert time.monotonic() < deadline, left
        time.sleep(0.05)


def job_pid(log: Path) -> int:
    (pid,) = re.findall(r"\bpid (\d+)\)", log.read_text("utf-8"))
    return int(pid)


def adjusted(tmp_path: Path) -> list[str]:
    return sorted(p.stem for p in (tmp_path / "out" / "adjusted_structured_data").glob("*.json"))


def hold_adjust_calls(fake_openai, release: threading.Event, *, first: int | None = None) -> None:
    """Research answers at once; adjust calls (the ``first`` ones, or all) wait for ``release``."""
    held = [0]

    def reply(request):
        if "original_json" not in request.user:
            return chat(PROFILE)
        with fake_openai.lock:
            held[0] += 1
            hold = first is None or held[0] <= first
        if hold:
            release.wait(GUARD)
        return chat(request.user_json()["original_json"])

    fake_openai.default = reply


def wait_in_flight(fake_openai, count: int) -> None:
    with fake_openai.changed:
        assert fake_openai.changed.wait_for(lambda: fake_openai.in_flight >= count, timeout=GUARD), \
            f"only {fake_openai.in_flight} calls in flight"


def start_workflow(tmp_path: Path, config: Path) -> subprocess.Popen:
    """Snakemake in a session of its own, SIGINT as from a terminal (its group: it and its helpers)."""
    cmd = snakemake_command(tmp_path, "--cores", 2, "--configfile", config)
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=snakemake_env(),
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def test_every_model_call_of_a_batch_runs_in_one_process_of_its_own(tmp_path, fake_openai, fake_site):
    fake_openai.default = lambda r: chat(r.user_json()["original_json"]) if "original_json" in r.user else chat(PROFILE)
    config = adjust_batch(tmp_path, 6, fake_site.page("/", "<p>Customer</p>"))
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    assert adjusted(tmp_path) == [f"cv{i}" for i in range(6)]
    logs = tmp_path / "out" / "logs"
    model_pids = {job_pid(logs / "research.log")} | {job_pid(log) for log in (logs / "adjust").glob("*.log")}
    assert len(model_pids) == 1, model_pids  # one process, however many calls
    assert model_pids != {run.pid}  # not Snakemake's: its scheduler keeps the GIL to itself


def test_a_stop_drops_the_model_calls_in_flight_and_the_rerun_makes_them(tmp_path, fake_openai, fake_site):
    release = threading.Event()
    hold_adjust_calls(fake_openai, release)
    config = adjust_batch(tmp_path, 3, fake_site.page("/", "<p>Customer</p>"))
    proc = start_workflow(tmp_path, config)
    try:
        wait_in_flight(fake_openai, 3)
        os.kill(proc.pid, signal.SIGTERM)
        _, stderr = proc.communicate(timeout=GUARD)
        # Snakemake ended while the three calls were still held at the server: it did not wait for them.
        assert not release.is_set()
        assert proc.returncode == 1, stderr[-2000:]
        assert "Terminating processes on user request" in stderr
        assert adjusted(tmp_path) == []
        assert_nothing_left_running(proc.pid)
    finally:
        release.set()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    answered_before = fake_openai.calls
    rerun = run_workflow(tmp_path, config)
    assert rerun.returncode == 0, rerun.messages()
    assert adjusted(tmp_path) == ["cv0", "cv1", "cv2"]
    assert fake_openai.calls == answered_before + 3  # the research file was kept: only the dropped calls


def test_a_batch_killed_with_calls_in_flight_is_completed_by_unlock_and_rerun(tmp_path, fake_openai, fake_site):
    # Each adjust job has extracted its CV (BatchPlan.extracts_in) when its call is held: a kill -9
    # of the batch's every process then leaves whole files only, and the rerun redoes those jobs.
    release = threading.Event()
    hold_adjust_calls(fake_openai, release)
    config = adjust_batch(tmp_path, 3, fake_site.page("/", "<p>Customer</p>"),
                          apply={"template": str(TEMPLATE_PATH)})
    proc = start_workflow(tmp_path, config)
    try:
        wait_in_flight(fake_openai, 3)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=GUARD)
    finally:
        release.set()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert_nothing_left_running(proc.pid)
    out = tmp_path / "out"
    assert adjusted(tmp_path) == []
    for path in out.glob("structured_data/*.json"):  # written before the calls: whole
        assert json.loads(path.read_text("utf-8"))["identity"]

    assert run_workflow(tmp_path, config, "--unlock").returncode == 0
    rerun = run_workflow(tmp_path, config)
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs() == [("adjust", "cv0"), ("adjust", "cv1"), ("adjust", "cv2")]
    assert adjusted(tmp_path) == ["cv0", "cv1", "cv2"]
    for i in range(3):
        cv = make_cv_data(i, special_chars=False)
        assert json.loads((out / "structured_data" / f"cv{i}.json").read_text("utf-8")) == cv
        assert (out / "documents" / f"cv{i}_NEW.docx").is_file()


def test_a_killed_model_call_process_is_replaced_and_its_calls_made_again(tmp_path, fake_openai, fake_site):
    release = threading.Event()
    hold_adjust_calls(fake_openai, release, first=2)
    config = adjust_batch(tmp_path, 2, fake_site.page("/", "<p>Customer</p>"))
    proc = start_workflow(tmp_path, config)
    try:
        wait_in_flight(fake_openai, 2)
        os.kill(job_pid(tmp_path / "out" / "logs" / "research.log"), signal.SIGKILL)
        stdout, stderr = proc.communicate(timeout=GUARD)
    finally:
        release.set()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    # Both jobs failed once with the cause, then Snakemake's retry ran them in a new process.
    assert proc.returncode == 0, stderr[-2000:]
    assert stderr.count("the model-call process ended during the call") == 2, stderr[-3000:]
    assert adjusted(tmp_path) == ["cv0", "cv1"]
    logs = tmp_path / "out" / "logs"
    assert {job_pid(log) for log in (logs / "adjust").glob("*.log")} != {job_pid(logs / "research.log")}
    for i in range(2):
        data = json.loads((tmp_path / "out" / "adjusted_structured_data" / f"cv{i}.json").read_text("utf-8"))
        assert data["identity"] == make_cv_data(i, special_chars=False)["identity"]


def test_a_batch_that_ends_before_its_first_job_leaves_no_model_call_process(tmp_path, fake_openai, fake_site):
    """The model-call process starts while the DAG is built (the research file is missing); a batch
    refused after that (a broken template) ends it too, instead of waiting for it forever."""
    template = jinja_error_template(tmp_path / "broken.docx")
    config = adjust_batch(tmp_path, 2, fake_site.page("/", "<p>Customer</p>"), apply={"template": str(template)})
    proc = start_workflow(tmp_path, config)
    try:
        _, stderr = proc.communicate(timeout=GUARD)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 1
    assert f"cvextract: error: {template}: Jinja syntax error in word/document.xml" in stderr
    assert_nothing_left_running(proc.pid)
    assert fake_openai.calls == 0


def test_a_batch_with_adjust_steps_loads_the_claims_word_lists_in_the_background_from_its_first_job(
        tmp_path, fake_openai, fake_site, monkeypatch):
    """The model-call process, started while the DAG is built, starts loading what checking a
    tailored answer needs (the claims check's modules and word lists) as its first job (the
    research) starts, in threads of their own: they load while that call waits for the model,
    neither the process's start nor the first job's reply waits for them, and no list is loaded twice.
    Here the first job only asks whether loading has started, until it has."""
    from cvextract.batch import llm_process
    from cvextract.batch.batch_plan import plan_batch
    from cvextract.batch.snakemake_runtime import Runtime
    from cvextract.claims import words

    monkeypatch.setattr(llm_process, "_preloads", ())
    config = adjust_batch(tmp_path, 2, fake_site.page("/", "<p>Customer</p>"))
    plan = plan_batch(json.loads(config.read_text("utf-8")), Path(__file__).resolve().parents[1],
                      configfiles=[str(config)])
    plan.warm_up(Runtime(main_process=True, local=True, threads=True, cores=2, dryrun=False))
    llm_process.configure(True)
    try:
        deadline = time.monotonic() + 60
        while not llm_process.call(words.loading_started) and time.monotonic() < deadline:
            time.sleep(0.05)
        loaded = llm_process.call(words.loaded_by)  # waits for each list: which thread loaded it
    finally:
        llm_process.shutdown()
        llm_process.configure(False)
    assert loaded == dict.fromkeys(words.WORD_LISTS, words.PRELOAD_THREAD)



def test_work_for_the_idle_cores_starts_once_as_the_first_call_is_handed_over(tmp_path, fake_openai):
    """What a batch starts while its first model call is answered (the worker pool of a batch whose
    adjust jobs extract many CVs, :meth:`BatchPlan.start`) starts with that call, not before, and once."""
    from cvextract.batch import llm_process

    started = []
    llm_process.configure(True)
    try:
        llm_process.with_first_call(lambda: started.append(len(started)))
        assert started == []
        pids = {llm_process.call(os.getpid), llm_process.call(os.getpid)}
        assert started == [0]
        llm_process.configure(True)  # a new batch: nothing left to start
        llm_process.call(os.getpid)
    finally:
        llm_process.shutdown()
        llm_process.configure(False)
    assert started == [0] and pids != {os.getpid()}
