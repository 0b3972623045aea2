"""What a number counts: "nine developers", "14 years".

A figure the source states may still be a new claim where the text counts something else with it:
"four testers" where the experience says "4 hours", "16 years" where the CV says "16 months". A number
is bound to the words that follow it (up to three, to the next punctuation; function words aside),
unless a function word follows it at once. A
written count of time or of people (the word right after it a duration or an agent noun: years,
developers, testers) is a claim when the source states its value only bound, and only in sentences
without that word; a value
the source states unbound anywhere ("the last 6"; "a team of 9" counts people, any of them) or in another form
(:func:`restated_numbers`) supports it wherever it stands. A source number right after a name is
a version ("Java 11", "GAMP 5"), no count: a count of anything with a value the source states only
as a version ("Eleven years", "five FDA inspections") is a claim. A count of anything else ("seven
legal entities") whose value the source states only bound to other things ("seven years") is a claim
unless a source sentence with that value shares a word of what it counts or is one the text's sentence
rewords without adding to it ("14,000 employees" for "a staff of 14,000 across nine countries"); a year or a "one" written
as a word counts nothing here. A number joined to its word ("12-week", "five-warehouse") counts that word.
What a count counts may be abbreviated on one side ("38 RTUs" for "38 remote terminal units"); people
counted as one ("an eight-person team", "30,000 staff") support any word for people; a number listed
after a version ("from 800xA 5.1 to 6.1") is a version; "zero outages" restates "no outage". A duration
or people counted with a value need a word of a source sentence with it that no other count there counts
("4 bakers; 3 ovens" states no 3 bakers); a count of anything else, a word of its clause. A range's end
counts what its start counts ("from nine days to two"); the month of a date ("08/2015") counts nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .acronyms import acronym_letters, clipped_from, spelled_out
from .magnitudes import counted_magnitudes
from .numbers import (ANY_DIGIT, MONTH_YEAR, NUMBER, SUFFIXES, is_money, is_percent, restated_numbers, values_of,
                      writes_one_in_digits, written_as_digits)
from .provenance import similarity
from .versions import versions_in
from .words import FUNCTION_ZIPF, content_stems, parts, sentences, stem, tokens, zipf

WINDOW = 3          # words after a number that say what it counts
# A word may hold digits after its first letter: "two GA4 migrations" counts GA4 migrations, not "GA".
PHRASE = 6          # words after a number read to find the head of what it counts ("85 clinical decision support rules")
_FOLLOWING = re.compile(r"[ \t]+([A-Za-z][A-Za-z0-9'’/-]*(?:[ \t]+[A-Za-z][A-Za-z0-9'’/-]*){0,%d})" % (PHRASE - 1))
# The stems of the units of time a count may count, from a year to a minute (and, for a figure's kind, to a
# millisecond: :data:`TIME_STEMS`).
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minut"})
TIME_STEMS = _DURATIONS | {"second", "millisecond"}
# Words for people counted as one ("a 15-person team", "15 people", "15 staff", "15 employees").
_PEOPLE_STEMS = {"person", "peopl", "staff", "head", "headcount", "fte", "member", "strong", "employe", "worker",
                 "team", "squad", "crew"}
_PEOPLE = re.compile(r"(?:er|or|ist|yst|ian|ant|(?<!m)(?<!pon)ent|(?<!gr)ee)s$|^(?:people|staff|persons?|heads?|fte)$",
                     re.IGNORECASE)  # employees, students; not degrees, statements, components
ADJECTIVE_ZIPF = 3.5  # "pure" in "purely", "entire" in "entirely": a word English uses this often
REWORDS = 50  # similarity (0-100) from which a sentence rewords the source sentence that binds its figure
EXTRA_WORDS = 1  # ... with at most this many content words more than it
_JOINED = re.compile(r"(?<=\d)-(?=[A-Za-z])")  # "12-week": 12 counts weeks
_YEAR = re.compile(r"(?:19|20)\d\d")
_RELEASED = {"release", "version", "upgrade", "update", "rollout", "cutover", "migration"}  # what a release is after it
_DESIGNATION = re.compile(r"(?<![\w-])[A-Z]{1,5}-$")  # capitals and a hyphen right before a number: a name's number
# Units in short (lower case: "220 HR reports" and "4D models" count no hours or days).
_UNIT_NAMES = {"h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "yr": "year",
               "yrs": "year", "y": "year", "d": "day", "w": "week", "s": "second", "sec": "second", "secs": "second",
               "k": "", "m": "", "mn": "", "bn": "", "b": ""}
_LINKS = {"to", "and", "or", "through", "&", "-", "–"}  # "from 800xA 5.1 to 6.1", "EN 50126, 50128 and 50129"
_VERSION_WORDS = {"version", "release", "revision", "rev", "rev."}  # "v4" and "version 4" count nothing


def counts_in(text: str, elided: bool = False) -> tuple[tuple[str, str, str, frozenset[str]], ...]:
    """``(value, the word before it, the word right after it, stems of what it counts)`` for each plain number in ``text``
    (no percent, no money); an empty set when nothing follows it. A range's first number counts what its
    last one counts; ``elided``: so does a number that counts nothing of its own what the count before it
    counts (:func:`_elided`; for a text checked, not the source, where it stays a value stated alone)."""
    return _read(text, elided)[0]


def version_values(text: str) -> frozenset[str]:
    """The values of the numbers ``text`` writes as versions, which count nothing: after a name
    ("Java 7"), with a point and a zero ("ECC 6.0"), listed after another in its shape ("5.1 to 6.1")."""
    return _read(text, False)[1]


@lru_cache(maxsize=16384)
def _read(text: str, elided: bool) -> tuple[tuple[tuple[str, str, str, frozenset[str]], ...], frozenset[str]]:
    digits = _JOINED.sub(" ", MONTH_YEAR.sub(r"\1", written_as_digits(text)))  # "08/2015": no count of 8
    if not ANY_DIGIT.search(digits):
        return (), frozenset()  # every number NUMBER reads has a digit
    found, spans, versions = [], [], set()
    pairs = versions_in(text)
    names = {name for name, _ in pairs}
    released = {number for _, number in pairs if "." in number}  # "AMOS from 20.12 to 23.04"
    version, version_end = "", -1  # the last version and where it ends: one of its shape listed after it is one too
    for match in NUMBER.finditer(digits):
        before = [word.lstrip("([{\"'“‘") for word in digits[:match.start()].split()]  # "(WCAG 2.1": after WCAG
        between = digits[version_end:match.start()].strip().rstrip(",").strip()
        if (before and (before[-1] in names or before[-1].casefold() in _VERSION_WORDS)) or (
                match.group() in released and not _unit_after(digits, match)) or (
                version and (not between or between in _LINKS) and _shape(match.group()) == _shape(version)):
            version, version_end = match.group(), match.end()
            versions.update(values_of(match))
            continue  # a version: versions_in
        written = match.group()
        if is_percent(written) or is_money(written):  # "8 per cent" too
            continue
        if _DESIGNATION.search(digits, 0, match.start()):
            continue  # a name's number counts nothing: "W-2 year-end", "COVID-19 wards", "F-35 sustainment"
        values = values_of(match)  # "4.200 staff": 4,200 or 4.2
        if not values:
            continue
        glued = match.group(4) or ""
        letters = glued.lower()
        if letters and letters not in SUFFIXES:
            continue  # part of a name
        unit = _UNIT_NAMES.get(letters, letters) if glued.islower() or not _UNIT_NAMES.get(letters) else glued
        words = [unit] if letters and letters not in ("st", "nd", "rd", "th") else []
        following = _FOLLOWING.match(digits, match.end())
        if following:
            words += [_UNIT_NAMES.get(w, w) if w.islower() else w  # "6 yrs' experience": years
                      for w in (w.rstrip("'’") for w in _counted_phrase(following.group(1).split()))]
        words = [piece for word in words for piece in re.split(r"[/-]", word) if piece]
        if words[1:2] and _counts_nothing(words[0]) and words[1].endswith(("ed", "ing")):
            words = words[1:]  # "3 highly skilled engineers": the adverb qualifies what is counted
        if words and (zipf(words[0].lower()) >= FUNCTION_ZIPF or _counts_nothing(words[0])):
            words = []  # "a team of 4 and ...", "the last 6 of them", "the last 7 purely on X", "12 total"
        elif words and len(before) >= 2 and before[-1].casefold() == "of" and zipf(before[-2].lower()) < FUNCTION_ZIPF:
            words.append(before[-2])  # "a team of 9 building robots": the team's members too
        elif not words and len(before) >= 2 and before[-1].casefold() == "of" \
                and _stem(before[-2].strip(",;:").lower()) == "peopl":
            words = [before[-2]]  # "with a team of three." counts the team's people, in the source too
        if (match.group(2) == ".0" and (not words or (before and before[-1][:1].isupper()))) or (
                match.group(2) and words and words[0].casefold() in _RELEASED):
            version, version_end = written, match.end()
            versions.update(values)
            continue  # "upgrades from 7.0 to 7.4", "Onboarding 2.0 for": a count is not written with a point and a zero;
            # nor is a release named by the word after it ("the 3.8 release", "the 2.6-to-3.8 upgrade")
        found.append((values, before[-1].casefold() if before else "", words[0] if words else "",
                      frozenset(_stem(w) for w in words if zipf(w.lower()) < FUNCTION_ZIPF)))
        spans.append((match.start(), match.end()))
    return (tuple((value, *rest) for values, *rest in _elided(found, spans, digits, elided) for value in values),
            frozenset(versions))


def _unit_after(digits: str, match: re.Match) -> bool:
    """Whether a unit follows the number ``match`` found: "4.1s", "4.1 s", "2.5 hours" are no releases."""
    following = re.match(r"\s?([A-Za-z]+)", digits[match.end():])
    return bool(match.group(4)) or bool(following) and (
        following.group(1) in _UNIT_NAMES or stem(following.group(1).lower()) in _DURATIONS)


_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]]")  # not the comma inside "120,000"
_RANGE = {"to", "through", "-", "–"}
# "..., the last 6 on X"; "from nine days to two": the second number counts days too
_ELIDING = {"and", "or", "plus", "last", "past", "first", "another", "further", "then", "to", "vs", "versus"}
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _elided(found: list, spans: list[tuple[int, int]], digits: str, backward: bool) -> list:
    """``found`` with each number that counts nothing of its own given what the count beside it counts:
    the next one's in a range ("from 3 to 12 developers"), else (``backward``) the previous one's in its sentence
    ("15 years in BW, 5 on BW/4HANA", "seven consultants, two of them offshore", "and the last 3 in ..."), where
    a comma or a word that goes on counting comes before it: not after a noun or a name ("from day one",
    "ISO 20022", "a team of 4"); a year counts nothing."""
    out = list(found)
    for i, (values, before, noun, _) in enumerate(found):
        if noun or _YEAR.fullmatch(values[0]):
            continue
        link = digits[spans[i][1]:spans[i + 1][0]].strip() if i + 1 < len(found) else ""
        if link and found[i + 1][2] and (link in _RANGE or (link == "and" and before == "between")):
            out[i] = (values, before, found[i + 1][2], found[i + 1][3])
        elif backward and i and found[i - 1][2] and (before in _ELIDING or before[-1:] in ",;:") \
                and digits[spans[i][1]:spans[i][1] + 1] != "+" \
                and not _SENTENCE_END.search(digits[spans[i - 1][1]:spans[i][0]]):
            out[i] = (values, before, found[i - 1][2], found[i - 1][3])
    return out


# Words after a number that sum up or qualify rather than name what is counted ("12 total", "7 overall").
_SUMMING = {"total", "overall", "altogether", "combined", "all", "apiece", "each"}
_PERIOD_ADVERBS = {"daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "nightly"}


def _counts_nothing(word: str) -> bool:
    """Whether ``word`` after a number names nothing counted: a summing word ("12 total") or an adverb
    made of an English adjective ("7 purely on MDM", "five mainly in Java"; not "3 monthly releases")."""
    folded = word.casefold()
    if folded in _SUMMING:
        return True
    return (folded.endswith("ly") and folded not in _PERIOD_ADVERBS and len(folded) > 5
            and any(zipf(base) >= ADJECTIVE_ZIPF for base in (folded[:-2], folded[:-2] + "e", folded[:-3] + "y")))


_COORDINATING = {"and", "or", "&"}


def _counted_phrase(words: list[str]) -> list[str]:
    """The words after a number that say what it counts: the first :data:`WINDOW`, and the head of their
    phrase where it runs on (the word before the next function word: "rules" in "85 clinical decision
    support rules in Discern Expert"), wherever the noun's modifiers stand, across modifiers joined by
    "and" ("eight Spanish and Portuguese branches")."""
    cut = next((i for i, word in enumerate(words) if i and zipf(word.lower()) >= FUNCTION_ZIPF
                and word.lower() not in _COORDINATING), len(words))
    return words[:WINDOW] + (words[cut - 1:cut] if cut > WINDOW else [])


def _shape(number: str) -> tuple[int, bool]:
    """A number's digits before its point and whether it has one: "5.1" and "6.1" alike, "17" and "4" not."""
    whole, point, _ = number.partition(".")
    return len(whole), bool(point)


class _TextCounts(NamedTuple):
    """What one source text adds to :class:`Counts` (each pair: a value and what the text binds it to)."""

    bound: tuple[tuple[str, frozenset[str]], ...]
    counted: tuple[tuple[str, frozenset[str]], ...]
    clause_bound: tuple[tuple[str, frozenset[str]], ...]
    binding: tuple[tuple[str, str], ...]
    abbreviated: tuple[tuple[str, str], ...]
    nouns: tuple[tuple[str, str], ...]
    headcounts: frozenset[str]
    versions: frozenset[tuple[str, str]]
    version_numbers: frozenset[str]  # the values the text writes as releases, which count nothing
    loose: frozenset[str]
    known: frozenset[str]
    nothing: frozenset[str]


@lru_cache(maxsize=4096)
def _text_counts(text: str) -> _TextCounts:
    """What ``text`` counts with each value, read once per text: a source text is in the scope of the
    overview and of its own experience, the sidebar's in every one."""
    bound, counted, clause_bound, binding, abbreviated, nouns = [], [], [], [], [], []
    headcounts, loose = set(), set(restated_numbers(text))
    for sentence in sentences(text):
        found = counts_in(sentence)
        carried: dict[str, set[str]] = {}  # what a count goes on counting from the one before it
        for index, (value, before, noun, stems) in enumerate(found):
            previous = found[index - 1][3] if index and before in _ELIDING else frozenset()  # "the last 5"
            carried.setdefault(value, set()).update(previous)
            if acronym_letters(noun):
                abbreviated.append((value, acronym_letters(noun)))
            elif noun:
                nouns.append((value, noun))
            if noun and _stem(noun) == "peopl":
                headcounts.add(value)
            if stems:  # what the sentence speaks of: "3 migrations for customers" counts customers too
                bound.append((value, _words(sentence) | stems))  # stems: "10G"
                others = set().union(*(other for i, (*_, other) in enumerate(found) if i != index))
                # a duration counts time, not what its sentence speaks of ("3 to 5 yrs on asset trackers"
                # states no 3 people)
                words = frozenset() if stem(noun) in _DURATIONS else _words(sentence, frozenset(others - stems - previous))
                counted.append((value, words | stems | previous))
                binding.append((value, sentence))
            else:
                loose.add(value)
        for clause in _CLAUSE.split(sentence):  # what a count in another clause counts is not this one's
            for value, *_, stems in counts_in(clause):
                if stems:
                    clause_bound.append((value, _words(clause) | stems | frozenset(carried.get(value, ()))))
    for value, words in counted_magnitudes(text):  # "tripled" states 3 only as 3 times
        bound.append((value, frozenset(words)))
        counted.append((value, frozenset(words)))
        clause_bound.append((value, frozenset(words)))
        binding.append((value, text))
    versions = frozenset((name.casefold(), number) for name, number in versions_in(text))
    return _TextCounts(tuple(bound), tuple(counted), tuple(clause_bound), tuple(binding), tuple(abbreviated),
                       tuple(nouns), frozenset(headcounts), versions,
                       frozenset(number for _, number in versions) | version_values(text),
                       frozenset(loose), content_stems(text), _none_of(text))


class Counts:
    """What the source texts count with each value."""

    def __init__(self, texts: list[str]):
        self.bound: dict[str, set[str]] = {}
        self.binding: dict[str, list[str]] = {}  # the source sentences that bind each value
        # The words of each value's sentences less what another count there counts: a duration or people
        # counted with the value need one ("14 declarants filing 120,000 returns a year" states no 14 years).
        self.counted: dict[str, set[str]] = {}
        # The words of each value's clauses: "Implemented X, shortening the close from 8 to 5 days" does
        # not count 8 implementations.
        self.clause_bound: dict[str, set[str]] = {}
        self.abbreviated: dict[str, set[str]] = {}  # each value's counted abbreviations' letters ("38 RTUs": rtu)
        self.nouns: dict[str, set[str]] = {}  # the words right after each value ("650,000 exams": exams)
        per_text = [_text_counts(text) for text in texts]
        self.headcounts: set[str] = set().union(*(part.headcounts for part in per_text))  # "an eight-person team"
        self.versions = set().union(*(part.versions for part in per_text))
        self.version_numbers = set().union(*(part.version_numbers for part in per_text))
        self.loose: set[str] = set().union(*(part.loose for part in per_text))
        self.known: frozenset[str] = frozenset().union(*(part.known for part in per_text))
        self.nothing: frozenset[str] = frozenset().union(*(part.nothing for part in per_text))  # "no outage"
        for part in per_text:
            for found, into in ((part.bound, self.bound), (part.counted, self.counted),
                                (part.clause_bound, self.clause_bound)):
                for value, words in found:
                    into.setdefault(value, set()).update(words)
            for value, letters in part.abbreviated:
                self.abbreviated.setdefault(value, set()).add(letters)
            for value, noun in part.nouns:
                self.nouns.setdefault(value, set()).add(noun)
            for value, sentence in part.binding:
                self.binding.setdefault(value, []).append(sentence)

    def unsupported(self, text: str) -> list[str]:
        """The counts in ``text`` whose value the source states only for other things."""
        return [f"{value} {noun}" for value, before, noun, stems in counts_in(text, elided=True)
                if value not in self.loose and (before, value) not in self.versions
                and not (value in self.headcounts and _PEOPLE.search(noun))  # "8 engineers": a team of 8
                and (
                    (_counts_time_or_people(noun) and value in self.bound and not _clipped_in(_stem(noun), self.counted[value]))
                    or (noun and value in self.version_numbers and value not in self.bound
                        and not self._version_reversed(value, noun))
                    or self._counts_other_thing(text, value, noun, stems))]

    def _version_reversed(self, value: str, noun: str) -> bool:
        """Whether the source writes ``noun`` right before ``value``, a fraction, which counts nothing
        either way: "a 3.6 GPA" for "GPA 3.6" (a whole "11 Java developers" is no "Java 11")."""
        return "." in value and (noun.casefold(), value) in self.versions

    def _counts_other_thing(self, text: str, value: str, noun: str, stems: frozenset[str]) -> bool:
        if not stems or value not in self.bound or stems & self.clause_bound.get(value, set()) or _YEAR.fullmatch(value):
            return False
        if self._abbreviation_of_source(text, value, noun):
            return False
        if value == "1" and not writes_one_in_digits(text):
            return False  # "one" as a word: far more often an article than a count
        return not any(_rewords(sentence, source, stems, self.known)
                       for sentence in sentences(text) if value in {v for v, *_ in counts_in(sentence)}
                       for source in self.binding[value])

    def states_none(self, text: str) -> bool:
        """Whether each zero ``text`` writes ("zero unplanned shutdowns") counts what a source says there
        was none of ("no unplanned shutdown", "without an outage"): the words after it, each one."""
        zeros = _zero_counts(text)
        return bool(zeros) and all(stems and (stems <= self.nothing or head in self.nothing) for stems, head in zeros)

    def _abbreviation_of_source(self, text: str, value: str, noun: str) -> bool:
        """Whether what ``text`` counts with ``value`` is what a source sentence counts with it, one of
        them abbreviated or clipped: "38 RTUs" for "38 remote terminal units", "650,000 exams" for
        "650,000 examinations", and the other way round."""
        letters = acronym_letters(noun)
        if letters and spelled_out(letters, self.binding[value]):
            return True
        if not letters and clipped_from(noun, self.binding[value]):
            return True
        return any(spelled_out(source, (text,)) for source in self.abbreviated.get(value, ())) \
            or any(clipped_from(source, (text,)) for source in self.nouns.get(value, ()))


_NONE = re.compile(r"\b(?:no|without|zero|nil|none of)\s+((?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2})", re.IGNORECASE)
_ZERO = re.compile(r"(?<![\w.,])(?:zero|0)\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _none_of(text: str) -> frozenset[str]:
    """The stems of the words after each "no", "without" or "zero" in ``text``: what it had none of."""
    return frozenset(stem for match in _NONE.finditer(text) for stem in content_stems(match.group(1)))


def _zero_counts(text: str) -> list[tuple[frozenset[str], str]]:
    """The stems of what each "zero" or "0" in ``text`` counts (the two words after it), and the stem of
    the noun it counts, the last of its words before a small word ("box-office outages across": outage)."""
    found = []
    for match in _ZERO.finditer(text):
        words = [word for word in re.split(r"\s+", match.group(1)) if content_stems(word)]
        head = content_stems(words[-1].rpartition("-")[2]) if words else frozenset()
        found.append((content_stems(match.group(1)), next(iter(head), "")))
    return found


@lru_cache(maxsize=16384)
def _words(sentence: str, counted_apart: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of ``sentence``'s content words, "peopl" for any word for people; less those another
    count of it counts (``counted_apart``: "4 bakers; 3 ovens" does not count 3 bakers)."""
    words = [p for token, _ in tokens(written_as_digits(sentence)) for p in parts(token)
             if p[:1].isalpha() and p.isalnum() and zipf(p.lower()) < FUNCTION_ZIPF  # "GA4" too
             and _stem(p) not in counted_apart]
    people = {"peopl"} if any(_PEOPLE.search(w) for w in words) else set()  # "five testers" counts people
    return frozenset(_stem(w) for w in words) | people


def _rewords(sentence: str, source: str, counted: frozenset[str], known: frozenset[str]) -> bool:
    """Whether ``sentence`` rewords ``source`` with a synonym for what is counted, adding no clause
    of its own ("... and led 3 squads" appended is no rewording) beyond words the source text holds
    elsewhere (a merged bullet: "250 apps to Azure, cutting hosting costs" where the CV says "250
    applications" and, in another bullet, "hosting costs")."""
    if similarity(sentence, source) < REWORDS:
        return False
    added = content_stems(sentence) - content_stems(source)
    return len(added) <= EXTRA_WORDS or (not counted & known and added - counted <= known)


def _stem(word: str) -> str:
    """``word``'s stem, the words for people as one."""
    stemmed = stem(word)
    return "peopl" if stemmed in _PEOPLE_STEMS else stemmed


def _clipped_in(stemmed: str, counted: set[str]) -> bool:
    """Whether ``stemmed`` or a clipping of it is among ``counted`` ("9 devs" counts developers, "3 yrs" years)."""
    return stemmed in counted or any(len(word) >= 3 and len(stemmed) - len(word) >= 2 and stemmed.startswith(word)
                                     for word in counted)


def _counts_time_or_people(word: str) -> bool:
    return bool(word) and (stem(word) in _DURATIONS or bool(_PEOPLE.search(word)) or _stem(word) == "peopl")
