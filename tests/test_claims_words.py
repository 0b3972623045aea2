"""The word frequencies the claims check reads fast (small lists, plain dict look-ups) are wordfreq's own
figures: the same answers as its slower full look-ups."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from cvextract.claims.words import ENGLISH_MARGIN, OTHER_LANGUAGES, english_only, zipf

WORDS = ["scope", "holds", "oversaw", "java", "bosch", "siemens", "oracle", "pen", "met", "consultant", "haskell",
         "graphql", "kafka", "tableau", "the", "hypercare", "s/4hana", "node.js", "élan", "über"]


@pytest.mark.parametrize("word", WORDS)
def test_fast_lookups_give_wordfreqs_figures(word):
    assert zipf(word) == zipf_frequency(word, "en")
    slow = zipf_frequency(word, "en") - max(zipf_frequency(word, lang) for lang in OTHER_LANGUAGES) >= ENGLISH_MARGIN
    assert english_only(word) == slow
