"""A month or quarter of a year is one fact (cvextract.claims.dates): supported only by the same month of
the same year in the source, not by the year standing elsewhere."""

from __future__ import annotations

import pytest

from cvextract.claims.dates import dates_in, supported_dates, unsupported_dates, unsupported_starts
from cvextract.claims.free_text import review


@pytest.mark.parametrize("text, normal", [("in May 2019", "2019-05"), ("from Sept. 2021", "2021-09"),
                                          ("Q3 2020", "2020-Q3"), ("05/2019", "2019-05"), ("2019-05", "2019-05")])
def test_months_and_quarters_are_read_in_every_form(text, normal):
    assert [n for n, _ in dates_in(text)] == [normal]


def test_a_year_range_is_no_month():
    assert dates_in("2019-2021 Acme") == ()


@pytest.mark.parametrize("written, source, claims", [
    ("Went live in May 2019.", "Went live in May 2019.", []),
    ("Went live in 05/2019.", "Went live in May 2019.", []),
    ("Went live in Q2 2019.", "Went live in May 2019.", []),
    ("Went live in March 2019.", "Went live in May 2019.", ["March 2019"]),
    ("Went live in May 2019.", "2019-2021 Acme: went live.", ["May 2019"]),
])
def test_a_month_needs_the_same_month_of_the_same_year(written, source, claims):
    assert unsupported_dates(written, supported_dates([source])) == claims


def test_a_shifted_date_in_a_bullet_is_reverted_though_the_heading_holds_the_year():
    source = {"identity": {"title": "Engineer", "full_name": "Ada Berg"}, "sidebar": {}, "overview": "Engineer.",
              "experiences": [{"heading": "2019-2021 Acme", "description": "Claims platform.",
                               "bullets": ["Took the platform live in March 2019."], "environment": []}]}
    adjusted = {**source, "experiences": [{**source["experiences"][0], "bullets": ["Took the platform live in May 2019."]}]}
    output, findings = review(source, adjusted)
    assert "May 2019" in findings[0].claims and output["experiences"][0]["bullets"] == ["Took the platform live in March 2019."]


@pytest.mark.parametrize("written, source, claims", [
    ("Closed the books in the third-quarter 2018 audit.", "Closed the books in the first-quarter 2018 audit.",
     ["third-quarter 2018"]),
    ("Went live in the 4th quarter of 2021.", "Went live in Q2 2021.", ["4th quarter of 2021"]),
    ("Migrated in H2 2022.", "Migrated in March 2022.", ["H2 2022"]),
    ("Released in the second half of 2020.", "Released in H1 2020.", ["second half of 2020"]),
    ("Cut over in Q4.", "Cut over in Q1 2019.", ["Q4"]),
    ("Went live in the second quarter of 2021.", "Went live in Q2 2021.", []),
    ("Migrated in the first half of 2022.", "Migrated in March 2022.", []),
    ("Audit in 2Q 2018.", "Audit in the second-quarter 2018.", []),
    ("Cut over in Q1.", "Cut over in January 2019.", []),
    ("Delivered in the first half of the project.", "Delivered early.", []),
])
def test_a_quarter_or_half_needs_the_same_one_in_the_source(written, source, claims):
    assert unsupported_dates(written, supported_dates([source])) == claims


def test_a_start_year_outside_the_experiences_years_is_a_claim():
    heading = "2015 – 2021 | Head Brewer | Nordlys Bryggeri, Bergen"
    assert unsupported_starts("Since 2011, head brewer for the taproom.", heading, []) == ["Since 2011"]
    assert unsupported_starts("Head brewer starting in 2023.", heading, []) == ["starting in 2023"]
    assert unsupported_starts("Since 2016, head brewer for the taproom.", heading, []) == []
    assert unsupported_starts("From 2011 to 2015 the taproom grew.", heading, []) == []  # a range: the number check's
    assert unsupported_starts("Since 2011 the taproom has run the kit.", heading, ["Kit in use since 2011."]) == []
    assert unsupported_starts("Since 2011, brewer.", "2019 – present | Brewer", []) == ["Since 2011"]
