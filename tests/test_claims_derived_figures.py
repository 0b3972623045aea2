"""Figures worked out from the CV's own figures and dates (cvextract/claims/derived_figures.py): the right
derivation is taken back from the claims, a wrong one (a span inflated, a fraction a step off, a sum
plus one) stays a claim. Sentences from domains of their own."""

from __future__ import annotations

import pytest

from cvextract.claims.derived_figures import DerivedFigures, durations_in, proportions_in, rates_in, span_of, sums_in
from cvextract.claims.free_text import _Scope, review


def _left(source: list[str], text: str, claims: list[str], heading: str = "") -> list[str]:
    return DerivedFigures(source, heading).unexplained(text, claims)


@pytest.mark.parametrize(
    "heading, low, high",
    [
        ("Orchard Manager, Appleby Farms (03/2014 – 02/2018)", 47, 48),
        ("Sous-chef, Harbour Kitchen (Sep 2010 – Mar 2012)", 18, 19),
    ],
)
def test_the_span_of_an_experiences_dates_in_months(heading, low, high):
    span = span_of(heading)
    assert (round(span[0] * 12), round(span[1] * 12)) == (low, high)


@pytest.mark.parametrize("heading", ["Curator, City Museum (03/2016 – present)", "Curator, City Museum (2016 – present)",
                                     "Ferry Dispatcher, 03/2009–2013"])
def test_an_open_end_or_one_month_alone_give_no_span(heading):
    assert span_of(heading) is None


def test_years_alone_span_the_years_between_them():
    assert span_of("Ferry Dispatcher, 2009–2013")[1] == 4  # as a reader counts 2009–2013: four years, no more


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Four years running the orchard's irrigation.", "4"),
        ("Nearly four years running the orchard's irrigation.", "4"),
        ("Over three and a half years running the orchard's irrigation.", "3.5"),
        ("About 48 months running the orchard's irrigation.", "48"),
    ],
)
def test_a_duration_the_experiences_dates_give_is_no_claim(text, claim):
    heading = "Orchard Manager, Appleby Farms (03/2014 – 02/2018)"
    assert _left(["Ran the irrigation of a 40-hectare orchard."], text, [claim], heading) == []


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Six years running the orchard's irrigation.", "6"),  # the span plus two years
        ("Over four years running the orchard's irrigation.", "4"),  # no more than 48 months
        ("A four-year replanting plan for the orchard.", "4"),  # the plan's length, not the experience's
    ],
)
def test_a_duration_the_dates_do_not_give_stays_a_claim(text, claim):
    heading = "Orchard Manager, Appleby Farms (03/2014 – 02/2018)"
    assert _left(["Ran the irrigation of a 40-hectare orchard."], text, [claim], heading) == [claim]


@pytest.mark.parametrize("text, left", [("Four years dispatching ferries.", []), ("Nearly four years dispatching ferries.", []),
                                        ("Five years dispatching ferries.", ["5"]), ("Three years dispatching ferries.", ["3"]),
                                        ("Over four years dispatching ferries.", ["4"]), ("Over three years dispatching ferries.", ["3"])])
def test_years_alone_give_the_years_between_them_exactly(text, left):
    claim = written = text.split()[0] if text.split()[0] not in ("Nearly", "Over") else text.split()[1]
    figure = str(["zero", "one", "two", "three", "four", "five"].index(written.casefold()))
    experiences = [("Ferry Dispatcher, 2009–2013", "Dispatched ferries across the sound.")]
    derived = DerivedFigures([h for h, _ in experiences] + [d for _, d in experiences], experiences=experiences)
    assert derived.unexplained(text, [figure]) == ([figure] if left else []), claim  # in the overview
    assert _left([], text, [figure], "Ferry Dispatcher, 2009–2013") == [figure]  # a task's years, in the experience


def test_a_career_to_date_counts_from_an_experience_of_what_the_years_went_on():
    experiences = [
        ("Head Brewer, Tollgate Ales (04/2019 – 03/2024)", "Brewing and cellar management."),
        ("Assistant Brewer, Old Mill (04/2016 – 03/2019)", "Brewing cask ales."),
        ("Barista, Station Café (04/2013 – 03/2016)", "Coffee service."),
    ]
    derived = DerivedFigures([], experiences=experiences)
    assert derived.unexplained("Brewer with eight years in brewing and cellar work.", ["8"]) == []
    assert derived.unexplained("Brewer with eleven years in brewing and cellar work.", ["11"]) == ["11"]
    assert derived.unexplained("Eleven years in hospitality.", ["11"]) == ["11"]  # no experience is of hospitality
    assert derived.unexplained("Eight years in brewing, the last five as head brewer.", ["8", "5"]) == []
    assert derived.unexplained("Eight years in brewing, the last six as head brewer.", ["8", "6"]) == ["6"]


def test_a_tenure_the_source_sentence_states_is_not_replaced_by_the_span():
    experiences = [("Nurse, Ward 7 (01/2015 – 12/2022)", "Acute care.")]
    derived = DerivedFigures(["Nurse with 40 months in acute care."], experiences=experiences)
    assert derived.unexplained("Nurse with eight years in acute care.", ["8"]) == ["8"]


def test_a_source_sentences_own_duration_is_not_replaced_by_the_span():
    heading = "Lock Keeper, Canal Trust (01/2010 – 12/2020)"
    source = ["Rebuilt the lock gates over 3 years with volunteers."]
    assert _left(source, "Rebuilt the lock gates over five years with volunteers.", ["5"], heading) == ["5"]


@pytest.mark.parametrize(
    "source, text, claim, kept",
    [
        ("Sailed with the fleet for 14 years.", "Sailed with the fleet for over a decade.", "a decade", False),
        ("Sailed with the fleet for 14 years.", "Sailed with the fleet for over two decades.", "two decades", True),
        (
            "Renewed the harbour licence within a year.",
            "Renewed the harbour licence within twelve months.",
            "12",
            False,
        ),
        ("Renewed the harbour licence within a year.", "Renewed the harbour licence within ten months.", "10", True),
    ],
)
def test_a_stated_duration_in_another_unit_or_rounded(source, text, claim, kept):
    assert _left([source], text, [claim]) == ([claim] if kept else [])


def test_durations_read_in_years():
    assert durations_in("Toured for 18 months, then over a year and a half abroad.") == (
        (1.5, False, "month"),
        (1.5, True, "year"),
    )
    assert durations_in("Tuned the organ twice a year.") == ()  # a rate's period is no duration


@pytest.mark.parametrize(
    "source, text, claim, kept",
    [
        ("Serviced the lifts every six months.", "Serviced the lifts twice a year.", "twice", False),
        ("Serviced the lifts twice a year.", "Serviced the lifts every 6 months.", "6", False),
        (
            "Published the parish newsletter quarterly.",
            "Published the parish newsletter every three months.",
            "3",
            False,
        ),
        ("Serviced the lifts twice a year.", "Serviced the lifts every 4 months.", "4", True),
    ],
)
def test_a_rate_in_other_words(source, text, claim, kept):
    assert _left([source], text, [claim]) == ([claim] if kept else [])


def test_rates_read_as_times_a_year():
    assert [rate for rate, *_ in rates_in("Audits every two years; drills monthly; 3 times a week.")] == [0.5, 156, 12]


@pytest.mark.parametrize(
    "text, claim, kept",
    [
        ("Shortened the museum's loan paperwork to a quarter, from 60 to 15 pages.", "a quarter", False),
        ("Shortened the museum's loan paperwork by three quarters, from 60 to 15 pages.", "three quarters", False),
        ("Shortened the museum's loan paperwork by 75%.", "75%", False),
        ("Shortened the museum's loan paperwork fourfold.", "fourfold", True),  # a cut as a multiple: a claim
        ("Shortened the museum's loan paperwork to a third, from 60 to 15 pages.", "a third", True),  # a step off
        ("Shortened the museum's loan paperwork by 80%.", "80%", True),
    ],
)
def test_a_ratio_of_two_figures_of_one_sentence(text, claim, kept):
    source = ["Shortened the museum's loan paperwork from 60 pages to 15 pages."]
    assert _left(source, text, [claim]) == ([claim] if kept else [])


def test_a_growth_as_a_multiple():
    source = ["Grew the choir from 15 singers to 45."]
    assert _left(source, "Grew the choir threefold, from 15 singers to 45.", ["threefold"]) == []
    assert _left(source, "Tripled the choir, from 15 singers to 45.", ["Tripled"]) == []
    assert _left(source, "Grew the choir fourfold, from 15 singers to 45.", ["fourfold"]) == ["fourfold"]


def test_a_change_rounded_as_its_words_allow():
    source = ["Lowered the bakery's waste rate from 12.5% to 7.4%."]  # a 40.8% relative cut
    assert _left(source, "Lowered the bakery's waste rate from 12.5% to 7.4%, a cut of about 41%.", ["41%"]) == []
    assert _left(source, "Lowered the bakery's waste rate from 12.5% to 7.4%, a cut of 45%.", ["45%"]) == ["45%"]


def test_a_ratio_needs_the_source_sentence_the_text_rewords():
    source = ["Shortened the museum's loan paperwork from 60 pages to 15 pages.", "Catalogued 4,000 prints."]
    assert _left(source, "Catalogued 4,000 prints, a quarter of them digitised.", ["a quarter"]) == ["a quarter"]


def test_a_decimal_share_and_its_percentage_before_the_same_word():
    source = ["Tested the seed mix on a 0.2 sample of the plots."]
    assert _left(source, "Tested the seed mix on a 20% sample of the plots.", ["20%"]) == []
    assert _left(source, "Tested the seed mix on a 25% sample of the plots.", ["25%"]) == ["25%"]
    assert _left(source, "Tested the seed mix on 20% of the plots, a sample.", ["20%"]) == ["20%"]  # no word shared


@pytest.mark.parametrize(
    "text, claim, kept",
    [
        ("Ran a nine-strong crew of riggers and electricians.", "9", False),
        ("Ran a crew of nine riggers and electricians on the festival stages.", "9", False),
        ("Ran a ten-strong crew of riggers and electricians.", "10", True),  # the sum plus one
    ],
)
def test_a_total_of_the_counts_of_one_sentence(text, claim, kept):
    source = ["Ran 5 riggers and 4 electricians on the festival stages."]
    assert _left(source, text, [claim]) == ([claim] if kept else [])


def test_sums_add_up_counts_of_one_kind_only():
    assert ("9", "people") in sums_in("Ran 5 riggers and 4 electricians on 3 stages.")
    assert all(total != "12" for total, _ in sums_in("Ran 5 riggers and 4 electricians on 3 stages."))


@pytest.mark.parametrize(
    "text, claim, kept",
    [
        ("Restored three altarpieces: Saint Anne, the Magi and the Nativity.", "3", False),
        ("Restored four altarpieces: Saint Anne, the Magi and the Nativity.", "4", True),
        ("Restored two regional archives.", "2", False),  # the source names two archives
        ("Restored three regional archives.", "3", True),
    ],
)
def test_a_count_of_the_items_a_list_names(text, claim, kept):
    source = [
        "Restored the Saint Anne, Magi and Nativity altarpieces.",
        "Restored the Dorset Archive and the Wessex Archive.",
    ]
    assert _left(source, text, [claim]) == ([claim] if kept else [])


def test_a_derived_figure_is_taken_back_in_a_reviewed_cv_and_a_wrong_one_is_not():
    source = {
        "overview": "Lighthouse engineer.",
        "sidebar": {},
        "identity": {"title": "Engineer"},
        "experiences": [
            {
                "heading": "Lamp Technician, Northern Lights Board (04/2015 – 03/2019)",
                "description": "Maintained lamps on 12 island lighthouses.",
                "bullets": ["Cut the lamp changeover from 90 minutes to 30 minutes."],
            }
        ],
    }
    honest = {
        **source,
        "experiences": [
            {
                **source["experiences"][0],
                "description": "Four years maintaining lamps on 12 island lighthouses.",
                "bullets": ["Cut the lamp changeover to a third, from 90 to 30 minutes."],
            }
        ],
    }
    assert review(source, honest)[1] == []
    wrong = {
        **source,
        "experiences": [
            {
                **source["experiences"][0],
                "description": "Six years maintaining lamps on 12 island lighthouses.",
                "bullets": ["Cut the lamp changeover by a quarter, from 90 to 30 minutes."],
            }
        ],
    }
    assert [f.claims for f in review(source, wrong)[1]] == [["6"], ["by a quarter"]]


@pytest.mark.parametrize(
    "source, text, claim",
    [
        # the ends of a range add up to nothing: "from 9 days to 3" is no 12
        ("Cut the kiln's cooling time from 9 days to 3.", "Cut the kiln's cooling time from 12 days to 3.", "12"),
        # a percentage the text pairs with another is a figure, not a ratio: 0.2 of 4 is no 5%
        ("Late deliveries fell from 4% to 0.2%.", "Late deliveries fell from 5% to 0.2%.", "5%"),
        # a share within 5% of the whole is no share: 99.6% is no 99.5 of 99.7
        (
            "Kept the signal uptime at 99.7% against a 99.5% target.",
            "Kept the signal uptime at 99.6% against a 99.5% target.",
            "99.6%",
        ),
        # "by" reads the change: 5 days to 1.5 is a 70% cut, not a 30% one
        (
            "Cut the survey turnaround from 5 days to 1.5 days.",
            "Cut the survey turnaround from 5 days to 1.5 days, by 30%.",
            "30%",
        ),
    ],
)
def test_a_figure_changed_is_no_derivation(source, text, claim):
    assert _left([source], text, [claim]) == [claim]


def test_a_part_of_a_duration_is_the_source_sentences_own():
    experiences = [
        ("Buyer, Corner Shops (01/2019 – 12/2023)", "Retail buying."),
        ("Buyer, Wholesale Ltd (01/2010 – 12/2018)", "Wholesale buying."),
    ]
    derived = DerivedFigures(["Buyer with 14 years in buying, 9 of them in wholesale."], experiences=experiences)
    assert derived.unexplained("Buyer with 14 years in buying, five of them in retail.", ["5"]) == ["5"]


def test_a_clause_after_a_colon_lists_nothing():
    source = ["Ported 25 services to the new cluster, cutting costs by 15%."]
    text = "Forty-person team lead: ported 25 services to the new cluster, cutting costs by 15%."
    assert _left(source, text, ["40"]) == ["40"]


def test_a_rate_is_not_taken_back_by_the_duration_it_counts():
    source = ["Automated the ferry timetables, saving the office two days a month."]
    text = "Automated the ferry timetables, saving the office two days every week."
    assert _left(source, text, ["2 per week"]) == ["2 per week"]


# A share told as a proportion in words, and the other way round: the source's percentage or proportion
# gives it; a proportion a step off, or one the CV has no share for, stays a claim.
SHARES = ["Vaccinated 75% of the dairy herd against bluetongue before the spring grazing.",
          "Rehoused one in three tenants of the estate within a year of the fire."]


@pytest.mark.parametrize(
    "text, left",
    [
        ("Vaccinated three in four of the dairy herd against bluetongue before the spring grazing.", []),
        ("Vaccinated three out of every four cows in the dairy herd against bluetongue before spring grazing.", []),
        ("Vaccinated three quarters of the dairy herd against bluetongue before the spring grazing.", []),
        ("Rehoused 33% of the estate's tenants within a year of the fire.", []),
        ("Vaccinated four in five of the dairy herd against bluetongue before the spring grazing.", ["4", "5"]),
        ("Vaccinated two thirds of the dairy herd against bluetongue before the spring grazing.", ["2"]),
        ("Rehoused 40% of the estate's tenants within a year of the fire.", ["40%"]),
        ("Repaired nine in ten of the estate's lifts within a year of the fire.", ["9", "10"]),
    ],
)
def test_a_share_told_as_a_proportion_in_words(text, left):
    assert _Scope(SHARES).claims(text) == left


@pytest.mark.parametrize(
    "text, left",
    [
        ("Raised ferry occupancy by half, from 40% to 60%, with dynamic pricing.", []),
        ("Cut the ferry's turnaround in half, from 40 to 20 minutes, with a second ramp.", []),
        ("Cut the ferry's turnaround in half, from 40 to 30 minutes, with a second ramp.", ["in half"]),
    ],
)
def test_a_change_by_half_beside_its_two_figures(text, left):
    source = ["Raised ferry occupancy from 40% to 60% with dynamic pricing.",
              "Cut the ferry's turnaround from 40 to 20 minutes with a second ramp."]
    if "30 minutes" in text:
        source[1] = "Cut the ferry's turnaround from 40 to 30 minutes with a second ramp."
    assert _Scope(source).claims(text) == left


def test_proportions_read_as_shares():
    assert [share for share, *_ in proportions_in("4 in 5 calls, 9 out of 10 wards, 1 in every 3 tenants")] == [
        0.8, 0.9, 1 / 3]
    assert proportions_in("3 in 2021 and 2 in 10%") == ()  # a count in a year, a share of a percentage


def test_an_overviews_years_from_one_experience_its_words_name_or_a_range_it_writes():
    experiences = [("Harbour Pilot, Port of Tain, 2016–2024", "Piloted ships into the firth."),
                   ("Deck Officer, Northline Ferries, 2012–2016", "Kept the bridge watch on ferries.")]
    texts = [h for h, _ in experiences] + [d for _, d in experiences]
    derived = DerivedFigures(texts, experiences=experiences)
    assert derived.unexplained("Four years as a deck officer at Northline, then eight piloting.", ["4"]) == []
    assert derived.unexplained("Five years as a deck officer at Northline.", ["5"]) == ["5"]
    assert derived.unexplained("Marine officer (twelve years, 2012–2024) on ferries and pilotage.", ["12"]) == []
    assert derived.unexplained("Marine officer (eleven years, 2012–2024) on ferries and pilotage.", ["11"]) == ["11"]


@pytest.mark.parametrize("text", ["Cut unplanned stops from 5 minutes a shift to 0.", "Took queue waits from 0 minutes to 4."])
def test_a_range_from_or_to_zero_is_read_without_failing(text):
    """A zero at one end of a range of times gives the other end no unit scale; the check goes on."""
    assert isinstance(_Scope(["Cut unplanned stops from 5 minutes a shift to 2."]).claims(text), list)
