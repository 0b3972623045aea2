"""Relative magnitudes written in words (cvextract.claims.magnitudes) are figures: a tailored text may
say "halved" or "a decade" only where the CV states that magnitude, in words or in digits."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.magnitudes import magnitudes_in, supported_magnitudes, unsupported_magnitudes


@pytest.mark.parametrize("text, written", [
    ("cutting its latency in half", "in half"), ("Halved collection time", "Halved"),
    ("halving the test cycle", "halving"), ("doubling query performance", "doubling"),
    ("that doubled add-to-basket rates", "doubled"), ("twice as fast", "twice"),
    ("tripled throughput", "tripled"), ("a threefold rise", "threefold"), ("a tenfold rise", "tenfold"),
    ("a 10-fold rise", "10-fold"), ("A decade of experience", "A decade"), ("more than a decade", "a decade"),
    ("a dozen teams", "a dozen"), ("a third of the cost", "a third"), ("quadrupled sales", "quadrupled"),
    ("cut costs by a quarter", "by a quarter"),
])
def test_magnitudes_in_words_are_found(text, written):
    assert written in [w for _, w in magnitudes_in(text)]


@pytest.mark.parametrize("text", ["third-party providers", "double-entry bookkeeping", "a thirdparty tool",
                                  "Designed the platform"])
def test_ordinary_words_are_no_magnitude(text):
    assert magnitudes_in(text) == ()


@pytest.mark.parametrize("written, source", [
    ("halved the cycle", "cut the cycle by 50%"), ("halved the cycle", "cut the cycle in half"),
    ("half a day", "0.5 day"), ("doubled the rate", "raised the rate 2x"), ("doubled the rate", "up 100%"),
    ("tripled throughput", "three times the throughput"), ("a decade of work", "ten years of work"),
    ("a decade of work", "10 years of work"), ("a dozen teams", "12 teams"), ("a tenfold rise", "a 10x rise"),
])
def test_the_source_supports_a_magnitude_in_words_or_digits(written, source):
    assert unsupported_magnitudes(written, supported_magnitudes(source)) == []


@pytest.mark.parametrize("written, source", [
    ("halved the cycle", "cut the cycle by 40%"), ("doubled the rate", "raised the rate"),
    ("a decade of work", "eight years of work"), ("tripled throughput", "doubled throughput"),
])
def test_a_magnitude_the_source_does_not_state_is_a_claim(written, source):
    assert unsupported_magnitudes(written, supported_magnitudes(source)) != []


def test_an_invented_magnitude_is_reverted_in_a_bullet():
    source = {"identity": {"title": "Engineer", "full_name": "Ada Berg"}, "sidebar": {},
              "overview": "Engineer with eight years of experience.",
              "experiences": [{"heading": "2020-2023 Acme", "description": "Platform work.",
                               "bullets": ["Ran A/B tests on the product page with marketing."], "environment": []}]}
    adjusted = {**source, "experiences": [{**source["experiences"][0],
                                           "bullets": ["Ran A/B tests on the product page that doubled conversion."]}]}
    output, findings = review(source, adjusted)
    assert output["experiences"][0]["bullets"] == source["experiences"][0]["bullets"]
    assert findings[0].claims == ["doubled"]


@pytest.mark.parametrize("text", ["Opened a third data centre", "Shipped a third release in May"])
def test_a_third_as_an_ordinal_is_no_magnitude(text):
    assert magnitudes_in(text) == ()


def test_a_third_as_a_fraction_is_one():
    assert [w for _, w in magnitudes_in("Cut costs by a third")] and [w for _, w in magnitudes_in("a third of the cost")]


@pytest.mark.parametrize("text", [
    "Brought the dye cost per batch from €12 to €5, less than half.",
    "Queue at the passport office cut from 40 minutes to 21, nearly halved.",
    "Grew the choir from 14 to 31 voices, more than doubling it.",
    "Took the ferry's daily crossings from 4 to 12, tripling the timetable.",
])
def test_a_ratio_in_words_that_its_sentences_own_change_bears_out_is_no_new_figure(text):
    assert unsupported_magnitudes(text, frozenset()) == []


@pytest.mark.parametrize("text", [
    "Brought the dye cost per batch from €12 to €7, less than half.",     # 7/12 is more than half
    "Queue at the passport office cut from 40 minutes to 30, nearly halved.",
    "Grew the choir from 14 to 20 voices, more than doubling it.",
    "Halved the queue at the passport office.",                            # no change in figures beside it
    "Cut restarts from 9 to 4 and stops from 6 to 3, halving both.",      # two changes: which one?
])
def test_a_ratio_in_words_its_sentence_does_not_bear_out_is_a_claim(text):
    assert unsupported_magnitudes(text, frozenset()) != []


@pytest.mark.parametrize("text, claim", [("Cut kiln firing time by a fifth.", "by a fifth"),
                                         ("Saved a tenth of the glaze budget.", "a tenth")])
def test_a_unit_fraction_in_words_is_a_figure(text, claim):
    assert unsupported_magnitudes(text, supported_magnitudes("Cut kiln firing time with a new schedule.")) == [claim]


@pytest.mark.parametrize("source", ["Cut kiln firing time by 20%.", "Cut kiln firing time by a fifth."])
def test_a_unit_fraction_is_supported_by_itself_or_its_percentage(source):
    assert unsupported_magnitudes("Cut kiln firing time by a fifth.", supported_magnitudes(source)) == []


def test_an_ordinal_is_no_fraction():
    assert unsupported_magnitudes("Opened a fifth kiln in 2019.", frozenset()) == []
