"""How many model calls a batch keeps in flight: the `llm` cap, whatever `--cores` is.

The fake OpenAI-compatible server counts the calls in flight and holds each until the expected
number overlap (an event, never a fixed sleep). A call that its short guard let go instead did not
overlap with the others: the tests fail on that (``guard_releases``), not only on the peak. The cap
itself (`--resources llm=1`, a config cap below --cores) is tested in test_llm_batch.py and
test_batch_workflow.py.
"""

from __future__ import annotations

import json

import pytest

from fake_openai import chat
from sample_cvs import make_cv_data, write_cv
from workflow_runner import run_workflow, write_config


@pytest.fixture(autouse=True)
def patient_client(llm_env):
    """Held calls must not time out and be retried: a retry would count as one more in flight."""
    llm_env.setenv("CVEXTRACT_LLM_TIMEOUT", "600")


# Seconds a held call waits for the others at most: they start within a second or two of each other,
# so one that waits this long shows calls that did not overlap (and fails the test, quickly).
GUARD = 30

PROFILE = {"name": "Target Corp", "domains": ["logistics"], "description": "Moves things."}


def adjust_batch(tmp_path, count: int, url: str, **config) -> object:
    for i in range(count):
        write_cv(tmp_path / "cvs" / f"cv{i}.docx", make_cv_data(i, special_chars=False))
    return write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                        adjust=[{"name": "openai-company-research", "customer-url": url}], **config)


def adjusted(tmp_path) -> list[str]:
    return sorted(p.stem for p in (tmp_path / "out" / "adjusted_structured_data").glob("*.json"))


def test_model_calls_overlap_up_to_the_cap_not_the_cores(tmp_path, fake_openai, fake_site):
    # One core: Snakemake's own job threads (--cores + 5 = 6) could not hold 8 calls either.
    adjust = fake_openai.overlapping(lambda request: chat(request.user_json()["original_json"]),
                                     together=8, linger=0, guard=GUARD)
    fake_openai.default = lambda request: adjust(request) if "original_json" in request.user else chat(PROFILE)
    config = adjust_batch(tmp_path, 8, fake_site.page("/", "<p>Customer</p>"), llm={"max_concurrent": 8})
    run = run_workflow(tmp_path, config, cores=1)
    assert run.returncode == 0, run.messages()
    assert fake_openai.peak_in_flight == 8 and fake_openai.calls == 1 + 8  # no call timed out and was retried
    assert fake_openai.guard_releases == 0  # all 8 were in flight together, none waited out the guard
    assert adjusted(tmp_path) == [f"cv{i}" for i in range(8)]
    for i in range(8):
        data = json.loads((tmp_path / "out" / "adjusted_structured_data" / f"cv{i}.json").read_text("utf-8"))
        assert data["identity"] == make_cv_data(i, special_chars=False)["identity"]


def test_llm_extractor_jobs_overlap_up_to_the_cap(tmp_path, fake_openai):
    """`openai-extractor` extract jobs wait on the model: they run under the cap, not on the cores.

    The first request is answered at once: until its headers say what the provider's budget is, the
    client sends one request at a time (the other four are then held until all are in flight)."""
    people = {f"p{i}": make_cv_data(i, special_chars=False) for i in range(5)}

    def answer(request):
        return chat(next(cv for n, cv in people.items() if f"{n}.txt" in request.user))

    held = fake_openai.overlapping(answer, together=4, linger=0, guard=GUARD)
    fake_openai.default = lambda request: answer(request) if fake_openai.calls == 1 else held(request)
    for name, cv in people.items():
        (tmp_path / "cvs").mkdir(exist_ok=True)
        (tmp_path / "cvs" / f"{name}.txt").write_text(f"{cv['identity']['full_name']}\n", encoding="utf-8")
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                          file_type="*.txt", extract={"name": "openai-extractor"}, apply=None,
                          llm={"max_concurrent": 4})
    run = run_workflow(tmp_path, config, cores=1)
    assert run.returncode == 0, run.messages()
    assert fake_openai.peak_in_flight == 4 and fake_openai.calls == 5
    assert fake_openai.guard_releases == 0
    for name, cv in people.items():
        assert json.loads((tmp_path / "out" / "structured_data" / f"{name}.json").read_text("utf-8")) == cv
