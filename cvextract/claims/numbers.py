"""The numbers free text states, as values: ``1,000``, ``1000``, ``1k`` and ``one thousand`` are one.

Percentages (``35%``, ``35 %``, ``35 percent``), money (``$2M``, ``2 million``), counts, durations
and dates all come down to a value; a number glued to letters (``EC2``, ``S/4HANA``) belongs to a
name and is left to the name check. A source's "a pair of" states 2, and its list written with
slashes ("EN 50126/50128/50129") each of its numbers. Any notation counts (:mod:`.notation`): "4.200",
"1,2 Mio. €", "3 lakh"; a figure whose notation is ambiguous has each of its readings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from decimal import Decimal

from text_to_num import alpha2digit

from .notation import ENGLISH, SPELLED, SPELLED_KEPT_APART, currency_symbols, magnitude_words, readings

# Letters that may follow a number's digits without making it part of a name.
SUFFIXES = {"st", "nd", "rd", "th", "s", "x", "h", "y", "yrs", "d", "w", "ms", "min", "mins", "hrs",  # time
             "kb", "mb", "gb", "tb", "pb", "hz", "khz", "mhz", "ghz", "kbps", "mbps", "gbps",     # data
             "fps", "rps", "qps", "tps", "rpm", "km", "kg", "kw", "mw", "g"} | {  # 10G: 10 Gbit/s
                 word for word in magnitude_words() if word.isalpha()}                  # 2k, 1.2M, 3bn
# Units written apart from their number ("10 Gbit/s"): no names.
UNIT_WORDS = {"kbit", "mbit", "gbit", "tbit", "kbps", "mbps", "gbps", "tbps", "kb", "mb", "gb", "tb", "pb", "khz", "mhz",
              "ghz", "ms", "kw", "mw", "gw", "kwh", "mwh", "gwh"}
# Digits grouped by one separator throughout (1,000; 4.200; 4 800; 1'250; India's 2,00,000), or not grouped.
_DIGITS = (r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d,])(?!\.\d)"
           r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,]\d|[\d-])|\d{1,3}(?:['’]\d{3})+(?!\d)|\d+")
# A magnitude word after the figure ("2 million", "1,2 Mio.", "3 lakh", "4,5 milhões"; a zero-width
# space may sit in an English one, see written_as_digits); one letter apart only before a currency ("1,2 M€").
# Words of four letters or more may join the next word ("3.2-million-member"); shorter ones not ("2 bi-weekly").
_MAGNITUDE = "|".join(r"\s".join(w[:1] + "\u200b?" + re.escape(w[1:]) for w in word.split())
                      + (r"(?!\w)" if len(word) > 3 else r"(?![\w-])")
                      for word in sorted(magnitude_words(), key=len, reverse=True) if len(word) > 1)
_MONEY = "[$€£¥₹]"
_PERCENT = r"%|percent\b|per cent\b|prozent\b|pour cent\b|por cento\b|por ciento\b|per cento\b|procent\b"
NUMBER = re.compile(rf"(?<![\w.,/])(?:{_MONEY}\s?)?({_DIGITS})([.,]\d+(?![.,]\d))?(?:[\s-]?({_MAGNITUDE}"
                    rf"|[kmb](?=\s?{_MONEY}))|([A-Za-z]+))?(?:\s?{_MONEY}(?!\w))?(?:\s?(?:{_PERCENT}))?",
                    re.IGNORECASE)
_PERCENT_SIGN = re.compile(_PERCENT, re.IGNORECASE)
_PERCENT_LETTERS = re.compile(r"%|p(?:er|ro|our|or)", re.IGNORECASE)  # what every form of _PERCENT starts with
_SPACED_UNIT = re.compile(rf"(\d|\bhalf)[\s-]+({'|'.join(SPELLED)})\b", re.IGNORECASE)  # "3.2-million-member"
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_WORDS = (*_UNIT_WORDS, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                 "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                 "hundred", "thousand")
# "eight-player", "twenty-strong": a number word joined to a word (not "twenty-five") is a figure.
_JOINED_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")-(?!(?:" + "|".join(_UNIT_WORDS) + r")\b)(?=[a-z])",
                          re.IGNORECASE)
# "a third of", "by a fifth": a fraction (:mod:`.magnitudes` compares it), not the ordinal "3rd" ("a third release").
FRACTION_WORDS = {"third": 3, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_FRACTION_PARTS = "|".join(f"({word[:2]})({word[2:]})" for word in FRACTION_WORDS)  # split apart while converting
_FRACTION = re.compile(r"\b(?:an?|one)[- ](?:" + _FRACTION_PARTS + r")\b(?=\s+of\b|\s*[,.;:)]|\s*$)"
                       r"|(?<=\bby )(?:an?|one)[- ](?:" + _FRACTION_PARTS + r")\b", re.IGNORECASE)
# Words the converter misreads as numbers ("OS" as 0): kept apart while it runs.
_NOT_NUMBERS = re.compile(r"\b(o)(s)\b", re.IGNORECASE)
_KEPT_APART = "\u2060"
# "per second", "a second" ending a clause: a unit of time, not the ordinal "2nd" (kept apart the same way).
_PER_SECOND = re.compile(r"\b(per s|a s(?=econd\s*(?:[,.;:)]|$)))(econd)\b", re.IGNORECASE)
_HALF = re.compile(r"\bhalf an? (?=[a-z])", re.IGNORECASE)           # "half a day": 0.5 day
_AND_A_HALF = re.compile(r"\b(\d+) and a half\b", re.IGNORECASE)      # "2 and a half years": 2.5 years
_COUPLE = re.compile(r"\ba couple of\b", re.IGNORECASE)                 # "a couple of releases": 2
# A figure times a dozen ("half a dozen", "two dozen"), and a fraction of one unit ("two tenths of a per
# cent", "three quarters of an hour"): read as the figure they make (6, 0.2 per cent, 0.75 hour).
_DOZEN = re.compile(r"\b(\d+(?:\.\d+)?) dozen\b", re.IGNORECASE)
_HALF_DOZEN = re.compile(r"\b(?:a[\s-])?half[\s-](?:an?[\s-])?dozen\b", re.IGNORECASE)  # "a half-dozen", "half-a-dozen"
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_PARTS_OF_ONE = re.compile(r"\b(\d+) (halves|thirds|quarters|(\d+)(?:th|ths))\s+of\s+(?:a|an|one)\s+(?=[a-z])",
                           re.IGNORECASE)
# "from 1.2 to 1.6 million": the first figure of a range shares the magnitude written after the second.
_RANGE_MAGNITUDE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)(\s*(?:to|-|–|and)\s*\d+(?:\.\d+)?[\s-]"
                              rf"({SPELLED_KEPT_APART}|mn|bn)\b)", re.IGNORECASE)
# "0.05–150%", "between 3 and 5 per cent": the first figure of a range is a percentage like the second.
_RANGE_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)(?=\s*(?:to|-|–|—)\s*\d+(?:\.\d+)?\s?(?:%|per ?cent\b))"
                            r"|(?<=\bbetween )(\d+(?:\.\d+)?)(?= and \d+(?:\.\d+)?\s?(?:%|per ?cent\b))", re.IGNORECASE)
# "the 2nd quarter of 2023" is Q2 2023, a date (the name check compares "Q2"), not the figure 2
_ORDINAL_QUARTER = re.compile(r"\b(?:the )?([1-4])(?:st|nd|rd|th) quarter(?: of)?\b", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"(?<![\w.,])((?:19|20)\d\d)(\s?[–-]\s?|/)(\d\d)(?![\w%]|[.,]\d)")  # 2017–18, FY2019/20
_VERSION = re.compile(r"\bv(?=\d)", re.IGNORECASE)                   # "v14": version 14
_VERSION_TOKEN = re.compile(r"v\d+(?:\.\d+)*", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
ANY_DIGIT = re.compile(r"\d")
_DIGIT_ONE = re.compile(r"(?<![\w.,])1(?:[.,]0{1,2})?(?!\d|[.,]\d)")  # "1", "1.0"; not the 1 of a name ("GS1", "F1")
# Standard notations of one figure, read in their plain form: a percentile ("p99", "P99.9": the 99th
# percentile) and the round-the-clock schedule ("24x7", "24 × 7", "round-the-clock": 24/7).
_PERCENTILE = re.compile(r"(?<![\w.])[pP](\d{2}(?:\.\d+)?)(?!\w|\.\d)")
_ROUND_THE_CLOCK = re.compile(r"(?<![\w./])24\s?[x×]\s?7(?![\w/])|\ba?round[- ]the[- ]clock\b", re.IGNORECASE)
# Currencies as symbols, codes and words: "€2.1m" and "EUR 2.1 million" state one currency.
CURRENCIES = {"EUR": ("€", "eur", "euro", "euros"), "GBP": ("£", "gbp", "pound", "pounds", "sterling"),
              "USD": ("$", "usd", "dollar", "dollars"), "CHF": ("chf", "franc", "francs"),
              "SEK": ("sek",), "NOK": ("nok",), "DKK": ("dkk",), "JPY": ("¥", "jpy", "yen"), "INR": ("₹", "inr", "rupees"),
              "PLN": ("pln", "zloty"), "CAD": ("cad",), "AUD": ("aud",)}
_CURRENCY_WORDS = {**currency_symbols(), **{form: code for code, forms in CURRENCIES.items() for form in forms}}
# Symbols are looked for only in a text with a currency sign (the symbols' alternation, tried at every
# position, cost a sixth of the check's time); words (euros, EUR) always.
_CURRENCY_SIGN = re.compile("[" + re.escape("".join(sorted({c for symbol in currency_symbols() for c in symbol
                                                            if unicodedata.category(c) == "Sc"} | set("€£$¥₹")))) + "]")
_CURRENCY_SYMBOL = re.compile("|".join(("(?<![A-Za-z])" if symbol[0].isalpha() else "") + re.escape(symbol)  # R$ before $
                                       + ("(?![A-Za-z])" if symbol[-1].isalpha() else "")
                                       for symbol in sorted(currency_symbols(), key=len, reverse=True))
                              + r"|[€£$¥₹]", re.IGNORECASE)
_CURRENCY_WORD = re.compile(r"\b(?:" + "|".join(sorted((w for w in _CURRENCY_WORDS if w.isalpha()), key=len, reverse=True))
                            + r")\b", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?")


def is_number(token: str) -> bool:
    """A token that is a number as :func:`numbers_in` reads it (``1k``, ``3rd``, ``1990s``), not a name."""
    if not ANY_DIGIT.search(token):
        return bool(_ROUND_THE_CLOCK.fullmatch(token))  # every other figure NUMBER reads has a digit
    if _VERSION_TOKEN.fullmatch(token) or _PERCENTILE.fullmatch(token) or _ROUND_THE_CLOCK.fullmatch(token):
        return True  # a version, a percentile, 24x7: numbers_in reads them
    token = token.removesuffix("+")  # "300+": more than 300
    match = NUMBER.fullmatch(token)
    return bool(match) and (not match.group(4) or match.group(4).lower() in SUFFIXES)


@lru_cache(maxsize=16384)
def written_as_digits(text: str) -> str:
    """English number words as digits (``twenty-five`` -> ``25``); ``2 million`` kept together."""
    # Each rewrite runs only where the word or character it needs is there (an ASCII text's lower case;
    # any other text is rewritten throughout): most texts hold none of them, and each pass is a scan.
    has = text.lower().__contains__ if text.isascii() else lambda _: True
    # A zero-width space inside "million" keeps the converter from reading it as a number of its own.
    if has("half"):
        text = _HALF.sub("0.5 ", _HALF_DOZEN.sub("6", text))  # "half a million" too
    if has("couple"):
        text = _COUPLE.sub("2", text)
    if any(has(word) for word in SPELLED):
        text = _SPACED_UNIT.sub(lambda m: f"{m.group(1)} {m.group(2)[0]}\u200b{m.group(2)[1:]}", text)
    if any(has(word) for word in FRACTION_WORDS):
        text = _FRACTION.sub(lambda m: m[0][:m[0].find(next(g for g in m.groups() if g))]
                             + "\u200b".join(g for g in m.groups() if g), text)
    if has("os"):
        text = _NOT_NUMBERS.sub(r"\1" + _KEPT_APART + r"\2", text)
    if has("second"):
        text = _PER_SECOND.sub(r"\1" + _KEPT_APART + r"\2", text)
    if has("-"):
        text = _JOINED_WORD.sub(r"\1 ", text)
    any_digit = bool(ANY_DIGIT.search(text))
    if any_digit:  # "v14": version 14; "p99": the 99th percentile
        text = _PERCENTILE.sub(r"\1 percentile", _VERSION.sub("version ", text))
    if any_digit or has("round"):
        text = _ROUND_THE_CLOCK.sub("24/7", text)  # "24x7", "round-the-clock"
    try:
        text = alpha2digit(text, "en", threshold=0)  # "two weeks" is "2 weeks" (the default skips below 3)
    except Exception:  # noqa: BLE001 - a text the converter cannot read keeps its digits only
        return text.replace(_KEPT_APART, "")
    text = text.replace(_KEPT_APART, "")
    if not ANY_DIGIT.search(text):
        return text  # what follows rewrites figures only
    text = _YEAR_RANGE.sub(_whole_years, text)
    text = _DOZEN.sub(lambda m: _plain(Decimal(m.group(1)) * 12), text)
    text = _PARTS_OF_ONE.sub(lambda m: _plain(Decimal(m.group(1)) / Decimal(
        m.group(3) or _DENOMINATORS[m.group(2).casefold()])) + " ", text)
    text = _RANGE_MAGNITUDE.sub(r"\1 \3\2", text)
    if "%" in text or has("cent"):
        text = _RANGE_PERCENT.sub(lambda m: (m.group(1) or m.group(2)) + "%", text)
    return _ORDINAL_QUARTER.sub(r"Q\1", _AND_A_HALF.sub(r"\1.5", text))


def _whole_years(match: re.Match) -> str:
    """"2017–18" as "2017–2018": a range's end written short has its start's century."""
    start, short = match.group(1), match.group(3)
    return match.group() if short <= start[2:] else f"{start}{match.group(2)}{start[:2]}{short}"


def numbers_in(text: str) -> dict[str, str]:
    """``{value: as written}`` for each number ``text`` states (values as plain decimal strings)."""
    return dict(_numbers(str(text or "")))


# A month and its year ("07/2017", "03.2021"): a date, whose month is no figure.
MONTH_YEAR = re.compile(r"(?<![\w.,/])(?:0?[1-9]|1[0-2])[/.-]((?:19|20)\d\d)(?![\w/]|[.,]\d)")


@lru_cache(maxsize=16384)
def _numbers(text: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for match in NUMBER.finditer(MONTH_YEAR.sub(r"\1", written_as_digits(text))):
        letters = match.group(4)
        if letters and letters.lower() not in SUFFIXES:
            continue  # part of a name: EC2, 4HANA, 3D
        for value in values_of(match):
            found.setdefault(value, match.group().strip().replace("\u200b", ""))
    return tuple(found.items())


_TIMES_WORDS = re.compile(r"\b(once|twice|thrice)\b", re.IGNORECASE)
_PAIR = re.compile(r"\b(?:a|one) pair of\b", re.IGNORECASE)
# "EN 50126/50128/50129", "2G/3G/4G": a list of numbers, each with its unit
_SLASHED = re.compile(r"(?<![\w.,/])\d+[A-Za-z]*(?:/\d+[A-Za-z]*)+(?![\w/])")


@lru_cache(maxsize=16384)
def restated_numbers(text: str) -> frozenset[str]:
    """The values a source states in another form: its counts of times ("twice": 2), a pair (2) and each
    number of a list written with slashes ("EN 50126/50128/50129" lists 50128 too; "24/7" lists nothing). Durations in other
    units ("30 months" for 2.5 years, a fortnight) are :mod:`.quantities`'."""
    values = {str(("once", "twice", "thrice").index(m.group().lower()) + 1) for m in _TIMES_WORDS.finditer(text)}
    values |= {"2"} if _PAIR.search(text) else set()
    values |= {value for m in _SLASHED.finditer(MONTH_YEAR.sub(r"\1", text)) if _one_shape(m.group().split("/"))
               for item in m.group().split("/") for value in numbers_in(item)}
    return frozenset(values)


def _one_shape(items: list[str]) -> bool:
    """Whether slashed numbers list things of one kind, their digits as many ("50126/50128", "2G/3G/4G"),
    not an idiom of two kinds ("24/7": hours a day, days a week), which lists no 7 of anything."""
    return len({len(re.match(r"\d*", item).group()) for item in items}) == 1


def figures_in(text: str) -> dict[str, str]:
    """:func:`numbers_in` less a "one" written as a word ("one of the first", "one-stop"), which is far more
    often an article than a figure: what a written text claims. Sources keep it (it supports "1 day")."""
    found = numbers_in(text)
    if "1" in found and not writes_one_in_digits(str(text or "")):
        del found["1"]
    return found


def writes_one_in_digits(text: str) -> bool:
    """Whether ``text`` writes the figure 1 in digits, not only as a word ("one", "single") or inside a
    name ("GS1"): a "one" in words is far more often an article than a count."""
    return bool(_DIGIT_ONE.search(text))


def ordinal_in_words(written: str, text: str) -> bool:
    """Whether ``written``, a figure of :func:`numbers_in` of ``text``, is an ordinal ``text`` writes as a
    word ("a second platform"): it orders rather than counts, a claim only beside a source's ordinals."""
    return bool(_ORDINAL.fullmatch(written)) and written not in text


def states_ordinals(text: str) -> bool:
    """Whether ``text`` (a source) orders anything by number: "the 2nd release", "a third wave"."""
    return any(_ORDINAL.fullmatch(written) for written in numbers_in(text).values())


@lru_cache(maxsize=16384)
def currencies_in(text: str) -> frozenset[str]:
    """The currencies ``text`` names, as ISO codes: ``€``, ``EUR`` and ``euros`` are ``EUR``."""
    symbols = _CURRENCY_SYMBOL.finditer(text) if _CURRENCY_SIGN.search(text) else ()
    return frozenset(_CURRENCY_WORDS[m.group().casefold()] for found in (symbols, _CURRENCY_WORD.finditer(text))
                     for m in found)


def values_of(match: re.Match) -> tuple[str, ...]:
    """The values a :data:`NUMBER` match may state, as plain decimal strings, the English reading first:
    one per reading of its notation (:func:`.notation.readings`) and per power its magnitude word names."""
    digits, fraction, unit, letters = match.groups()
    spaced = bool(unit) and match.string[match.start(3) - 1].isspace()
    unit = unit or (letters if letters and letters.casefold() in magnitude_words() else None)
    word = " ".join(unit.casefold().replace("\u200b", "").split()) if unit else ""
    powers = magnitude_words()[word] if unit else {1}
    if (spaced and len(word) <= 3 and word not in ENGLISH and not match.string.startswith(".", match.end(3))
            and not is_money(match.string[max(0, match.start() - 2):match.end()])):
        powers = {1, *powers}  # "5 mi": 5 miles or 5 million; not "1,8 Mio.", "R$ 4 mi"
    return tuple(dict.fromkeys(_plain(value * power) for value in readings(digits + (fraction or ""))
                               for power in sorted(powers)))


def is_percent(written: str) -> bool:
    """Whether a figure as :data:`NUMBER` matched it is a percentage (``35%``, ``35 percent``, ``99,5 Prozent``)."""
    return bool(_PERCENT_SIGN.search(written))


@lru_cache(maxsize=16384)
def percents_in(text: str) -> frozenset[str]:
    """The values ``text`` states as percentages (every one: a value may also stand as a count)."""
    digits = written_as_digits(text)
    if not _PERCENT_LETTERS.search(digits):
        return frozenset()  # no sign, no word for one
    return frozenset(value for m in NUMBER.finditer(digits) if is_percent(m.group()) for value in values_of(m))


def is_money(written: str) -> bool:
    """Whether a figure as :data:`NUMBER` matched it names a currency (``$2M``, ``1,2 M€``)."""
    return bool(re.search(_MONEY, written))


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def digit_runs(text: str) -> list[str]:
    """Each run of digits, group and decimal separators dropped: ``1,000.5`` and ``1.000,5`` alike.

    For translations, where separators follow the language; sorted, so order does not count."""
    return sorted(re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(str(text or "")))
