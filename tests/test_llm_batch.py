"""The seed's headline command end to end: research the customer once, tailor every CV, apply.

A fake OpenAI-compatible server and a fake customer website run on 127.0.0.1; the batch runs the
real Snakefile through the CLI in a subprocess, talking to them through the real openai client.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from fake_openai import chat
from sample_cvs import make_cv_data, write_cv
from workflow_runner import run_workflow, write_config

PROJECT_ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = PROJECT_ROOT / "examples" / "templates" / "cv_template.docx"
PROFILE = {"name": "Target Corp", "domains": ["logistics", "cloud"], "description": "Moves things."}


def scripted(request):
    """Research requests get a profile; adjust requests get the CV back with bullets reversed."""
    if "original_json" not in request.user:
        return chat(PROFILE)
    cv = request.user_json()["original_json"]
    for experience in cv["experiences"]:
        experience["bullets"] = list(reversed(experience["bullets"]))
    return chat(cv)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cvextract.cli", *args], capture_output=True, text=True, timeout=240)


def test_research_once_then_tailor_every_cv_and_apply(tmp_path, fake_openai, fake_site):
    fake_openai.default = scripted
    url = fake_site.page("/", "<html><body><h1>Target Corp</h1><p>We run logistics in the cloud.</p></body></html>")
    cvs = {f"cv{i}": make_cv_data(i, special_chars=False) for i in range(10)}
    for rel, cv in cvs.items():
        write_cv(tmp_path / "cvs" / f"{rel}.docx", cv)
    out = tmp_path / "out"
    args = ["--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract",
            "--adjust", "name=openai-company-research", f"customer-url={url}",
            "--apply", f"template={TEMPLATE}", "--target", str(out)]

    result = run_cli(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Completed: {len(cvs)}/{len(cvs)} files succeeded, 0 failed" in result.stdout
    research_calls = [r for r in fake_openai.requests if "original_json" not in r.user]
    assert len(research_calls) == 1 and "We run logistics in the cloud." in research_calls[0].user
    assert fake_openai.calls == 1 + len(cvs)
    assert len(list((out / "research_data").glob("*.research.json"))) == 1
    for rel, cv in cvs.items():
        adjusted = json.loads((out / "adjusted_structured_data" / f"{rel}.json").read_text("utf-8"))
        assert adjusted["experiences"][0]["bullets"] == list(reversed(cv["experiences"][0]["bullets"]))
        assert (out / "documents" / f"{rel}_NEW.docx").is_file()
        assert list((out / "logs" / "adjust_steps" / rel).glob("*-openai-company-research.json"))

    # Outputs deleted: the batch redoes adjust and apply from the answer cache, without a model call.
    for path in (out / "adjusted_structured_data").glob("*.json"):
        path.unlink()
    rerun = run_cli(*args)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert fake_openai.calls == 1 + len(cvs)


def test_an_adjuster_that_invents_a_tool_fails_that_cv_only(tmp_path, fake_openai, fake_site):
    def inventive(request):
        if "original_json" not in request.user:
            return chat(PROFILE)
        cv = request.user_json()["original_json"]
        if cv["identity"]["first_name"] == make_cv_data(1)["identity"]["first_name"]:
            cv["sidebar"]["tools"].append("Kubernetes Quantum Edition")
        return chat(cv)

    fake_openai.default = inventive
    url = fake_site.page("/", "<html><body>Customer</body></html>")
    for i in range(3):
        write_cv(tmp_path / "cvs" / f"cv{i}.docx", make_cv_data(i, special_chars=False))
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract",
                     "--adjust", "name=openai-company-research", f"customer-url={url}", "--target", str(out))
    assert result.returncode == 1
    assert "Completed: 2/3 files succeeded, 1 failed" in result.stdout
    assert "Kubernetes Quantum Edition" in result.stdout
    assert not (out / "adjusted_structured_data" / "cv1.json").exists()
    assert (out / "adjusted_structured_data" / "cv0.json").exists()


def test_no_llm_endpoint_is_one_error_before_any_work(tmp_path, llm_env):
    write_cv(tmp_path / "cvs" / "cv.docx", make_cv_data(0))
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "--extract",
                     "--adjust", "name=openai-company-research", "customer-url=https://example.com",
                     "--target", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "OPENAI_API_KEY" in result.stderr and "OPENAI_BASE_URL" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "structured_data").exists()


def test_single_file_extract_adjust_apply(tmp_path, fake_openai, fake_site):
    fake_openai.default = scripted
    url = fake_site.page("/", "<html><body>Customer</body></html>")
    cv = make_cv_data(5, special_chars=False)
    write_cv(tmp_path / "Jane CV.docx", cv)
    out = tmp_path / "out"
    result = run_cli("--extract", f"source={tmp_path / 'Jane CV.docx'}",
                     "--adjust", "name=openai-company-research", f"customer-url={url}",
                     "--apply", f"template={TEMPLATE}", "--target", str(out))
    assert result.returncode == 0, result.stderr
    adjusted = json.loads((out / "adjusted_structured_data" / "Jane CV.json").read_text("utf-8"))
    assert adjusted["experiences"][0]["bullets"] == list(reversed(cv["experiences"][0]["bullets"]))
    assert (out / "documents" / "Jane CV_NEW.docx").is_file()


def test_concurrent_model_calls_are_capped_batch_wide(tmp_path, fake_openai, fake_site):
    in_flight, peak, lock = 0, 0, threading.Lock()

    def slow(request):
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.3)
        with lock:
            in_flight -= 1
        return scripted(request)

    fake_openai.default = slow
    url = fake_site.page("/", "<html><body>Customer</body></html>")
    for i in range(6):
        write_cv(tmp_path / "cvs" / f"cv{i}.docx", make_cv_data(i, special_chars=False))
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                          adjust=[{"name": "openai-company-research", "customer-url": url}],
                          llm={"max_concurrent": 2})
    run = run_workflow(tmp_path, config, cores=6)
    assert run.returncode == 0, run.messages()
    assert len(run.jobs("adjust")) == 6
    assert peak == 2  # six workers could have called at once; the llm resource let two


def test_text_cvs_through_the_llm_extractor_in_a_batch(tmp_path, fake_openai):
    """`file-type=*.txt` with `openai-extractor`: each answer validated like a DOCX extraction."""
    people = {"ada": make_cv_data(0, special_chars=False), "grace": make_cv_data(1, special_chars=False)}

    def extract(request):
        name = next(n for n in people if f"{n}.txt" in request.user)
        return chat(people[name])

    fake_openai.default = extract
    for name, cv in people.items():
        (tmp_path / "cvs" / "text").mkdir(parents=True, exist_ok=True)
        (tmp_path / "cvs" / "text" / f"{name}.txt").write_text(
            f"{cv['identity']['full_name']}\n{cv['overview']}\n", encoding="utf-8")
    (tmp_path / "cvs" / "text" / "ignored.docx").write_bytes(b"not matched by the glob")
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "file-type=*.txt",
                     "--extract", "name=openai-extractor", "--target", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Processing 2 files matching '*.txt' with 2 parallel workers" in result.stdout
    for name, cv in people.items():
        assert json.loads((out / "structured_data" / "text" / f"{name}.json").read_text("utf-8")) == cv
    assert fake_openai.calls == 2
