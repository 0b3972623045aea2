"""Honest forms of what a CV says that the claims check must leave alone, each beside an invented claim of
the same shape that it must still catch: a range's unit or percent sign written once or on both ends,
"twice" counting times, a fraction and its word in either order ("a 3.6 GPA"), a place's adjective before a
year, an abbreviation defined where the text writes it ("non-standalone (NSA)"), a possessive of an
expanded abbreviation, a regulation's abbreviation spelled out before its year. The sentences are from
other trades than the sets the rules were found on."""

from __future__ import annotations

import copy

import pytest

from cvextract.claims.free_text import review


def _cv(bullets: list[str], sidebar: dict | None = None) -> dict:
    return {"identity": {"title": "Specialist", "full_name": "Ines Duarte"},
            "sidebar": {"tools": [], **(sidebar or {})}, "overview": "Specialist with nine years in the field.",
            "experiences": [{"heading": "2016-2024 Harbour Works", "description": "Operations.",
                             "bullets": list(bullets), "environment": []}]}


def _claims(source_bullets: list[str], written: str, sidebar: dict | None = None) -> list[str]:
    source = _cv(source_bullets, sidebar)
    adjusted = copy.deepcopy(source)
    adjusted["experiences"][0]["bullets"] = [written]
    output, findings = review(source, adjusted)
    claims = [claim for finding in findings for claim in finding.claims]
    assert claims or output["experiences"][0]["bullets"] == [written]
    return claims


# (source bullet, honest rewording, invented claim of the same shape, what the guard names for it)
CASES = [
    # a range's percent sign or unit written once covers both ends, either way round
    ("Kept moisture within 12–14% across the silos.", "Kept moisture between 12% and 14% across the silos.",
     "Kept moisture between 11% and 14% across the silos.", "11%"),
    ("Dosed chlorine at 0.2–0.5 mg/L.", "Dosed chlorine between 0.2 and 0.5 milligrams per litre.",
     "Dosed chlorine between 0.3 and 0.5 milligrams per litre.", "0.3"),
    # "twice" that counts times is the 2 the CV states; a ratio "twice the ..." is still a magnitude
    ("Audited the warehouse with two unannounced inspections.", "Inspected the warehouse unannounced twice.",
     "Inspected the warehouse unannounced twice, doubling the pick rate.", "doubling"),
    ("Audited the warehouse with three unannounced inspections.", "Inspected the warehouse unannounced three times.",
     "Inspected the warehouse unannounced twice.", "twice"),
    # a fraction and the word the CV writes it after, in the other order
    ("Graduated with a final mark of GPA 3.8/4.0 in agronomy.", "Graduated in agronomy with a 3.8 GPA.",
     "Graduated in agronomy with a 3.9 GPA.", "3.9"),
    # a place's adjective for the CV's country before a year
    ("Prepared 40 growers for Portugal's 2027 water-use rules.", "Readied 40 growers for the Portuguese 2027 water-use rules.",
     "Readied 40 growers for the Portuguese 2028 water-use rules.", "2028"),
    # a country's possessive for its adjective, and its short form
    ("Ran 12 depots for a Brazilian grocer.", "Ran 12 depots for a grocer in Brazil's south.",
     "Ran 12 depots for a grocer in Chile's south.", "Chile"),
    ("Shipped spare parts to dealers in the USA.", "Shipped spare parts to US dealers.",
     "Shipped spare parts to Canadian dealers.", "Canadian"),
    # an abbreviation the text defines where it writes it names only what its words say
    ("Installed photovoltaic arrays on 30 barns.", "Installed photovoltaic (PV) arrays on 30 barns.",
     "Installed photovoltaic arrays (PVGIS) on 30 barns.", "PVGIS"),
    # an expansion's possessive, and a regulation spelled out before its year where the CV abbreviates both
    ("Aligned the checks with the FSA's guidance.", "Aligned the checks with the Food Standards Agency's guidance.",
     "Aligned the checks with the Health and Safety Executive's guidance.", "Executive"),
    ("Trained crews under LOLER 1998.", "Trained crews under the Lifting Operations and Lifting Equipment Regulations 1998 (LOLER).",
     "Trained crews under the Lifting Operations and Lifting Equipment Regulations 2005 (LOLER).", "2005"),
]


@pytest.mark.parametrize("source, honest, invented, claim", CASES)
def test_an_honest_form_passes_and_an_invented_one_of_its_shape_is_caught(source, honest, invented, claim):
    assert _claims([source], honest) == []
    assert any(claim in named for named in _claims([source], invented))


def test_a_place_ending_a_longer_name_is_that_names_not_the_places():
    # the CV is Scottish; "Harbour Trust Scotland's" names an organisation it never mentions
    assert any("Scotland" in claim for claim in _claims(
        ["Ran 12 depots for a Scottish grocer."], "Ran 12 depots for grocers such as Harbour Trust Scotland's."))
    assert _claims(["Ran 12 depots for a Scottish grocer."], "Ran 12 depots for a grocer in Scotland's north.") == []
