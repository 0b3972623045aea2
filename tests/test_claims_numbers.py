"""Numbers written any way are one figure (cvextract.claims.numbers): small numbers in words, number
words joined to a word, versions, currencies as symbols, codes or words, "half a day", units apart."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.names import name_candidates
from cvextract.claims.dates import dates_in
from cvextract.claims.numbers import currencies_in, figures_in, is_number, is_percent, numbers_in, percents_in


@pytest.mark.parametrize("written, value", [
    ("two weeks", "2"), ("Eleven years", "11"), ("an eight-player team", "8"), ("a twenty-strong team", "20"),
    ("an 18-month programme", "18"), ("v14", "14"), ("version 14", "14"), ("half a day", "0.5"),
    ("€2.1m", "2100000"), ("EUR 2.1 million", "2100000"), ("300+ stores", "300"), ("more than 300 stores", "300"),
    ("10G links", "10"),
])
def test_numbers_in_words_and_digits_have_one_value(written, value):
    assert value in numbers_in(written)


def test_one_as_a_word_is_no_figure_in_a_written_text_but_supports_1_in_a_source():
    assert figures_in("one of the first teams") == {}
    assert figures_in("from 2 weeks to 1 day") == {"2": "2", "1": "1"}
    assert "1" in numbers_in("from two weeks to one day")


@pytest.mark.parametrize("text, code", [("€2.1m", "EUR"), ("EUR 2.1 million", "EUR"), ("£3.4m", "GBP"),
                                        ("GBP 3.4 million", "GBP"), ("$5M", "USD"), ("5 million dollars", "USD")])
def test_currencies_are_one_whether_symbol_code_or_word(text, code):
    assert currencies_in(text) == {code}


def test_currency_codes_units_and_versions_are_no_names():
    assert name_candidates("Managed a GBP 3.4 million budget on v14 over 10 Gbit/s links") == []


def _cv(bullet: str) -> dict:
    return {"identity": {"title": "Project Manager", "full_name": "Ada Berg"}, "sidebar": {},
            "overview": "Project manager.",
            "experiences": [{"heading": "2020-2023 Acme", "description": "Claims platform.",
                             "bullets": [bullet], "environment": []}]}


@pytest.mark.parametrize("source, written", [
    ("Managed a £3.4m budget and three suppliers.", "Managed a GBP 3.4 million budget and 3 suppliers."),
    ("Cut release lead time from two weeks to one day.", "Cut release lead time from 2 weeks to 1 day."),
    ("Upgraded the database to version 14.", "Upgraded the database to v14."),
    ("Planned backbone upgrades from 10G to 100G links.", "Planned backbone upgrades from 10 Gbit/s to 100 Gbit/s links."),
])
def test_the_same_figure_written_otherwise_is_honest(source, written):
    assert review(_cv(source), _cv(written))[1] == []


@pytest.mark.parametrize("source, written, claim", [
    ("Managed a £3.4m budget.", "Managed a €3.4m budget.", "EUR"),
    ("Led a team of engineers.", "Led an eight-player team of engineers.", "8"),
    ("Cut lead time to one day.", "Cut lead time to 2 days.", "2"),
])
def test_a_changed_figure_or_currency_is_a_claim(source, written, claim):
    assert claim in review(_cv(source), _cv(written))[1][0].claims


@pytest.mark.parametrize("written, value", [("the 3.2-million-member scheme", "3200000"),
                                            ("a 40-thousand-user rollout", "40000"), ("a 1.5-billion budget", "1500000000")])
def test_a_magnitude_joined_by_hyphens_is_the_same_figure(written, value):
    assert value in numbers_in(written)


@pytest.mark.parametrize("text, value", [
    ("Ran half a dozen pilot wards.", "6"),                     # a figure times a dozen
    ("Ran a half-dozen pilot wards.", "6"),
    ("Served one and a half million riders.", "1500000"),
    ("Planted two dozen test plots.", "24"),
    ("Kept drift within three tenths of a per cent.", "0.3"),   # a fraction of one unit
    ("Saved three quarters of an hour per shift.", "0.75"),
    ("Hired a couple of tutors.", "2"),
    ("Served half a million riders.", "500000"),
    ("Grew members from 2.5 to 3 million.", "2500000"),         # the range's magnitude, on its first figure too
])
def test_figures_in_words_read_as_the_figure(text, value):
    assert value in numbers_in(text)


@pytest.mark.parametrize("written, value", [
    ("a fortnight of tastings, twelve in all", "12"), ("Ouvert à Zürich: seven kitchens", "7"),  # not ASCII: every rewrite runs
    ("half a dozen greenhouses", "6"), ("a couple of vineyards", "2"), ("3.2-million-member co-op", "3200000"),
    ("from 1.2 to 1.6 million litres", "1200000"), ("the 2nd quarter of 2023", "2023"),
])
def test_number_words_read_the_same_with_or_without_the_words_each_rewrite_needs(written, value):
    assert value in numbers_in(written)


@pytest.mark.parametrize("written, value", [("35%", "35"), ("35 %", "35"), ("35 percent", "35"), ("35 per cent", "35"),
                                            ("99,5 Prozent", "99.5"), ("12 pour cent", "12")])
def test_every_way_of_writing_a_percentage_is_one(written, value):
    assert is_percent(written)
    assert value in percents_in(f"raised the yield of the orchard by {written}")


def test_a_count_or_money_is_no_percentage():
    assert not is_percent("35 orchards") and not is_percent("€35")
    assert percents_in("35 orchards and €12") == frozenset()


def test_a_token_without_a_digit_is_no_number_and_a_text_without_one_states_no_date():
    assert not is_number("twelve") and not is_number("Q") and is_number("1k") and is_number("3rd")
    assert dates_in("in the spring of last year") == () and dates_in("in May 2019") == (("2019-05", "May 2019"),)


@pytest.mark.parametrize("source, written", [
    # a percentile in its three notations
    ("Kept page render time under 800 ms at the 95th percentile.", "Held p95 page render time below 800 ms."),
    ("Brought P99.9 checkout latency to 2 seconds.", "Brought 99.9th-percentile checkout latency to 2 seconds."),
    ("Held p90 ticket triage time under 4 hours.", "Held 90th percentile ticket triage time under 4 hours."),
    # the round-the-clock schedule
    ("Staffed a round-the-clock control room for the water utility.", "Staffed a 24x7 control room for the water utility."),
    ("Ran the 24/7 helpdesk for 3 campuses.", "Ran the helpdesk around the clock for 3 campuses."),
    ("Covered 24 x 7 ward monitoring.", "Covered 24/7 ward monitoring."),
    # "one" as a word before a name that holds the digit 1: an article, no count of it
    ("Merged the depots onto a single F1-graded stock ledger.", "Merged the depots onto one F1-graded stock ledger."),
])
def test_standard_notations_of_a_figure_are_the_same_figure(source, written):
    assert review(_cv(source), _cv(written))[1] == []


@pytest.mark.parametrize("source, written, claim", [
    ("Kept page render time under 800 ms at the 95th percentile.", "Kept p99 page render time under 800 ms.", "99"),
    ("Held median ticket triage time under 4 hours.", "Held p90 ticket triage time under 4 hours.", "90"),
    ("Staffed the control room on weekdays.", "Staffed a 24x7 control room.", "24"),
    ("Staffed the control room on weekdays.", "Staffed the control room round-the-clock.", "24"),
])
def test_a_percentile_or_schedule_the_source_does_not_state_is_a_claim(source, written, claim):
    assert any(claim in found for found in review(_cv(source), _cv(written))[1][0].claims)


def test_notation_tokens_are_figures_not_names():
    assert name_candidates("Held p95 latency on the 24x7 rota for P1 incidents") == ["P1"]


def test_a_one_written_with_a_point_and_zeros_is_a_figure():
    assert figures_in("Return rate down from 3% to 1.0%.") == {"3": "3%", "1": "1.0%"}
    assert figures_in("Lead time down to 1,00 day.")["1"] == "1,00"
    assert "1" not in figures_in("One of the first ten clinics.")
