"""Chaining adjusters, their parameters, intermediate outputs and the answer cache."""

from __future__ import annotations

import json

import pytest

from cvextract.adjust import adjust_cv_data, check_adjust_steps, prepare_research, research_files
from cvextract.atomic import write_json
from cvextract.errors import ConfigError, CvError, ValidationError
from fake_openai import chat, from_original, sample_cv, unused_port_url

PROFILE = {"name": "Acme Bank", "domains": ["retail banking"],
           "technology_signals": [{"technology": "Terraform", "interest_level": "high", "confidence": 0.8,
                                   "signals": ["job ads mention Terraform"]}]}


def adjust(tmp_path, steps, cv=None, **kwargs):
    kwargs.setdefault("cache_dir", tmp_path / "cache")
    kwargs.setdefault("intermediate_dir", tmp_path / "steps")
    return adjust_cv_data(cv or sample_cv(), steps, research_dir=tmp_path / "research",
                          source=tmp_path / "jane.json", **kwargs)


def test_steps_run_in_order_each_on_the_previous_output(fake_openai, tmp_path):
    def step1(cv):
        cv["overview"] = "Tailored for the job."
        return cv

    def step2(cv):
        cv["overview"] = cv["overview"].replace("Tailored for the job.", "Für die Stelle angepasst.")
        return cv

    fake_openai.push(from_original(step1), from_original(step2, key="original_json"))
    steps = [{"name": "openai-job-specific", "job_description": "Terraform engineer", "openai-model": "m1"},
             {"name": "openai-translate", "language": "German"}]
    cv = sample_cv()
    cv["overview"] = "Cloud engineer."  # no contact details: step 1 may rewrite the whole overview
    result = adjust(tmp_path, steps, cv=cv)

    first, second = fake_openai.requests
    assert first.body["model"] == "m1" and second.body["model"] == "gpt-4o-mini"
    assert "Terraform engineer" in first.system
    assert second.user_json()["original_json"]["overview"] == "Tailored for the job."  # step 1's output
    assert result["overview"] == "Für die Stelle angepasst."
    steps_dir = tmp_path / "steps"
    assert sorted(p.name for p in steps_dir.iterdir()) == ["1-openai-job-specific.json", "2-openai-translate.json",
                                                               "guard.json"]
    assert json.loads((steps_dir / "1-openai-job-specific.json").read_text())["overview"] == "Tailored for the job."
    assert json.loads((steps_dir / "2-openai-translate.json").read_text()) == result


def test_answer_cache_makes_a_rerun_free(fake_openai, tmp_path):
    fake_openai.default = from_original()
    steps = [{"name": "openai-job-specific", "job-description": "Go developer"}]
    first = adjust(tmp_path, steps)
    assert fake_openai.calls == 1
    assert adjust(tmp_path, steps) == first
    assert fake_openai.calls == 1
    changed = sample_cv()
    changed["overview"] = "Changed CV."
    adjust(tmp_path, steps, cv=changed)
    assert fake_openai.calls == 2
    adjust(tmp_path, [{"name": "openai-job-specific", "job-description": "Rust developer"}])
    assert fake_openai.calls == 3


@pytest.mark.parametrize("steps, message", [
    ([{"name": "openai-magic"}], "unknown adjuster 'openai-magic' (known: openai-company-research, "
                                 "openai-job-specific, openai-translate)"),
    ([{"name": "openai-translate"}], "needs language= or target-language="),
    ([{"name": "openai-job-specific"}], "needs job-description= or job-url="),
    ([{"name": "openai-company-research"}], "needs customer-url= or research-file="),
    ([{"name": "openai-translate", "language": "de", "langauge": "fr"}], "does not take langauge"),
    ([{"name": "openai-translate", "language": "de", "temperature": "warm"}], "temperature='warm'"),
    ([], "no adjuster given"),
])
def test_configuration_errors_come_before_any_call(fake_openai, tmp_path, steps, message):
    with pytest.raises(ConfigError) as excinfo:
        check_adjust_steps(steps)
    assert message in str(excinfo.value)
    with pytest.raises(ConfigError):
        adjust(tmp_path, steps)
    assert fake_openai.calls == 0


def test_underscore_and_hyphen_params_and_general_keys(fake_openai, tmp_path):
    check_adjust_steps([{"name": "openai-company-research", "customer_url": "https://acme.example"},
                        {"name": "openai-translate", "target_language": "fr", "openai_model": "m"}])


@pytest.mark.parametrize("key, value", [("output", "x.json"), ("data", "cv.json"),
                                        ("verifier", "cv-schema-verifier"), ("skip-verify", True)])
def test_a_step_refuses_keys_it_would_ignore(fake_openai, key, value):
    # The earlier tool's verifier=/skip-verify and the CLI's data=/output= do nothing in a step:
    # refused before any work, not silently ignored.
    with pytest.raises(ConfigError, match=f"adjuster 'openai-translate' does not take {key}"):
        check_adjust_steps([{"name": "openai-translate", "language": "fr", key: value}])


def test_invalid_input_cv_is_rejected(fake_openai, tmp_path):
    cv = sample_cv()
    del cv["identity"]
    with pytest.raises(ValidationError, match="does not match the CV schema"):
        adjust(tmp_path, [{"name": "openai-translate", "language": "de"}], cv=cv)
    assert fake_openai.calls == 0


def test_job_url_is_fetched_and_sent(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/jobs/42", "<html><head><script>var x='tracker';</script></head><body>"
                                     "<h1>Platform Engineer</h1><p>We need   Terraform &amp; AWS.</p></body></html>")
    fake_openai.push(from_original())
    adjust(tmp_path, [{"name": "openai-job-specific", "job-url": url}])
    system = fake_openai.requests[0].system
    assert "Platform Engineer We need Terraform & AWS." in system
    assert "tracker" not in system
    assert fake_site.requests[0][1]["user-agent"].startswith("cvextract/")


def test_unreachable_job_url_fails_without_a_call(fake_openai, tmp_path):
    with pytest.raises(CvError, match="cannot fetch"):
        adjust(tmp_path, [{"name": "openai-job-specific", "job-url": unused_port_url("/job")}])
    assert fake_openai.calls == 0


def test_company_research_adjuster_uses_an_existing_research_file(fake_openai, tmp_path):
    research_file = tmp_path / "acme.research.json"
    write_json(research_file, PROFILE)
    fake_openai.push(from_original())
    adjust(tmp_path, [{"name": "openai-company-research", "research-file": str(research_file)}])
    assert fake_openai.calls == 1  # the adjust call only
    request = fake_openai.requests[0]
    assert "Company: Acme Bank" in request.system and "Terraform (interest high, confidence 0.80)" in request.system
    assert request.user_json()["company_research"] == PROFILE


def test_invalid_research_file_is_a_validation_error(fake_openai, tmp_path):
    research_file = tmp_path / "bad.research.json"
    write_json(research_file, {"name": "Acme"})
    with pytest.raises(ValidationError, match="research file does not match"):
        adjust(tmp_path, [{"name": "openai-company-research", "research-file": str(research_file)}])


def test_prepare_research_once_then_adjust_reuses_it(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/", "<title>Acme Bank</title><p>Retail banking on AWS.</p>")
    steps = [{"name": "openai-company-research", "customer-url": url},
             {"name": "openai-job-specific", "job-description": "Engineer"}]

    def research_or_adjust(request):
        if "original_json" in request.user:
            return from_original()(request)
        return chat(PROFILE)

    fake_openai.default = research_or_adjust
    paths = prepare_research(steps, tmp_path / "research", None)
    assert len(paths) == 1 and paths[0].parent == tmp_path / "research"
    assert fake_openai.calls == 1
    adjust(tmp_path, steps, cache_dir=None)
    assert fake_openai.calls == 3  # two adjust calls, no second research
    assert "Company: Acme Bank" in fake_openai.requests[1].system


def test_check_adjust_steps_requires_an_endpoint(llm_env):
    steps = [{"name": "openai-translate", "language": "de"}]
    with pytest.raises(ConfigError, match="OPENAI_API_KEY.*OPENAI_BASE_URL"):
        check_adjust_steps(steps)
    check_adjust_steps(steps, require_endpoint=False)


def test_research_files_are_known_before_any_call(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/", "<p>Acme</p>")
    steps = [{"name": "openai-company-research", "customer-url": url},
             {"name": "openai-company-research", "research-file": str(tmp_path / "given.json")},
             {"name": "openai-translate", "language": "de"}]
    expected = research_files(steps, tmp_path / "research")
    assert expected[1] == tmp_path / "given.json"
    fake_openai.default = chat(PROFILE)
    assert prepare_research(steps, tmp_path / "research", None) == expected[:1]
    assert fake_openai.calls == 1


def test_the_fabrication_guard_runs_once_per_step(fake_openai, tmp_path, monkeypatch):
    from cvextract.adjust import fabrication_guard

    checks = []
    tailoring, translation = fabrication_guard._tailoring_problems, fabrication_guard._translation_problems
    monkeypatch.setattr(fabrication_guard, "_tailoring_problems", lambda *a: checks.append("tailor") or tailoring(*a))
    monkeypatch.setattr(fabrication_guard, "_translation_problems",
                        lambda *a: checks.append("translate") or translation(*a))
    fake_openai.default = from_original()
    steps = [{"name": "openai-job-specific", "job-description": "Go developer"},
             {"name": "openai-translate", "language": "German"}]
    adjust(tmp_path, steps)
    assert checks == ["tailor", "translate"]
    checks.clear()
    adjust(tmp_path, steps)  # from the cache: each cached answer is checked once too
    assert checks == ["tailor", "translate"] and fake_openai.calls == 2
