"""A figure with its unit: "2.3 GWh" and "2.3 gigawatt-hours", "2,300 MWh", "a 30-minute SLA" and "a
half-hour SLA", "90 minutes" and "1.5 hours", "a fortnight" and "two weeks" state one quantity.

Units are generated rather than listed: each SI prefix (kilo to peta, hecto to nano) by its symbol
and its name, with each unit by its symbol and its name (watt, watt-hour, byte, bit, bit per second,
hertz, metre, gram, volt, litre, tonne), plural or not, hyphenated or spaced, after a magnitude word
("120 million tonnes" = "120 Mt"); durations from
milliseconds to years ("4 s" with its space), a fortnight, and "half-" or "quarter-" before a duration;
imperial lengths (miles, yards, feet, inches); areas (hectares, acres, square metres, kilometres, feet and
miles). A range with its unit once ("27 to 9 days", "from 27 days
to 9") gives both figures that unit. A symbol written in
another case is read with a large prefix ("mw" is "MW", "mb" is "MB"), but "ms" and "mm" as milli;
a unit's one-letter symbol alone is none ("5m" is five million, "1990s" a decade), hours' "h" aside, and
one before a rate's slash is its unit ("20 t/h" is 20 tonnes an hour). A quantity is read as a dimension and its value in the base unit, so any two forms
of the same quantity compare equal. A library such as pint would read units too, but it loads a
registry of thousands of units at import (far more than free text needs, and slow on the per-file
path); this table is small and holds only units written with figures in CVs.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .notation import ENGLISH, SPELLED_KEPT_APART
from .numbers import _plain, numbers_in, written_as_digits

# Prefixes: symbol, name, factor; the small ones only for time, length, volume and mass ("ms", "mm", "ml", "mg"),
# hecto and deci (below) only for length, volume and mass.
_PREFIXES = (("k", "kilo", Decimal(10) ** 3), ("M", "mega", Decimal(10) ** 6), ("G", "giga", Decimal(10) ** 9),
             ("T", "tera", Decimal(10) ** 12), ("P", "peta", Decimal(10) ** 15))
# Hecto and deci only for the units small prefixes take ("1.2 million hl" of beer, "a 50 dl"), none for time.
_MID_PREFIXES = (("h", "hecto", Decimal(10) ** 2), ("d", "deci", Decimal(10) ** -1))
_SMALL_PREFIXES = (("c", "centi", Decimal(10) ** -2), ("m", "milli", Decimal(10) ** -3), ("µ", "micro", Decimal(10) ** -6),
                   ("n", "nano", Decimal(10) ** -9))
# Units: dimension, symbols, names (singular), whether small prefixes apply.
_UNITS = (("power", ("W",), ("watt",), False), ("energy", ("Wh",), ("watt-hour", "watt hour"), False),
          ("data", ("B",), ("byte",), False), ("bits", ("b", "bit"), ("bit",), False),
          ("rate", ("bps", "bit/s", "b/s"), ("bit per second", "bits per second"), False),
          ("frequency", ("Hz",), ("hertz",), False), ("length", ("m",), ("metre", "meter"), True),
          ("mass", ("g",), ("gram",), True), ("voltage", ("V",), ("volt",), False),
          ("volume", ("l",), ("litre", "liter"), True), ("tonnage", ("t",), ("tonne",), False))
_LETTER_SYMBOLS = {"V", "W"}  # one-letter symbols read alone ("800 V"); "5m" is five million, "10B" ten billion
# One-letter symbols read before a rate's slash ("20 t/h", "3 m/s", "40 g/l"): a quantity per unit of something
_RATE_LETTERS = {"t": ("tonnage", Decimal(1)), "m": ("length", Decimal(1)), "g": ("mass", Decimal(1)),
                 "l": ("volume", Decimal(1))}
_MASS = (("ton", "tonne", Decimal(10) ** 6),)  # in grams
# Imperial lengths in metres: symbol, names ("5,800 miles" is another quantity than "5,800 km").
_IMPERIAL = (("mi", ("mile",), Decimal("1609.344")), ("yd", ("yard",), Decimal("0.9144")),
             ("ft", ("foot", "feet"), Decimal("0.3048")), ("", ("inch", "inches"), Decimal("0.0254")))
# Areas in square metres: symbols, names ("440,000 ha" is "440,000 hectares", "4,400 km²").
_AREAS = (("ha",), ("hectare",), Decimal(10) ** 4), ((), ("acre",), Decimal("4046.8564224")), \
    (("m²", "m2", "sq m", "sqm"), ("square metre", "square meter"), Decimal(1)), \
    (("km²", "km2", "sq km"), ("square kilometre", "square kilometer"), Decimal(10) ** 6), \
    (("ft²", "sq ft", "sqft"), ("square foot", "square feet"), Decimal("0.09290304")), \
    (("mi²", "sq mi"), ("square mile",), Decimal("2589988.110336"))
_SECOND, _MINUTE, _HOUR, _DAY = Decimal(1), Decimal(60), Decimal(3600), Decimal(86400)
_YEAR = Decimal(365) * _DAY
# Durations in seconds: symbols (case as written), names; a month is a twelfth of a year (24 months = 2 years).
# One letter only for hours ("24h"): "1990s" is a decade, "3d" a dimension, "5y" rare.
_DURATIONS = ((("sec", "secs"), ("second",), _SECOND), (("min", "mins"), ("minute",), _MINUTE),
              (("h", "hr", "hrs"), ("hour",), _HOUR), ((), ("day",), _DAY), (("wk", "wks"), ("week",), 7 * _DAY),
              ((), ("fortnight",), 14 * _DAY), (("mo", "mos"), ("month",), _YEAR / 12),
              (("yr", "yrs"), ("year",), _YEAR))
# A duration without a figure: "half-hour", "quarter-hour", "a fortnight", "biweekly".
_WORD_FIGURES = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}
_FORTNIGHT = re.compile(r"\b(?:(?:a|one) fortnight|fortnightly|bi-?weekly)\b", re.IGNORECASE)
# What a quantity's figure and a fortnight need somewhere in a text: most texts have neither.
_FIGURE = re.compile(r"\d|half|quarter", re.IGNORECASE)
_FORTNIGHT_WORDS = re.compile(r"fortnight|weekly", re.IGNORECASE)
# A magnitude word between a figure and its unit, as written_as_digits keeps it ("120 million tonnes").
_MAGNITUDE = f"(?:{SPELLED_KEPT_APART})"
_FIGURE_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"


def _in_base(dimension: str, factor: Decimal) -> tuple[str, Decimal]:
    """A unit's dimension and factor to its base unit: tonnes ("Mt", "kilotonnes") are mass in grams."""
    return ("mass", factor * _MASS[0][2]) if dimension == "tonnage" else (dimension, factor)


def _plural(name: str) -> str:
    return name + ("" if name.endswith(("s", "z")) else "s")


@lru_cache(maxsize=1)
def _symbols() -> dict[str, tuple[str, Decimal]]:
    """Each unit symbol with a prefix or without, as written, to (dimension, factor to the base unit)."""
    symbols: dict[str, tuple[str, Decimal]] = {}
    for dimension, unit_symbols, _, small in _UNITS:
        for symbol in unit_symbols:
            for prefix, _, factor in _PREFIXES + (_MID_PREFIXES + _SMALL_PREFIXES if small else ()):
                symbols[prefix + symbol] = _in_base(dimension, factor)
            if len(symbol) > 1 or symbol in _LETTER_SYMBOLS:
                symbols[symbol] = _in_base(dimension, Decimal(1))
    for symbol, _, grams in _MASS:
        symbols[symbol] = ("mass", grams)
    for unit_symbols, _, seconds in _DURATIONS:
        for symbol in unit_symbols:
            symbols[symbol] = ("time", seconds)
    for symbol, _, factor in _SMALL_PREFIXES[1:]:  # no centiseconds
        symbols[symbol + "s"] = ("time", factor)  # ms, µs, ns
    for symbol, _, metres in _IMPERIAL:
        if symbol:
            symbols[symbol] = ("length", metres)
    for area_symbols, _, square_metres in _AREAS:
        for symbol in area_symbols:
            symbols[symbol] = ("area", square_metres)
    symbols["s"] = ("time", _SECOND)  # read only apart from its figure ("4 s"; "1990s" is a decade)
    return symbols


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, Decimal]], dict[str, tuple[str, Decimal]], re.Pattern, re.Pattern]:
    """Symbols casefolded and names to (dimension, factor), a pattern for a figure followed by any of
    them, and one for a range that writes its unit once."""
    names: dict[str, tuple[str, Decimal]] = {}
    for dimension, _, unit_names, small in _UNITS:
        for name in unit_names:
            for _, prefix, factor in _PREFIXES + (_MID_PREFIXES + _SMALL_PREFIXES if small else ()):
                for form in (prefix + name, prefix + "-" + name):
                    names[form] = names[_plural(form)] = _in_base(dimension, factor)
            if dimension not in ("length", "volume"):  # "5 meters" is as likely a count of devices
                names[name] = names[_plural(name)] = _in_base(dimension, Decimal(1))
    for _, name, grams in _MASS:
        names[name] = names[_plural(name)] = ("mass", grams)
    for _, unit_names, seconds in _DURATIONS:
        for name in unit_names:
            names[name] = names[_plural(name)] = ("time", seconds)
    for _, prefix, factor in _SMALL_PREFIXES[1:]:
        names[prefix + "second"] = names[prefix + "seconds"] = ("time", factor)
    for _, unit_names, metres in _IMPERIAL:
        for name in unit_names:
            names[name] = names[_plural(name)] = ("length", metres)
    for _, unit_names, square_metres in _AREAS:
        for name in unit_names:
            names[name] = names[_plural(name)] = ("area", square_metres)
    folded: dict[str, tuple[str, Decimal]] = {}
    for symbol, meaning in sorted(_symbols().items(), key=lambda item: _preference(*item)):
        folded.setdefault(symbol.casefold(), meaning)
    units = "|".join(re.escape(w) for w in sorted(set(names) | set(folded), key=len, reverse=True))
    units += "|(?:" + "|".join(map(re.escape, _RATE_LETTERS)) + r")(?=/[a-z])"  # a rate's symbol: "20 t/h", "3 m/s"
    # A figure, a magnitude word ("120 million tonnes"), the unit; a rate's "/d" after it is left aside
    # ("12 Ml/d" is read as 12 Ml, as "12 megalitres per day" is).
    pattern = re.compile(r"(?<![\w.,])(" + _FIGURE_DIGITS + r"(?:[\s-]" + _MAGNITUDE + r")?|half|quarter)"
                         r"([\s-]?)(" + units + r")(?!\w|/\d)", re.IGNORECASE)
    # A range whose unit stands once: "27 to 9 days" (27 days too), "from 27 days to 9" (9 days too),
    # "between 0.5 and 50 mg" (0.5 mg too).
    shared = re.compile(r"(?<![\w.,])(?P<first>" + _FIGURE_DIGITS + r")\s*(?:to|-|–|—)\s*" + _FIGURE_DIGITS + r"[\s-]?(?P<unit>"
                        + units + r")(?!\w|/\d)|\bfrom\s+" + _FIGURE_DIGITS + r"[\s-]?(?P<from_unit>" + units + r")\s+(?:down\s+|up\s+)?"
                        r"to\s+(?:an?\s+)?(?:[a-z]+\s+)?(?P<second>" + _FIGURE_DIGITS + r")(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|"
                        r"with|for|by|and|over|across|after|within|per|while)\b)|\bbetween\s+(?P<between>" + _FIGURE_DIGITS
                        + r")\s+and\s+" + _FIGURE_DIGITS + r"[\s-]?(?P<between_unit>" + units + r")(?!\w|/\d)", re.IGNORECASE)
    return folded, names, pattern, shared


def _preference(symbol: str, meaning: tuple[str, Decimal]) -> tuple[int, str]:
    """Which unit a symbol written in another case is read as: a large prefix before a small one ("mw"
    is megawatts), but milliseconds and millimetres as such, and an exact unit before any prefix."""
    dimension, factor = meaning
    small = factor < 1
    return (0 if factor == 1 or (small and dimension in ("time", "length", "volume", "mass")) else 1 if not small else 2), symbol


@lru_cache(maxsize=16384)
def quantities_in(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """``(dimension, value in the base unit, the figure as written, the unit as written)`` for each figure
    with a unit in ``text`` (number words read as digits; "half-hour": figure "half")."""
    folded, names, pattern, shared = _table()
    found = []
    digits = written_as_digits(text)
    any_figure = bool(_FIGURE.search(digits))
    figures = [(m.group(1), m.group(3), m.group(2)) for m in pattern.finditer(digits)] if any_figure else []
    for m in shared.finditer(digits) if any_figure else ():  # the other figure of a range with one unit
        figure, unit = next((m.group(f), m.group(u)) for f, u in (("first", "unit"), ("second", "from_unit"),
                                                                   ("between", "between_unit")) if m.group(f))
        figures.append((figure, unit, " "))
    for figure, unit, space in figures:
        meaning = _symbol(unit, folded) or names.get(unit.casefold())
        if meaning is None or (figure.isalpha() and meaning[0] != "time") or (unit == "s" and not space.isspace()):
            continue
        try:
            number = _WORD_FIGURES.get(figure.casefold()) or _number(figure)
        except InvalidOperation:
            continue
        readings = [number] + ([Decimal(v) for v in numbers_in(figure)] if figure[:1].isdigit() and figure.replace(",", "")
                               .replace(".", "").isdigit() else [])  # "1.100 km": 1.1 km or 1,100 km
        found += [(meaning[0], _plain(reading * meaning[1]), figure.replace("\u200b", ""), unit)
                  for reading in dict.fromkeys(readings)]
    if _FORTNIGHT_WORDS.search(text):
        found += [("time", _plain(14 * _DAY), "", m.group()) for m in _FORTNIGHT.finditer(text)]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=16384)
def unit_words_in(text: str) -> frozenset[str]:
    """The words of the units ``text`` writes after its figures, as written ("gigabits", "per", "second" in
    "400 gigabits per second", "ha"): units, no names."""
    return frozenset(word for *_, unit in quantities_in(text) for word in re.split(r"[\s/-]+", unit) if word)


def _symbol(unit: str, folded: dict[str, tuple[str, Decimal]]) -> tuple[str, Decimal] | None:
    """A symbol's meaning: as written ("MW", "Mb"), else written in lower case by :func:`_preference`
    ("mw", "gb"); in capitals only as written ("3PL" is no petalitres, "5 G" no grams)."""
    exact = _symbols().get(unit) or (_in_base(*_RATE_LETTERS[unit]) if unit in _RATE_LETTERS else None)
    return exact or (folded.get(unit) if len(unit) > 1 and unit.islower() else None)


class StatedQuantities:
    """What source texts state with units: each quantity (dimension, value in the base unit), and each
    figure with the dimension of its unit ("2.3" of energy for "2.3 GWh")."""

    def __init__(self, texts):
        found = [quantity for text in texts for quantity in quantities_in(str(text))]
        found += [other for quantity in found for other in _other_readings(quantity)]  # "1.100 km": 1,100 or 1.1
        self.values = frozenset((dimension, value) for dimension, value, *_ in found)
        self.figures = frozenset((dimension, _value(figure)) for dimension, _, figure, _ in found if figure[:1].isdigit())

    def restated(self, text: str) -> set[str]:
        """The values of the figures of ``text`` whose quantity the source states in another unit: 90 in
        "90 minutes" where it says "1.5 hours"."""
        return {_value(figure) for dimension, value, figure, _ in quantities_in(text)
                if figure[:1].isdigit() and (dimension, value) in self.values}

    def unit_words(self, text: str) -> frozenset[tuple[str, str]]:
        """``(figure, word)`` for the words of the units ``text`` writes after a figure for a quantity the
        source states, casefolded ("2.3", "gigawatt" in "2.3 gigawatt-hours" where it says "2.3 GWh"): no
        names, and no count of that unit for another figure ("9 days to 2" states no 2 days)."""
        return frozenset((reading, word.casefold()) for dimension, value, figure, unit in quantities_in(text)
                         if (dimension, value) in self.values and figure[:1].isdigit()
                         for reading in {_value(figure), *numbers_in(figure.split()[0])}  # "2,300": 2.3 too
                         for word in re.split(r"[\s/-]+", unit) if word)

    def unsupported(self, text: str) -> list[str]:
        """The quantities of ``text`` the source does not state: a duration without a figure ("half-hour",
        "a fortnight") it has in no unit, and a figure it writes with a unit of the same kind but for
        another value ("2.3 TWh" where it says "2.3 GWh"; a figure it does not have is the number check's)."""
        found = []
        quantities = quantities_in(text)
        held = {(figure, unit) for dimension, value, figure, unit in quantities if (dimension, value) in self.values}
        for dimension, value, figure, unit in quantities:
            if (dimension, value) in self.values or (figure, unit) in held:  # one reading of "1.100 km" is enough
                continue
            if not figure[:1].isdigit() or (dimension, _value(figure)) in self.figures:
                found.append(f"{figure}-{unit}" if figure.isalpha() else f"{figure} {unit}".strip())
        return found


@lru_cache(maxsize=256)
def stated_in(texts: tuple[str, ...]) -> StatedQuantities:
    """:class:`StatedQuantities` of ``texts``, kept for the texts' next sentence."""
    return StatedQuantities(texts)


def _number(figure: str) -> Decimal:
    """A figure's value, its magnitude word applied ("120 million": 120000000)."""
    number, *magnitude = re.split(r"[\s-]", figure, maxsplit=1)
    return Decimal(number.replace(",", "")) * (ENGLISH[magnitude[0].replace("\u200b", "").casefold()] if magnitude else 1)


def _other_readings(quantity: tuple[str, str, str, str]) -> list[tuple[str, str, str, str]]:
    """``quantity`` read in each other notation its figure may be written in ("1.100 km": 1,100 km too)."""
    dimension, value, figure, unit = quantity
    number = _number(figure) if figure[:1].isdigit() and figure.replace(".", "").replace(",", "").isdigit() else 0
    if not number:
        return []
    return [(dimension, _plain(Decimal(value) * Decimal(reading) / number), reading, unit)
            for reading in numbers_in(figure) if reading != _value(figure)]


def _value(figure: str) -> str:
    return _plain(_number(figure))
