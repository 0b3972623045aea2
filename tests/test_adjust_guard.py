"""The fabrication guard, on its own and behind a real adjuster call."""

from __future__ import annotations

import json

import pytest

from cvextract.adjust import adjust_cv_data
from cvextract.adjust.fabrication_guard import TRANSLATE, check_adjusted
from cvextract.errors import ValidationError
from fake_openai import from_original, sample_cv

JOB = [{"name": "openai-job-specific", "job-description": "Platform engineer, Terraform, AWS, banking."}]


def run_job_adjuster(tmp_path, cache=True):
    return adjust_cv_data(sample_cv(), JOB, research_dir=tmp_path / "research",
                          cache_dir=tmp_path / "cache" if cache else None,
                          intermediate_dir=tmp_path / "steps", source=tmp_path / "jane.json")


def written(tmp_path):
    """The step outputs written (the guard's verdicts, guard.json, are not an output)."""
    steps = tmp_path / "steps"
    return sorted(p.name for p in steps.glob("*") if p.name != "guard.json") if steps.exists() else []


def verdicts(tmp_path):
    return json.loads((tmp_path / "steps" / "guard.json").read_text("utf-8"))


def test_reorder_and_rephrase_pass(fake_openai, tmp_path):
    def tailor(cv):
        cv["experiences"].reverse()
        cv["sidebar"]["tools"].reverse()
        cv["sidebar"]["industries"] = ["banking"]  # dropped one, different case: fine
        cv["experiences"][1]["bullets"] = ["Mentored five engineers", "Built Docker-based CI pipelines"]
        cv["experiences"][1]["environment"] = ["aws", "Terraform"]
        cv["overview"] = cv["overview"].replace("Cloud engineer with ten years of experience.",
                                                "Cloud engineer focused on banking platforms.")
        return cv

    fake_openai.push(from_original(tailor))
    result = run_job_adjuster(tmp_path)
    assert result["experiences"][0]["heading"].startswith("Engineer – Shop GmbH")
    assert result["overview"] == "Cloud engineer focused on banking platforms. Contact: jane.doe@example.com."
    assert written(tmp_path) == ["1-openai-job-specific.json"]
    [verdict] = verdicts(tmp_path)
    assert verdict["passed"] is True and verdict["problems"] == [] and verdict["mode"] == "tailor"
    assert "no sidebar item the source lacks" in verdict["checked"]


@pytest.mark.parametrize("mutate, named", [
    (lambda cv: cv["sidebar"]["tools"].append("Kubernetes"), "sidebar.tools: 'Kubernetes' not in source"),
    (lambda cv: cv["experiences"][0].update(heading="CTO – Globex – 2020 – Present"),
     "heading 'CTO – Globex – 2020 – Present' not in source"),
    (lambda cv: cv["identity"].update(full_name="John Doe"), "identity.full_name: 'John Doe' not in source"),
    (lambda cv: cv["sidebar"]["certifications"].append("CKA"), "sidebar.certifications: 'CKA' not in source"),
    (lambda cv: cv["sidebar"]["spoken_languages"].append("French"), "sidebar.spoken_languages: 'French'"),
    (lambda cv: cv["experiences"][1].update(environment=["Rust"]), "experiences[1].environment: 'Rust' not in source"),
    (lambda cv: cv["experiences"].append(dict(cv["experiences"][0])), "experiences: 3 entries, source has 2"),
])
def test_invention_is_rejected_naming_it_and_nothing_written(fake_openai, tmp_path, mutate, named):
    def invent(cv):
        mutate(cv)
        return cv

    fake_openai.default = from_original(invent)
    with pytest.raises(ValidationError) as excinfo:
        run_job_adjuster(tmp_path)
    message = str(excinfo.value)
    assert message.startswith(f"{tmp_path / 'jane.json'}: adjust output invented")
    assert named in message
    assert written(tmp_path) == []
    [verdict] = verdicts(tmp_path)  # kept for the batch report: what the model invented
    assert verdict["passed"] is False and any(named in problem for problem in verdict["problems"])
    # the rejected answer was not cached: a rerun asks the model again
    with pytest.raises(ValidationError):
        run_job_adjuster(tmp_path)
    assert fake_openai.calls == 2


def test_schema_invalid_answer_is_rejected(fake_openai, tmp_path):
    def broken(cv):
        del cv["overview"]
        cv["experiences"][0]["employer"] = "Acme"
        return cv

    fake_openai.push(from_original(broken))
    with pytest.raises(ValidationError, match="does not match the CV schema"):
        run_job_adjuster(tmp_path, cache=False)
    assert written(tmp_path) == []


def test_keys_are_put_back_in_canonical_order(fake_openai, tmp_path):
    def shuffled(cv):
        return {"experiences": cv["experiences"], "overview": cv["overview"],
                "sidebar": dict(reversed(list(cv["sidebar"].items()))), "identity": cv["identity"]}

    fake_openai.push(from_original(shuffled))
    result = run_job_adjuster(tmp_path, cache=False)
    assert list(result) == ["identity", "sidebar", "overview", "experiences"]
    assert list(result["sidebar"]) == list(sample_cv()["sidebar"])


def test_translation_mode_checks_structure_not_text():
    source = sample_cv()
    translated = sample_cv()
    translated["identity"]["title"] = "Leitender Cloud-Ingenieur"
    translated["sidebar"]["industries"] = ["Bankwesen", "Einzelhandel"]
    translated["experiences"][0]["heading"] = "Leitender Ingenieur – Acme Bank – 2020 – heute"
    translated["experiences"][0]["bullets"] = ["CI-Pipelines mit Docker gebaut", "Fünf Ingenieure betreut"]
    check_adjusted(source, translated, "cv.json", mode=TRANSLATE)

    for mutate, named in [
        (lambda cv: cv["sidebar"]["tools"].__setitem__(0, "Terraformen"), "sidebar.tools: 'Terraformen' not in source"),
        (lambda cv: cv["sidebar"]["industries"].pop(), "sidebar.industries: 1 items, source has 2"),
        (lambda cv: cv["experiences"][0].update(heading="Leitender Ingenieur – Acme Bank – 2019 – heute"),
         "experiences[0].heading: numbers"),
        (lambda cv: cv["experiences"][1]["bullets"].append("Neu"), "experiences[1].bullets: 3 items, source has 2"),
        (lambda cv: cv["identity"].update(last_name="Doh"), "identity.last_name: 'Doh' not in source"),
        (lambda cv: cv["experiences"][0].update(environment=["Terraform"]), "experiences[0].environment: changed"),
    ]:
        bad = sample_cv()
        mutate(bad)
        with pytest.raises(ValidationError, match=named.replace("[", r"\[").replace("]", r"\]")):
            check_adjusted(source, bad, "cv.json", mode=TRANSLATE, adjuster="openai-translate")
