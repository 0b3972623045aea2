"""The named things free text mentions: technologies, products, companies, customers, institutions,
certifications and degrees, told apart from ordinary words without a language model.

A token is a name when it has a technology's shape (``C++``, ``C#``, ``.NET``, ``Node.js``, ``K8s``,
``AWS``, ``PostgreSQL``), when it is capitalised inside a sentence (``Haskell``, ``Siemens``), or
when it starts a sentence and is not an ordinary English word there (wordfreq: common words,
inflected verbs such as "Architected", are rewording; see ``_ordinary_at_start``). Credential words (``certified``, ``degree``)
count as claims even though they are ordinary words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import is_number
from .words import Vocabulary, english_only, parts, stem, tokens, zipf

# A sentence-initial capitalised word at least this common in English is an ordinary word there,
# and so is one from RATHER_ENGLISH_ZIPF up that English uses far more than other languages: names
# (Java, Siemens, Oracle) are about as common in German or French as in English, words are not.
ORDINARY_ZIPF = 5.3
RATHER_ENGLISH_ZIPF = 3.0
# Endings of inflected and derived English words ("Spearheaded", "Leveraging", "Expertise").
_ORDINARY_ENDINGS = ("ed", "ing", "ly", "ise", "ize", "ises", "izes", "tion", "tions", "ment", "ments",
                     "ness", "ity", "ive", "ful", "ous", "able", "ship", "ance", "ence", "ile")
# A noun whose plural English uses nearly as often is a common noun (Consultant, Expert: consultants,
# experts); a name's plural is rare or unknown (Haskells, Javas, Siemenses).
PLURAL_MARGIN = 0.5
# Irregular past tenses a CV's bullets start with that are rarer than ORDINARY_ZIPF.
_IRREGULAR_PAST = {"oversaw", "undertook", "drove", "grew", "rewrote", "overcame", "underwent", "upheld",
                   "sped", "wove", "won", "forged", "sought", "taught", "built", "led", "ran", "took"}
# Words that claim a credential wherever they stand.
CREDENTIAL_STEMS = {stem(w) for w in ("certified", "certification", "certificate", "accredited", "accreditation",
                                      "chartered", "licensed", "degree", "bachelor", "bachelor's", "master's",
                                      "doctorate", "diploma", "phd", "msc", "bsc", "mba", "graduated", "alumnus")}
_TECH_CHARS = re.compile(r"[+#]|^\.|[a-z]\.[a-z]", re.IGNORECASE)


@lru_cache(maxsize=65536)
def tech_shaped(token: str) -> bool:
    """``C++``, ``.NET``, ``Node.js``, ``K8s``, ``AWS``, ``PostgreSQL``, ``iOS``: never an ordinary word."""
    if _TECH_CHARS.search(token):
        return True
    letters = [c for c in token if c.isalpha()]
    if len(letters) < 2 and not (letters and any(c.isdigit() for c in token)):
        return False
    if any(c.isupper() for c in token[1:]):
        return True
    return any(c.isdigit() for c in token) and bool(letters)


def _ordinary_at_start(word: str) -> bool:
    folded = word.casefold()
    # "Holds", "Brings", "Technologies": the verb or the singular
    forms = (folded, folded.removesuffix("s"), folded.removesuffix("es"), re.sub(r"ies$", "y", folded))
    plural = folded + ("es" if folded.endswith(("s", "sh", "ch", "x")) else "s")
    return (folded in _IRREGULAR_PAST or folded.endswith(_ORDINARY_ENDINGS)
            or zipf(folded) - zipf(plural) <= PLURAL_MARGIN
            or any(zipf(form) >= ORDINARY_ZIPF or (zipf(form) >= RATHER_ENGLISH_ZIPF and english_only(form))
                   for form in forms))


@lru_cache(maxsize=16384)
def _candidates(text: str, known_names: frozenset[str]) -> tuple[str, ...]:
    return tuple(name_candidates(text, known_names))


def name_candidates(text: str, known_names: frozenset[str] = frozenset()) -> list[str]:
    """The tokens of ``text`` that name something or claim a credential, in order, once each.

    ``known_names`` (casefolded): names the prompt gave the model (a job posting's "Snowflake",
    "Spring"), names even where an ordinary word would start a sentence."""
    found: list[str] = []
    for token, starts in tokens(text):
        pieces = parts(token) if not _TECH_CHARS.search(token) else [token]
        for index, piece in enumerate(pieces):
            at_start = starts and index == 0
            if is_number(piece):
                continue
            if stem(piece) in CREDENTIAL_STEMS or tech_shaped(piece):
                pass
            elif len(piece) < 2 or not piece[0].isupper() or piece.isdigit():
                continue
            elif at_start and _ordinary_at_start(piece) and piece.casefold() not in known_names:
                continue
            if piece not in found:
                found.append(piece)
    return found


def unsupported_names(text: str, allowed: Vocabulary, known_names: frozenset[str] = frozenset()) -> list[str]:
    """The names and credential words in ``text`` that the allowed source text never uses."""
    return [name for name in _candidates(text, known_names) if not allowed.has(name)]


# A prompt's capitalised word at least this common in English is an everyday word (Team, Data, Project),
# not a name to watch for.
PROMPT_NAME_ZIPF = 5.0


def names_in(text: str) -> frozenset[str]:
    """The names ``text`` uses, casefolded (for ``known_names``), leaving out the common words that
    postings capitalise ("our Data Team")."""
    return frozenset(name.casefold() for name in name_candidates(text)
                     if tech_shaped(name) or zipf(name.casefold()) < PROMPT_NAME_ZIPF)
