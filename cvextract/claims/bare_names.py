"""Names written in lower case where a name stands: "for ledgerly", "with quernstone", "at harbourline's depot".

English puts a determiner before a singular common noun that a preposition governs ("for the bank", "at
a depot"); a bare word there that is not followed by a noun it qualifies is a plural, a mass noun or a
name. Which of them the word's own standing says: a place (a country or its adjective, :mod:`.places`)
or a word English never writes (wordfreq) is a name, even where English words joined could make it
("cobaltline") or an adverb's ending ("ledgerly": no adverb stands alone after a preposition); English's
words ("retail", "recency"), its derivations ("traceability") and a verb's forms ("replatforming") are
not. A city English uses as often as a common word ("dublin") is not told from one. Capitalised words are the name
check's already; this reads only lower-case ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import written_as_digits
from .places import is_place
from .tech_names import english_derivation
from .words import TOKEN, zipf

# Prepositions that put a customer, an employer or a place after them ("for", "at", "in", "across").
_PREPOSITIONS = frozenset("""for at in with from across to throughout within near around beside alongside by via
    into onto outside inside serving""".split())
# What may follow a bare name: the end of its phrase (punctuation), a conjunction or a preposition.
_AFTER = frozenset("""and or but as for at in with from across to throughout within near around by via on of
    during since until over under between including where which who while when than through""".split())
_CLOSING = re.compile(r"\s*(?:$|[,.;:!?)\]–—]|\s-\s)")
_VERB_ENDINGS = ("ing", "ed")


@lru_cache(maxsize=16384)
def bare_objects(text: str) -> frozenset[int]:
    """The token indices of ``text`` (:data:`~.words.TOKEN`) that are lower-case words standing alone
    after a preposition ("for dublin.", "with ledgerly and ...", "at harbourline's"), or listed after one
    ("for dublin and cork")."""
    matches = list(TOKEN.finditer(text))
    found: set[int] = set()
    for at, match in enumerate(matches):
        word = match.group()
        if not at or not _lower_word(word):
            continue
        before = matches[at - 1]
        gap = text[before.end():match.start()]
        governed = before.group().casefold() in _PREPOSITIONS and gap.isspace()
        listed = at - 1 in found and gap.strip() in {",", ""} or (
            at >= 2 and at - 2 in found and before.group().casefold() in {"and", "or"} and gap.isspace())
        if not (governed or listed):
            continue
        if word.endswith(("'s", "’s")) or _CLOSING.match(text, match.end()) or (
                at + 1 < len(matches) and matches[at + 1].group().casefold() in _AFTER
                and text[match.end():matches[at + 1].start()].isspace()):
            found.add(at)
    return frozenset(found)


def _lower_word(word: str) -> bool:
    bare = re.sub(r"['’]s$", "", word)
    return len(bare) >= 3 and bare.isalpha() and bare.islower()


@lru_cache(maxsize=65536)
def name_in_lower_case(word: str) -> bool:
    """Whether ``word``, a bare object of a preposition, is a name: a place (:mod:`.places`), or a word English
    never writes (wordfreq) that no English suffix or prefix derives from an English word, an adverb's "-ly"
    aside ("ledgerly", "cobaltline"; not "traceability", "recency", nor a verb's form: "timeboxing")."""
    bare = re.sub(r"['’]s$", "", word)
    if is_place(bare):
        return True
    if bare.endswith(_VERB_ENDINGS) or written_as_digits(bare).isdigit() or zipf(bare) > 0:
        return False
    return bare.endswith("ly") or not english_derivation(bare, halves=False)
