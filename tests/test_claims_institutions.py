"""Institutions named "<kind> of <Name>" (cvextract.claims.institutions): a customer or employer made of
words the CV has apart ("Leeds" where it worked, "university" as a word) is a claim unless the CV
names it whole, in either order."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import _Scope
from cvextract.claims.institutions import unsupported_institutions

SOURCE = ["Senior Data Engineer, Northgate Analytics, Leeds (2019 – 2023)",
          "Built the enrolment data warehouse for a university in the north of England.",
          "Moved the Rotterdam port authority's berth planning to the cloud.",
          "Ran the tender for the City of Westminster."]


@pytest.mark.parametrize("written, claim", [
    ("Built the enrolment data warehouse for the University of Leeds.", "University of Leeds"),
    ("Ran the tender for the Bank of England.", "Bank of England"),
    ("Ran the berth planning move for the municipality of Amsterdam.", "municipality of Amsterdam"),
])
def test_an_institution_the_cv_names_only_in_pieces_is_a_claim(written, claim):
    assert unsupported_institutions(written, SOURCE) == [claim]
    assert claim in _Scope(SOURCE).claims(written)


@pytest.mark.parametrize("written", [
    "Moved berth planning for the Port of Rotterdam to the cloud.",  # the CV writes "Rotterdam port"
    "Ran the tender for the city of Westminster.",                  # case aside
    "Built a warehouse for a university of about 20,000 students.",  # no name after "of"
])
def test_an_institution_the_cv_names_whole_in_either_order_passes(written):
    assert unsupported_institutions(written, SOURCE) == []


@pytest.mark.parametrize("written, claim", [
    ("Moved the City of Westminster's parking permits to the cloud.", None),
    ("Moved the City of London's parking permits to the cloud.", "City of London"),
])
def test_a_possessive_is_not_part_of_the_institutions_name(written, claim):
    assert unsupported_institutions(written, SOURCE) == ([claim] if claim else [])
