"""Sentences, word tokens and word stems of CV free text, as the claims check compares them.

Tokens keep the characters technology names carry (``C++``, ``C#``, ``.NET``, ``Node.js``,
``S/4HANA``, ``CI/CD``); a trailing full stop is not part of a token.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer
from wordfreq import available_languages, cB_to_freq, get_frequency_dict, read_cBpack, tokenize, zipf_frequency

from .numbers import is_number, numbers_in, written_as_digits
from .spelling import spelling_key
from .word_list_cache import cached_buckets

# A sentence ends at . ! ? followed by white space (``Node.js`` and ``e.g.,`` stay whole).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
TOKEN = re.compile(r"\.?[A-Za-z0-9\u00c0-\u024f](?:(?:[\w+#'’./&-]|(?<=\d),(?=\d))*[\w+#])?")  # 1,800 whole
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?\.){1,3}[A-Z][a-z]?\.$")  # "M.Sc.", "Ph.D.", "U.S."
# After these a word starts a clause, and may be capitalised without being a name.
_CLAUSE_START = re.compile(r"(^|[.!?:;\"“•–—]\s*|\s-\s)$")
_JOINERS = re.compile(r"[-/&]")
# A contraction's clitic ("I've", "QC'd", "we'll", "they're"): the word it is glued to is the word ("QC"); a
# possessive's "'s" stays, read by the checks that take an owner's word as the word ("Carrefour's").
_CLITIC = re.compile(r"(?<=\w)['’](?:ve|d|re|ll|m)$", re.IGNORECASE)
CONTENT_ZIPF = 5.3  # words at least this frequent in English (the, with, team...) carry no content
OTHER_LANGUAGES = ("de", "fr", "es", "nl", "it", "pt", "sv")
ENGLISH_MARGIN = 0.45  # Zipf points by which an English word outnumbers its use in any other language

# A Snowball stemmer keeps the word it works on in itself: one per thread (the model-call process
# checks several answers at once; a shared one raised IndexError and could give wrong stems).
_stemmers = threading.local()


def sentences(text: str) -> list[str]:
    """``text``'s sentences, each stripped; no empty ones. An abbreviation's full stop ends none: one
    followed by a lower-case word ("1,8 Mio. m²"), inside brackets ("(approx. 5.000 staff)") or of
    letters dotted ("an M.Sc. Epidemiology", "Ph.D.")."""
    return list(_sentences(str(text or "")))


@lru_cache(maxsize=16384)
def _sentences(text: str) -> tuple[str, ...]:
    """:func:`sentences`, kept per text: a source text is split once for every scope and count that reads it."""
    found, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        piece = text[start:end.start()]
        if text[end.end()].islower() or piece.count("(") > piece.count(")") or _DOTTED.search(piece):
            continue
        found.append(piece)
        start = end.end()
    return tuple(s.strip() for s in [*found, text[start:]] if s.strip())


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[tuple[str, bool], ...]:
    """Each word token of ``text`` and whether it starts a sentence or clause."""
    out = []
    for match in TOKEN.finditer(text):
        start = match.start()
        out.append((match.group(), bool(_CLAUSE_START.search(text[max(0, start - 4):start]))))
    return tuple(out)


@lru_cache(maxsize=4096)
def whole_word(name: str) -> re.Pattern:
    """``name`` as a whole word or phrase of a text, in any case: no letter, digit or hyphen joined to it
    on either side."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)


def parts(token: str) -> list[str]:
    """A token's pieces between hyphens and slashes (``AWS-based`` -> ``AWS``, ``based``), a contraction's
    clitic dropped (``QC'd`` -> ``QC``)."""
    if "'" in token or "’" in token:
        token = _CLITIC.sub("", token)
    if "-" not in token and "/" not in token and "&" not in token:
        return [token] if token else []  # most tokens: no joiner to split at
    return [p for p in _JOINERS.split(token) if p]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    stemmer = getattr(_stemmers, "english", None)
    if stemmer is None:
        stemmer = _stemmers.english = snowballstemmer.stemmer("english")
    # One stem for a word's British and American spellings ("palletising", "palletizing")
    return stemmer.stemWord(spelling_key(word.casefold().replace("’", "'").removesuffix("'s")))


FUNCTION_ZIPF = 6.5  # the, of, and, to, in, for, with: words this common name nothing of their own

_PLAIN_WORD = re.compile(r"[a-z]+")


# Every word list the check may read: English, and the other languages' small and large lists
# (english_only), in the order they are preloaded.
WORD_LISTS = (("en", "best"), *((lang, "small") for lang in OTHER_LANGUAGES),
              *((lang, "best") for lang in OTHER_LANGUAGES))
# The other languages' large lists answer english_only's last resort, for a word or two a batch: each
# is kept as its buckets of words, each bucket one string searched for a word, not made into a dict
# (dicts took two thirds of loading all the lists, about a second of CPU, and 250 MB).
_SEARCHED = frozenset((lang, "best") for lang in OTHER_LANGUAGES)
_LISTS: dict[tuple[str, str], dict[str, float] | list[str]] = {}  # each loaded once per process
_LIST_LOCKS: dict[tuple[str, str], threading.Lock] = {}
_LOADED_BY: dict[tuple[str, str], str] = {}  # the thread that loaded each list
_locks_lock = threading.Lock()
PRELOAD_THREAD = "cvextract-word-lists"


def _list_lock(key: tuple[str, str]) -> threading.Lock:
    with _locks_lock:
        return _LIST_LOCKS.setdefault(key, threading.Lock())


def _frequencies(lang: str, wordlist: str) -> dict[str, float] | list[str]:
    """A word list (word -> frequency; a searched one as its buckets), loaded by one thread while the
    others that need it wait: sixteen threads checking their first answers at once each loaded every
    list (seconds of CPU under one GIL, and a copy in memory per thread) before this lock."""
    key = (lang, wordlist)
    if key not in _LISTS:
        with _list_lock(key):
            _load(key)
    return _LISTS[key]


def _load(key: tuple[str, str]) -> None:
    """Load a list (its lock held) unless another thread has."""
    if key not in _LISTS:
        _LISTS[key] = _buckets(*key) if key in _SEARCHED else get_frequency_dict(*key)
        _LOADED_BY[key] = threading.current_thread().name


def _buckets(lang: str, wordlist: str) -> list[str]:
    """wordfreq's buckets of a list (the i-th holds the words of frequency -i centibels), each as one
    string: the words between line breaks; kept as text on disk for the next process (:mod:`.word_list_cache`)."""
    source = available_languages(wordlist)[lang]
    return cached_buckets(f"{lang}-{wordlist}", source,
                          lambda: ["\n" + "\n".join(bucket) + "\n" for bucket in read_cBpack(source)])


def _frequency(word: str, lang: str, wordlist: str) -> float:
    """A plain word's frequency in a list, as wordfreq's dict of it has it (a word in several buckets
    keeps the last one's)."""
    found = _frequencies(lang, wordlist)
    if isinstance(found, dict):
        return found.get(word, 0.0)
    line = f"\n{word}\n"
    return next((cB_to_freq(-index) for index in range(len(found) - 1, -1, -1) if line in found[index]), 0.0)


def preload() -> None:
    """Start loading every word list in a thread of its own, so that the first answers checked do not
    wait for them (the model-call process, in a thread, as its first job starts). The lists are claimed
    before this returns: a check that needs one still loading waits for it, and none is loaded twice."""
    claimed = []
    for key in WORD_LISTS:
        lock = _list_lock(key)
        if key not in _LISTS and lock.acquire(blocking=False):  # else loaded, or loading now
            claimed.append((key, lock))

    def load() -> None:
        for key, lock in claimed:
            try:
                _load(key)
            finally:
                lock.release()

    threading.Thread(target=load, name=PRELOAD_THREAD, daemon=True).start()


def loading_started() -> bool:
    """Whether any word list is loaded, or loading, in this process."""
    with _locks_lock:
        return bool(_LOADED_BY) or any(lock.locked() for lock in _LIST_LOCKS.values())


def loaded_by() -> dict[tuple[str, str], str]:
    """Once every word list is loaded: which thread loaded each one."""
    for key in WORD_LISTS:
        _frequencies(*key)
    return dict(_LOADED_BY)


def _zipf_in(word: str, lang: str, wordlist: str = "best") -> float:
    """wordfreq's Zipf value of ``word``; a plain lower-case word read straight from the list (the same
    figure, some twenty times faster than wordfreq's tokenising look-up)."""
    if not _PLAIN_WORD.fullmatch(word) and (lang, wordlist) in _SEARCHED:
        # A searched list is not wordfreq's dict, which its look-up would load (a second and 250 MB) with
        # no lock: a single token without digits ("bank's", "café") is searched as it is; anything else is
        # left to wordfreq under the list's lock, so that at most one thread loads that dict.
        found = tokenize(word, lang)
        if len(found) == 1 and not any(ch.isdigit() for ch in found[0]):
            word = found[0]
        else:
            with _list_lock((lang, f"{wordlist}, wordfreq's dict")):
                return zipf_frequency(word, lang, wordlist=wordlist)
    if _PLAIN_WORD.fullmatch(word) or (lang, wordlist) in _SEARCHED:
        frequency = _frequency(word, lang, wordlist)
        return round(math.log10(frequency) + 9, 2) if frequency else 0.0
    _frequencies(lang, wordlist)  # loaded under the lock; wordfreq's look-up finds it in its cache
    return zipf_frequency(word, lang, wordlist=wordlist)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale: 7 for "the", 0 for unknown), in either
    spelling: "monetising" is as common as "monetizing" (wordfreq counts the spellings apart)."""
    key = spelling_key(word)
    return _zipf_in(word, "en") if key == word else max(_zipf_in(word, "en"), _zipf_in(key, "en"))


SMALL_LIST_FLOOR = 3.0  # wordfreq's "small" lists hold every word more common than this (Zipf), as "large" does


@lru_cache(maxsize=65536)
def english_only(word: str) -> bool:
    """Whether English uses ``word`` clearly more than the other languages wordfreq knows: true of
    ordinary English words (scope, holds, oversaw), not of names shared across languages (Java, Bosch).

    The other languages are read from wordfreq's small lists (a few hundredths of a second to load, the
    large ones over a second): a word missing there is rarer than SMALL_LIST_FLOOR, which settles the
    question unless the English figure is within ENGLISH_MARGIN of it; only then is a large list read."""
    english = zipf(word)
    small = {lang: _zipf_in(word, lang, "small") for lang in OTHER_LANGUAGES}
    if english - max(small.values()) < ENGLISH_MARGIN:
        return False
    if english - SMALL_LIST_FLOOR >= ENGLISH_MARGIN or all(small.values()):
        return True
    return english - max(_zipf_in(word, lang) for lang, value in small.items() if not value) >= ENGLISH_MARGIN


@lru_cache(maxsize=65536)
def known_abroad(word: str) -> float:
    """How common ``word`` is in the other languages wordfreq knows: the highest Zipf value of their
    large lists (names travel between languages as they are written)."""
    return max(_zipf_in(word, lang) for lang in OTHER_LANGUAGES)


def is_content(word: str) -> bool:
    """A word that says something (not a function word, not a number, not one letter)."""
    return len(word) > 1 and not word.isdigit() and zipf(word) < CONTENT_ZIPF


@lru_cache(maxsize=16384)
def content_stems(text: str) -> frozenset[str]:
    """The stems of ``text``'s content words (pieces of compound tokens included; numbers, also
    written ones, are not content words: the number check has them)."""
    return frozenset(stem(p) for token, _ in tokens(written_as_digits(text)) for p in parts(token)
                     if is_content(p) and not is_number(p))  # "4.1s" is a number as much as "4.1 s"


@lru_cache(maxsize=16384)
def _forms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """``text``'s words (and their pieces) casefolded, and their stems."""
    forms = [form for token, _ in tokens(text) for form in (token, token.rstrip("+"), *parts(token))]  # 50TB+
    return frozenset(_folded(f) for f in forms), frozenset(stem(f) for f in forms)


def _folded(word: str) -> str:
    return _plain_letters(word.casefold().replace("’", "'"))


def _plain_letters(word: str) -> str:
    """``word`` without accents and with plain digits: "Diátaxis" is "Diataxis", "CO₂" is "CO2"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# What an inflection adds to a word's common part: plurals, verb forms, a possessive ("policy"/"policies").
_INFLECTIONS = {"", "s", "es", "'s", "d", "ed", "ing", "e"}
_Y_FORMS = {"y", "ies", "ied"}  # a final y only with its own inflections: "health" is no "healthy"


def inflected(word: str, other: str) -> bool:
    """Whether ``word`` and ``other`` are inflections of one word: each adds at most an inflection to
    what they share."""
    shared = 0
    while shared < min(len(word), len(other)) and word[shared] == other[shared]:
        shared += 1
    ends = {word[shared:], other[shared:]}
    return ends <= _INFLECTIONS or ends <= _Y_FORMS


_NOT_LETTERS = re.compile(r"[^\w+#]+|_")  # "C#" and "C++" stay themselves


def squashed(word: str) -> str:
    """``word`` casefolded without dots, hyphens, slashes and spaces: "Node.js", "NodeJS" and "node js" are one."""
    return _NOT_LETTERS.sub("", _plain_letters(word.casefold()))


@lru_cache(maxsize=16384)
def _squashed_forms(text: str) -> frozenset[str]:
    """``text``'s tokens, and each two in a row, squashed ("Power BI" also as ``powerbi``)."""
    words = [token for token, _ in tokens(text)]
    return frozenset(squashed(w) for w in words) | frozenset(squashed(a + b) for a, b in zip(words, words[1:]))


class Vocabulary:
    """Every word the allowed source text holds, as written (casefolded), in pieces, as stems and squashed."""

    def __init__(self, texts):
        self.texts: tuple[str, ...] = tuple(str(text or "") for text in texts)
        forms = [_forms(text) for text in self.texts]
        self.words: frozenset[str] = frozenset().union(*(words for words, _ in forms))
        self.stems: frozenset[str] = frozenset().union(*(stems for _, stems in forms))
        self.squashed: frozenset[str] = frozenset().union(*(_squashed_forms(text) for text in self.texts))
        self.numbers: frozenset[str] = frozenset().union(*(numbers_in(text) for text in self.texts))
        self._stem_index: dict[str, list[str]] | None = None

    def has(self, word: str) -> bool:
        """Whether the source has ``word``: any of its forms, or a number of the same value in any notation."""
        if _folded(word) in self.words or stem(word) in self.stems or squashed(word) in self.squashed:
            return True
        return is_number(word) and bool(set(numbers_in(word)) & self.numbers)  # "1,800" for "1.800"

    def has_form(self, word: str) -> bool:
        """Whether the source has ``word`` itself or an inflected form of it ("policies" for "Policy",
        "reports" for "Reporting"), not only a word derived from the same stem ("fitness" is no "Fit"); a
        possessive as the word ("Carrefour's")."""
        owner = word.removesuffix("'s").removesuffix("’s")
        return self._has_form(word) or (owner != word and len(owner) > 1 and self._has_form(owner))

    def _has_form(self, word: str) -> bool:
        folded = _folded(word)
        if folded in self.words or squashed(word) in self.squashed:
            return True
        if stem(word) not in self.stems:
            return False
        return any(inflected(spelling_key(folded), spelling_key(other)) for other in self._by_stem().get(stem(word), ()))

    def _by_stem(self) -> dict[str, list[str]]:
        if self._stem_index is None:
            index: dict[str, list[str]] = {}
            for word in self.words:
                index.setdefault(stem(word), []).append(word)
            self._stem_index = index
        return self._stem_index
