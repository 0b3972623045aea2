"""A figure in any notation is one figure (cvextract.claims.notation): decimal commas, dot, space
and apostrophe thousands, Indian grouping, magnitude words of other languages, currencies after
the figure; an ambiguous notation has each value some convention gives it, and a changed figure is
still a claim."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.notation import readings
from cvextract.claims.numbers import currencies_in, numbers_in, written_as_digits
from cvextract.claims.words import Vocabulary


@pytest.mark.parametrize("written, values", [
    ("7.500", {"7500", "7.5"}), ("7,500", {"7500", "7.5"}), ("0,75", {"0.75"}), ("12.650.000", {"12650000"}),
    ("3 750", {"3750"}), ("3\u202f750", {"3750"}), ("1'250", {"1250"}), ("6,40,000", {"640000"}),
    ("2.125,75", {"2125.75"}), ("2,125.75", {"2125.75"}),
])
def test_a_run_of_digits_has_each_value_a_convention_reads(written, values):
    assert {format(v.normalize(), "f") for v in readings(written)} == values


def test_thousands_with_zeros_after_the_mark_are_no_decimal():
    assert readings("9.000") == (Decimal("9000"),)  # nobody writes 9.000 for 9
    assert set(numbers_in("a fleet of 9,000 trucks")) == {"9000"}


@pytest.mark.parametrize("written, value", [
    ("0,8 Mio. Fahrgäste", "800000"), ("3,1 Mrd. Euro", "3100000000"), ("2,4 M€", "2400000"),
    ("R$ 7,2 milhões", "7200000"), ("R$ 950 mil", "950000"), ("R$ 2 bi", "2000000000"), ("1,5 milliard", "1500000000"),
    ("6 lakh policies", "600000"), ("₹ 12 crore", "120000000"), ("4 Cr", "40000000"), ("35 k€", "35000"),
    ("12,5 millones", "12500000"), ("97,3 %", "97.3"), ("the 2.8-million-passenger airport", "2800000"),
])
def test_magnitude_words_of_other_languages_scale_the_figure(written, value):
    assert value in numbers_in(written)


@pytest.mark.parametrize("written", ["two bi-weekly sprints", "3 M&A deals", "a 4 t crane", "a 2 L tank"])
def test_a_unit_or_an_everyday_word_after_a_figure_is_no_magnitude(written):
    assert max(Decimal(v) for v in numbers_in(written)) < 10


def test_a_short_foreign_abbreviation_apart_may_also_be_a_unit():
    assert {"5", "5000000"} <= set(numbers_in("a 5 mi hike"))  # miles, or Portuguese millions
    assert set(numbers_in("a 5mi budget")) == {"5000000"}


def _cv(bullet: str) -> dict:
    return {"identity": {"title": "Operations Lead", "full_name": "Ines Moreau"}, "sidebar": {},
            "overview": "Operations lead.",
            "experiences": [{"heading": "2019-2024 Nordhafen Logistik", "description": "Port logistics.",
                             "bullets": [bullet], "environment": []}]}


@pytest.mark.parametrize("source, written", [
    ("Ran a cold store of 7.500 pallet places with 0,8 Mio. € yearly energy spend.",
     "Ran a cold store of 7,500 pallet places with €0.8 million yearly energy spend."),
    ("Raised bed occupancy to 91,5 % across 1 250 beds.", "Raised bed occupancy to 91.5% across 1,250 beds."),
    ("Signed 6 lakh crop-insurance policies in Maharashtra.", "Signed 600,000 crop-insurance policies in Maharashtra."),
    ("Grew the lending book to ₹ 1,20,00,000.", "Grew the lending book to ₹1.2 crore."),
    ("Financed wind parks worth R$ 2,6 bilhões.", "Financed wind parks worth R$ 2.6 billion."),
    ("Saved 1,5 Md€ on procurement.", "Saved €1.5bn on procurement."),
    ("Planned the 2021–22 winter timetable.", "Planned the 2021–2022 winter timetable."),
    ("Rolled out LTE on 2G/3G/4G masts.", "Rolled out LTE on masts carrying 2G, 3G and 4G."),
])
def test_a_figure_written_in_another_notation_is_honest(source, written):
    assert review(_cv(source), _cv(written))[1] == []


@pytest.mark.parametrize("source, written, claim", [
    ("Ran a cold store of 7.500 pallet places.", "Ran a cold store of 7,900 pallet places.", "7,900"),
    ("Cut energy spend by 0,8 Mio. €.", "Cut energy spend by €1.1 million.", "€1.1 million"),
    ("Signed 6 lakh policies.", "Signed 700,000 policies.", "700,000"),
    ("Raised occupancy to 91,5 %.", "Raised occupancy to 93.5%.", "93.5%"),
    ("Moved 3.000 pallets a day with 9 drivers.", "Moved 3,000 pallets a day with 3 drivers.", "3"),
])
def test_a_changed_figure_in_another_notation_is_a_claim(source, written, claim):
    findings = review(_cv(source), _cv(written))[1]
    assert findings and claim in findings[0].claims


def test_a_year_range_written_short_ends_in_its_start_century():
    assert "2022" in numbers_in("the 2021–22 season")
    assert written_as_digits("FY 2019/20") == "FY 2019/2020"
    assert "17" in numbers_in("from 2019-17 units")  # no range backwards: a year and a number


def test_a_source_word_list_holds_a_number_in_any_notation():
    vocabulary = Vocabulary(["Trained the 2.400 welders of the shipyard."])
    assert vocabulary.has("2,400")
    assert not vocabulary.has("2,500")


def test_the_month_of_a_date_is_no_figure():
    assert set(numbers_in("11/2016 – 05/2021 | Plant Manager")) == {"2016", "2021"}
    source = {**_cv("Ran the tender with 4 bidders."),
              "experiences": [{**_cv("")["experiences"][0], "heading": "09/2018 – 06/2022 | Tender Lead",
                               "bullets": ["Ran the tender with 4 bidders."]}]}
    written = {**source, "experiences": [{**source["experiences"][0], "bullets": ["Ran the tender with nine bidders."]}]}
    assert review(source, written)[1][0].claims == ["9"]


def test_an_ordinal_in_words_is_a_claim_only_beside_the_cv_s_ordinals():
    source = _cv("Ran SAP EWM, with Manhattan as the fallback platform.")
    assert review(source, _cv("Ran SAP EWM, with Manhattan as a second platform."))[1] == []
    assert review(source, _cv("Ran SAP EWM, the 2nd platform after Manhattan."))[1][0].claims == ["2nd"]
    ordered = _cv("Ran SAP EWM as the 1st platform, Manhattan as the fallback.")
    assert review(ordered, _cv("Ran SAP EWM as the third platform, Manhattan as the fallback."))[1][0].claims == ["3rd"]


@pytest.mark.parametrize("text, code", [("R$ 4,5 milhões", "BRL"), ("US$ 2,3 milhões", "USD"), ("CA$ 3M", "CAD"),
                                        ("3 M$AU", "AUD"), ("₩ 12 billion", "KRW"), ("$5M", "USD")])
def test_a_currency_symbol_of_any_convention_names_its_currency(text, code):
    assert currencies_in(text) == {code}


def test_another_dollar_is_a_claim():
    source = _cv("Financed wind parks worth R$ 2,6 bilhões.")
    assert "USD" in review(source, _cv("Financed wind parks worth US$ 2.6 billion."))[1][0].claims


@pytest.mark.parametrize("written", ["3'400'000", "3’400’000"])
def test_swiss_grouping_with_either_apostrophe_reads_as_thousands(written):
    assert Decimal(3400000) in readings(written)
