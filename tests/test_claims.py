"""The claims check (cvextract.claims): numbers, names, provenance, the revert/fail policy and the
translation number check, on hand-made texts and on the generated corpus (tests/claims_corpus.py)."""

from __future__ import annotations

import copy
from collections import Counter

import pytest

from claims_corpus import FABRICATION_KINDS, FIELDS, HONEST_STYLES, POSITIONS, corpus, survives
from cvextract.claims.free_text import review
from cvextract.claims.guard import guard_claims
from cvextract.claims.policy import FAIL, REVERT, check_policy, claim_count
from cvextract.claims.translation import lost_numbers
from cvextract.claims.names import name_candidates, names_in
from cvextract.claims.numbers import digit_runs, numbers_in
from cvextract.errors import ConfigError, ValidationError


@pytest.mark.parametrize("written, value", [
    ("1,000 users", "1000"), ("1000 users", "1000"), ("1k users", "1000"), ("one thousand users", "1000"),
    ("35%", "35"), ("35 %", "35"), ("35 percent", "35"), ("five engineers", "5"), ("twenty-five sites", "25"),
    ("$2M", "2000000"), ("2 million dollars", "2000000"), ("2.5 billion", "2500000000"), ("a 12-person team", "12"),
])
def test_numbers_written_any_way_have_one_value(written, value):
    assert value in numbers_in(written)


def test_numbers_glued_to_names_are_left_to_the_name_check():
    assert numbers_in("EC2, S3 and S/4HANA") == {}
    assert set(numbers_in("2019-2021 at ISO 27001")) == {"2019", "2021", "27001"}


@pytest.mark.parametrize("text, names", [
    ("Architected the platform", []),                       # a reworded verb is no claim
    ("Oversaw the migration", []),
    ("Designed services in Haskell", ["Haskell"]),          # capitalised inside a sentence
    ("Haskell services were built", ["Haskell"]),            # at the start, but a name in every language
    ("Java services were built", ["Java"]),
    ("Built it with C++, C#, .NET and Node.js", ["C++", "C#", ".NET", "Node.js"]),
    ("Ran K8s on AWS with PostgreSQL", ["K8s", "AWS", "PostgreSQL"]),
    ("Holds a certification as project manager", ["certification"]),  # credential words count
    ("Worked for 1k users", []),
])
def test_names_are_told_from_ordinary_words(text, names):
    assert name_candidates(text) == names


def test_names_the_job_posting_holds_count_anywhere():
    posting = names_in("We look for a Senior Engineer with Kubernetes, Snowflake and Splunk in our Data Team.")
    assert name_candidates("Snowflake pipelines were loaded nightly", posting) == ["Snowflake"]
    assert name_candidates("Snowflake pipelines were loaded nightly") == ["Snowflake"]  # a known product name
    assert name_candidates("Snowfall stopped the site visits") == []  # an English word at the start
    assert name_candidates("Deployed the models on kubernetes", posting) == ["kubernetes"]
    assert name_candidates("Worked as an engineer on the data team", posting) == []


def _cv() -> dict:
    return {
        "identity": {"title": "Cloud Architect", "full_name": "Ada Berg", "first_name": "Ada", "last_name": "Berg"},
        "sidebar": {"skills": ["Cloud architecture"], "languages": ["Python"], "tools": ["Terraform", "Kubernetes"],
                    "certifications": [], "industries": ["Banking"], "spoken_languages": ["English"],
                    "academic_background": ["BSc Computer Science"]},
        "overview": "Cloud architect with 12 years of experience. Works for banks.",
        "experiences": [
            {"heading": "2019-2023 Acme Bank", "description": "Engagement for Acme Bank covering the move to AWS.",
             "bullets": ["Designed the landing zone with Terraform", "Migrated 40 services to Kubernetes, cutting costs by 35%"],
             "environment": ["AWS"]},
            {"heading": "2015-2019 Beta Insurance", "description": "Data platform for claims.",
             "bullets": ["Built a data lake on Azure", "Wrote ETL jobs in Python"], "environment": None},
        ],
    }


def test_honest_rewording_passes_untouched():
    cv, adjusted = _cv(), _cv()
    adjusted["overview"] = "Works for banks. Ada Berg is a cloud architect with twelve years of experience."
    adjusted["experiences"][0]["description"] = "For Acme Bank: the move to AWS."
    adjusted["experiences"][0]["bullets"] = ["Moved 40 services to Kubernetes, lowering costs by 35 percent",
                                             "Architected the landing zone using Terraform"]
    revised, findings = review(cv, adjusted)
    assert findings == [] and revised["experiences"] == adjusted["experiences"]


def test_revert_puts_source_back_and_drops_invented_bullets():
    cv, adjusted = _cv(), _cv()
    adjusted["overview"] = "Cloud architect with 12 years of experience. Worked for Deutsche Bank."
    adjusted["experiences"][0]["bullets"] = ["Designed the landing zone with Terraform and Haskell",
                                             "Migrated 40 services to Kubernetes, cutting costs by 35%",
                                             "Built a data lake on Azure",                  # another experience's
                                             "Led a team of 8 engineers"]                    # from nowhere
    revised, findings = guard_claims(cv, adjusted, "cv.json", adjuster="openai-job-specific", policy=REVERT)
    assert revised["overview"] == "Cloud architect with 12 years of experience. Works for banks."
    assert revised["experiences"][0]["bullets"] == cv["experiences"][0]["bullets"]
    by_field = {f.field: f for f in findings}
    assert by_field["experiences[0].bullets[0]"].claims == ["Haskell"]
    assert by_field["experiences[0].bullets[0]"].kept == "Designed the landing zone with Terraform"
    assert by_field["experiences[0].bullets[2]"].claims[0] == "bullet from experience “2015-2019 Beta Insurance”"
    assert by_field["experiences[0].bullets[3]"].kept is None and "8" in by_field["experiences[0].bullets[3]"].claims
    assert by_field["overview"].claims == ["Deutsche"] and by_field["overview"].kept == "Works for banks."
    assert claim_count(findings) == 1 + 2 + 2 + 1


def test_credential_words_by_kind_and_specific_degrees_by_name():
    cv, adjusted = _cv(), _cv()
    cv["sidebar"]["certifications"] = ["CISSP", "OSCP"]
    adjusted["overview"] = ("Cloud architect with 12 years of experience and CISSP and OSCP certifications. "
                            "Holds a degree in computer science. Holds a PhD in physics.")
    _, findings = review(cv, adjusted)
    assert [f.claims for f in findings] == [["PhD"]]  # a listed certification and the BSc support the words


def test_units_and_trailing_plus_are_read_as_the_source_wrote_them():
    cv, adjusted = _cv(), _cv()
    cv["experiences"][0]["bullets"][0] = "Designed the landing zone with Terraform for 50TB+ of data"
    adjusted["experiences"][0]["bullets"][0] = "Designed the Terraform landing zone for more than 50TB of data"
    assert review(cv, adjusted)[1] == []


def test_a_text_left_empty_gets_its_source_back():
    cv, adjusted = _cv(), _cv()
    adjusted["experiences"][1]["description"] = "Ran everything on Snowflake."  # like no source sentence
    revised, [finding] = review(cv, adjusted)
    assert revised["experiences"][1]["description"] == "Data platform for claims."
    assert (finding.claims, finding.kept) == (["Snowflake"], "Data platform for claims.")


def test_fail_names_the_field_and_the_claim():
    cv, adjusted = _cv(), _cv()
    adjusted["experiences"][1]["bullets"][0] = "Built a data lake on Azure, saving 27%"
    with pytest.raises(ValidationError) as err:
        guard_claims(cv, adjusted, "cv.json", adjuster="openai-job-specific", policy=FAIL)
    assert str(err.value) == ("cv.json: adjust output of openai-job-specific invents claims: "
                              "experience “2015-2019 Beta Insurance”: bullet 1: '27%' not in the CV")


def test_policy_values():
    assert check_policy(None) == REVERT and check_policy(" Fail ") == FAIL
    with pytest.raises(ConfigError, match="guard=maybe: give revert or fail"):
        check_policy("maybe")


def test_translation_keeps_every_number():
    cv = _cv()
    translated = copy.deepcopy(cv)
    translated["overview"] = "Cloud-Architekt mit 12 Jahren Erfahrung. Arbeitet für Banken."
    translated["experiences"][0]["bullets"][1] = "40 Dienste nach Kubernetes migriert, Kosten um 35 % gesenkt"
    assert lost_numbers(cv, translated) == []
    translated["experiences"][0]["bullets"][1] = "40 Dienste migriert, Kosten um 53 % gesenkt"
    assert lost_numbers(cv, translated) == ["experiences[0].bullets[1]: numbers ['40', '53'] differ from the source's ['35', '40']"]
    assert digit_runs("1.000,5") == digit_runs("1,000.5")


def test_corpus_every_claim_caught_and_honest_rewording_kept():
    honest, fabricated = corpus(n_cvs=60, seed=7)
    assert {c.style for c in honest} == set(HONEST_STYLES)
    assert {c.style for c in fabricated} == set(FABRICATION_KINDS)
    assert {(c.field.split(".")[-1].split("[")[0], c.position) for c in fabricated} >= \
        {({"overview": "overview", "description": "description", "bullet": "bullets"}[f], p)
         for f in FIELDS for p in POSITIONS}
    missed = [(c.style, c.field, c.position, c.claim) for c in fabricated
              if not review(c.original, c.adjusted, c.prompt)[1] or survives(c, review(c.original, c.adjusted, c.prompt)[0])]
    assert missed == []
    touched = Counter(c.style for c in honest if review(c.original, c.adjusted, c.prompt)[1])
    assert sum(touched.values()) <= len(honest) // 100, touched
