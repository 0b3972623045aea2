"""The seed's headline command end to end: research the customer once, tailor every CV, apply.

A fake OpenAI-compatible server and a fake customer website run on 127.0.0.1; the batch runs the
real Snakefile through the CLI in a subprocess, talking to them through the real openai client.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_runs import run_cli
from fake_openai import chat, error
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow, write_config

PROFILE = {"name": "Target Corp", "domains": ["logistics", "cloud"], "description": "Moves things."}


def scripted(request):
    """Research requests get a profile; adjust requests get the CV back with bullets reversed."""
    if "original_json" not in request.user:
        return chat(PROFILE)
    cv = request.user_json()["original_json"]
    for experience in cv["experiences"]:
        experience["bullets"] = list(reversed(experience["bullets"]))
    return chat(cv)


def write_cvs(folder: Path, count: int) -> None:
    """``count`` generated CVs cv0.docx, cv1.docx, ... in ``folder``."""
    for i in range(count):
        write_cv(folder / f"cv{i}.docx", make_cv_data(i, special_chars=False))


def read_usage(out: Path) -> dict:
    return json.loads((out / "logs" / "llm-usage.json").read_text("utf-8"))


def test_research_once_then_tailor_every_cv_and_apply(tmp_path, fake_openai, fake_site, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_PRICE_INPUT", "0.15")
    llm_env.setenv("CVEXTRACT_LLM_PRICE_OUTPUT", "0.6")
    fake_openai.default = scripted
    url = fake_site.page("/", "<html><body><h1>Target Corp</h1><p>We run logistics in the cloud.</p></body></html>")
    cvs = {f"cv{i}": make_cv_data(i, special_chars=False) for i in range(10)}
    for rel, cv in cvs.items():
        write_cv(tmp_path / "cvs" / f"{rel}.docx", cv)
    out = tmp_path / "out"
    args = ["--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract",
            "--adjust", "name=openai-company-research", f"customer-url={url}",
            "--apply", f"template={TEMPLATE_PATH}", "--target", str(out)]

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

    # Usage: what the server counted, per batch and per CV, with the cost from the prices.
    usage = read_usage(out)
    cost = (fake_openai.prompt_tokens * 0.15 + fake_openai.completion_tokens * 0.6) / 1e6
    assert (usage["calls"], usage["prompt_tokens"], usage["completion_tokens"], usage["cache_hits"]) == \
        (fake_openai.answered, fake_openai.prompt_tokens, fake_openai.completion_tokens, 0)
    assert usage["estimated_cost"] == pytest.approx(cost)
    assert usage["research"]["calls"] == 1 and sorted(usage["cvs"]) == sorted(cvs)
    assert all(entry["calls"] == 1 and entry["cache_hits"] == 0 for entry in usage["cvs"].values())
    assert sum(entry["prompt_tokens"] for entry in usage["cvs"].values()) + usage["research"]["prompt_tokens"] \
        == fake_openai.prompt_tokens
    assert (f"LLM: {1 + len(cvs)} calls, {fake_openai.prompt_tokens:,} prompt + "
            f"{fake_openai.completion_tokens:,} completion tokens, 0 cache hits, est. cost ${cost:.4f}, "
            "0 refused (HTTP 429)") in result.stdout

    # Outputs deleted: the batch redoes adjust and apply from the answer cache, without a model call.
    before = {path.name: path.read_text("utf-8") for path in (out / "adjusted_structured_data").glob("*.json")}
    for path in (out / "adjusted_structured_data").glob("*.json"):
        path.unlink()
    rerun = run_cli(*args)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert fake_openai.calls == 1 + len(cvs)
    assert {path.name: path.read_text("utf-8") for path in (out / "adjusted_structured_data").glob("*.json")} == before
    usage = read_usage(out)
    assert (usage["calls"], usage["prompt_tokens"], usage["completion_tokens"], usage["cache_hits"]) == (0, 0, 0, len(cvs))
    assert usage["estimated_cost"] == 0 and usage["research"]["calls"] == 0
    assert f"LLM: 0 calls, 0 prompt + 0 completion tokens, {len(cvs)} cache hits, est. cost $0.0000" in rerun.stdout


def test_an_adjuster_that_invents_a_tool_fails_that_cv_only(tmp_path, fake_openai, fake_site):
    def inventive(request):
        if "original_json" not in request.user:
            return chat(PROFILE)
        cv = request.user_json()["original_json"]
        if "C-00001" in cv["overview"]:  # the names reach the model as placeholders
            cv["sidebar"]["tools"].append("Kubernetes Quantum Edition")
        return chat(cv)

    fake_openai.default = inventive
    url = fake_site.page("/", "<html><body>Customer</body></html>")
    write_cvs(tmp_path / "cvs", 3)
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
                     "--apply", f"template={TEMPLATE_PATH}", "--target", str(out))
    assert result.returncode == 0, result.stderr
    adjusted = json.loads((out / "adjusted_structured_data" / "Jane CV.json").read_text("utf-8"))
    assert adjusted["experiences"][0]["bullets"] == list(reversed(cv["experiences"][0]["bullets"]))
    assert (out / "documents" / "Jane CV_NEW.docx").is_file()


def test_concurrent_model_calls_are_capped_batch_wide(tmp_path, fake_openai, fake_site):
    # Adjust calls are held until two are in flight, then a while longer: a third would show.
    adjust = fake_openai.overlapping(scripted, together=2)
    fake_openai.default = lambda request: (adjust if "original_json" in request.user else scripted)(request)
    url = fake_site.page("/", "<html><body>Customer</body></html>")
    write_cvs(tmp_path / "cvs", 6)
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                          adjust=[{"name": "openai-company-research", "customer-url": url}],
                          llm={"max_concurrent": 2})
    run = run_workflow(tmp_path, config, cores=6)
    assert run.returncode == 0, run.messages()
    assert len(run.jobs("adjust")) == 6
    assert fake_openai.peak_in_flight == 2  # six workers could have called at once; the llm resource let two


def test_a_429_burst_fails_no_cv_and_usage_matches_what_the_server_counted(tmp_path, fake_openai, fake_site):
    refusals = iter(range(5))

    def refuse_some(request):  # research answers; then the first five adjust requests are refused
        if "original_json" in request.user and next(refusals, None) is not None:
            return error(429, "Rate limit reached for requests", code="rate_limit_exceeded",
                         headers={"retry-after-ms": "20", "x-ratelimit-limit-requests": "100",
                                  "x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "20ms"})
        return scripted(request)

    fake_openai.default = refuse_some
    url = fake_site.page("/", "<html><body>Customer</body></html>")
    write_cvs(tmp_path / "cvs", 6)
    out = tmp_path / "out"
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(out),
                          adjust=[{"name": "openai-company-research", "customer-url": url}],
                          llm={"max_concurrent": 4, "requests_per_minute": 6000,
                               "price_per_million_tokens": {"input": 2.5, "output": 10}})
    run = run_workflow(tmp_path, config, cores=4)
    assert run.returncode == 0, run.messages()
    assert sorted(p.stem for p in (out / "adjusted_structured_data").glob("*.json")) == [f"cv{i}" for i in range(6)]
    assert fake_openai.refused == 5 and fake_openai.answered == 7
    usage = read_usage(out)
    assert (usage["calls"], usage["prompt_tokens"], usage["completion_tokens"], usage["rate_limited"]) == \
        (7, fake_openai.prompt_tokens, fake_openai.completion_tokens, 5)
    assert usage["estimated_cost"] == pytest.approx(
        (fake_openai.prompt_tokens * 2.5 + fake_openai.completion_tokens * 10) / 1e6)
    assert usage["price_per_million_tokens"] == {"input": 2.5, "output": 10}


def test_a_provider_that_refuses_everything_fails_each_cv_saying_rate_limited(tmp_path, fake_openai, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "2")
    fake_openai.default = error(429, "Rate limit reached for requests", code="rate_limit_exceeded",
                                headers={"retry-after-ms": "10"})
    write_cvs(tmp_path / "cvs", 3)
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract",
                     "--adjust", "name=openai-job-specific", "job-description=Cloud engineer", "--target", str(out))
    assert result.returncode == 1
    assert "Completed: 0/3 files succeeded, 3 failed" in result.stdout
    lines = [line for line in result.stdout.splitlines() if line.startswith("  - ")]
    assert len(lines) == 3
    for i, line in enumerate(sorted(lines)):
        assert line.startswith(f"  - cv{i}.docx: ") and f"cv{i}.json: openai-job-specific: rate limited by " in line
        assert "still refused after 2 attempt(s)" in line
    assert "Traceback" not in result.stdout + result.stderr
    assert not list(out.glob("adjusted_structured_data/*.json"))
    # Snakemake retries each failed job once (--retries 1): both attempts' refusals are counted.
    assert read_usage(out)["rate_limited"] == fake_openai.refused == 3 * 2 * 2
    assert f", {fake_openai.refused} refused (HTTP 429)" in result.stdout


def test_an_llm_failure_fails_that_cv_and_writes_no_adjusted_json(tmp_path, fake_openai, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "2")
    def by_cv(request):
        cv = request.user_json()["original_json"]
        which = int(cv["overview"].split("C-")[1][:5])  # the names reach the model as placeholders
        if which == 0:
            return error(401, "Incorrect API key provided", type="invalid_request_error")
        if which == 1:
            return error(502, "bad gateway")
        return chat(cv)

    fake_openai.default = by_cv
    write_cvs(tmp_path / "cvs", 3)
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract",
                     "--adjust", "name=openai-job-specific", "job-description=Cloud engineer", "--target", str(out))
    assert result.returncode == 1
    assert "Completed: 1/3 files succeeded, 2 failed" in result.stdout
    assert "cv0.json: openai-job-specific: HTTP 401 from" in result.stdout and "check OPENAI_API_KEY" in result.stdout
    assert "cv1.json: openai-job-specific: gave up after 2 attempt(s): HTTP 502 from" in result.stdout
    assert sorted(p.name for p in (out / "adjusted_structured_data").glob("*.json")) == ["cv2.json"]


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
