"""Names of several words that the job posting (or the customer's research) gives the model: "Apple Pay",
"Kotlin Multiplatform", "Microsoft Sentinel". Each word may be one the CV uses on its own ("Apple",
"payments"), so a word-by-word check lets the posting's product through; the name as a whole must be
the CV's.

A posting's name is a run of two or more names in a row (as :func:`.names.name_candidates` reads them)
with at least one word that is no everyday English word (a brand), and no credential word (the
credential check has those). Written anywhere in a text, it is supported where it is made of pieces
the CV has: words in a row (case aside, plurals and verb forms aside: "IT service management") and
words it writes as names (capitalised: "SAP" and "S/4HANA" for "SAP S/4HANA", "ServiceNow" + "IT
service management"); or where the CV writes its initials as an abbreviation ("Azure Data Factory" for
"ADF").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .acronyms import abbreviation_key, abbreviations_in, clipped_from, spells_words
from .names import GENERIC_CREDENTIALS, SPECIFIC_CREDENTIALS, brand_word, name_candidates, tech_shaped
from .provenance import best_match
from .words import TOKEN, Vocabulary, content_stems, inflected, is_content, stem, zipf


@lru_cache(maxsize=256)
def posting_names(prompt: str) -> tuple[tuple[str, ...], ...]:
    """The names of several words ``prompt`` holds, each as its words."""
    names = set(name_candidates(prompt))
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    end = 0
    for match in TOKEN.finditer(prompt):
        word = match.group()
        if word in names and (not current or not prompt[end:match.start()].strip()):
            current.append(word)
        else:
            runs.append(tuple(current))
            current = [word] if word in names else []
        end = match.end()
    runs.append(tuple(current))
    return tuple(dict.fromkeys(run for run in runs if len(run) > 1 and any(brand_word(w) for w in run)
                               and not any(w.casefold() in GENERIC_CREDENTIALS or w.casefold() in SPECIFIC_CREDENTIALS
                                           for w in run)))


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    return tuple(match.group() for match in TOKEN.finditer(text))


def _in_a_row(name: tuple[str, ...], words: tuple[str, ...], spelled: bool = False) -> bool:
    """Whether ``words`` hold ``name``'s words in a row; with ``spelled``, an abbreviation of the name may
    stand for the words it spells out there ("Splunk ES" in "Splunk Enterprise Security")."""
    folded = [w.casefold() for w in name]
    size = len(folded)
    if any(all(inflected(a, b.casefold()) for a, b in zip(folded, words[i:i + size]))
           for i in range(len(words) - size + 1)):
        return True
    return spelled and any(abbreviation_key(w) for w in name) and any(
        _spelled_from(name, folded, words, 0, at) for at in range(len(words)))


def _spelled_from(name: tuple[str, ...], folded: list[str], words: tuple[str, ...], i: int, at: int) -> bool:
    if i == len(name):
        return True
    if at < len(words) and inflected(folded[i], words[at].casefold()) and _spelled_from(name, folded, words, i + 1, at + 1):
        return True
    return bool(abbreviation_key(name[i])) and any(
        spells_words(name[i], words[at:end]) and _spelled_from(name, folded, words, i + 1, end)
        for end in range(at + 2, min(len(words), at + 2 * len(name[i])) + 1))


def _initials(name: tuple[str, ...]) -> str:
    return "".join(re.sub(r"[^A-Za-z0-9]", "", w)[:1] for w in name).casefold()


def unsupported_posting_names(text: str, names: tuple[tuple[str, ...], ...], texts: tuple[str, ...]) -> list[str]:
    """The posting's names (``names``) that ``text`` writes and the allowed source ``texts`` do not."""
    written = _words(text)
    found = []
    for name in names:
        if not _in_a_row(name, written):
            continue
        name = _without_role(name)  # "iOS Engineer": the name is "iOS", the name check's
        if len(name) < 2 or _pieced(name, texts):
            continue
        if len(name) >= 3 and _initials(name) in abbreviations_in(tuple(texts)):
            continue
        found.append(" ".join(name))
    return found


# The words a job title puts after what its holder works on ("iOS Engineer", "MAM Technical Lead",
# "Kafka Platform Architect"): a person's role, no part of a product's name. Not "manager" or "designer",
# which end products' names too ("Swift Package Manager", "Report Designer").
ROLE_WORDS = {"engineer", "engineers", "developer", "developers", "architect", "architects", "consultant",
              "consultants", "lead", "leads", "analyst", "analysts", "specialist", "specialists", "administrator",
              "administrators", "scientist", "scientists", "programmer", "programmers", "researcher", "researchers",
              "technician", "technicians"}
ROLE_QUALIFIERS = {"senior", "junior", "principal", "staff", "chief", "head", "technical", "lead", "platform",
                   "solution", "solutions"}


def _without_role(name: tuple[str, ...]) -> tuple[str, ...]:
    """``name`` less the role words a job title ends with ("iOS Engineer" -> "iOS", "MAM Technical Lead"
    -> "MAM"); ``name`` itself when it ends otherwise."""
    if not name or name[-1].casefold() not in ROLE_WORDS:
        return name
    end = len(name) - 1
    while end and name[end - 1].casefold() in ROLE_QUALIFIERS:
        end -= 1
    return name[:end]


def _pieced(name: tuple[str, ...], texts: tuple[str, ...]) -> bool:
    """Whether ``name`` is made of pieces the source has: words in a row, or a word it writes as a name
    ("ServiceNow" + "IT service management")."""
    as_names = {w for t in texts for w in _words(t) if w[:1].isupper() or tech_shaped(w)}
    reached = [True] + [False] * len(name)  # reached[i]: name[:i] is made of such pieces
    for start in range(len(name)):
        if not reached[start]:
            continue
        if name[start] in as_names:
            reached[start + 1] = True
        for end in range(start + 2, len(name) + 1):
            if any(_in_a_row(name[start:end], _words(t), spelled=True) for t in texts) \
                    or clipped_from("".join(name[start:end]), texts, alone=False):
                reached[end] = True  # "Marketing Ops" where the CV says "marketing operations"
    return reached[-1]


# A lower-case word of the posting rarer than this in English, as the posting and the text write it, is a
# term of its trade ("e-invoicing", "gpi", "observability"), not an everyday word ("delivery", "stakeholders").
TERM_ZIPF = 3.0
ADDED_TO = 50   # similarity (0-100) from which a text's sentence restates a source sentence
DROPPED = 1     # ... dropping at most this many of its content words: nothing it could be rewording


@lru_cache(maxsize=256)
def posting_terms(prompt: str) -> frozenset[str]:
    """The stems of the lower-case trade terms ``prompt`` uses (whole tokens: "e-invoicing")."""
    return frozenset(stem(word) for word in _words(prompt)
                     if word.islower() and len(word) > 2 and word.replace("-", "").isalpha()
                     and zipf(word) < TERM_ZIPF and is_content(word))


def unsupported_posting_terms(text: str, terms: frozenset[str], allowed: Vocabulary, source_sentences: list[str]) -> list[str]:
    """The posting's trade terms (``terms``) ``text`` adds to a source sentence it otherwise restates
    ("Leads tax engine implementations, including e-invoicing roll-outs"): the CV has no word of the
    term's stem, and the text drops next to nothing of the source sentence, so it rewords nothing with it
    ("observability with Prometheus" for the CV's "monitoring and alerting with Prometheus" passes)."""
    if not terms:
        return []
    added = [word for word in dict.fromkeys(_words(text))
             if word.islower() and stem(word) in terms and zipf(word) < TERM_ZIPF and not allowed.has(word)]
    if not added:
        return []
    index, score = best_match(text, source_sentences)
    if index is None or score < ADDED_TO:
        return []
    dropped = content_stems(source_sentences[index]) - content_stems(text)
    if len(dropped) > DROPPED:
        return []
    return [word for word in added if not _glosses(word, text, source_sentences[index])]


def _glosses(word: str, text: str, source: str) -> bool:
    """Whether ``text`` writes the term ``word`` beside words of ``source`` in a row that it names, in
    parentheses either way round ("uptime (service factor)", "service factor (uptime)"): a gloss, no
    claim added."""
    escaped = re.escape(word)
    for match in re.finditer(r"(?<![\w-])" + escaped + r"\s*\(([^()]+)\)|([^(),;:]+?)\s*\(\s*" + escaped + r"\s*\)", text):
        if match.group(1):
            phrase = _words(match.group(1))
        else:
            phrase = _words(match.group(2))[-3:]
            phrase = phrase[next((i for i, w in enumerate(phrase) if is_content(w.casefold())), len(phrase)):]
        if phrase and any(is_content(w.casefold()) for w in phrase) and _in_a_row(tuple(phrase), _words(source)):
            return True
    return False
