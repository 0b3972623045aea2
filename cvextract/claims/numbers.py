"""The numbers free text states, as values: ``1,000``, ``1000``, ``1k`` and ``one thousand`` are one.

Percentages (``35%``, ``35 %``, ``35 percent``), money (``$2M``, ``2 million``), counts, durations
and dates all come down to a value; a number glued to letters (``EC2``, ``S/4HANA``) belongs to a
name and is left to the name check.
"""

from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal, InvalidOperation

from text_to_num import alpha2digit

_UNITS = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "million": 1_000_000,
          "bn": 1_000_000_000, "b": 1_000_000_000, "billion": 1_000_000_000}
# Letters that may follow a number's digits without making it part of a name.
_SUFFIXES = {"st", "nd", "rd", "th", "s", "x", "h", "y", "yrs", "d", "w"} | set(_UNITS)
_NUMBER = re.compile(r"(?<![\w.,/])(?:[$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(t\u200b?housand|[mb]\u200b?illion|mn|bn)\b"
                     r"|([A-Za-z]+))?(?:\s?(?:%|percent\b|per cent\b))?", re.IGNORECASE)
_SPACED_UNIT = re.compile(r"(\d)\s+(thousand|million|billion)\b", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?")


def is_number(token: str) -> bool:
    """A token that is a number as :func:`numbers_in` reads it (``1k``, ``3rd``, ``1990s``), not a name."""
    match = _NUMBER.fullmatch(token)
    return bool(match) and (not match.group(4) or match.group(4).lower() in _SUFFIXES)


@lru_cache(maxsize=16384)
def written_as_digits(text: str) -> str:
    """English number words as digits (``twenty-five`` -> ``25``); ``2 million`` kept together."""
    # A zero-width space inside "million" keeps the converter from reading it as a number of its own.
    text = _SPACED_UNIT.sub(lambda m: f"{m.group(1)} {m.group(2)[0]}\u200b{m.group(2)[1:]}", text)
    try:
        return alpha2digit(text, "en")
    except Exception:  # noqa: BLE001 - a text the converter cannot read keeps its digits only
        return text


def numbers_in(text: str) -> dict[str, str]:
    """``{value: as written}`` for each number ``text`` states (values as plain decimal strings)."""
    return dict(_numbers(str(text or "")))


@lru_cache(maxsize=16384)
def _numbers(text: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for match in _NUMBER.finditer(written_as_digits(text)):
        digits, fraction, unit, letters = match.groups()
        if letters:
            if letters.lower() not in _SUFFIXES:
                continue  # part of a name: EC2, 4HANA, 3D
            unit = letters.lower() if letters.lower() in _UNITS else None
        try:
            value = Decimal(digits.replace(",", "") + (fraction or ""))
        except InvalidOperation:
            continue
        if unit:
            value *= _UNITS[unit.lower().replace("\u200b", "")]
        found.setdefault(_plain(value), match.group().strip().replace("\u200b", ""))
    return tuple(found.items())


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def digit_runs(text: str) -> list[str]:
    """Each run of digits, group and decimal separators dropped: ``1,000.5`` and ``1.000,5`` alike.

    For translations, where separators follow the language; sorted, so order does not count."""
    return sorted(re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(str(text or "")))
