"""A place the CV names may be written in another form (cvextract.claims.places); a sentence may start
with an irregular past tense; a bullet's abbreviation of its source's words keeps its origin."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import review
from cvextract.claims.names import name_candidates, unsupported_names
from cvextract.claims.places import same_place
from cvextract.claims.words import Vocabulary


def test_a_country_its_adjective_and_its_people_are_one_place():
    assert same_place("Swedish", {"sweden"}) and same_place("Norway", {"norwegian"}) and same_place("Danes", {"denmark"})
    assert not same_place("Finnish", {"sweden"}) and not same_place("Kafka", {"kafka"})


def test_a_place_the_cv_does_not_name_is_still_a_claim():
    source = Vocabulary(["Rolled the template out to subsidiaries in Sweden and Norway."])
    assert unsupported_names("Rolled it out to the Swedish and Norwegian subsidiaries.", source) == []
    assert unsupported_names("Rolled it out to the Swedish and Finnish subsidiaries.", source) == ["Finnish"]


@pytest.mark.parametrize("text", ["Met WCAG 2.1 AA.", "Kept the budget.", "Brought the teams together.",
                                  "Wrote the test plan."])
def test_irregular_past_tenses_at_the_start_are_words(text):
    assert name_candidates(text) == [n for n in name_candidates(text) if n in ("WCAG", "AA")]


def test_a_bullet_abbreviating_its_source_keeps_its_origin():
    source = {"identity": {"title": "Developer", "full_name": "Ada Berg"}, "sidebar": {}, "overview": "Developer.",
              "experiences": [{"heading": "2020-2023 Shop", "description": "Online shop.",
                               "bullets": ["Improved Largest Contentful Paint from 4.1 s to 1.8 s on mobile."],
                               "environment": []}]}
    adjusted = {**source, "experiences": [{**source["experiences"][0], "bullets": ["Cut mobile LCP from 4.1s to 1.8s."]}]}
    assert review(source, adjusted)[1] == []


def test_a_state_s_formal_name_is_the_country_the_cv_names_in_short():
    source = Vocabulary(["Opened plants in Slovakia and Korea, then in Russia."])
    for written in ("Opened plants in the Slovak Republic.", "Opened a plant in the Republic of Korea.",
                    "Later opened one in the Russian Federation."):
        assert unsupported_names(written, source) == []
    assert unsupported_names("Opened a plant in the Dominican Republic.", source) == ["Dominican", "Republic"]
    assert "Republic" in unsupported_names("Supplied Republic Airways.", source)
    assert "Federation" in unsupported_names("Shipped to Russia and the Dealers Federation.", source)
