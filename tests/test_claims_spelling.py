"""A word's British and American spellings are one word to the claims check (cvextract.claims.spelling):
a model writing "optimized" for the CV's "optimised" rewords it; an unknown word is still a claim."""

from __future__ import annotations

import pytest

from cvextract.claims.free_text import _Scope
from cvextract.claims.spelling import spelling_key


@pytest.mark.parametrize("british, american", [
    ("containerised", "containerized"), ("tokenisation", "tokenization"), ("catalysed", "catalyzed"),
    ("harbour", "harbor"), ("neighbours", "neighbors"), ("kilometres", "kilometers"), ("theatre", "theater"),
    ("monologue", "monolog"), ("tunnelling", "tunneling"), ("signalled", "signaled"), ("offence", "offense"),
    ("programmes", "programs"), ("fibres", "fibers"), ("paediatric", "pediatric"), ("oedema", "edema"),
    ("haemodialysis", "hemodialysis"),
])
def test_both_spellings_have_one_key(british, american):
    assert spelling_key(british) == spelling_key(american)


@pytest.mark.parametrize("word, other", [("four", "for"), ("tour", "tor"), ("genre", "gener"), ("vogue", "vog"),
                                         ("called", "caled"), ("hour", "hor")])
def test_short_words_keep_their_spelling(word, other):
    assert spelling_key(word) != spelling_key(other)


SOURCE = ["Containerised the tokenisation service and catalogued 300 APIs for the harbour authority.",
          "Levelled the fibre backbone over 40 kilometres; ran the cyber defence programme."]


@pytest.mark.parametrize("text", [
    "Containerized the tokenization service and cataloged 300 APIs for the harbor authority.",
    "Leveled the fiber backbone over 40 kilometers; ran the cyber defense program.",
])
def test_the_other_spelling_rewords_the_cv(text):
    assert _Scope(SOURCE).claims(text) == []


def test_a_new_word_in_either_spelling_is_still_a_claim():
    assert _Scope(SOURCE).claims("Containerized the Kubernetes tokenization service.") == ["Kubernetes"]
