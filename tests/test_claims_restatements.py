"""Honest restatements the claims check must leave alone, each beside a near fabrication it must still
catch (cvextract.claims.free_text): a count whose noun is abbreviated or expanded or a synonym, a
unit spelled out, a pair, a zero for "no", product codes beside a number, lists and versions written
another way, abbreviations of mixed words, a company's full name, a place's adjective, a common noun
starting a sentence, a change in figures restated as "halved"."""

from __future__ import annotations

import copy

import pytest

from cvextract.claims.acronyms import acronym_letters, spelled_out
from cvextract.claims.counts import Counts
from cvextract.claims.free_text import review


def _cv(bullets: list[str], overview: str = "Consultant with ten years in delivery.") -> dict:
    return {"identity": {"title": "Consultant", "full_name": "Ines Varga"}, "sidebar": {"tools": []},
            "overview": overview,
            "experiences": [{"heading": "2017-2024 Baltica Grid", "description": "Operations programme.",
                             "bullets": list(bullets), "environment": []}]}


def _claims(source: list[str], written: list[str], prompt: str = "") -> list[str]:
    original = _cv(source)
    adjusted = copy.deepcopy(original)
    adjusted["experiences"][0]["bullets"] = written
    output, findings = review(original, adjusted, prompt)
    if not findings:
        assert output["experiences"][0]["bullets"] == written
    return [claim for finding in findings for claim in finding.claims]


# (source bullet, honest rewording)
HONEST = [
    # a count's noun abbreviated or spelled out
    ("Commissioned 38 remote terminal units along the pipeline.", "Commissioned 38 RTUs along the pipeline."),
    ("Supported the WMS in three distribution centres.", "Supported the WMS in three DCs."),
    ("Ran 85 data protection impact assessments for new vendors.", "Ran eighty-five DPIAs for new vendors."),
    ("Integrated 12 PLCs with the historian.", "Integrated 12 programmable logic controllers with the historian."),
    # a synonym for people, a unit spelled out
    ("Reported on a workforce of 30,000 employees in 14 countries.", "Reported on 30,000 staff in 14 countries."),
    ("Onboarded 40 trainees into the service desk.", "Onboarded 40 people into the service desk."),
    ("Led an eight-person team building the platform.", "Led a team of 8 engineers building the platform."),
    ("Ran a 12-strong squad for the migration.", "Ran 12 developers for the migration."),
    ("Cut page load time from 25 seconds to 4 seconds.", "Cut page load time from 25 s to 4 s."),
    ("Reduced failover to 30 seconds.", "Reduced failover to 30 secs."),
    # a pair, none
    ("Replaced the core with a pair of Juniper QFX switches.", "Replaced the core with two Juniper QFX switches."),
    ("Migrated the plant historian with no unplanned outage.", "Migrated the plant historian with zero unplanned outages."),
    ("Cut over the billing platform without data loss.", "Cut over the billing platform with zero data loss."),
    ("Ran the upgrade with no downtime for the 40 stores.", "Ran the upgrade for the 40 stores with zero downtime."),
    ("Delivered 4 SOWs for the client.", "Delivered four statements of work for the client."),
    ("Moved 3,000 users to M365.", "Moved 3,000 users to Microsoft 365."),
    # product codes beside a number are no units
    ("Moved two retailers from Universal Analytics to GA4.", "Led two GA4 migrations off Universal Analytics."),
    ("Built 220 HR reports in Workday for 3 days of payroll close.", "Built 220 HR reports in Workday."),
    ("Produced 4D construction sequences for 6 weeks of review.", "Produced 4D construction sequences."),
    # lists and versions written another way
    ("Worked to EN 50126/50128/50129 safety processes.", "Worked to EN 50126, 50128 and 50129 safety processes."),
    ("Upgraded the DCS from 800xA 5.1 to 800xA 6.1 over 11 outages.", "Upgraded the DCS from 800xA 5.1 to 6.1 across 11 outages."),
    # abbreviations of mixed words
    ("Delivered the Android Automotive OS platform.", "Delivered the AAOS platform."),
    ("Wrote the BIM execution plan for the hospital.", "Wrote the BEP for the hospital."),
    ("Partnered with HR business partners on attrition.", "Partnered with HRBPs on attrition."),
    ("Built the record of processing activities in OneTrust.", "Built the RoPA in OneTrust."),
    ("Ran the proof of concept for the data platform.", "Ran the PoC for the data platform."),
    ("Partnered with HRBPs on attrition.", "Partnered with HR business partners on attrition."),
    ("Ran the AAOS bring-up.", "Ran the Android Automotive OS bring-up."),
    ("Integrated Coupa with SAP S/4HANA for invoices.", "Integrated Coupa with SAP S/4 HANA for invoices."),
    # a company's full name, a place's adjective, a common noun starting a sentence
    ("Implemented o9 for grocery retailers.", "Implemented o9 Solutions for grocery retailers."),
    ("Rolled out Kinaxis for Acme's plants.", "Rolled out Kinaxis for Acme Group's plants."),
    ("Implemented T24 lending for a bank in Bahrain.", "Implemented T24 lending for a Bahraini bank."),
    ("Opened the service desk for Omani utilities.", "Opened the service desk for utilities in Oman."),
    ("Ran 35 Relativity matters at once.", "Portfolio of 35 concurrent Relativity matters."),
    ("Coached 12 analysts in SQL.", "Cohort of 12 analysts coached in SQL."),
    # a change in figures restated, a percent written out
    ("Cut the programme review from 6 weeks to 3.", "Halved the programme review, from six weeks to three."),
    ("Raised throughput from 400 to 800 orders an hour.", "Doubled throughput to 800 orders an hour."),
    ("Cut the review backlog by a quarter.", "Cut the review backlog by 25 per cent."),
    ("Cut the batch window by 33%.", "Cut the batch window by a third."),
    ("Trimmed licence spend by 33 per cent.", "A third of licence spend trimmed."),
    ("Served UK retailers.", "Served British retailers."),
    ("Advised EU regulators on market data.", "Advised European regulators on market data."),
    # accents, subscript digits, a fortnight
    ("Documented the API with the Diátaxis model.", "Documented the API with the Diataxis model."),
    ("Wrote the Diataxis guides.", "Wrote the Diátaxis guides."),
    ("Reported NO₂ and CO₂ per site.", "Reported NO2 and CO2 per site."),
    ("Tracked CO2 per room.", "Tracked CO₂ per room."),
    ("Moved the Señor Café platform to AWS.", "Moved the Senor Cafe platform to AWS."),
    ("Ran fortnightly releases.", "Ran releases every two weeks."),
    # a camel-case word's capitals spell part of an abbreviation
    ("Moved 260 apps to Okta over OIDC.", "Moved 260 apps to Okta over OpenID Connect."),
    ("Set up OIDC sign-in for 40 apps.", "Set up OpenID Connect sign-in for 40 apps."),
    # an adjective for the CV's adverb and back
    ("Managed the firewall rules centrally for 30 sites.", "Central firewall rule management for 30 sites."),
    ("Rolled the payroll out globally to 14 countries.", "Global payroll rollout to 14 countries."),
    ("Ran a central service desk for 9 plants.", "Centrally ran the service desk for 9 plants."),
    ("Held a sprint review every 2 weeks.", "Held a fortnightly sprint review."),
    ("Shipped biweekly builds to the plant.", "Shipped builds to the plant every 2 weeks."),
]


@pytest.mark.parametrize("source, written", HONEST)
def test_an_honest_restatement_is_left_alone(source, written):
    assert _claims([source], [written]) == []


# (source bullet, a near fabrication, what the guard must name)
FABRICATED = [
    ("Commissioned 38 remote terminal units along the pipeline.", "Commissioned 38 PLCs along the pipeline.", "PLCs"),
    ("Supported the WMS in three distribution centres.", "Supported the WMS in three DCs and 40 stores.", "40"),
    ("Reported on a workforce of 30,000 employees in 14 countries.", "Reported on 30,000 staff in 16 countries.", "16"),
    ("Led 8 testers in the QA guild.", "Led 8 developers in the QA guild.", "8 developers"),
    ("Cut page load time from 25 seconds to 4 seconds.", "Cut page load time from 25 s to 2 s.", "2"),
    ("Migrated the plant historian with no unplanned outage.", "Migrated the plant historian with zero defects.", "0"),
    ("Migrated the plant historian with no unplanned outage.", "Migrated the historian with zero unplanned incidents.",
     "0"),
    ("Delivered 4 SOWs for the client.", "Delivered 6 statements of work for the client.", "6"),
    ("Moved 3,000 users to M365.", "Moved 3,000 users to Microsoft 365 and Windows 11.", "Windows 11"),
    ("Moved two retailers from Universal Analytics to GA4.", "Led two GA4 migrations off Adobe Analytics.", "Adobe"),
    ("Worked to EN 50126/50128/50129 safety processes.", "Worked to EN 50126, 50128 and 50159 safety processes.",
     "50159"),
    ("Upgraded the DCS from 800xA 5.1 to 800xA 6.1 over 11 outages.", "Upgraded the DCS from 800xA 5.1 to 6.2 over 11 outages.",
     "6.2"),
    ("Delivered the Android Automotive OS platform.", "Delivered the AAOS platform with QNX.", "QNX"),
    ("Tracked tasks in MS Project.", "Holds PRINCE2 and MSP.", "MSP"),
    ("Ran the ADF pipelines.", "Ran AWS data flows.", "AWS"),
    ("Ran the AAOS bring-up.", "Ran the Android Automotive OS bring-up in 0 days.", "0"),
    ("Kept the planning with MS Project.", "PMP-certified planner.", "PMP"),
    ("Implemented o9 for grocery retailers.", "Implemented Blue Yonder Solutions for grocery retailers.", "Blue"),
    ("Implemented T24 lending for a bank in Bahrain.", "Implemented T24 lending for a Kuwaiti bank.", "Kuwaiti"),
    ("Ran 35 Relativity matters at once.", "Portfolio of 35 Relativity matters for Deloitte.", "Deloitte"),
    ("Cut the programme review from 6 weeks to 3.", "Tripled throughput and cut the review from 6 weeks to 3.", "Tripled"),
    ("Cut the review backlog by a quarter.", "Cut the review backlog by 35 per cent.", "35 per cent"),
    ("Cut the batch window by 20%.", "Cut the batch window by a third.", "by a third"),
    ("Shipped the 2nd release.", "Shipped a third release.", "3rd"),
    ("Cut the batch window by 33%.", "Cut the batch window by two thirds.", "2"),
    ("Served UK retailers.", "Served German retailers.", "German"),
    ("Tracked CO₂ per room.", "Tracked CO₂ and NO₂ per room.", "NO₂"),
    ("Wrote the Diátaxis guides.", "Wrote the Diátaxis and Docusaurus guides.", "Docusaurus"),
    ("Ran fortnightly releases.", "Ran releases every three weeks.", "3"),
    ("Moved 260 apps to Okta over OIDC.", "Moved 260 apps to Okta over OpenID Connect and Kerberos.", "Kerberos"),
    ("Moved 260 apps to Okta over SAML.", "Moved 260 apps to Okta over OpenID Connect.", "OpenID"),
    ("Managed the firewall rules centrally.", "Central firewall rule management with Panorama.", "Panorama"),
    ("Ran fortnightly releases for 4 teams.", "Ran fortnightly releases for 6 teams.", "6"),
]


@pytest.mark.parametrize("source, written, claim", FABRICATED)
def test_a_near_fabrication_is_still_named(source, written, claim):
    assert claim in _claims([source], [written])


@pytest.mark.parametrize("token, letters", [("RoPA", "ropa"), ("PoCs", "poc"), ("CoE", "coe"), ("HRBPs", "hrbp"),
                                            ("SaaS", None), ("DevOps", None), ("GitHub", None), ("McKinsey", None)])
def test_mixed_case_abbreviations_have_letters_names_do_not(token, letters):
    assert acronym_letters(token) == letters


@pytest.mark.parametrize("letters, text, spelled", [
    ("aaos", "Android Automotive OS", True),     # an abbreviation among the words gives all its letters
    ("bep", "BIM execution plan", True),         # or its first
    ("hrbp", "HR business partners", True),
    ("msp", "MS Project", False),                # a whole abbreviation needs two more words
    ("pmp", "planning with MS Project", False),  # a first letter only where the run starts
    ("sap", "SAP S/4HANA", False),               # an abbreviation alone spells only itself
    ("itsm", "IT service, management", False),   # not across a comma
])
def test_abbreviations_among_the_words_that_spell_one_out(letters, text, spelled):
    assert spelled_out(letters, [text]) is spelled


def test_a_full_company_name_from_the_posting_passes_where_the_cv_has_the_short_one():
    prompt = "We are rolling out o9 Solutions and Kinaxis RapidResponse across our retail estate."
    assert _claims(["Implemented o9 and Kinaxis RapidResponse for retailers."],
                   ["Implemented o9 Solutions and Kinaxis RapidResponse for retailers."], prompt) == []


def test_only_a_number_of_a_versions_shape_listed_after_it_is_a_version():
    counts = Counts(["Upgraded the DCS to 800xA 6.1.", "Led 4 testers."])
    assert counts.unsupported("Upgraded the DCS from 800xA 5.1 to 6.1 across the plant.") == []
    assert counts.unsupported("Upgraded to 800xA 6.1 and 4 developers.") == ["4 developers"]
