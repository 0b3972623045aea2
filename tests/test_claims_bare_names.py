"""Names written in lower case where English writes a name (cvextract.claims.bare_names): the bare object of
a preposition ("for portugal", "with quernstone") that is a place or a word English never writes."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import _Scope

SOURCE = ["Ran cold-chain logistics for a fruit importer at the port of Felixstowe.",
          "Scheduled 40 reefer trucks a day for retail customers and cut spoilage by 12%."]


@pytest.mark.parametrize("written, name", [
    ("Ran cold-chain logistics for a fruit importer, for portugal.", "portugal"),     # a country
    ("Scheduled 40 reefer trucks a day with quernstone and cut spoilage by 12%.", "quernstone"),  # a coinage
    ("Ran cold-chain logistics at fruitgate and felixstowe.", "fruitgate"),           # English words joined
    ("Scheduled 40 reefer trucks a day for crateworth's depot.", "crateworth's"),      # a possessive
    ("Cut spoilage by 12% for orchardly.", "orchardly"),                                # an adverb's ending
])
def test_a_lower_case_name_after_a_preposition_is_a_claim(written, name):
    assert name in _Scope(SOURCE).claims(written)


@pytest.mark.parametrize("written", [
    "Ran cold-chain logistics for importers at felixstowe.",             # the CV's own place, in lower case
    "Scheduled 40 reefer trucks a day for retail and cut spoilage by 12%.",  # a word English uses more than others
    "Scheduled 40 reefer trucks a day for customers in retail.",         # a plural; a mass noun
    "Cut spoilage by 12% through rescheduling.",                         # a verb's form
    "Scheduled 40 reefer trucks a day with traceability and recency.",   # English's own rare words
    "Scheduled 40 reefer trucks a day for retail customers.",            # the word qualifies a noun after it
])
def test_ordinary_words_and_the_cvs_own_names_after_a_preposition_pass(written):
    assert _Scope(SOURCE).claims(written) == []
