"""A name of several words from the job posting ("Apple Pay", "Kotlin Multiplatform") is a claim unless the
CV has it whole, made of pieces it has, or as an abbreviation, even where the CV uses each word on its own
(cvextract.claims.posting)."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.posting import (posting_names, posting_terms, unsupported_posting_names, unsupported_posting_terms,
                                      unsupported_runs)
from cvextract.claims.words import Vocabulary

POSTING = ("Job: mobile lead at a retailer. Our stack: Kotlin Multiplatform, Jetpack Compose, Azure Data Factory "
           "and Microsoft Sentinel; in-app payments with Apple Pay. Scrum Master certification and Payroll Lead "
           "experience are a plus.")


def test_a_postings_names_of_several_words_are_read_brands_only_credentials_aside():
    names = {" ".join(n) for n in posting_names(POSTING)}
    assert {"Kotlin Multiplatform", "Jetpack Compose", "Azure Data Factory", "Microsoft Sentinel", "Apple Pay"} <= names
    assert not {"Scrum Master certification", "Payroll Lead"} & names


SOURCE = ("Kotlin apps for Apple and Android devices with multiplatform modules, card payments and weekly pay runs.",
          "Built the ADF pipelines and the SIEM on Microsoft Azure; Sentinel rules for the SOC.",
          "jetpack compose screens for the shop.")


@pytest.mark.parametrize("text, claim", [
    ("Shipped Kotlin Multiplatform modules for the shop.", "Kotlin Multiplatform"),
    ("Card payments through apple pay.", "Apple Pay"),
])
def test_a_postings_name_the_cv_has_only_word_by_word_is_a_claim(text, claim):
    assert unsupported_posting_names(text, posting_names(POSTING), SOURCE) == [claim]


@pytest.mark.parametrize("text", [
    "Jetpack Compose screens for the shop.",             # the CV has it in lower case
    "Detection rules in Microsoft Sentinel for the SOC.",  # each word a name the CV writes
    "Pipelines in Azure Data Factory.",                  # the CV's ADF
    "Kotlin apps with multiplatform modules.",           # not the posting's name
])
def test_a_postings_name_the_cv_has_is_supported(text):
    assert unsupported_posting_names(text, posting_names(POSTING), SOURCE) == []


def test_the_review_reverts_a_sentence_naming_the_postings_product():
    source = {"identity": {"title": "Mobile developer", "full_name": "Ada Berg"}, "sidebar": {},
              "overview": "Mobile developer: Kotlin apps for Apple and Android devices.",
              "experiences": [{"heading": "2020-2023 Acme", "description": "Shop app with card payments.",
                               "bullets": ["Built card payments in the shop app."], "environment": ["Kotlin"]}]}
    entry = {**source["experiences"][0], "bullets": ["Built card payments in the shop app with Apple Pay."]}
    output, findings = review(source, {**source, "experiences": [entry]}, POSTING)
    assert output["experiences"][0]["bullets"] == ["Built card payments in the shop app."]
    assert "Apple Pay" in findings[0].claims
    _, without_posting = review(source, {**source, "experiences": [entry]})
    assert "Apple Pay" in without_posting[0].claims  # capitalised words in a row name something anyway


def test_a_postings_abbreviated_name_passes_where_the_cv_spells_out_the_abbreviation_beside_the_same_brand():
    names = posting_names("Job: ERP lead. Must know Oracle EBS and Workday HCM.")
    assert unsupported_posting_names("Finance rollouts on Oracle EBS.", names,
                                     ("Finance rollouts on Oracle E-Business Suite.",)) == []
    assert unsupported_posting_names("Finance rollouts on Oracle EBS.", names,
                                     ("Finance rollouts on Oracle Business Suite.",)) == ["Oracle EBS"]


# A posting's lower-case trade terms: added to a sentence the CV states, they are claims; used for what a
# source sentence says in its own words, they are the posting's vocabulary.
WARD_POSTING = "Hospital pharmacist: pharmacovigilance, antimicrobial stewardship and aseptic compounding; strong reporting."
WARD_CV = ["Ran the medication safety reviews for 4 wards.", "Monitored adverse drug reactions and reported them to the regulator.",
           "Prepared compounded creams for the dermatology clinic."]


def test_a_postings_trade_terms_are_its_rare_lower_case_words():
    terms = posting_terms(WARD_POSTING)
    assert {"pharmacovigil", "asept"} <= terms
    assert not {"strong", "report", "hospit", "stewardship", "antimicrobi"} & terms  # everyday words


@pytest.mark.parametrize("text, claim", [
    ("Ran medication safety reviews for 4 wards, including pharmacovigilance reporting.", "pharmacovigilance"),
    ("Ran the medication safety reviews for four wards and their aseptic units.", "aseptic"),
    ("Prepared compounded creams and aseptic infusions for the dermatology clinic.", "aseptic"),
])
def test_a_postings_term_added_to_what_the_cv_says_is_a_claim(text, claim):
    assert unsupported_posting_terms(text, posting_terms(WARD_POSTING), Vocabulary(WARD_CV), WARD_CV) == [claim]


@pytest.mark.parametrize("text", [
    "Pharmacovigilance: reported adverse reactions to the regulator.",        # capitalised: the name check's
    "Handled pharmacovigilance of adverse reactions for the regulator.",  # it rewords the monitoring sentence
    "Compounding of creams for the dermatology clinic.",                      # the CV has the word
    "Ran medication safety reviews for 4 wards, reporting to the regulator.",  # no trade term
])
def test_a_postings_term_for_what_the_cv_says_in_other_words_passes(text):
    assert unsupported_posting_terms(text, posting_terms(WARD_POSTING), Vocabulary(WARD_CV), WARD_CV) == []


TITLES = "We hire a Kafka Platform Engineer and a Dynamics Technical Lead to join our Revenue Ops team; Apple Pay Developer."


@pytest.mark.parametrize("text", [
    "Kafka platform engineer for the bank's event streams.",      # a role after a name the CV has
    "Dynamics technical lead on the brewery's CRM rollout.",
    "Led revenue ops for the brewery.",                           # "revenue operations" clipped
])
def test_a_job_title_or_a_clipped_name_made_of_what_the_cv_says_is_no_posting_name(text):
    source = ("Ran Kafka event streams and Dynamics CRM for a brewery, and its revenue operations.",)
    assert unsupported_posting_names(text, posting_names(TITLES), source) == []


def test_a_role_after_a_product_the_cv_lacks_is_still_a_claim():
    source = ("Built card payments for a shop app.",)
    assert unsupported_posting_names("Apple Pay developer for a shop app.", posting_names(TITLES), source) == ["Apple Pay"]


# A run of everyday words capitalised inside a sentence is a name, whatever its words: a company, a
# product or a programme the CV never names, though it uses each word on its own.
RUN_SOURCE = ("Planned crop rotations for a regional dairy cooperative and its 40 farms.",
              "Moved the herd database to the cloud; trained staff on milk recording.",
              "Audited the farms for the Red Tractor (RT) scheme and the self-assessment returns.",
              "Moved 40 farms from Classic to the cloud edition of Agrisoft.", "Milk Quality Management certificate")


@pytest.mark.parametrize("text, claim", [
    ("Planned crop rotations for Valley Dairy and its 40 farms.", "Valley Dairy"),
    ("Trained staff on milk recording alongside Herd Watch.", "Herd Watch"),
    ("Moved the herd database into Farm In The Cloud.", "Farm In The Cloud"),  # a capitalised function word is the name's
    ("Planned crop rotations for the Dairy Cooperative Alliance.", "Dairy Cooperative Alliance"),
    ("Holds a certificate in Herd Quality Management from the board.", "Herd Quality Management"),  # in a row only
    ("Audited the farms for Austria's Farm Quality Board.", "Farm Quality Board"),  # a place starts none
])
def test_a_run_of_capitalised_everyday_words_the_cv_does_not_have_is_a_claim(text, claim):
    assert unsupported_runs(text, Vocabulary(RUN_SOURCE)) == [claim]


@pytest.mark.parametrize("text", [
    "Planned crop rotations for a Regional Dairy Cooperative and its 40 farms.",  # the CV's words in a row
    "Ran the Cloud Database for the herd.",             # content words in any order, function words between
    "Ran the Self Assessment returns.",                 # hyphens aside
    "Audited the farms against the Red Tractor scheme.",  # the CV's own name
    "Audited the farms for RT (Red Tractor).",          # an abbreviation spelled out
    "Moved Herd Database to the Cloud.",                # a title: capitals say nothing
    "Ran Agrisoft Classic on 40 farms.",                # a brand and a word the CV capitalises as a name
    "Audited the farms for the Red Tractor's Milk Quality Management scheme.",  # an owner's name ends its run
])
def test_a_run_the_cv_has_or_a_title_passes(text):
    assert unsupported_runs(text, Vocabulary(RUN_SOURCE)) == []
