"""Technology and product names written in lower case, or as everyday words at a sentence's start
(cvextract.claims.tech_names), are names the CV must hold: "fed from kafka" is a claim, "containerised"
and "lakehouse" are words."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import _Scope, review
from cvextract.claims.names import name_candidates, unsupported_names
from cvextract.claims.tech_names import english_derivation, known_tech_name, unknown_lowercase_word
from cvextract.claims.words import Vocabulary


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


@pytest.mark.parametrize("text, names", [
    ("Scheduled the loads with matillion", ["matillion"]),            # data
    ("Patched the fleet through intune", ["intune"]),                 # endpoint management
    ("Closed the books in blackline", ["blackline"]),                 # finance
    ("Traced requirements in polarion", ["polarion"]),                # embedded
    ("Routed results over mirth", ["mirth"]),                         # healthcare
    ("Provisioned subscribers in amdocs", ["amdocs"]),                # telecom
    ("Prototyped screens in protopie", ["protopie"]),                 # design
    ("Scanned the images with trivy", ["trivy"]),                     # security
    ("Drafted contract templates in hotdocs", ["hotdocs"]),           # legal, a compound of English words
])
def test_products_of_many_domains_in_lower_case_are_names(text, names):
    assert name_candidates(text) == names


@pytest.mark.parametrize("text, claim", [
    ("Shipped log sources to Splunk and elastic", "elastic"),
    ("Dashboards in Grafana, elastic", "elastic"),
])
def test_an_everyday_word_that_names_a_product_is_a_name_when_listed_beside_a_name(text, claim):
    assert claim in name_candidates(text)


@pytest.mark.parametrize("text", ["Made the platform elastic and resilient", "Elastic scaling with Kubernetes",
                                  "Sized the cluster for elastic demand"])
def test_an_everyday_word_used_as_a_word_is_no_name(text):
    assert "elastic" not in name_candidates(text)


def test_a_name_of_several_everyday_words_is_a_claim_where_the_cv_lacks_the_phrase():
    source = {"identity": {"title": "Consultant", "full_name": "Ada Berg"}, "sidebar": {"tools": ["Power BI"]},
              "overview": "Consultant.",
              "experiences": [{"heading": "2020-2023 Acme", "description": "Finance rollout.",
                               "bullets": ["Built approval flows and power bi reports for finance."], "environment": []}]}
    honest = {**source, "experiences": [{**source["experiences"][0],
                                         "bullets": ["Built power BI reports and approval flows for finance."]}]}
    assert review(source, honest)[1] == []
    invented = {**source, "experiences": [{**source["experiences"][0],
                                           "bullets": ["Built power automate approval flows and power bi reports for finance."]}]}
    output, findings = review(source, invented)
    assert findings[0].claims == ["power automate"]
    assert output["experiences"][0]["bullets"] == source["experiences"][0]["bullets"]


@pytest.mark.parametrize("text, names", [
    ("Served the maps through GeoServer and leaflet", ["leaflet"]),
    ("Batch jobs scheduled in control-m", ["control-m"]),
    ("Review apps built in r shiny", ["r shiny"]),
    ("Built reports in spotfire and knime workflows", ["spotfire", "knime"]),
    ("Geodata kept in postgis, edited in qgis", ["postgis", "qgis"]),
    ("Served metrics with GeoServer and thanos", ["thanos"]),   # an everyday word listed beside a name
    ("Served batch jobs with ray and GeoServer", ["ray"]),
])
def test_lower_case_products_across_domains_are_claims(text, names):
    assert unsupported_names(text, Vocabulary(["Served maps and batch jobs.", "GeoServer"])) == names


@pytest.mark.parametrize("text", ["Printed a leaflet for visitors", "Built a shiny new dashboard",
                                  "Took control - most of it", "A tidal energy site", "A ray of hope for the team",
                                  "Ran a dash to the finish", "Kept the tempo of releases"])
def test_everyday_words_among_the_new_names_are_words(text):
    assert unsupported_names(text, Vocabulary(["Built things."])) == []


def test_a_prompts_name_in_lower_case_listed_beside_another_name_is_a_name():
    prompt = frozenset({"falcon", "gunicorn"})  # the posting writes "Falcon" as a name
    allowed = Vocabulary(["Built REST services in Flask behind nginx."])
    assert unsupported_names("Built REST services behind nginx in Flask and falcon.", allowed, prompt) == ["falcon"]
    assert unsupported_names("A falcon-eyed reviewer of REST services.", allowed, prompt) == []  # no list


def test_a_capitalised_word_opening_a_parenthesis_is_no_sentence_start():
    allowed = Vocabulary(["Set up a wiki (Confluence) for the plant's shift handovers."])
    assert unsupported_names("Set up a knowledge base (Lighthouse wiki) for shift handovers.", allowed) == ["Lighthouse"]
    assert unsupported_names("Set up a wiki (Confluence) for shift handovers.", allowed) == []


def test_a_company_designator_after_a_word_the_cv_writes_only_in_lower_case_names_a_new_company():
    allowed = Vocabulary(["Ran the harvest planning for an orchard cooperative.", "Works with the Ridgeway cooperative."])
    assert "Holdings" in unsupported_names("Harvest planning for an orchard cooperative, a Harvest Holdings member.", allowed)
    assert unsupported_names("Works with Ridgeway Holdings on planning.", allowed) == []


LAB = Vocabulary(["Ran assays by GC-MS and ICP-OES; scripted the statistics in Python and SAS.",
                  "Kept 50 ms response times on 2 GB of data; the go-live of the R&D portal."])


@pytest.mark.parametrize("text, claim", [
    ("Scripted the statistics in Python, R and SAS.", "R"),       # a one-letter item of a list of names
    ("Wrote drivers in C and Python.", "C"),
    ("Scripted the statistics in D, Python and SAS.", "D"),       # the CV's "R&D" writes no D
    ("Ran assays by GC-MS and LC-MS.", "LC-MS"),                  # its pieces are the CV's, apart
    ("Ran metals by ICP-MS.", "ICP-MS"),                          # a unit's letters joined to a name
    ("Scripted the statistics in SAS, Go and Python.", "Go"),     # an everyday word listed as a name
])
def test_a_short_name_or_abbreviations_joined_are_names_whatever_their_length(text, claim):
    assert claim in unsupported_names(text, LAB)


@pytest.mark.parametrize("text", [
    "Scripted statistics in SAS and Python.", "Ran GC-MS and ICP-OES assays.", "Kept response times at 50 ms.",
    "Sorted the samples into grades A and B.", "Plan B kept the lab running.", "Ran the R&D, SAS and Python work.",
])
def test_the_cvs_own_names_letters_outside_lists_and_units_pass(text):
    assert unsupported_names(text, LAB) == []


def test_two_rare_halves_make_no_english_compound():
    from cvextract.claims.tech_names import english_derivation, unknown_lowercase_word
    assert unknown_lowercase_word("exocad")  # "exo" + "cad": a product's name
    assert english_derivation("lakehouse") and english_derivation("failover")


@pytest.mark.parametrize("word", ["postnord", "bankinter", "tradedoubler"])
def test_two_english_words_joined_that_only_other_languages_write_are_a_brand(word):
    assert unknown_lowercase_word(word)
    allowed = Vocabulary(["Rolled out parcel tracking for a Nordic carrier."])
    assert word in unsupported_names(f"Rolled out parcel tracking for {word}, a Nordic carrier.", allowed)


@pytest.mark.parametrize("word", ["workstreams", "hypercare", "runbooks", "lakehouse"])
def test_englishs_own_jargon_compounds_stay_words(word):
    assert not unknown_lowercase_word(word)


@pytest.mark.parametrize("written, name", [
    ("Flagged bad soil readings with the soilcheck_qc package.", "soilcheck_qc"),   # an identifier's underscore
    ("Listed the farm's produce on Ocado, the-greengrocer and Abel.", "the-greengrocer"),  # an article hyphened
])
def test_an_identifier_or_a_brand_joined_to_an_article_is_a_name(written, name):
    assert name in _Scope(["Flagged bad soil readings.", "Listed the farm's produce on Ocado and Abel."]).claims(written)


def test_the_cvs_own_identifier_passes_and_english_compounds_are_no_names():
    scope = _Scope(["Flagged bad soil readings with the soilcheck_qc package; a state-of-the-art sampler."])
    assert scope.claims("Flagged bad soil readings using soilcheck_qc and a state-of-the-art sampler.") == []


def test_a_brand_joined_to_a_pronoun_is_a_name():
    """"Stack-it" is no English compound: the CV's "stacking" does not support it."""
    assert "Stack-it" in _Scope(["Ran pallet stacking for the depot."]).claims("Ran pallet stacking with Stack-it.")
