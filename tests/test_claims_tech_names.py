"""Technology and product names written in lower case, or as everyday words at a sentence's start
(cvextract.claims.tech_names), are names the CV must hold: "fed from kafka" is a claim, "containerised"
and "lakehouse" are words."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.names import name_candidates
from cvextract.claims.tech_names import english_derivation, known_tech_name, unknown_lowercase_word


@pytest.mark.parametrize("text, names", [
    ("Alerting fed from kafka", ["kafka"]),
    ("Documented processes with python scripts", ["python"]),
    ("Reports built in tableau and jira", ["tableau", "jira"]),
    ("Screens backed by graphql", ["graphql"]),
    ("Docker images were built nightly", ["Docker"]),        # an everyday-looking word at the start
    ("Spark jobs ingest the readings", ["Spark"]),
    ("Pulumi-driven engagement for a carrier", ["Pulumi"]),  # unknown to English at the start
    ("Gave a spark of an idea and a swift go-live", []),           # "spark", "swift", "go" are words in lower case
])
def test_lower_case_and_sentence_start_names_are_found(text, names):
    assert name_candidates(text) == names


@pytest.mark.parametrize("word", ["containerised", "replatformed", "lakehouse", "runbooks", "hypercare",
                                  "upskilled", "microservices", "timeboxed"])
def test_derived_and_compound_english_words_are_no_names(word):
    assert english_derivation(word) and not unknown_lowercase_word(word) and not known_tech_name(word)


def test_an_unknown_lower_case_word_is_a_name():
    assert unknown_lowercase_word("boomi") and unknown_lowercase_word("graphql")
    assert not unknown_lowercase_word("the") and not unknown_lowercase_word("Boomi")  # capitalised: the other rule


def test_a_lower_case_name_the_cv_holds_is_supported_and_one_it_does_not_is_reverted():
    source = {"identity": {"title": "Engineer", "full_name": "Ada Berg"}, "sidebar": {"tools": ["Kafka"]},
              "overview": "Engineer.",
              "experiences": [{"heading": "2020-2023 Acme", "description": "Monitoring platform.",
                               "bullets": ["Set up monitoring with alerting fed from Kafka."], "environment": []}]}
    honest = {**source, "experiences": [{**source["experiences"][0],
                                         "bullets": ["Set up monitoring with alerting fed from kafka."]}]}
    assert review(source, honest)[1] == []
    invented = {**source, "experiences": [{**source["experiences"][0],
                                           "bullets": ["Set up monitoring with alerting fed from kafka and airflow."]}]}
    output, findings = review(source, invented)
    assert findings[0].claims == ["airflow"]
    assert output["experiences"][0]["bullets"] == source["experiences"][0]["bullets"]


@pytest.mark.parametrize("word", ["insurtech", "mlops", "nocode", "anonymisation"])
def test_jargon_built_from_english_is_no_name(word):
    assert not unknown_lowercase_word(word)


def test_an_everyday_phrasal_compound_is_no_name_but_a_tool_compound_is():
    assert name_candidates("Go-live support for the first closes.") == []
    assert name_candidates("Spark-based pipelines.") == ["Spark"]
