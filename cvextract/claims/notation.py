"""A figure's possible values in any notation, read with the conventions of CLDR (through Babel).

Writers group and mark decimals as their language does: "4.200" is 4,200 in German and 4.2 in
English, "4 800" is 4,800 in French, "2,00,000" is 200,000 in India, "1,2" is 1.2 wherever it is
read. A figure whose notation is ambiguous has each value some convention gives it; a text's
figure is supported where one of its readings is one of the source's. Magnitude words and their
abbreviations come from CLDR's compact number formats of the same languages ("Mio.", "Mrd.",
"M€", "mi", "milhões", "lakh", "crore", "k", "bn"); a word two conventions read apart ("billion":
10⁹ in English, 10¹² in French and German) has both values; currency symbols from the same
languages ("R$", "US$", "CA$", "$AU"). The locale data ships with Babel: nothing is downloaded.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import NumberFormatError, parse_decimal

# Languages whose conventions a CV's figures may follow (Indian and Swiss English/German group otherwise).
LOCALES = ("en", "en_IN", "de", "de_CH", "fr", "es", "pt", "pt_BR", "it", "nl", "sv", "pl")
# Magnitude words English writers use besides CLDR's (the press's "mn", "bn"; "lakhs", "crores").
ENGLISH = {"k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6, "bn": 10**9,
            "b": 10**9, "billion": 10**9, "lakhs": 10**5, "crores": 10**7, "cr": 10**7}
# The English magnitude words written out, and each as a pattern that lets a zero-width space follow its
# first letter (:func:`.numbers.written_as_digits` puts one there to keep the converter from reading it).
SPELLED = ("thousand", "million", "billion")
SPELLED_KEPT_APART = "|".join(word[0] + r"\u200b?" + word[1:] for word in SPELLED)
# One letter alone (T for tonnes, L for litres) is a unit, not a magnitude, except these.
_ONE_LETTER = {"k", "m", "b"}
_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")


def _symbols(locale: Locale) -> tuple[str, str]:
    symbols = locale.number_symbols["latn"]
    return symbols["decimal"], symbols["group"]


@lru_cache(maxsize=1)
def _locales() -> tuple[Locale, ...]:
    return tuple(Locale.parse(name) for name in LOCALES)


@lru_cache(maxsize=1)
def magnitude_words() -> dict[str, frozenset[int]]:
    """Each magnitude word or abbreviation (casefolded, no trailing dot): the powers of ten it may mean.

    Another language's abbreviation of three letters or fewer, written apart, may be a unit in English
    ("5 mi": 5 miles or 5 million): :func:`.numbers.values_of` reads the bare figure too."""
    words: dict[str, set[int]] = {word: {value} for word, value in ENGLISH.items()}
    for locale in _locales():
        for formats in (locale.compact_decimal_formats, locale.compact_currency_formats):
            for by_plural in formats.values():
                for by_size in by_plural.values():
                    for size, pattern in by_size.items():
                        zeros = pattern.pattern.count("0")
                        word = _SPACES.sub(" ", pattern.suffix[0].replace("'", "").replace("¤", "")).strip()
                        word = word.removesuffix(".").casefold()
                        if word and zeros and (len(word) > 1 or word in _ONE_LETTER):
                            words.setdefault(word, set()).add(int(size) // 10 ** (zeros - 1))
    return {word: frozenset(values) for word, values in words.items()}


@lru_cache(maxsize=16384)
def readings(written: str) -> tuple[Decimal, ...]:
    """The values a run of digits and separators (``4.200``, ``1,2``, ``2,00,000``) may state, the
    English reading first; none when no convention reads it. "4.000" is 4,000 only."""
    found: list[Decimal] = []
    for locale in _locales():
        decimal, group = _symbols(locale)
        # Swiss grouping is written with a typographic or a typewriter apostrophe ("1’250’000", "1'250'000")
        text = _SPACES.sub(group, written) if group.isspace() else written.replace("’", group).replace("'", group)
        try:
            value = parse_decimal(text, locale, strict=True)
        except (NumberFormatError, ValueError):
            continue
        if value not in found:
            found.append(value)
    # "3,000" is never written for 3: a reading with only zeros after its decimal mark is dropped.
    plain = [value for value in found if value.as_tuple().exponent >= 0 or value != value.to_integral_value()]
    return tuple(plain or found)


@lru_cache(maxsize=1)
def currency_symbols() -> dict[str, str]:
    """Each currency symbol these languages write, with a currency sign (casefolded: "r$", "$au"; not a
    bare code such as "CHF"): its ISO code. A symbol two languages give two currencies keeps the first language's ("$": USD)."""
    symbols: dict[str, str] = {}
    for locale in _locales():
        for code, symbol in locale.currency_symbols.items():
            if any(unicodedata.category(c) == "Sc" for c in symbol) and symbol != "¤":
                symbols.setdefault(symbol.casefold(), code)
    return symbols
