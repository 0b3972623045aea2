"""Recognition claims ("award-winning", "Fortune 500", "world-class") are claims unless the CV says them
(cvextract.claims.recognition)."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.recognition import recognitions_in, supported_recognitions, unsupported_recognitions


@pytest.mark.parametrize("text, phrase", [
    ("Built an award-winning app", "award-winning"), ("for Fortune 500 retailers", "Fortune 500"),
    ("an industry-leading platform", "industry-leading"), ("world-class engineering", "world-class"),
    ("best-in-class tooling", "best-in-class"), ("for a leading global insurer", "leading global"),
    ("a market leader in payments", "market leader"), ("for blue-chip clients", "blue-chip"),
])
def test_recognition_phrases_are_found(text, phrase):
    assert phrase in recognitions_in(text)


@pytest.mark.parametrize("text", ["Led the leadership workshops", "Built a class library", "Worked in a world of data"])
def test_ordinary_text_claims_no_recognition(text):
    assert recognitions_in(text) == ()


def test_the_source_supports_its_own_phrase_hyphens_and_case_aside():
    supported = supported_recognitions(["Delivered an award winning app for a Fortune-500 retailer."])
    assert unsupported_recognitions("An Award-winning app for Fortune 500 retailers.", supported) == []
    assert unsupported_recognitions("A world-class app.", supported) == ["world-class"]


def test_an_invented_recognition_is_reverted():
    source = {"identity": {"title": "Developer", "full_name": "Ada Berg"}, "sidebar": {},
              "overview": "Developer building online shops for retailers.",
              "experiences": [{"heading": "2020-2023 Acme", "description": "Online shop.",
                               "bullets": ["Built the checkout."], "environment": []}]}
    adjusted = {**source, "overview": "Award-winning developer building online shops for retailers."}
    output, findings = review(source, adjusted)
    assert output["overview"] == source["overview"] and findings[0].claims == ["Award-winning"]
