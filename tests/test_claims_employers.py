"""A name told as the person's former employer ("Former Openreach planner", "ex-Deloitte") is a claim
unless an experience heading names it (cvextract.claims.employers): a network the CV's work reused or a
customer it served is no employer."""

from __future__ import annotations

import pytest

from cvextract.claims.employers import former_names, unsupported_employers
from cvextract.claims.free_text import review

HEADINGS = ["2019–2024 | Signalling Designer | Network Rail", "2015–2019 | CAD Technician | University of Bristol"]
SOURCES = [
    "Designed interlocking plans for Siemens Mobility resignalling schemes.",
    "Commissioned trackside equipment from Alstom (formerly Bombardier Transportation).",
]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Former Siemens Mobility signalling designer with nine years on the railway.", "Siemens Mobility"),
        ("An ex-Alstom designer of interlocking plans.", "Alstom"),
        ("Signalling designer, previously at Atkins, with nine years on the railway.", "Atkins"),
        ("Signalling designer and former University of Leeds technician.", "University of Leeds"),
    ],
)
def test_a_former_employer_no_heading_names_is_a_claim(text, claim):
    assert claim in unsupported_employers(text, HEADINGS, SOURCES)


@pytest.mark.parametrize(
    "text",
    [
        "Former Network Rail signalling designer with nine years on the railway.",
        "Signalling designer, formerly at the University of Bristol's CAD office.",
        "Commissioned equipment from Alstom (formerly Bombardier Transportation).",
        "A former CAD technician who now designs interlocking plans.",
    ],
)
def test_an_employer_a_heading_names_or_the_cvs_own_words_pass(text):
    assert unsupported_employers(text, HEADINGS, SOURCES) == []


def test_a_former_employer_is_read_by_its_capitalised_words():
    assert former_names("Former Openreach senior planner") == ("Openreach",)
    assert former_names("ex-Deloitte consultant, formerly with the Met Office.") == ("Deloitte", "Met Office")
    assert former_names("a former social worker") == ()


def test_a_customer_told_as_a_former_employer_is_reverted():
    source = {
        "identity": {"title": "Signalling Designer", "full_name": "Ola Dahl"},
        "sidebar": {},
        "overview": "Signalling designer with nine years on the railway, working on Siemens Mobility schemes.",
        "experiences": [
            {
                "heading": HEADINGS[0],
                "description": "Resignalling design.",
                "bullets": ["Designed interlocking plans for Siemens Mobility schemes."],
                "environment": [],
            }
        ],
    }
    invented = {**source, "overview": "Former Siemens Mobility signalling designer with nine years on the railway."}
    output, findings = review(source, invented)
    assert output["overview"] == source["overview"]
    assert "Siemens Mobility" in findings[0].claims
    honest = {
        **source,
        "overview": "Former Network Rail signalling designer with nine years on the railway, "
        "working on Siemens Mobility schemes.",
    }
    assert review(source, honest)[1] == []


def test_a_former_name_in_parentheses_is_a_products_not_an_employer():
    assert former_names("Rolled out Hexagon OnCall (formerly Intergraph CAD) for two forces.") == ()


def test_a_products_former_name_the_cv_gives_passes_set_off_by_commas_too():
    sources = ["Rolled out Hexagon OnCall (formerly Intergraph CAD) for two forces."]
    assert (
        unsupported_employers("Rolled out Hexagon OnCall, formerly Intergraph CAD, for two forces.", [], sources) == []
    )
    assert former_names("Regression Pack, Previously All Manual, 60 Percent Automated.") == ()


def test_a_former_name_set_off_after_a_name_is_a_products_and_a_preposition_tells_an_employer():
    assert former_names("Rolled out Hexagon OnCall, formerly Intergraph CAD, for two forces.") == ()
    assert former_names("Signalling designer, formerly at Atkins, with nine years.") == ("Atkins",)
