"""The claims guard on mutations of every set's honest texts (tests/claims_mutations.py): it catches at
least the share it records (``MUTATION_FLOOR``), and each edit is a claim the CV does not make."""

from __future__ import annotations

import re

import pytest

from claims_mutations import (BLIND_SETS, KINDS, MUTATION_FLOOR, TEST_STRIDE, Known, Mutation, bases, measure, mutations,
                             text_at)
from cvextract.claims.free_text import review

# One xdist worker runs the whole module: the mutations, built once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_claims_mutations")


@pytest.fixture(scope="module")
def cases() -> list[Mutation]:
    return mutations()


def test_the_guard_catches_at_least_what_it_records(cases):
    results = measure(cases[::TEST_STRIDE], review)  # every third case: the benchmark runs them all
    missed = [(c.kind, c.base.set, c.base.key, c.field, c.claim) for c, ok, _ in results if not ok]
    assert len(results) == MUTATION_FLOOR["injected"], "the mutations changed: measure again and record both"
    assert len(results) - len(missed) >= MUTATION_FLOOR["caught"], missed


def test_every_kind_and_every_set_is_mutated(cases):
    assert {case.kind for case in cases} == set(KINDS)
    assert {case.base.set for case in cases} == {"corpus", "a", "b", *BLIND_SETS}
    assert len({case.text for case in cases}) > 0.95 * len(cases)


def test_each_edit_changes_only_its_own_text(cases):
    for case in cases[::50]:
        adjusted = case.adjusted()
        assert text_at(adjusted, case.field) == case.text != case.before
        assert text_at(case.base.honest, case.field) == case.before


def test_a_changed_figure_is_stated_nowhere_in_the_cv(cases):
    for case in (c for c in cases if c.kind.startswith("figure") and c.kind != "figure unit"):
        new = case.claim.split(" -> ")[1]
        value = str(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve"].index(new) + 2) if new.isalpha() else new.replace(",", "")
        assert Known(case.base.source).new_number(value), case


def test_a_swapped_or_inserted_name_is_nowhere_in_the_cv(cases):
    for case in (c for c in cases if c.kind in ("product swap", "customer")):
        name = case.claim.split(" -> ")[-1].removeprefix("for ")
        assert not Known(case.base.source).names(name), case


@pytest.mark.parametrize("text, value, new", [
    ("Served 1.4 million users.", "1400000", False), ("Led nine engineers.", "9", False),
    ("Upgraded to v14.", "14", False), ("Cut costs by 35 percent.", "35", False),
    ("Served 1.4 million users.", "1500000", True), ("Led nine engineers.", "10", True),
])
def test_known_reads_every_notation_of_the_cvs_figures(text, value, new):
    assert Known({"overview": text}).new_number(value) is new


def test_known_names_ignore_case_spaces_and_hyphens():
    known = Known({"overview": "Ran Power BI and Node.js on a micro-service estate."})
    assert known.names("PowerBI") and known.names("power bi") and known.names("microservice")
    assert not known.names("Power Apps") and not re.search("tableau", known.folded)


def test_the_bases_cover_every_set():
    assert len(bases()) >= 180
