"""The claims guard on paraphrases of every set's honest texts (tests/claims_paraphrase.py): it touches
at most what it records (``PARAPHRASE_CEILING``, on every ``SAMPLE``-th case to keep the run short; the
benchmark runs them all), and each rewrite keeps the text's facts."""

from __future__ import annotations

import re

import pytest

from claims_paraphrase import KINDS, PARAPHRASE_CEILING, SAMPLE, Paraphrase, defined_abbreviations, measure, paraphrases
from cvextract.claims.free_text import review

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@pytest.fixture(scope="module")
def cases() -> list[Paraphrase]:
    return paraphrases()


def test_the_guard_touches_at_most_what_it_records(cases):
    results = measure(cases[::SAMPLE], review)
    counted = [(case, hit, named) for case, hit, named in results if hit is not None]
    touched = [(c.kind, c.base.set, c.base.key, c.field, c.how, named) for c, hit, named in counted if hit]
    assert len(counted) == PARAPHRASE_CEILING["total"], "the paraphrases changed: measure again and record both"
    assert len(touched) <= PARAPHRASE_CEILING["touched"], touched


def test_every_kind_is_made(cases):
    assert {case.kind for case in cases} == set(KINDS)
    assert len(cases) > 3000


def test_a_rewrite_changes_its_text_and_only_its_own(cases):
    for case in cases[::40]:
        assert case.text != case.before
        assert case.adjusted() != case.base.honest


def test_a_rewrite_that_is_no_figure_rewrite_keeps_every_figure(cases):
    kept = ("spelling", "list order", "clause order", "vendor prefix", "verb synonym", "sentence split",
            "sentence merge", "sentence start", "title case")
    for case in (c for c in cases if c.kind in kept):
        assert sorted(_FIGURE.findall(case.text)) == sorted(_FIGURE.findall(case.before)), case


def test_a_figure_rewrite_writes_the_same_value():
    from claims_paraphrase import _figure_rewrites, _money_rewrites
    import random

    rng = random.Random(1)
    rewrites = {how for _, _, how in _figure_rewrites("Moved 12,000 files for 12 clerks, cut errors by 50%.", rng)}
    assert {"12,000 -> 12000", "12 -> twelve", "12 -> a dozen", "by 50% -> by half"} <= rewrites
    assert not _figure_rewrites("Upgraded Python 3 to version 12 in 2021.", rng)  # versions and years stay
    money = [new for _, new, _ in _money_rewrites("Saved €2.5m a year.", random.Random(3))]
    assert money and all(re.search(r"2,500,000|2\.5 million", text) for text in money)


def test_an_abbreviation_is_swapped_only_where_the_cv_spells_it_out():
    source = {"overview": "Ran the network operations centre (NOC) and the SLA reviews."}
    assert defined_abbreviations(source) == {"NOC": "network operations centre"}
