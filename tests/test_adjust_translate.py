"""openai-translate: protected terms stay verbatim whatever the model does to them."""

from __future__ import annotations

import json
import re

import pytest

from cvextract.adjust import adjust_cv_data
from cvextract.adjust.protected_terms import Placeholders, protected_terms
from cvextract.errors import ValidationError
from fake_openai import from_original, sample_cv

STEPS = [{"name": "openai-translate", "language": "German"}]


def translate(tmp_path):
    return adjust_cv_data(sample_cv(), STEPS, research_dir=tmp_path / "research", cache_dir=None,
                          intermediate_dir=tmp_path / "steps", source=tmp_path / "jane.json")


def to_german(cv):
    cv["identity"]["title"] = "Leitender Cloud-Ingenieur"
    cv["sidebar"]["industries"] = ["Bankwesen", "Einzelhandel"]
    cv["overview"] = cv["overview"].replace("Cloud engineer with ten years of experience. Contact:",
                                            "Cloud-Ingenieur mit zehn Jahren Erfahrung. Kontakt:")
    cv["experiences"][0]["heading"] = cv["experiences"][0]["heading"].replace("Lead Engineer", "Leitender Ingenieur")
    cv["experiences"][0]["bullets"][0] = cv["experiences"][0]["bullets"][0].replace("Built CI pipelines with",
                                                                                    "CI-Pipelines gebaut mit")
    return cv


def test_terms_are_sent_as_placeholders_and_restored(fake_openai, tmp_path):
    fake_openai.push(from_original(to_german))
    result = translate(tmp_path)

    sent = fake_openai.requests[0].user_json()
    sent_text = json.dumps(sent["original_json"])
    for term in ("Jane Doe", "Terraform", "Docker", "jane.doe@example.com", "Python"):
        assert term not in sent_text
    assert "__PROTECTED_" in sent_text and sent["language"] == "German"
    assert "German" in fake_openai.requests[0].system
    assert fake_openai.requests[0].body["temperature"] == 0.0

    assert result["identity"] == {"title": "Leitender Cloud-Ingenieur", "full_name": "Jane Doe",
                                  "first_name": "Jane", "last_name": "Doe"}
    assert result["overview"] == "Cloud-Ingenieur mit zehn Jahren Erfahrung. Kontakt: jane.doe@example.com."
    assert result["experiences"][0]["bullets"][0] == "CI-Pipelines gebaut mit Docker"
    assert result["experiences"][0]["description"] == "Led the platform team building Terraform modules."
    assert result["sidebar"]["industries"] == ["Bankwesen", "Einzelhandel"]


def test_mangled_tools_and_environment_are_restored_from_the_source(fake_openai, tmp_path):
    def mangle(cv):
        cv = to_german(cv)
        cv["sidebar"]["tools"] = ["Terraformen", "Dockerisierung"]
        cv["sidebar"]["languages"] = ["Pythonisch", "Gehen"]
        cv["experiences"][0]["environment"] = ["Terraform-Werkzeug", "AWS"]
        cv["identity"]["full_name"] = "Johanna Reh"
        return cv

    fake_openai.push(from_original(mangle))
    result = translate(tmp_path)
    source = sample_cv()
    assert result["sidebar"]["tools"] == source["sidebar"]["tools"]
    assert result["sidebar"]["languages"] == source["sidebar"]["languages"]
    assert [e["environment"] for e in result["experiences"]] == [e["environment"] for e in source["experiences"]]
    assert result["identity"]["full_name"] == "Jane Doe"


def test_a_lost_placeholder_in_text_fails_the_step(fake_openai, tmp_path):
    def drop_token(cv):
        cv = to_german(cv)
        bullet = cv["experiences"][0]["bullets"][0]
        cv["experiences"][0]["bullets"][0] = re.sub(r"__PROTECTED_\d+__", "Kubernetes-Container", bullet)
        return cv

    fake_openai.push(from_original(drop_token))
    with pytest.raises(ValidationError, match="protected term 'Docker' lost"):
        translate(tmp_path)
    assert not list((tmp_path / "steps").glob("1-*.json"))  # no step output; guard.json says why


def test_an_unknown_placeholder_fails_the_step(fake_openai, tmp_path):
    def invent_token(cv):
        cv["overview"] += " __PROTECTED_999__"
        return cv

    fake_openai.push(from_original(invent_token))
    with pytest.raises(ValidationError, match="unknown placeholder __PROTECTED_999__"):
        translate(tmp_path)


def test_changed_structure_fails_the_step(fake_openai, tmp_path):
    def merge_bullets(cv):
        cv["experiences"][1]["bullets"] = [" ".join(cv["experiences"][1]["bullets"])]
        return cv

    fake_openai.push(from_original(merge_bullets))
    with pytest.raises(ValidationError, match=r"experiences\[1\].bullets: 1 items, source has 2"):
        translate(tmp_path)


def test_placeholders_match_whole_words_longest_first():
    placeholders = Placeholders(["Go", "Google Cloud", "C++", "Jane"])
    text = "Go and Google Cloud, not Gopher; C++ too. Jane's"
    protected = placeholders.protect_text(text)
    assert "Gopher" in protected and "Go" not in protected.replace("Gopher", "")
    assert placeholders.restore_text(protected) == text
    assert placeholders.restore_text(protected.replace("__PROTECTED_", "__protected_")) == text


def test_protected_terms_cover_names_tools_languages_environment_emails_urls():
    cv = sample_cv()
    cv["overview"] += " See https://jane.example.org/cv."
    terms = protected_terms(cv)
    for term in ("Jane Doe", "Jane", "Doe", "Python", "Go", "Terraform", "Docker", "AWS",
                 "jane.doe@example.com", "https://jane.example.org/cv"):
        assert term in terms
    assert "Banking" not in terms
