"""A value the CV states supports the same value only as the same kind of figure
(cvextract.claims.figure_kinds): "9 months" is no "9%", "14%" no "fourteen years", "5 years" (60
months) no "sixty planners", "every month" no "every week", "within 18 months" no "in a single year"."""

from __future__ import annotations

import pytest

from cvextract.claims.figure_kinds import FigureKinds
from cvextract.claims.free_text import review

SOURCE = FigureKinds([
    "Migrated 5 years of sales history into the planning system.",
    "Reduced coverage gaps from 14% to under 2% and cut hosting costs by 30%.",
    "Replatformed the shop in 9 months; trained 40 planners.",
    "Automated the monthly close pack, saving 2 days of manual work each month.",
    "Cut excess stock by £3.2m within 18 months.",
    "12 years of delivery, 7 of them on Salesforce Commerce Cloud.",
    "Moved 250 applications to Azure with a team of 6 engineers.",
])


@pytest.mark.parametrize("text, claim", [
    ("Raised average order value by 9%.", "9%"),                 # 9 only as months
    ("Cut licence spend by 250%.", "250%"),                      # 250 only as applications
    ("Engineer with fourteen years in embedded software.", "14 years"),  # 14 only as a percentage
    ("Thirty years of retail experience.", "30 years"),
    ("Coached 30 analysts.", "30 analysts"),
    ("Two days of manual work saved every week.", "2 per week"),  # the source's rate is monthly
    ("Saves the finance team 2 days per quarter.", "2 per quarter"),
    ("Excess stock down £3.2m in a single year.", "in a single year"),
    ("Replatformed within one month.", "within one month"),
    ("Twelve years in retail, nine on Commerce Cloud.", "9 years"),  # 9 only as months
    ("Fourteen store openings in the north.", "14 store"),       # 14 only as a percentage
    ("Page loads under 30 seconds.", "30 seconds"),              # 30 only as a percentage
    ("Nine weeks to replatform the shop.", "9 weeks"),           # 9 only as months
])
def test_a_value_used_as_another_kind_of_figure_is_a_claim(text, claim):
    assert claim in SOURCE.unsupported(text)


@pytest.mark.parametrize("text", [
    "Cut hosting costs by 30%.", "Coverage gaps down from 14 % to below 2 %.",
    "60 months of sales history migrated.",                # a duration restated
    "Forty planners trained.", "Six engineers moved 250 applications.",
    "Two days of manual work saved every month.", "Saving the team two days monthly.",
    "Excess stock down £3.2m in a year and a half.",
    "12 years of delivery, 180k order lines per day.",     # the rate is the order lines'
    "Twelve years in retail, seven on Commerce Cloud.",
    "Shipped the replatforming in 9 months.",
])
def test_the_same_kind_of_figure_is_supported(text):
    assert SOURCE.unsupported(text) == []


def test_a_percentage_is_supported_where_the_source_states_the_value_twice():
    kinds = FigureKinds(["Migrated 40 services to Kubernetes, cutting hosting costs by 40%."])
    assert kinds.unsupported("Cut hosting costs by 40%.") == []
    assert kinds.unsupported("Migrated 40 services.") == []


def test_a_figure_of_another_kind_is_reverted_in_a_bullet():
    source = {"identity": {"title": "Planner", "full_name": "Ada Berg"}, "sidebar": {},
              "overview": "Demand planner.",
              "experiences": [{"heading": "2019-2024 Acme", "description": "Planning for a grocer.",
                               "bullets": ["Trained 40 planners in exception-based planning.",
                                           "Migrated 5 years of sales history."], "environment": []}]}
    adjusted = {**source, "experiences": [{**source["experiences"][0],
                                           "bullets": ["Sixty planners trained in exception-based planning.",
                                                       "Migrated 5 years of sales history."]}]}
    output, findings = review(source, adjusted)
    assert output["experiences"][0]["bullets"][0] == "Trained 40 planners in exception-based planning."
    assert "60" in findings[0].claims  # 60 months only restates the 5 years: no figure of its own


def test_a_fraction_in_words_is_no_count_of_things_or_time():
    halved = FigureKinds(["Halved the ticket backlog."])
    assert halved.unsupported("Resolved tickets in under 50 milliseconds.") == ["50 milliseconds"]
    assert halved.unsupported("Closed 50 tickets.") == ["50 tickets"]
    assert FigureKinds(["Halved the backlog.", "Answered 50 tickets a day."]).unsupported("Handled 50 tickets daily.") == []
