"""A place named in another form than the CV's: "Swedish subsidiaries" for "subsidiaries in Sweden",
"for Norway" for "the Norwegian market". A country, its adjective and its people are one place
(``data/places.txt``), so a tailored text may use any form of a place the CV names.
"""

from __future__ import annotations

from functools import lru_cache

from .data_files import data_lines


@lru_cache(maxsize=1)
def _places() -> dict[str, frozenset[str]]:
    """Each form of a place, casefolded, with all the forms of that place."""
    forms: dict[str, frozenset[str]] = {}
    for line in data_lines("places.txt"):
        place = frozenset(line.split())
        forms.update({form: place for form in place})
    return forms


def is_place(word: str) -> bool:
    """Whether ``word`` is a form of a place the list knows ("Japanese", "America")."""
    return word.casefold() in _places()


def same_place(name: str, words) -> bool:
    """Whether ``name`` is another form of a place among ``words`` (casefolded source words), a
    possessive among them ("Portuguese" for "Portugal's")."""
    place = _places().get(name.casefold())
    return place is not None and any(form in words or form + "'s" in words or form + "’s" in words for form in place)
