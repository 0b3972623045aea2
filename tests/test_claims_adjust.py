"""The claims check behind a real adjuster call (loopback model): revert and fail, masking on and
off, the answer cache, a chain of steps, and the translation's number check."""

from __future__ import annotations

import json

import pytest

from cvextract.adjust.chain import run_chain
from cvextract.errors import ValidationError
from fake_openai import from_original, sample_cv

JOB = [{"name": "openai-job-specific", "job-description": "Platform engineer, Terraform, AWS, banking."}]


def run(tmp_path, steps=JOB, *, guard="revert", mask=True, cv=None):
    return run_chain(cv or sample_cv(), steps, research_dir=tmp_path / "research", cache_dir=tmp_path / "cache",
                     intermediate_dir=tmp_path / "steps", source=tmp_path / "jane.json",
                     mask_personal_data=mask, guard=guard)


def invent_metric_and_tech(cv):
    cv["experiences"][0]["bullets"][0] += ", cutting costs by 37%"
    cv["overview"] = cv["overview"].replace("experience.", "experience in Haskell.")
    return cv


@pytest.mark.parametrize("mask", [True, False])
def test_revert_puts_the_source_back_and_records_each_claim(fake_openai, tmp_path, mask):
    source = sample_cv()
    fake_openai.default = from_original(invent_metric_and_tech)
    result, verdicts = run(tmp_path, mask=mask)
    assert result["experiences"][0]["bullets"] == source["experiences"][0]["bullets"]
    assert result["overview"] == source["overview"]  # restored text, never a placeholder
    [verdict] = verdicts
    reverted = {tuple(r["claims"]): r for r in verdict["reverted"]}
    assert set(reverted) == {("37%",), ("Haskell",)}
    assert reverted[("37%",)]["kept"] == source["experiences"][0]["bullets"][0]
    assert reverted[("37%",)]["written"].endswith("cutting costs by 37%")
    assert json.loads((tmp_path / "steps" / "guard.json").read_text("utf-8")) == verdicts
    on_disk = json.loads((tmp_path / "steps" / "1-openai-job-specific.json").read_text("utf-8"))
    assert "37%" not in json.dumps(on_disk) and "Haskell" not in json.dumps(on_disk)


def test_a_cached_answer_is_checked_again(fake_openai, tmp_path):
    fake_openai.default = from_original(invent_metric_and_tech)
    first, _ = run(tmp_path)
    again, verdicts = run(tmp_path)
    assert fake_openai.calls == 1  # the second run came from the cache
    assert again == first and len(verdicts[0]["reverted"]) == 2


def test_fail_fails_the_step_naming_field_and_claim_and_caches_nothing(fake_openai, tmp_path):
    fake_openai.default = from_original(invent_metric_and_tech)
    with pytest.raises(ValidationError) as err:
        run(tmp_path, guard="fail")
    assert "adjust output of openai-job-specific invents claims: " in str(err.value)
    assert "'37%' not in the CV" in str(err.value) or "'Haskell' not in the CV" in str(err.value)
    [verdict] = json.loads((tmp_path / "steps" / "guard.json").read_text("utf-8"))
    assert verdict["passed"] is False and len(verdict["problems"]) == 2
    with pytest.raises(ValidationError):
        run(tmp_path, guard="fail")
    assert fake_openai.calls == 2  # the rejected answer was not cached


def test_every_step_of_a_chain_is_checked(fake_openai, tmp_path):
    def honest(cv):
        cv["experiences"][0]["bullets"].reverse()
        return cv

    fake_openai.push(from_original(honest), from_original(invent_metric_and_tech))
    steps = JOB + [{"name": "openai-job-specific", "job-description": "Cloud engineer."}]
    result, verdicts = run(tmp_path, steps)
    assert [len(v["reverted"]) for v in verdicts] == [0, 2]
    assert "37%" not in json.dumps(result)


def test_a_translation_that_changes_a_number_fails(fake_openai, tmp_path):
    def translate(cv):
        cv["overview"] = cv["overview"].replace("ten years", "10 Jahre")  # a number added
        return cv

    fake_openai.default = from_original(translate)
    with pytest.raises(ValidationError, match=r"overview: numbers \['10'\] differ from the source's \[\]"):
        run(tmp_path, [{"name": "openai-translate", "language": "German"}])
