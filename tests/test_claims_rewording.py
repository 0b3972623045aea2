"""Honest rewordings the claims check must leave alone (cvextract.claims.free_text): merged bullets, split
sentences, figures in other forms, abbreviations expanded or contracted, the job's vocabulary for what the
CV already says, product names cased or spelled another way. Each case is one source bullet list (or
overview) and the model's honest rewording of it; none may be touched."""

from __future__ import annotations

import copy

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.names import name_candidates


def _cv(bullets: list[str], overview: str = "Consultant with ten years in delivery.", tools=()) -> dict:
    return {"identity": {"title": "Consultant", "full_name": "Mira Holm"},
            "sidebar": {"tools": list(tools)}, "overview": overview,
            "experiences": [{"heading": "2018-2024 Nordlys Energi", "description": "Platform programme.",
                             "bullets": list(bullets), "environment": []}]}


def _reworded(source: dict, bullets: list[str] | None = None, overview: str | None = None) -> dict:
    adjusted = copy.deepcopy(source)
    if bullets is not None:
        adjusted["experiences"][0]["bullets"] = bullets
    if overview is not None:
        adjusted["overview"] = overview
    return adjusted


# (source bullets, reworded bullets)
BULLETS = [
    # merged bullets
    (["Migrated 40 services to Kubernetes.", "Cut hosting costs by 30%."],
     ["Migrated 40 services to Kubernetes, cutting hosting costs by 30%."]),
    (["Led a team of 6 developers.", "Introduced code reviews and pair programming."],
     ["Led 6 developers and introduced code reviews and pair programming."]),
    # a sentence split in two
    (["Designed the billing API and onboarded 12 partner banks within nine months."],
     ["Designed the billing API.", "Onboarded 12 partner banks in 9 months."]),
    # thousands, millions and words
    (["Supported a workforce of 14,000 employees in 9 countries."], ["Supported 14k employees across nine countries."]),
    (["Processed 2.5 million claims a year."], ["Processed 2,500,000 claims per year."]),
    (["Trained 250 users."], ["Trained two hundred and fifty users."]),
    (["Served a 3.2-million-member loyalty scheme."], ["Served a loyalty scheme with 3.2 million members."]),
    # percent written three ways
    (["Raised first-time-right from 62% to 91%."], ["Raised first-time-right from 62 percent to 91 per cent."]),
    # currencies as symbols, codes and words
    (["Managed a budget of EUR 4.5 million."], ["Managed a €4.5m budget."]),
    (["Saved £300k a year in licences."], ["Saved GBP 300,000 a year in licences."]),
    # over / more than / +
    (["Rolled out to over 300 stores."], ["Rolled out to more than 300 stores."]),
    (["Wrote 1,200+ automated tests."], ["Wrote over 1,200 automated tests."]),
    # fractions and multiples
    (["Halved the release cycle."], ["Cut the release cycle by 50%."]),
    (["Tripled deployment frequency."], ["Deployment frequency up threefold."]),
    (["Made the nightly batch 3x faster."], ["Made the nightly batch three times faster."]),
    # durations restated
    (["Delivered the migration in 18 months."], ["Delivered the migration in eighteen months."]),
    (["Ran a 12-week pilot with 4 hospitals."], ["Ran a pilot of 12 weeks with four hospitals."]),
    (["Ran the project with a 15-person core team."], ["Ran the project with a core team of fifteen people."]),
    # abbreviations expanded and contracted
    (["Negotiated service level agreements with 5 vendors."], ["Negotiated SLAs with 5 vendors."]),
    (["Defined the SLAs for the service desk."], ["Defined the service level agreements for the service desk."]),
    (["Ran the CAB every week."], ["Chaired the Change Advisory Board every week."]),
    (["Moved 3,000 mailboxes to Microsoft 365."], ["Moved 3,000 mailboxes to M365."]),
    (["Built Terraform modules for AWS."], ["Built Terraform modules for Amazon Web Services."]),
    (["Drafted NDAs for suppliers."], ["Drafted an NDA template for suppliers."]),
    # product names cased or spelled another way
    (["Built dashboards in Power BI."], ["Built PowerBI dashboards."]),
    (["Wrote services in Node.js and TypeScript."], ["Wrote NodeJS and Typescript services."]),
    (["Ran PostgreSQL and Kafka in production."], ["Ran postgresql and kafka in production."]),
    (["Automated deployments to K8s."], ["Automated deployments to Kubernetes."]),
    # verb and ordinary-word rewording
    (["Designed the data platform for 3 business units."], ["Architected the data platform serving three business units."]),
    (["Worked with the finance team on the month-end close."], ["Partnered with finance stakeholders on month-end closing."]),
]


@pytest.mark.parametrize("source_bullets, written", BULLETS)
def test_an_honest_rewording_of_bullets_is_left_alone(source_bullets, written):
    source = _cv(source_bullets)
    output, findings = review(source, _reworded(source, bullets=written))
    assert findings == [], [f.claims for f in findings]
    assert output["experiences"][0]["bullets"] == written


# (source overview, job prompt, reworded overview)
OVERVIEWS = [
    ("Data engineer with eight years building pipelines on Azure for insurers.",
     "We seek a data engineer to build ELT pipelines on Azure for our insurance business.",
     "Data engineer with 8 years of experience building pipelines on Azure for insurance companies."),
    ("Project manager with twelve years of delivery, leading teams of up to 20 people.",
     "Programme manager, stakeholder management, agile delivery.",
     "Programme manager with 12 years of delivery who manages stakeholders and leads teams of up to twenty."),
    ("Consultant with a decade of SAP FI/CO work for manufacturers.",
     "Senior SAP finance consultant for a manufacturing group.",
     "Senior SAP finance consultant with ten years of FI/CO work for manufacturing companies."),
]


@pytest.mark.parametrize("overview, prompt, written", OVERVIEWS)
def test_an_honest_overview_in_the_jobs_vocabulary_is_left_alone(overview, prompt, written):
    source = _cv(["Delivered the programme."], overview=overview)
    output, findings = review(source, _reworded(source, overview=written), prompt)
    assert findings == [], [f.claims for f in findings]
    assert output["overview"] == written


# The forms above stay claims where they say something new: (source bullets, written, a claim named)
NOT_REWORDING = [
    (["Wrote firmware in C and C++."], ["Wrote firmware in C, C++ and C#."], "C#"),
    (["Built dashboards in Power BI."], ["Built dashboards in PowerBI and PowerApps."], "PowerApps"),
    (["Tripled deployment frequency."], ["Tripled deployment frequency and led 3 squads of engineers."], "3 squads"),
    (["Halved the release cycle."], ["Cut the release cycle by 60%."], "60%"),
    (["Tripled deployment frequency."], ["Tripled deployment frequency, cutting failures by 3%."], "3%"),
    (["Consultant for a decade."], ["Consultant for a decade, leading 10 engineers."], "10 engineers"),
    (["Automated deployments to K8s."], ["Automated deployments to K3s."], "K3s"),
    (["Ran the CAB every week."], ["Ran the Change Approval Forum every week."], "Approval"),
]


@pytest.mark.parametrize("source_bullets, written, claim", NOT_REWORDING)
def test_a_new_claim_in_a_restated_form_is_still_caught(source_bullets, written, claim):
    source = _cv(source_bullets)
    _, findings = review(source, _reworded(source, bullets=written))
    assert any(claim in c for f in findings for c in f.claims), [f.claims for f in findings]


@pytest.mark.parametrize("text, names", [
    ("Co-authored the hospital's triage protocol.", []),       # a prefix before a hyphen is no name
    ("Re-tendered the ferry contracts.", []),
    ("Pre-sales demos for the Lidl account.", ["Lidl"]),         # the rest of the sentence is still read
    ("Sub-Saharan rollout of the clinic app.", ["Saharan"]),    # a capitalised word after it is read alone
    ("Semi-automated the Anti-fraud checks.", []),
    ("Tele-health pilots for Ex-Vodafone staff.", ["Vodafone"]),
])
def test_a_prefix_before_a_hyphen_is_no_name(text, names):
    assert name_candidates(text) == names


# A bullet turned round (the passive, a noun first): the word now starting it has a capital that says nothing.
from cvextract.claims.names import unsupported_names  # noqa: E402
from cvextract.claims.words import Vocabulary  # noqa: E402

DEPOT = Vocabulary(["Automated configuration audits for the tram depot.", "Cut dispatch to sub-second times.",
                    "Mentored newly-qualified drivers through their first month."])


@pytest.mark.parametrize("text, names", [
    ("Config audits were automated for the tram depot.", []),  # configuration, clipped, at the start
    ("Sub-2 s dispatch times came from rebuilding the tram scheduler.", []),  # a prefix before a figure
    ("Confluent audits were automated for the tram depot.", ["Confluent"]),  # a name of its own
])
def test_a_clipped_word_or_a_prefix_at_a_sentences_start(text, names):
    assert unsupported_names(text, DEPOT) == names


def test_a_compound_adjective_at_a_start_is_no_bodys_approval():
    source = {"overview": "Tram driver trainer.", "experiences": [], "sidebar": {"certifications": ["NVQ Level 3"]}}
    found = review(source, {**source, "overview": "Newly-qualified drivers were mentored through their first month."})[1]
    assert [claim for f in found for claim in f.claims if "qualified" in claim] == []
    found = review(source, {**source, "overview": "Trains drivers as an RSSB-approved assessor."})[1]
    assert "RSSB approved" in [claim for f in found for claim in f.claims]
