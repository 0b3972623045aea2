"""A sentence written in title case: its capitals say nothing, so every word is read as a sentence's
first is (cvextract.claims.names.title_cased). Ordinary words pass; a name English does not know is
still a name, and a sentence that merely names several things is no title."""

from __future__ import annotations

import pytest

from cvextract.claims.names import name_candidates, title_cased, unsupported_names
from cvextract.claims.words import Vocabulary


@pytest.mark.parametrize("source, text", [
    # words the source does not use, capitalised by the title: a preposition, a verb, an auxiliary
    ("Restored seating plans in four concert halls.", "Restored Seating Plans Across Four Concert Halls"),
    ("Wrote tour guides for museum volunteers.", "Wrote the Tour Guides Used by Every Museum Volunteer"),
    ("Kept greenhouse sensors online for two winters.", "Kept Greenhouse Sensors Online Through Two Winters"),
    ("Moved vaccination records to the regional registry.", "Vaccination Records Were Moved Into the Regional Registry."),
    ("Published timetables on the ferry operator's website.", "Timetables Published Via the Ferry Operator's Website"),
])
def test_ordinary_words_of_a_title_the_source_writes_in_lower_case_are_no_claims(source, text):
    assert unsupported_names(text, Vocabulary([source])) == []
    assert unsupported_names(text.lower(), Vocabulary([source])) == []


@pytest.mark.parametrize("text, name", [
    ("Restored Seating Plans Using Gubbins Scheduler Across Four Halls", "Gubbins"),  # a word English lacks
    ("Vaccination Records Were Moved Into Quorvex", "Quorvex"),
    ("Kept the Greenhouse Sensors Online With Zigbee Gateways", "Zigbee"),
])
def test_a_name_english_does_not_know_is_still_a_name_in_a_title(text, name):
    assert name in name_candidates(text)


@pytest.mark.parametrize("text", [
    "Supplied bread to Tesco and Waitrose in Scotland.",  # capitals of names only: no title
    "Ran IT Asset Management for the port.",             # a discipline's name
    "Sold tickets for Apple and Shell events.",
])
def test_a_sentence_that_only_names_things_is_no_title(text):
    assert title_cased(text) == frozenset()


def test_a_title_reads_only_its_own_sentence():
    text = "Catered for the Harbour Festival. Served Meals Across Three Marquees Using Local Produce."
    first_sentence = {i for i in range(5)}
    assert title_cased(text) and not first_sentence & title_cased(text)
    assert "Harbour" in unsupported_names(text, Vocabulary(["Catered for a festival; served meals in marquees."]))


@pytest.mark.parametrize("text", [
    "Advised three breweries: Hopfield (Series A), Tallow Brewing (seed) and Marrowby.",  # a list of names
    "Coached the junior squad; winner of a Regional Youth Coaching Award.",               # an award's name
])
def test_a_list_of_names_or_an_awards_name_is_no_title(text):
    assert title_cased(text) == frozenset()


def test_a_credentials_title_inside_a_sentence_makes_no_title():
    text = "Accredited Sommelier and Cellar Master for Bordeaux Estates, tasting in French and Italian."
    assert title_cased(text) == frozenset()
    assert "Master" in name_candidates(text)


@pytest.mark.parametrize("source, text", [
    ("Wrote runbooks for the night shift.", "Runbooks Written for the Night Shift"),             # a participle
    ("Installed pallet racks in the warehouse.", "Pallet Racks Covering the Whole Warehouse Floor"),   # "-ing" before "the"
])
def test_a_participle_or_an_ing_word_before_a_function_word_makes_a_title(source, text):
    assert title_cased(text)
    assert unsupported_names(text, Vocabulary([source])) == []


def test_a_states_formal_name_of_a_country_the_cv_names_is_no_new_name():
    from cvextract.claims.names import with_designator
    from cvextract.claims.words import Vocabulary
    assert with_designator("Slovak Republic", Vocabulary(["Two plants in Slovakia."]))
    assert not with_designator("Slovak Republic", Vocabulary(["Two plants in Hungary."]))
