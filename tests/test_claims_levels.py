"""Levels, grades and versions written as a word and a value (cvextract.claims.levels): "ASIL D",
"SPICE level 3", "Tier 4", "v10" need the same level in the source, not its value somewhere else."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.levels import supported_levels, unsupported_levels

SOURCE = ["Wrote brake software to ISO 26262 ASIL B for 3 OEMs.", "Prepared the Automotive SPICE level 2 assessment.",
          "Ran second-level support for two Tier III data centres.", "Upgraded Angular 8 to Angular 12 in 4 sprints.",
          "Designed a SIL 2 interlock.", "Led the CMMI Level 3 appraisal.", "Rolled out the first wave."]


@pytest.mark.parametrize("written, claim", [
    ("Brake software to ASIL D.", "ASIL D"),                     # another grade of the same standard
    ("Prepared the Automotive SPICE level 3 assessment.", "level 3"),  # 3 is in the CV, as a count
    ("Ran two Tier 4 data centres.", "Tier 4"),
    ("Upgraded the front end from v8 to v4.", "version 4"),      # 4 counts sprints, no version
    ("Designed a SIL 3 interlock.", "SIL 3"),
    ("Led the CMMI level 5 appraisal.", "level 5"),
    ("Rolled out wave 3.", "wave 3"),
])
def test_a_level_the_source_does_not_state_is_a_claim(written, claim):
    assert claim in unsupported_levels(written, supported_levels(SOURCE))


@pytest.mark.parametrize("written", [
    "ASIL B brake software for three OEMs.", "Automotive SPICE Level-2 assessment prepared.",
    "Ran level 2 support for two Tier 3 data centres.", "Ran 2nd-level support.", "Upgraded from v8 to v12.",
    "Led a level 3 CMMI appraisal.", "Rolled out wave 1.", "A class of 30 engineers; type of work: design.",
])
def test_a_level_the_source_states_in_any_form_passes(written):
    assert unsupported_levels(written, supported_levels(SOURCE)) == []


def test_a_shifted_grade_in_a_bullet_is_reverted():
    source = {"identity": {"title": "Engineer", "full_name": "Ada Berg"}, "sidebar": {}, "overview": "Engineer.",
              "experiences": [{"heading": "2019-2021 Acme", "description": "Brake ECU.",
                               "bullets": ["Wrote tests for the ASIL B requirements of 3 ECUs."], "environment": []}]}
    adjusted = {**source, "experiences": [{**source["experiences"][0],
                                           "bullets": ["Wrote tests for the ASIL D requirements of 3 ECUs."]}]}
    output, findings = review(source, adjusted)
    assert "ASIL D" in findings[0].claims
    assert output["experiences"][0]["bullets"] == ["Wrote tests for the ASIL B requirements of 3 ECUs."]


@pytest.mark.parametrize("written, claims", [("Ran Tier 1 support.", []), ("Ran level 1 support.", []),
                                             ("Ran 1st-line support.", []), ("Ran Tier 2 support.", ["Tier 2"])])
def test_tier_level_and_line_are_one_kind_of_level(written, claims):
    assert unsupported_levels(written, supported_levels(["Ran first-line support for the plant."])) == claims


def test_a_letter_grade_after_a_capitalised_level_word_a_name_qualifies_is_a_level():
    source = supported_levels(["Firmware for an infusion pump, built to IEC 62304 Class B."])
    assert unsupported_levels("Pump firmware to IEC 62304 Class C.", source) == ["Class C"]
    assert unsupported_levels("Pump firmware to IEC 62304 Class B.", source) == []
    assert unsupported_levels("Class A shares were issued.", source) == []  # no name says whose class


def test_a_release_listed_after_a_level_word_is_that_words_level_too():
    source = ["Upgraded the tolling back office from release 8.2 to 9.1 across two depots."]
    assert unsupported_levels("Back office upgraded from release 8.2 to 9.1.", supported_levels(source)) == []
    assert unsupported_levels("Back office upgraded from release 8.2 to 9.4.", supported_levels(source)) == ["9.4"]
    assert unsupported_levels("Moved stage 2 and 3 of the rollout.", supported_levels(["Ran stage 2 and 3."])) == []


def test_a_letter_before_its_word_and_a_named_level_are_levels_too():
    source = ["Operated the C-band uplink.", "Holds the ITIL 4 certificate (Specialist)."]
    supported = supported_levels(source)
    assert unsupported_levels("Operated the C-band and Ku-band uplinks.", supported) == ["Ku-band"]
    assert unsupported_levels("ITIL 4 at Specialist level.", supported) == []
    assert unsupported_levels("ITIL 4 at Strategist level.", supported) == ["Strategist level"]
    # a word the CV writes only at a sentence's start names no level it holds
    assert unsupported_levels("Certified at Operations level.", supported_levels(["Operations lead."])) == [
        "Operations level"]


# A document's revision, edition, part or letter revision in its own notation is part of which document it is.
REVISED = ["Qualified the sterilisers to EN 285:2006 and the water system per USP <1231>.",
           "Kept batch records under 21 CFR Part 211 and stability studies to ICH Q1A(R2).",
           "Issued the pump skid drawing PID-204 Rev. D to site."]


@pytest.mark.parametrize("written, claim", [
    ("Qualified the sterilisers to EN 285:2015.", "285:2015"),
    ("Ran stability studies to ICH Q1A(R3).", "Q1A(R3)"),
    ("Kept batch records under 21 CFR Part 210.", "Part 210"),
    ("Issued drawing PID-204 Rev. E to site.", "Rev. E"),
])
def test_a_documents_suffix_the_source_does_not_give_is_a_claim(written, claim):
    assert claim in unsupported_levels(written, supported_levels(REVISED))


@pytest.mark.parametrize("written", [
    "Qualified sterilisers to EN 285:2006.", "Stability studies per ICH Q1A(R2).", "Part 211 batch records.",
    "Issued PID-204 Rev. D.", "Met the supplier at 10:30 to agree the 2006 plan.",
])
def test_the_sources_own_suffix_and_a_clock_time_pass(written):
    assert unsupported_levels(written, supported_levels(REVISED)) == []


def test_a_level_the_cv_gives_only_in_the_past_is_no_present_one():
    from cvextract.claims.free_text import review
    source = {"identity": {"title": "Electrician", "full_name": "Sam Reid"},
              "sidebar": {"certifications": ["ECS Gold card", "JIB Grade 3 (expired 2018)"]},
              "overview": "Electrician on rail depots; Grade 2 approved now, held Grade 3 from 2014 to 2018.",
              "experiences": [{"heading": "2014-2024 Trackside Power", "description": "Depot wiring.",
                               "bullets": ["Rewired 6 depots."], "environment": []}]}
    for honest in ("Grade 2 approved electrician on rail depots (Grade 3 from 2014 to 2018).",
                   "Electrician on rail depots, Grade 2 approved."):
        assert review(source, {**source, "overview": honest})[1] == [], honest
    findings = review(source, {**source, "overview": "Grade 3 approved electrician on rail depots."})[1]
    assert "Grade 3" in findings[0].claims


def test_a_list_of_levels_after_a_plural_word_is_read_item_by_item():
    supported = supported_levels(["Prepared the depot for timetable phase 2."])
    assert unsupported_levels("Prepared the depot for timetable phases two and three.", supported) == ["3"]
    assert unsupported_levels("Prepared the depot for timetable phase two.", supported) == []
    both = supported_levels(["Delivered waves 1 and 2 of the rollout."])
    assert unsupported_levels("Delivered wave 2 of the rollout.", both) == []
