"""Technology and product names written in lower case ("fed from kafka", "python scripts") or as
everyday words at a sentence's start ("Docker images", "Spark jobs"), told from ordinary words.

Two ways: a bundled vocabulary of well-known names (``data/tech_names.txt``), matched whatever the
case (an entry that is also an everyday word, such as "spark" or "elastic", only where capitalised
or listed beside another name: "Splunk and elastic"; an entry of several words or a hyphen, such as
"power automate" or "control-m", as a phrase in any case); and
a lower-case word English does not know (wordfreq) and that no English word derives ("graphql" is a
name, "containerised", "lakehouse" and "replatformed" are not), or that joins two English words as English
never does and other languages' texts do (a brand as its owner writes it: "skyguide").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data_files import data_lines
from .words import known_abroad, zipf

UNKNOWN_ZIPF = 2.0   # a lower-case word rarer than this in English may be a name
BASE_ZIPF = 3.0      # ... unless it derives from a word at least this common
HALF_ZIPF = 4.0      # ... or joins two such words, one of them at least this common ("lakehouse"; not "exo" + "cad")
_SUFFIXES = ("isations", "izations", "isation", "ization", "ised", "ized", "ises", "izes", "ise", "ize", "ing",
             "ed", "es", "s", "ers", "er", "ability", "able", "ly", "ment", "ments", "d")
# Endings that make jargon of any word before them ("insurtech", "mlops", "nocode", "chatbots").
_COMBINING_ENDINGS = ("tech", "ops", "code", "ware", "bot", "bots")
ENGLISH_PREFIXES = ("re", "un", "pre", "de", "non", "co", "sub", "multi", "micro", "auto", "cross", "over", "under", "out")
# English's other combining prefixes, read only where a hyphen sets them off before a lower-case word
# ("Semi-automated", "Anti-fraud", "Tele-health"): there they are no names; inside a word ("metabase")
# they are not stripped, so a product name made with one stays unknown.
HYPHENED_PREFIXES = (*ENGLISH_PREFIXES, "semi", "inter", "intra", "anti", "bi", "tri", "hyper", "ultra", "mega", "trans",
                     "mis", "extra", "macro", "meta", "neo", "omni", "para", "pseudo", "quasi", "super", "supra", "tele",
                     "ex", "post", "mid", "self", "counter", "mono", "poly", "infra", "mini", "e")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], re.Pattern | None]:
    """(names in any case, names only where capitalised, a pattern of the names of several words), casefolded."""
    anywhere, capitalised, phrases = set(), set(), []
    for line in data_lines("tech_names.txt"):
        if line.endswith(" ^"):
            capitalised.add(line[:-2].strip().casefold())
        elif " " in line or "-" in line:  # "power automate", "control-m": a phrase, spaces and hyphens alike
            phrases.append(r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", line.casefold())))
        else:
            anywhere.add(line.casefold())
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(phrases, key=len, reverse=True)) + r")(?![\w-])",
                         re.IGNORECASE) if phrases else None
    return frozenset(anywhere), frozenset(capitalised), pattern


def known_tech_name(token: str) -> bool:
    """Whether ``token`` is a well-known technology or product name as written here."""
    anywhere, capitalised, _ = _vocabulary()
    folded = token.casefold()
    return folded in anywhere or (folded in capitalised and token[:1].isupper())


def everyday_tech_name(token: str) -> bool:
    """Whether ``token`` is a name that is also an everyday word ("elastic", "spark"), in any case."""
    return token.casefold() in _vocabulary()[1]


def unsupported_phrases(text: str, sources) -> list[str]:
    """The names of several words ``text`` writes with a lower-case word ("power automate") that no
    source text has (case, spaces and hyphens aside); all capitalised, the name check has them."""
    pattern = _vocabulary()[2]
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        written = match.group()
        if all(word[:1].isupper() or not word[:1].isalpha() for word in re.split(r"[\s-]+", written)):
            continue
        phrase = re.compile(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", written.casefold())), re.IGNORECASE)
        if not any(phrase.search(source) for source in sources) and written not in found:
            found.append(written)
    return found


@lru_cache(maxsize=65536)
def unknown_lowercase_word(token: str) -> bool:
    """A lower-case word English neither uses nor derives: a name written in lower case ("graphql"); or
    two English words joined that English never writes so but another language does: a brand that other
    languages' texts name as it is ("skyguide"; English's own jargon, "workstreams", "hypercare", is
    unknown abroad too)."""
    if len(token) < 3 or not token.isalpha() or not token.islower() or zipf(token) >= UNKNOWN_ZIPF:
        return False
    if not english_derivation(token):
        return True
    return zipf(token) == 0 and not english_derivation(token, halves=False) and known_abroad(token) >= ABROAD_ZIPF


ABROAD_ZIPF = 1.0  # a word another language's texts use at least this often is one it knows


@lru_cache(maxsize=65536)
def english_derivation(word: str, halves: bool = True) -> bool:
    """Whether ``word`` is an English word inflected, derived or compounded ("containerised",
    "replatformed", "lakehouse", "runbooks"): a base at least BASE_ZIPF common, or (with ``halves``) two
    such halves, one of them a common word ("exocad", two rare halves, is a name)."""
    word = word.casefold()
    if word.endswith(_COMBINING_ENDINGS) and not word.startswith(_COMBINING_ENDINGS):
        return True
    bases = {word} | {word[: -len(s)] for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3}
    bases |= {word[: -len(s)] + "ous" for s in ("isation", "ization") if word.endswith(s)}  # anonymisation
    bases |= {base + "e" for base in bases}  # "timeboxed" -> "timebox", "prioritised" -> "prioritise"
    bases |= {base[len(p):] for base in bases for p in ENGLISH_PREFIXES if base.startswith(p) and len(base) - len(p) >= 3}
    if any(zipf(base) >= BASE_ZIPF for base in bases):
        return True
    return halves and any(zipf(base[:i]) >= BASE_ZIPF and zipf(base[i:]) >= BASE_ZIPF
               and max(zipf(base[:i]), zipf(base[i:])) >= HALF_ZIPF
               for base in bases for i in range(2, len(base) - 2))
