"""Recognition claims ("award-winning", "Fortune 500", "world-class") are claims unless the CV says them
(cvextract.claims.recognition)."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.recognition import events_in, recognitions_in, supported_recognitions, unsupported_recognitions


@pytest.mark.parametrize("text, phrase", [
    ("Built an award-winning app", "award-winning"), ("for Fortune 500 retailers", "Fortune 500"),
    ("an industry-leading platform", "industry-leading"), ("world-class engineering", "world-class"),
    ("best-in-class tooling", "best-in-class"), ("for a leading global insurer", "leading global"),
    ("a market leader in payments", "market leader"), ("for blue-chip clients", "blue-chip"),
])
def test_recognition_phrases_are_found(text, phrase):
    assert phrase in recognitions_in(text)


@pytest.mark.parametrize("text", ["Led the leadership workshops", "Built a class library", "Worked in a world of data"])
def test_ordinary_text_claims_no_recognition(text):
    assert recognitions_in(text) == ()


def test_the_source_supports_its_own_phrase_hyphens_and_case_aside():
    supported = supported_recognitions(["Delivered an award winning app for a Fortune-500 retailer."])
    assert unsupported_recognitions("An Award-winning app for Fortune 500 retailers.", supported) == []
    assert unsupported_recognitions("A world-class app.", supported) == ["world-class"]


def test_an_invented_recognition_is_reverted():
    source = {"identity": {"title": "Developer", "full_name": "Ada Berg"}, "sidebar": {},
              "overview": "Developer building online shops for retailers.",
              "experiences": [{"heading": "2020-2023 Acme", "description": "Online shop.",
                               "bullets": ["Built the checkout."], "environment": []}]}
    adjusted = {**source, "overview": "Award-winning developer building online shops for retailers."}
    output, findings = review(source, adjusted)
    assert output["overview"] == source["overview"] and findings[0].claims == ["Award-winning"]


# Recognition told as an event, anywhere in a sentence.
@pytest.mark.parametrize("text", [
    "Rebuilt the claims portal, a project that won the bank's digital excellence prize.",
    "Cut-over run without incident and praised by the regulator in its annual review.",
    "Shortlisted for the national data award with the platform team.",
    "Named supplier of the year by the retailer.",
    "Received a commendation from the CIO for the cut-over.",
    "Recognised with the regional innovation award for the scheduling tool.",
    "Ranked first in the customer satisfaction survey.",
    "Gained recognition from the board for the new risk model.",
    "Finalist in the city's hackathon for open data.",
    "Reporting suite, earning the team of the year title at the group.",
    "Lauded for the accessibility work on the public site.",
])
def test_a_recognition_told_as_an_event_is_found(text):
    assert events_in(text)


@pytest.mark.parametrize("text", [
    "Closed all findings raised in the audit report by year end.",
    "Prepared the end of the year closing for 12 entities.",
    "Implemented IFRS 15 revenue recognition for subscriptions.",
    "Raised image recognition accuracy to 97%.",
    "Awarded the framework contract to two vendors.",
    "Nominated data owners for each domain.",
    "Shortlisted three vendors for the RFP.",
    "Planned stock for the biggest sale of the year.",
    "Earned value management for the programme.",
    "Received and processed orders for 200 stores.",
    "Licence revenue recognised as deferred income.", "Staff badges recognised by the turnstiles.",
    "Loss events recognised for the period under IFRS 9.", "Root causes cited as findings in the audit.",
])
def test_ordinary_text_tells_no_recognition_event(text):
    assert events_in(text) == ()


def test_an_event_is_supported_by_a_source_sentence_telling_the_same_recognition_whatever_the_verb():
    supported = supported_recognitions(["Received the insurer's innovation award for the claims app.",
                                        "Awards: Retail Supplier of the Year 2021 (Hansa Stores)"])
    assert unsupported_recognitions("Built the claims app, winning the insurer's innovation award.", supported) == []
    assert unsupported_recognitions("Voted Hansa's supplier of the year.", supported) == []
    assert unsupported_recognitions("Built the claims app, winning the insurer's design award.", supported) == [
        "winning the insurer's design award"]
    assert unsupported_recognitions("Praised by the auditors for the controls.", supported) == [
        "Praised by the auditors for the controls"]


def test_an_event_needs_a_recognition_in_the_source_not_only_its_words():
    supported = supported_recognitions(["Kept the quality manual and the annual audit plan for the company."])
    assert unsupported_recognitions("Audit plan work that earned the company's annual quality award.", supported)


def test_an_invented_recognition_event_at_a_bullets_end_is_reverted():
    source = {"identity": {"title": "Developer", "full_name": "Ada Berg"}, "sidebar": {},
              "overview": "Developer building online shops for retailers.",
              "experiences": [{"heading": "2020-2023 Acme", "description": "Online shop.",
                               "bullets": ["Built the checkout for 40 stores."], "environment": []}]}
    entry = {**source["experiences"][0], "bullets": ["Built the checkout for 40 stores, commended by the client's board."]}
    output, findings = review(source, {**source, "experiences": [entry]})
    assert output["experiences"][0]["bullets"] == ["Built the checkout for 40 stores."]
    assert findings[0].claims == ["commended by the client's board"]


@pytest.mark.parametrize("text, phrase", [
    ("Privacy risk reported to the board's risk committee, which commended the programme.",
     "which commended the programme"),
    ("The cut-over plan, which the regulator later praised, ran on time.", "which the regulator later praised"),
    ("Wrote the runbook that the operations team lauded.", "that the operations team lauded"),
    ("Regression pack, highlighted in the annual audit as best practice, covering 1500 deals.",
     "highlighted in the annual audit as best practice"),
    ("Access reviews cited by the external auditors as good practice.", "cited by the external auditors as good practice"),
    ("On call over the go-live weekend, named Trust employee of the quarter.", "named Trust employee of the quarter"),
    ("Voted engineer of the month twice.", "Voted engineer of the month"),
])
def test_recognition_told_in_other_forms_is_a_claim(text, phrase):
    assert unsupported_recognitions(text, supported_recognitions(["Reported risk to the board."])) == [phrase]


@pytest.mark.parametrize("text", [
    "Documented best practice for the team.", "Recommended the programme to the board.",
    "Highlighted risks in the annual audit.", "Applied good practice as the auditor defined it.",
    "Presented the design as best practice guidance.", "The first release of the quarter shipped on time.",
    "Closed the largest deal of the month.",
])
def test_ordinary_practice_and_periods_are_no_recognition(text):
    assert unsupported_recognitions(text, supported_recognitions([])) == []


def test_praise_the_cv_tells_is_supported():
    supported = supported_recognitions(["The regression pack was commended by the annual audit as best practice."])
    assert unsupported_recognitions("Regression pack, highlighted in the annual audit as best practice.", supported) == []


@pytest.mark.parametrize("text", ["Shortlisted in the county's annual farming awards.",
                                  "Made the shortlist for the regional dairy prize.",
                                  "Nominated at the 2022 cheese awards."])
def test_a_shortlisting_told_in_any_preposition_is_a_recognition(text):
    assert unsupported_recognitions(text, supported_recognitions(["Ran the dairy's cheese cellar."])) != []


def test_a_shortlist_of_suppliers_is_no_recognition():
    assert events_in("The buyers shortlisted four creameries for the contract.") == ()


@pytest.mark.parametrize("text", ["Recognised internally for rebuilding the parish archive index.",
                                  "Recognised by the diocese for rebuilding the parish archive index.",
                                  "Catalogued 4,000 deeds; acknowledged publicly for the effort."])
def test_recognition_by_someone_said_of_the_person_is_a_claim(text):
    supported = supported_recognitions(["Rebuilt the parish archive index and catalogued 4,000 deeds."])
    assert unsupported_recognitions(text, supported) != []


@pytest.mark.parametrize("text", ["Recognised for careful cataloguing of deeds.",  # a reputation: known for
                                  "Donations recognised by the trust's ledger each quarter.",
                                  "Income is recognised as earned under the charity SORP."])
def test_a_reputation_or_an_accounting_recognition_is_no_honour(text):
    assert events_in(text) == ()


@pytest.mark.parametrize("text", [
    "Wrote the paper on tidal turbine wakes, which took the best poster prize.",
    "Dissertation on soil carbon, with the faculty's award for best thesis.",
    "Designed a sampling protocol later adopted network-wide as best practice.",
])
def test_a_best_of_prize_or_an_adoption_as_best_practice_is_a_recognition(text):
    assert unsupported_recognitions(text, supported_recognitions(["Wrote a paper on tidal turbine wakes."]))


def test_best_practice_followed_is_no_recognition():
    assert unsupported_recognitions("Applied best practice to the sampling protocol.", frozenset()) == []


@pytest.mark.parametrize("text", [
    "Catalogued 4,000 deeds, earning a spot on the county archives leaderboard.",
    "Rebuilt the parish archive index; the team topped the diocesan league table.",
    "Ranked third in the regional heritage survey for the deed catalogue.",
    "Catalogued 4,000 deeds and placed in the top five nationally.",
])
def test_a_place_in_a_ranking_is_a_recognition(text):
    assert unsupported_recognitions(text, supported_recognitions(["Rebuilt the parish archive index and catalogued "
                                                                  "4,000 deeds."]))


def test_a_ranking_is_supported_only_with_its_place():
    supported = supported_recognitions(["Ranked 2nd in the regional heritage survey."])
    assert unsupported_recognitions("Ranked second in the regional heritage survey.", supported) == []
    assert unsupported_recognitions("Ranked first in the regional heritage survey.", supported) != []


@pytest.mark.parametrize("text", ["Placed 300 orders with the bindery.", "Finished first drafts of the index.",
                                  "Lifted search rankings for the archive's catalogue."])
def test_an_ordinal_or_a_ranking_that_places_no_one_is_no_recognition(text):
    assert events_in(text) == ()


@pytest.mark.parametrize("text", ["Scored every fixture of a title-winning season for the club.",
                                  "Edited the best-selling field guide to moths."])
def test_a_win_or_a_sales_record_told_as_a_label_is_a_recognition(text):
    assert recognitions_in(text) != ()


@pytest.mark.parametrize("text", ["Cut leaderboard read latency from 80 ms to 6 ms.", "Built podiums for the regatta.",
                                  "Kept the league table service up through the season."])
def test_a_leaderboard_or_a_podium_as_a_thing_built_is_no_recognition(text):
    assert events_in(text) == ()
