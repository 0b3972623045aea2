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

The text's own runs of capitalised words (:func:`written_runs`: "serving National Grid", "alongside For The
Record") are names of several words too, whatever their words: each must be the CV's whole, in a row or
made of its brands and names (:func:`unsupported_runs`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .acronyms import abbreviation_key, abbreviations_in, clipped_from, spells_words
from .names import (GENERIC_CREDENTIALS, RATHER_ENGLISH_ZIPF, SPECIFIC_CREDENTIALS, TITLES, brand_word, name_candidates,
                    spells_abbreviation, tech_shaped, title_shaped)
from .provenance import best_match
from .places import is_place
from .words import TOKEN, Vocabulary, content_stems, inflected, is_content, squashed, stem, tokens, zipf


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
def written_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The runs of two or more capitalised words in a row that ``text`` writes inside a sentence
    ("serving National Grid", "alongside For The Record"), each as its words: a name, though each word
    alone may be one the CV uses. Only words capitalised as words are ("Siemens", not "OpenID", "PCS7":
    those are checked as themselves), places aside ("the Japanese Shopify Plus store": a place's form is
    the place check's), a possessive ending its run ("the South West's Crown Court"); a sentence's or
    clause's first word starts none; a clause with a title's shape has none ("Coached Three Junior
    Developers on Code Review": there capitals say nothing)."""
    if not _TWO_CAPITALS.search(text):
        return ()
    words = tokens(text)
    titled = title_shaped(text)
    spans = [match.span() for match in TOKEN.finditer(text)]
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    for at, (word, starts) in enumerate(words):
        member = (not starts and at not in titled and _RUN_WORD.fullmatch(word) is not None
                  and not is_place(re.sub(r"['’]s$", "", word))
                  and word.casefold() not in GENERIC_CREDENTIALS and word.casefold() not in SPECIFIC_CREDENTIALS
                  and word.casefold() not in TITLES)  # "Dr Wieczorek": the title is checked alone
        if member and current and not text[spans[at - 1][1]:spans[at][0]].strip() \
                and not current[-1].endswith(("'s", "’s")):  # an owner's name ends before what it owns
            current.append(word)
            continue
        runs.append(tuple(current))
        current = [word] if member else []
    runs.append(tuple(current))
    return tuple(dict.fromkeys(run for run in runs if len(run) > 1))


_TWO_CAPITALS = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]")  # no run without them
_RUN_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['’]s)?")  # "National", "Follow-Up": not "IT", "42k", "Co-located"


def unsupported_runs(text: str, allowed: Vocabulary) -> list[str]:
    """The runs of capitalised words ``text`` writes (:func:`written_runs`) that the allowed source does
    not have: their words in a row (case, hyphens, plurals and verb forms aside: "Self Assessment" for
    "self-assessment"), or, a run of content words only, in any order with only function words between
    ("Cloud Migration" for "migrated to the cloud"; a capitalised function word belongs to the name: "For
    The Record" is not "recording"); a run with a brand also made of words the source writes as names
    ("Salesforce Classic" where it says "Salesforce CPQ" and "from Classic to Lightning"; everyday words
    alone must stand in a row: "Hardware Asset Management" is not "Hardware asset lifecycle" and "Software
    Asset Management"); nor the text's or the CV's abbreviation spelled out ("Authorised Economic Operator
    (AEO)")."""
    found = []
    for run in written_runs(text):
        held = all(stem(word) in allowed.stems for word in run)  # else no words in a row, in any order
        if squashed("".join(run)) in allowed.squashed or (held and any(_in_a_row(run, _words(t)) for t in allowed.texts)) \
                or (_branded(run, allowed.texts) and _pieced(run, allowed.texts, inside=True)) \
                or (held and _in_any_order(run, allowed.texts)) \
                or all(spells_abbreviation(word, text, allowed, defined=True) for word in run):
            continue
        found.append(" ".join(run))
    return found


def _branded(run: tuple[str, ...], texts: tuple[str, ...]) -> bool:
    """Whether a word of ``run`` is a brand ``texts`` write as a name and never in lower case ("Salesforce";
    not "Hardware" where the CV also says "hardware", nor an everyday word such as "Management")."""
    lower = _lower_case_words(texts)
    names = _as_names(texts, True)
    return any(word in names and word.casefold() not in lower and _brand(word) for word in run)


def _brand(word: str) -> bool:
    """Whether ``word`` is a brand: a name even where a sentence starts, or a word English hardly uses
    ("Anaplan", which English could read as "ana" + "plan")."""
    return brand_word(word) or zipf(word.casefold()) < RATHER_ENGLISH_ZIPF


@lru_cache(maxsize=1024)
def _lower_case_words(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for text in texts for word in _words(text) if word.islower())


def _in_any_order(run: tuple[str, ...], texts: tuple[str, ...]) -> bool:
    """Whether ``run``, content words only, stands in one of ``texts`` as content words in a row, in
    any order, with only function words between ("migrated to the cloud" for "Cloud Migration")."""
    if not all(is_content(word.casefold()) for word in run):
        return False
    wanted = sorted(stem(word) for word in run)
    for text in texts:
        stems = [stem(word) for word in _words(text) if is_content(word.casefold())]
        if any(sorted(stems[i:i + len(run)]) == wanted for i in range(len(stems) - len(run) + 1)):
            return True
    return False


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


@lru_cache(maxsize=1024)
def _as_names(texts: tuple[str, ...], inside: bool) -> frozenset[str]:
    """The words ``texts`` write as names: capitalised (with ``inside``, past a sentence's or clause's
    start unless a brand: "Salesforce CPQ") or with a technology's shape."""
    return frozenset(w for t in texts for w, starts in tokens(t)
                     if (w[:1].isupper() and not (inside and starts and not _brand(w))) or tech_shaped(w))


def _pieced(name: tuple[str, ...], texts: tuple[str, ...], inside: bool = False) -> bool:
    """Whether ``name`` is made of pieces the source has: words in a row, or a word it writes as a name
    ("ServiceNow" + "IT service management"); with ``inside``, a word it capitalises past a sentence's
    or clause's start only ("Salesforce" + "Classic" where it says "from Classic to Lightning", not
    "National" + "Grid" where it starts a sentence "Grid connection ...")."""
    as_names = _as_names(texts, inside)
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
    ("observability with Prometheus" for the CV's "monitoring and alerting with Prometheus" passes), nor
    where the term clips words of that sentence ("linacs" for "linear accelerators")."""
    if not terms:
        return []
    added = [word for word in dict.fromkeys(_words(text))
             if word.islower() and stem(word) in terms and zipf(word) < TERM_ZIPF and not allowed.has(word)
             and not re.search(_VERB_AFTER + re.escape(word) + r"\b", text, re.IGNORECASE)]  # as "Rationalised"
    if not added:
        return []
    index, score = best_match(text, source_sentences)
    if index is None or score < ADDED_TO:
        return []
    dropped = content_stems(source_sentences[index]) - content_stems(text)
    if len(dropped) > DROPPED:
        return []
    return [word for word in added if not _glosses(word, text, source_sentences[index])
            and not clipped_from(word, allowed.texts)]  # "linacs" where the CV says "linear accelerators"


# A sentence's verb after its subject or auxiliary ("I've rationalised", "was onboarded"): a posting's verb for the
# CV's is rewording, as it is where a bullet opens with it
_VERB_AFTER = r"\b(?:I|we|I've|we've|I'd|was|were|been|is|are|has|have|had)\s"


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
