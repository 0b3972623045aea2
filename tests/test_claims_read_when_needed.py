"""The claims check reads some things only where they can change a verdict (cvextract.claims): a bullet's
abbreviations spelled out by its experience only for a bullet that would otherwise come from nowhere, the
names beside numbers only in a text with a number beside a word, what a number counts only where a
number is. These cases hold the verdicts that reading them later must keep."""

from __future__ import annotations

import copy

import pytest

from cvextract.claims.counts import counts_in
from cvextract.claims.free_text import review
from cvextract.claims.versions import versions_in
from cvextract.claims.words import parts

SOURCE_BULLET = (
    "Chaired the Change Advisory Board and the Post Implementation Review of the Customer "
    "Relationship Management rollout."
)


def _cv(bullet: str) -> dict:
    return {
        "identity": {"title": "Service manager", "full_name": "Tomas Lund"},
        "sidebar": {"skills": ["ITIL"]},
        "overview": "Service manager.",
        "experiences": [
            {
                "heading": "2016-2023 Nordbank",
                "description": "Service management.",
                "bullets": [bullet],
                "environment": [],
            },
            {
                "heading": "2012-2016 Kvist Retail",
                "description": "Store systems.",
                "bullets": ["Ran the point-of-sale helpdesk for 40 stores."],
                "environment": [],
            },
        ],
    }


def _written(bullet: str) -> tuple[list[str], list]:
    source = _cv(SOURCE_BULLET)
    adjusted = copy.deepcopy(source)
    adjusted["experiences"][0]["bullets"] = [bullet]
    output, findings = review(source, adjusted)
    return output["experiences"][0]["bullets"], findings


@pytest.mark.parametrize("bullet", ["Chaired CAB and PIR for CRM.", "CAB chair; PIR lead for CRM."])
def test_a_bullet_of_abbreviations_its_experience_spells_out_is_kept(bullet):
    # few of its words are the source bullet's: only the abbreviations spelled out tell where it comes from
    bullets, findings = _written(bullet)
    assert (bullets, findings) == ([bullet], [])


def test_an_abbreviation_the_experience_does_not_spell_out_is_still_named():
    bullets, findings = _written("Chaired CAB and PIR for ERP.")
    assert [finding.claims for finding in findings] == [["ERP"]]
    assert bullets == [SOURCE_BULLET]


def test_releases_are_read_only_beside_a_number():
    assert versions_in("Led the dispensary audit across the oncology wards.") == ()
    assert versions_in("Moved the wards from Epic 2019 to Epic 2023.") == (("Epic", "2019"), ("Epic", "2023"))


def test_a_text_without_a_number_counts_nothing():
    assert counts_in("Trained nurses on chemotherapy dose banding.") == ()
    assert [(value, noun) for value, _, noun, _ in counts_in("Trained three nurses on dose banding.")] == [
        ("3", "nurses")
    ]


@pytest.mark.parametrize(
    "token, pieces",
    [("AWS-based", ["AWS", "based"]), ("Kafka", ["Kafka"]), ("", []), ("R&D/QA", ["R", "D", "QA"]), ("-led", ["led"])],
)
def test_a_token_splits_at_its_joiners_only(token, pieces):
    assert parts(token) == pieces
