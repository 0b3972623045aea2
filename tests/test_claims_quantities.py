"""A figure with its unit is one quantity in any unit (cvextract.claims.quantities): a symbol and its
name, another prefix, a duration in other units; the same figure with another unit of its kind is a claim."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import _Scope
from cvextract.claims.quantities import StatedQuantities, quantities_in

SOURCE = ["Commissioned a 40 MW solar park feeding 120 GWh a year into the grid.",
          "Cut nightly backups from 6 TB to 900 GB and restore time to 45 minutes.",
          "Quarterly audits within a two-week window; the vendor ships a 1.5-hour patch slot."]


@pytest.mark.parametrize("text", [
    "Commissioned a 40-megawatt solar park feeding 120 gigawatt-hours a year into the grid.",  # names for symbols
    "Solar park of 40 mw, 120,000 MWh a year.",                                               # another prefix, lower case
    "Cut nightly backups from 6 terabytes to 0.9 TB.",
    "Restore time down to 45 min.",
    "Audits in a fortnight's window with a 90-minute patch slot.",                           # other units of time
])
def test_a_quantity_in_other_units_restates_the_cv(text):
    assert _Scope(SOURCE).claims(text) == []


@pytest.mark.parametrize("text, claim", [
    ("Commissioned a 40 GW solar park.", "40 GW"),              # the CV's figure with another prefix
    ("Feeding 120 TWh a year into the grid.", "120 TWh"),
    ("Patches land in a half-hour slot.", "half-hour"),         # a duration the CV has in no unit
    ("Audits within a 3-week window.", "3"),                    # a figure the CV does not have
])
def test_a_quantity_the_cv_does_not_state_is_a_claim(text, claim):
    assert claim in _Scope(SOURCE).claims(text)


@pytest.mark.parametrize("text", ["Budget of €5m.", "Sold 10B units.", "Music of the 1990s.", "Ran 5G cores.",
                                  "Ran 3PL contracts.", "Class 3 A devices."])
def test_a_figure_with_letters_that_are_no_unit_is_no_quantity(text):
    assert quantities_in(text) == ()


def test_each_form_of_one_quantity_has_one_value():
    forms = ["2.5 kWh", "2,500 Wh", "2.5 kilowatt-hours", "2.5 kilowatt hours"]
    assert len({quantities_in(form)[0][:2] for form in forms}) == 1
    assert StatedQuantities(["a half-hour call"]).restated("a 30-minute call") == {"30"}


def test_a_duration_in_another_unit_supports_that_duration_only():
    scope = _Scope(["Migrated 5 years of sales history into the planning system."])
    assert scope.claims("Sixty months of sales history migrated.") == []
    assert scope.claims("Sixty planners trained in exception-based planning.") == ["60"]  # no count of people


VOLUMES = ["A desalination plant rated at 30 Ml/d; the harbour dredging moved 2 Mt of silt."]


@pytest.mark.parametrize("text", [
    "Desalination plant rated at 30 megalitres per day.",            # a name for the symbol, a rate's "/d" aside
    "Desalination plant of 30 megaliters a day.",                    # either spelling
    "Dredging moved 2 million tonnes of silt.",                      # a magnitude word before the unit
    "Dredging moved 2,000 kilotonnes of silt.",
])
def test_volumes_and_tonnes_restate_the_cv(text):
    assert _Scope(VOLUMES).claims(text) == []


def test_a_volume_of_another_size_is_a_claim():
    assert "30 kilolitres" in _Scope(VOLUMES).claims("Desalination plant rated at 30 kilolitres per day.")


def test_a_range_end_counts_the_unit_of_its_start_and_is_checked_for_its_own_figure():
    # "from 9 days to 2": the CV states 9 days (a quantity), but not 2 days.
    from cvextract.claims.free_text import review

    source = {"identity": {"title": "Clerk", "full_name": "Ann Lee"}, "sidebar": {}, "overview": "Court clerk.",
              "experiences": [{"heading": "2018-2023 County Court", "description": "Listings for 2 judges.",
                               "bullets": ["Cut listing delays from 9 days to 4 days."], "environment": []}]}
    for written, claimed in (("Listing delays cut from nine days to two.", True),
                             ("Listing delays cut from nine days to four.", False)):
        adjusted = {**source, "experiences": [{**source["experiences"][0], "bullets": [written]}]}
        _, findings = review(source, adjusted)
        assert bool(findings) is claimed, (written, findings)


@pytest.mark.parametrize("text, claim", [
    ("Ferry crossing cut from 40 s to 12 s at the berth.", "40 s"),       # seconds written "s", apart from the figure
    ("Laid 320 miles of fibre along the rail corridor.", "320 miles"),    # an imperial length
    ("Shortened the harvest window to 9 weeks, from 27.", "9 weeks"),     # a range's unit is both figures'
])
def test_a_figure_in_another_unit_is_another_quantity(text, claim):
    source = ["Ferry crossing cut from 40 minutes to 12 at the berth.", "Laid 320 km of fibre along the rail corridor.",
              "Shortened the harvest window from 27 days to 9."]
    assert claim in _Scope(source).claims(text)


@pytest.mark.parametrize("text", ["Ferry crossing cut from 40 minutes to 12 minutes.", "Harvest window: 27 to 9 days.",
                                  "Grew from the 1990s onwards.", "Ran a 5 S workshop in 2 hours."])
def test_a_range_the_cv_states_or_no_unit_at_all_is_no_new_quantity(text):
    source = ["Ferry crossing cut from 40 minutes to 12 at the berth.", "Shortened the harvest window from 27 days to 9.",
              "Grew from the 1990s onwards.", "Ran a 5 S workshop in 2 hours."]
    assert _Scope(source).claims(text) == []


def test_a_cv_figure_in_another_notation_keeps_its_unit():
    scope = _Scope(["Maintained 1.100 km of canal banks."])  # 1,100 km, in a notation that may also read 1.1
    assert "1,100 miles" in scope.claims("Maintained 1,100 miles of canal banks.")
    assert scope.claims("Maintained 1,100 km of canal banks.") == []


def test_centimetres_and_their_symbol_are_one_quantity():
    source = ["Cut the mean rut depth on the test track from 9 cm to 6 cm with a stiffer base course."]
    assert _Scope(source).claims("Cut the mean rut depth on the test track from 9 to 6 centimetres.") == []
    assert _Scope(source).claims("Cut the mean rut depth on the test track from 9 to 5 centimetres.") != []
    assert _Scope(source).claims("Cut the mean rut depth on the test track from 90 mm to 60 mm.") == []  # in millimetres
