"""The named things free text mentions: technologies, products, companies, customers, institutions,
certifications and degrees, told apart from ordinary words without a language model.

A token is a name when it has a technology's shape (``C++``, ``C#``, ``.NET``, ``Node.js``, ``K8s``,
``AWS``, ``PostgreSQL``), when it is capitalised inside a sentence (``Haskell``, ``Siemens``), or
when it starts a sentence and is not an ordinary English word there (wordfreq: common words,
inflected verbs such as "Architected", are rewording; see ``_ordinary_at_start``), or when it is a
technology name in any case or a lower-case word English does not know (:mod:`.tech_names`); a
name of several everyday words ("power automate") is checked as a phrase.
Credential words (``certified``, ``degree``) count as claims even though they are ordinary words.
A name is supported where the source uses it, or where it abbreviates or restates what the source
says (``_abbreviates``: acronyms, numeronyms, places in another form, clipped words); a company
designator after a name the source has ("o9 Solutions" for "o9") adds nothing. A sentence's first word
followed by "of" and a lower-case word ("Portfolio of 35 matters") is a common noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .acronyms import (abbreviates_in_place, abbreviation_key, abbreviations_in, acronym_letters, clipped_from,
                       defined_in_place, initials_in_place, long_form_words,
                       expands_abbreviation, expands_in_place, heads_abbreviation, numeronym_of, slash_pair, spelled_out, spells_out_in_place)
from .dates import dated_month
from .places import same_place
from .quantities import stated_in, unit_words_in
from .numbers import CURRENCIES, UNIT_WORDS, is_number, written_as_digits
from .tech_names import (HYPHENED_PREFIXES, UNKNOWN_ZIPF, english_derivation, everyday_tech_name, known_tech_name, unknown_lowercase_word,
                         unsupported_phrases)
from .words import TOKEN, Vocabulary, english_only, parts, squashed, tokens, zipf

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
                   "sped", "wove", "won", "forged", "sought", "taught", "built", "led", "ran", "took", "met", "made",
                   "kept", "set", "put", "cut", "brought", "began", "chose", "held", "found", "gave", "got", "knew",
                   "left", "lent", "lost", "paid", "sent", "sold", "spoke", "spent", "stood", "told", "thought",
                   "understood", "wrote", "bought", "caught", "fought", "struck", "laid", "bound", "broke", "dealt",
                   "drew", "fed", "felt", "flew", "hung", "hid", "rode", "rose", "shook", "shone", "split", "spread",
                   "swung", "threw", "tore", "withdrew", "withheld", "foresaw", "mislaid", "outgrew", "overtook",
                   "oversold", "rebuilt", "redrew", "remade", "reran", "reset", "resold", "retook", "unwound",
                   "upset", "wound", "saw", "did", "went", "came", "became", "sat", "bore", "dug", "stuck",
                   "swept", "slept", "wept", "leapt", "lit", "meant", "heard", "sank", "sang", "rang", "shut"}
# Words that claim a credential wherever they stand.
# Words that claim a credential wherever they stand (exact words, not stems: "master data", "doctors"
# and "licensing" claim none). A generic word is supported by any word of its kind in the source, or
# a non-empty sidebar section of that kind ("CISSP and OSCP certifications" for a CV listing them);
# a specific one (PhD, bachelor's) only by itself, like a name.
CERTIFICATION, DEGREE = "certification", "degree"
GENERIC_CREDENTIALS = {**{w: CERTIFICATION for w in ("certified", "certification", "certifications", "certificate",
                                                      "certificates", "accredited", "accreditation")},
                       **{w: DEGREE for w in ("degree", "degrees", "graduated", "alumnus")}}
SPECIFIC_CREDENTIALS = {"chartered", "charterholder", "charterholders", "bachelor", "bachelor's", "bachelors", "master's", "masters", "doctorate",
                        "diploma", "phd", "msc", "bsc", "mba"}
# A title a degree or post grants, written before a name ("Dr Wieczorek", "Prof. Lund"): supported where the
# CV holds what grants it, a doctorate of any kind or a professorship.
TITLES = {"dr": ("phd", "dphil", "doctorate", "doctoral", "md", "engd", "dsc", "dba", "edd", "drph", "dr"),
          "prof": ("professor", "prof", "professorship")}


def _credential(word: str) -> str:
    return word.casefold().replace("’", "'")
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
    if zipf(folded) < UNKNOWN_ZIPF and folded not in _IRREGULAR_PAST and not folded.endswith(_ORDINARY_ENDINGS):
        return english_derivation(folded)  # "Hypercare", "Replatforming" are words; "Elkjøp", "Pulumi" names
    # "Holds", "Brings", "Technologies": the verb or the singular
    forms = (folded, folded.removesuffix("s"), folded.removesuffix("es"), re.sub(r"ies$", "y", folded))
    plural = folded + ("es" if folded.endswith(("s", "sh", "ch", "x")) else "s")
    return (folded in _IRREGULAR_PAST or folded.endswith(_ORDINARY_ENDINGS)
            or zipf(folded) - zipf(plural) <= PLURAL_MARGIN
            or any(zipf(form) >= ORDINARY_ZIPF or (zipf(form) >= RATHER_ENGLISH_ZIPF and english_only(form))
                   for form in forms))


def past_tense(word: str) -> bool:
    """Whether ``word`` reads as a verb's past ("Built", "Managed", "Written"): a bullet's verb, no subject's
    name ("Planning", "Nursing" may be)."""
    folded = word.casefold()
    return folded in _IRREGULAR_PAST or folded in _PARTICIPLES or folded.endswith("ed")


VERB_BASE_ZIPF = 4.0  # "plan" in "Plans retrospective studies": a verb's base this common in English


def _verb_with_object(word: str, following) -> bool:
    """Whether ``word``, a sentence's first, is a verb in "-s" before its object ("Plans retrospective
    studies", "Designs the ..."): its base a common English word, the next word in lower case and no past
    tense ("Williams delivered" is a name)."""
    folded = word.casefold()
    if not (folded.endswith("s") and not folded.endswith("ss") and following and following[0][0].isalpha()
            and following[0][0].islower() and not following[0][0].endswith("ed")) or zipf(folded) < RATHER_ENGLISH_ZIPF:
        return False
    return any(zipf(base) >= VERB_BASE_ZIPF for base in (folded[:-1], folded[:-2] if folded.endswith("es") else ""))


def name_candidates(text: str, known_names: frozenset[str] = frozenset()) -> list[str]:
    """The tokens of ``text`` that name something or claim a credential, in order, once each.

    ``known_names`` (casefolded): names the prompt gave the model (a job posting's "Snowflake",
    "Kubernetes"): names wherever they stand, and in lowercase too unless an English word ("snowflake")."""
    return list(_candidates(text, known_names))


@lru_cache(maxsize=16384)
def _candidates(text: str, known_names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """:func:`name_candidates`, read once per text: the name check and the version check both ask."""
    found: list[str] = []
    listed = _listed_with_names(text, known_names)
    words = tokens(text)
    titled = title_cased(text)
    unit_words = unit_words_in(text) if any(c.isdigit() for c in text) else frozenset()  # "400 gigabits per second"
    dashed = _after_dash(text)
    for at, (token, starts) in enumerate(words):
        if at in titled and token.casefold() in _FUNCTION_WORDS:
            continue  # "Via", "Into", "Were" capitalised by a title
        starts = starts or at in titled
        pieces = parts(token)
        if _TECH_CHARS.search(token) or _letter_named(pieces):
            pieces = [token]  # "Node.js"; "Hyper-V", "T-SQL"
        for index, piece in enumerate(pieces):
            at_start = starts and index == 0
            if at_start and len(pieces) == 1 and _common_noun_of(words[at + 1:at + 3]):
                continue  # "Portfolio of 35 matters", "Team of eight": a common noun, not "Bank of England"
            if index == 0 and len(pieces) > 1 and piece.casefold() in HYPHENED_PREFIXES and (
                    pieces[1].isalpha() or (pieces[1][:1].isdigit() and len(piece) > 1)):
                continue  # "Co-designed", "Pre-sales", "Pan-European", "Sub-150 ms": a prefix; what follows is checked
            if is_number(piece) or piece in CURRENCIES \
                    or (piece.casefold() in UNIT_WORDS and _after_figure(words, at, pieces, index)) \
                    or (unit_words and piece in unit_words):
                continue  # a currency code is checked with its money; a unit with its figure ("50 ms", not "ICP-MS")
            if piece[:1].isupper() and written_as_digits(piece.casefold()).isdigit():
                continue  # "Ten years": a number word starting a sentence, checked as the number
            credential = _credential(piece)
            if credential in GENERIC_CREDENTIALS or credential in SPECIFIC_CREDENTIALS or tech_shaped(piece):
                pass
            elif (known_tech_name(piece) or unknown_lowercase_word(piece) or piece in listed) \
                    and not _phrasal(pieces, index):
                pass  # "kafka", "python", "graphql"; "Docker", "Spark" at a sentence's start; "Splunk and elastic"
            elif piece.casefold() in known_names and (piece[0].isupper() or not _ordinary_at_start(piece)):
                pass  # the posting's name, anywhere; lowercase too when no English word ("on kubernetes")
            elif len(piece) < 2 or not piece[0].isupper() or piece.isdigit():
                continue
            elif at_start and ((_ordinary_at_start(piece) and not (at in dashed and zipf(piece.casefold()) < UNKNOWN_ZIPF))
                               or (len(pieces) == 1 and _verb_with_object(piece, words[at + 1:at + 2]))):
                continue  # after a dash, where English writes small, a word English does not know is a name
            if piece not in found:
                found.append(piece)
        if len(pieces) > 1 and all(_ABBREVIATION_PIECE.fullmatch(p) for p in pieces) and token not in found:
            found.append(token)  # "ICP-MS": abbreviations joined are one name, whatever its pieces name apart
    return tuple(found)


_ABBREVIATION_PIECE = re.compile(r"[A-Z][A-Z0-9]+")
_DASH_BEFORE = re.compile(r"(?:[–—]|\s-)\s*$")


@lru_cache(maxsize=16384)
def _after_dash(text: str) -> frozenset[int]:
    """The token indices of ``text`` right after a dash ("for Trading – Oddsline")."""
    if "–" not in text and "—" not in text and " -" not in text:
        return frozenset()
    return frozenset(at for at, match in enumerate(TOKEN.finditer(text))
                     if _DASH_BEFORE.search(text[max(0, match.start() - 3):match.start()]))


def _compound_held(name: str, allowed: Vocabulary) -> bool:
    """Whether ``name``, abbreviations joined ("ICP-MS"), is not one, or the source writes its pieces in
    a row in one token ("LC-MS" in "LC-MS/MS") or apart ("ICP MS")."""
    pieces = parts(name)
    if len(pieces) < 2 or not all(_ABBREVIATION_PIECE.fullmatch(p) for p in pieces):
        return False
    run = [p.casefold() for p in pieces]
    return squashed(name) in allowed.squashed or any(
        any(held[i:i + len(run)] == run for i in range(len(held) - len(run) + 1))
        for held in (parts(word) for word in allowed.words if len(parts(word)) >= len(run)))


def _after_figure(words, at: int, pieces: list[str], index: int) -> bool:
    """Whether the unit word at ``index`` of the token at ``at`` goes with a figure: written in lower
    case ("ms"), or after a piece or token with a digit ("50 MB", "40-MW"); in capitals elsewhere it
    is a name ("ICP-MS", "a BS and MS in ...")."""
    before = pieces[index - 1] if index else (words[at - 1][0] if at else "")
    return not pieces[index].isupper() or any(c.isdigit() for c in before)


# English's closed classes (prepositions, pronouns, auxiliaries, determiners, conjunctions): a title
# may capitalise them or not. One of them capitalised, or a past tense ("Built", "Were Moved"), tells a
# title from a sentence that names things ("for Apple and Shell", "IT Asset Management", "Cargoline
# (Series B) and Monzo", "a NASA Group Achievement Award", "Tallow Brewing").
# Past participles that end in no "-ed" ("Written", "Run"): as telling of a title as a past tense.
_PARTICIPLES = frozenset("""written rewritten run rerun done redone taken undertaken given driven chosen shown grown
    known drawn seen overseen begun broken spoken frozen proven hidden ridden risen woven sworn worn torn""".split())
_FUNCTION_WORDS = frozenset("""
    about above across after against along among around as at before behind below beneath beside between beyond
    by despite down during except for from in inside into like near of off on onto out outside over past per plus
    since than through throughout till to toward towards under until up upon via vs with within without using
    including following it its them their they he she his her we our you your itself themselves is are was were
    be been being has have had do does did can could will would shall should may might must the a an this that
    these those every each all both some any no and or but nor so yet while when where whether because although
    which who whom whose
""".split())


def is_function_word(word: str) -> bool:
    """Whether ``word`` is of English's closed classes ("All", "the", "Into"): no name's first word."""
    return word.casefold() in _FUNCTION_WORDS


# Words a title capitalises that no name holds: adverbs of English's closed set and the small number words
# ("Together with Compliance", "Instead of 40 S", "Renegotiated Twice", "a Pool of Nine Trainers").
_TITLE_ONLY_WORDS = frozenset("""together instead twice thrice once again also only even still already apart ahead
    alongside otherwise therefore however meanwhile two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty hundred thousand million billion dozen""".split())


ADVERB_BASE_ZIPF = 4.0  # "roughly": an adverb of "rough", a word this common (not "Bentley", "Italy")


def _adverb_of_adjective(word: str) -> bool:
    """Whether ``word`` is an adverb in "-ly" of a common English word ("Roughly", "Yearly", "Jointly")."""
    folded = word.casefold()
    return len(folded) > 5 and folded.endswith("ly") and folded[:-2].isalpha() and any(
        zipf(base) >= ADVERB_BASE_ZIPF and english_only(base) for base in (folded[:-2], folded[:-3] + "y"))


@lru_cache(maxsize=16384)
def title_cased(text: str) -> frozenset[int]:
    """The token indices of ``text``'s sentences written in title case ("Moved Nightly ETL Off SSIS Onto
    Airflow"): there a capital says nothing, so each word is read as a sentence's first is. A sentence is
    in title case when every word after its first (function words written small and abbreviations aside,
    at least two) is capitalised and one of them is a function word, a past tense or participle
    ("Certified" in a credential's name is none), a word in "-ing" before a function word or a number
    ("Covering the", "Spanning 22"; not "Tallow Brewing", "a Coaching Award"), a closed-class adverb or a
    small number word ("Together", "Twice", "Nine Trainers")."""
    return frozenset(at for clause, marked in _title_shaped(text) if marked for at in clause)


@lru_cache(maxsize=16384)
def title_shaped(text: str) -> frozenset[int]:
    """The token indices of ``text``'s clauses with a title's shape, marked or not: every word after its
    first (function words written small and abbreviations aside, at least two) capitalised ("Coached
    Three Junior Developers on Code Review", "for Apple and Shell"). There a run of capitals says nothing
    of a name's bounds."""
    return frozenset(at for clause, _ in _title_shaped(text) for at in clause)


@lru_cache(maxsize=16384)
def _title_shaped(text: str) -> tuple[tuple[range, bool], ...]:
    """Each clause of ``text`` with a title's shape (its token indices), and whether a word marks it a
    title (see :func:`title_cased`)."""
    words = tokens(text)
    found = []
    begin = 0
    for end in range(1, len(words) + 1):
        if end < len(words) and not words[end][1]:
            continue
        clause = [word for word, _ in words[begin:end]]
        later = [word for word in clause[1:] if word.isalpha() and not word.isupper()]
        plain = [word for word in later if word.casefold() not in _FUNCTION_WORDS or word[0].isupper()]
        capitals = [word for word in plain if word[0].isupper()]
        if len(capitals) >= 2 and len(capitals) == len(plain):
            found.append((range(begin, end), any(
                word.casefold() in _FUNCTION_WORDS
                or (word[1:].islower() and (word.endswith("ed") or word.casefold() in _IRREGULAR_PAST | _PARTICIPLES)
                    and _credential(word) not in GENERIC_CREDENTIALS)
                or (word.endswith("ing") and word[1:].islower() and at + 2 < len(clause)  # "Covering the Plant",
                    and (clause[at + 2].casefold() in _FUNCTION_WORDS or clause[at + 2][:1].isdigit()))  # "Spanning 22"
                or word.casefold() in _TITLE_ONLY_WORDS  # "Together with", "Twice", "Nine Trainers"
                or _adverb_of_adjective(word)  # "Roughly", "Jointly", "Yearly"
                for at, word in enumerate(clause[1:]) if word in capitals)))
        begin = end
    return tuple(found)


def _letter_named(pieces: list[str]) -> bool:
    """Whether a capital letter is part of the name it is joined to: after a name ("Hyper-V") or before an
    abbreviation ("T-SQL"); not "Q&A", "X-ray", nor a letter before a word ("E-Business": the word is checked)."""
    if len(pieces) != 2 or not all(p[:1].isupper() for p in pieces) or sum(len(p) == 1 for p in pieces) != 1:
        return False
    return len(pieces[1]) == 1 or tech_shaped(pieces[1])


def _common_noun_of(following) -> bool:
    """Whether the words after a sentence's first word are "of" and a lower-case word or a number."""
    return (len(following) == 2 and following[0][0] == "of"
            and not following[1][0][:1].isupper() and not tech_shaped(following[1][0]))


_LIST_TOKEN = re.compile(r"[\w+#'’-]+(?:\.[\w+#'’-]+)*|[,&/;:().]")
_LIST_JOINS = {",", "&", "/", "and", "or"}


@lru_cache(maxsize=16384)
def _listed_with_names(text: str, known_names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The lower-case names that are everyday words ("elastic"; or the prompt's names, ``known_names``:
    "prophet"), the same words capitalised inside a sentence ("Go") and the capital letters ("R", "C")
    ``text`` lists beside another name ("Splunk and elastic", "elastic, Kibana", "LightGBM and prophet",
    "Python, R and SQL", "Java, Go and Rust"), standing alone (no word of theirs follows): an item of a
    list of names is a name whatever its length, supported only where the source writes it as one."""
    words = _LIST_TOKEN.findall(text)
    found = set()
    for i, word in enumerate(words):
        letter = len(word) == 1 and word.isupper() and word not in "AI" and not {"&", "/"} & {  # "Python, R and SQL"
            words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""}  # not "O&D", "S/4HANA"
        named = word.istitle() and i and words[i - 1] not in ".:;(" and everyday_tech_name(word)  # "..., Go and"
        if not (letter or named or word.islower() and (everyday_tech_name(word) or word in known_names)):
            continue
        follows = words[i + 1] if i + 1 < len(words) else ""
        if follows[:1].isalpha() and follows.casefold() not in _LIST_JOINS:
            continue  # "elastic scaling": the word qualifies what follows
        neighbours = [words[i - 2] if i >= 2 and words[i - 1].casefold() in _LIST_JOINS else "",
                      words[i + 2] if i + 2 < len(words) and follows.casefold() in _LIST_JOINS else ""]
        if any(n and n[:1].isalpha() and (n[:1].isupper() or known_tech_name(n)) and len(n) > 1 for n in neighbours):
            found.add(word)
    return frozenset(found)


# Second parts that make an everyday phrasal compound of the word before them ("Go-live", "go-to").
_PHRASAL_PARTS = {"live", "to", "ahead", "between", "off", "out", "up"}


def _phrasal(pieces: list[str], index: int) -> bool:
    return index + 1 < len(pieces) and pieces[index + 1].casefold() in _PHRASAL_PARTS


def unsupported_names(text: str, allowed: Vocabulary, known_names: frozenset[str] = frozenset()) -> list[str]:
    """The names and credential words in ``text`` that the allowed source text never uses."""
    kinds = {GENERIC_CREDENTIALS[w] for w in allowed.words if w in GENERIC_CREDENTIALS}
    units = {word for _, word in stated_in(tuple(allowed.texts)).unit_words(text)}  # "gigawatt-hours" for "GWh"
    listed = _listed_with_names(text, known_names)
    alone = _alone_in_list(text)
    return [name for name in _candidates(text, known_names)
            if (not _written_as(name, allowed) if len(name) == 1 or name in listed and name[:1].isupper()
                else  # "R" is no word's initial, "Go" no "go-live"
                name.casefold() not in units and not _compound_held(name, allowed)
                and not _supported(name, allowed, kinds)
                and (_credential(name) in GENERIC_CREDENTIALS  # a credential word spells out no abbreviation:
                     or not _abbreviates(name, text, allowed, in_a_run=name not in alone,  # "certified systems" no CS
                                         first=name in _first_only(text)))
                and not _company_designator(name, text, allowed) and not dated_month(name, text)
                and not _version_of(name, allowed))] \
        + [phrase for phrase in unsupported_phrases(text, allowed.texts) if not with_designator(phrase, allowed)
           and not all(expands_abbreviation(word, text, abbreviations_in(allowed.texts)) for word in phrase.split())]


def _written_as(word: str, allowed: Vocabulary) -> bool:
    """Whether the source writes ``word`` as a word of its own in that case: "Go", not the go of "go-live";
    "R", not the c of "Objective-C", "R&D" or "PL d"."""
    return any(token == word for text in allowed.texts for token, _ in tokens(text))


def _version_of(name: str, allowed: Vocabulary) -> bool:
    """Whether ``name`` is a release the source writes with or without a "v" ("7.x" for "v7.x")."""
    folded = name.casefold()
    return folded[:1].isdigit() and "v" + folded in allowed.words or (
        folded[:1] == "v" and folded[1:2].isdigit() and folded[1:] in allowed.words)


# Words that follow a company's name in its full form ("o9 Solutions", "Acme Group", "Siemens AG"):
# the short name the CV writes names the same company.
_DESIGNATORS = {"solutions", "technologies", "technology", "systems", "software", "group", "labs", "inc", "ltd",
                "llc", "plc", "gmbh", "ag", "sa", "nv", "bv", "ab", "asa", "oy", "spa", "corp", "corporation",
                "company", "co", "holdings", "international", "consulting", "limited"}


# Words of a state's formal name ("Czech Republic", "Republic of Ireland", "Russian Federation"): a
# country the CV names in its short form ("Czechia", "Ireland", "Russia").
_STATE_DESIGNATORS = {"republic", "kingdom", "federation", "principality", "commonwealth"}


def _company_designator(name: str, text: str, allowed: Vocabulary) -> bool:
    """Whether ``name`` is a company designator right after a name the source writes ("Solutions" in
    "o9 Solutions" where the CV writes "o9"), or a state's beside a country the source names ("Czech
    Republic" where the CV writes "Czechia")."""
    designator = _designator(name)
    if designator not in _DESIGNATORS | _STATE_DESIGNATORS:
        return False
    words = [token for token, _ in tokens(text)]

    def named(word: str) -> bool:  # a state's: a place the source names ("Czech" for "Czechia")
        return same_place(word, allowed.words) if designator in _STATE_DESIGNATORS else _names_it(word, allowed)

    return any(word == name and ((at > 0 and named(words[at - 1])) or (  # "Republic of Ireland"
        designator in _STATE_DESIGNATORS and words[at + 1:at + 2] == ["of"] and at + 2 < len(words)
        and named(words[at + 2]))) for at, word in enumerate(words))


def with_designator(phrase: str, allowed: Vocabulary) -> bool:
    """Whether ``phrase`` is a name the source writes followed by a company designator ("o9 Solutions"),
    or a place it names followed by a state's ("Czech Republic" where the CV writes "Czechia")."""
    *name, last = phrase.split()
    designator = _designator(last)
    return bool(name) and (designator in _DESIGNATORS and all(_names_it(word, allowed) for word in name)
                           or designator in _STATE_DESIGNATORS and all(same_place(word, allowed.words) for word in name))


def _names_it(word: str, allowed: Vocabulary) -> bool:
    """Whether the source writes ``word`` as a name: a brand it has, or an everyday word it capitalises
    inside a sentence ("the Wayfarer platform"; "booking" in lower case names no "Booking Holdings")."""
    if not allowed.has(word):
        return False
    return not word[:1].isupper() or brand_word(word) or any(
        token == word and not starts for text in allowed.texts for token, starts in tokens(text))


def _designator(word: str) -> str:
    return word.casefold().replace("’", "'").removesuffix("'s").rstrip(".")


# A capitalised everyday word at least this common that starts a source word is that word clipped:
# "Pen testing" for "penetration testing", "Admin" for "administration" (a rarer one, a name: "Scala").
CLIPPED_ZIPF = 3.0


@lru_cache(maxsize=16384)
def _first_only(text: str) -> frozenset[str]:
    """The words ``text`` writes only where a sentence starts (the first piece of a hyphened word too:
    "Sub" of "Sub-150 ms"): there a capital says nothing of a name."""
    words = tokens(text)
    first = {parts(token)[0] for token, starts in words if starts and parts(token)}
    return frozenset(first - {piece for token, starts in words if not starts for piece in parts(token)})


def _abbreviates(name: str, text: str, allowed: Vocabulary, in_a_run: bool = True, first: bool = False) -> bool:
    """Whether ``name`` abbreviates or restates what the source (or ``text`` itself) says: an acronym of
    words in a row, a plural of one the source has, a numeronym, a place in another form, or an everyday
    word clipped; with ``in_a_run``, also a word of a run of words that spells out an abbreviation (a
    list's item standing alone is none: "Lua" in "Rhapsody, Lua and InterSystems" spells no "LIS")."""
    letters = acronym_letters(name)
    if letters and (letters in allowed.words or letters + "s" in allowed.words):
        return True  # "NDA" or "NDAs" where the CV writes either
    if abbreviation_key(name) and spelled_out(name, (text, *allowed.texts)):
        return True  # the CV (or the sentence) spells it out: "3PL", "D365", "PS5", "aDSOs"
    if (abbreviates_in_place(name, text, allowed.texts) or slash_pair(name, allowed.words)
            or (in_a_run and spells_abbreviation(name, text, allowed)) or defined_in_place(name, text)
            or initials_in_place(name, text, allowed.texts)):
        return True  # "5G SA core", "C/C++"; "Data Safety Monitoring Board" for "DSMB"; "Splunk Enterprise Security";
        # "Basic software integrator" where the CV writes "BSW integrator"; "non-standalone (NSA)"
    if _joined_in(name, text, allowed):
        return True  # "Power BI" where the CV writes "PowerBI", "S/4 HANA" where it writes "S/4HANA"
    if letters:
        return same_place(name, allowed.words)  # "US" for "USA"; other capitals spell nothing here
    if numeronym_of(name, allowed.words) or same_place(name, allowed.words) or _place_owning(name, text, allowed) \
            or any(numeronym_of(word, {name.casefold()}) for word in allowed.words if any(c.isdigit() for c in word)):
        return True  # "K8s" for "Kubernetes" and the other way round
    # Clipped: words' leading parts ("Protobuf", "ResearchOps"), or one everyday word's ("Admin", "Specs"; at a
    # sentence's start, where a capital says nothing, a rarer one too: "Config audits" for configuration audits)
    alone = (first or zipf(name.casefold()) >= CLIPPED_ZIPF) and not known_tech_name(name)
    return clipped_from(name, (text, *allowed.texts), alone)


def spells_abbreviation(name: str, text: str, allowed: Vocabulary, defined: bool = False) -> bool:
    """Whether ``name`` is a word of a run of words in ``text`` that spells out an abbreviation the source
    writes ("Data Safety Monitoring Board" for "DSMB", "Splunk Enterprise Security" for "Splunk ES",
    "Basic software integrator" for "BSW integrator"); with ``defined``, or one ``text`` writes
    ("Economic" in "Authorised Economic Operator (AEO)"); or the long form the text gives beside an
    abbreviation the source writes ("Ship Inspection Report Programme (SIRE)")."""
    abbreviations = abbreviations_in(allowed.texts)
    return (expands_abbreviation(name, text, abbreviations) or heads_abbreviation(name, text, abbreviations)
            or name in long_form_words(text, abbreviations)
            or expands_in_place(name, text, allowed.texts) or spells_out_in_place(name, text, allowed.texts)
            or defined and expands_abbreviation(name, text, abbreviations_in((text,))))


@lru_cache(maxsize=16384)
def _alone_in_list(text: str) -> frozenset[str]:
    """The capitalised words ``text`` lists alone between a list's joins, beside another name ("Lua" in
    "Rhapsody, Lua and InterSystems", "MoP" in "P3O, MSP, MoP and PRINCE2"): a name of its own, no
    word of a run that spells something out."""
    words = _LIST_TOKEN.findall(text)
    found = set()
    for i in range(1, len(words) - 1):
        word, before, after = words[i], words[i - 1], words[i + 1]
        if len(word) > 1 and word[:1].isupper() and before in {",", "/", "&"} and (
                after.casefold() in _LIST_JOINS or after in {".", ";", ")"}) and (
                i >= 2 and words[i - 2][:1].isupper() or i + 2 < len(words) and words[i + 2][:1].isupper()):
            found.add(word)
    return frozenset(found)


def _place_owning(name: str, text: str, allowed: Vocabulary) -> bool:
    """Whether ``name`` is a possessive of a place the source names in any form ("Brazil's Northeast" for
    "Brazilian"), not the end of a longer name ("Genomics England's" names an organisation)."""
    place = re.sub(r"['’]s$", "", name)
    if place == name or not same_place(place, allowed.words):
        return False
    words = [token for token, _ in tokens(text)]
    return any(word == name and not (at and words[at - 1][:1].isupper() and words[at - 1].casefold() not in _FUNCTION_WORDS)
               for at, word in enumerate(words))


def _joined_in(name: str, text: str, allowed: Vocabulary) -> bool:
    """Whether ``name`` and the word before or after it in ``text`` make one word of the source."""
    words = [token for token, _ in tokens(text)]
    for at in (i for i, word in enumerate(words) if name in (word, *parts(word))):
        if (at + 1 < len(words) and squashed(words[at] + words[at + 1]) in allowed.squashed) \
                or (at > 0 and squashed(words[at - 1] + words[at]) in allowed.squashed):
            return True
    return False


def _supported(name: str, allowed: Vocabulary, kinds: set[str]) -> bool:
    credential = _credential(name)
    if credential in SPECIFIC_CREDENTIALS:  # the word itself: "master's" is not "master data"
        return credential in allowed.words
    if credential in TITLES:  # "Dr" where the CV holds a PhD
        return any(word in allowed.words for word in TITLES[credential])
    # A brand only as itself or an inflection ("Fit" is no "fitness"); an everyday word capitalised
    # ("the Cloud Migration" for "migrated to the cloud") and jargon keep their stem.
    has = allowed.has_form if name[:1].isupper() and brand_word(name) else allowed.has
    return has(name) or GENERIC_CREDENTIALS.get(credential, "") in kinds or _adverb_pair(name, allowed)


def _adverb_pair(name: str, allowed: Vocabulary) -> bool:
    """Whether the source has ``name``'s adverb or the adjective of ``name`` the adverb: "Central" where
    it says "centrally", "Globally" where it says "global"."""
    folded = name.casefold()
    if len(folded) < 4 or not folded.isalpha():
        return False
    return any(form in allowed.words for form in (folded + "ly", folded + "ally", folded.removesuffix("ly")
                                                  if folded.endswith("ly") and len(folded) > 6 else ""))


# A prompt's capitalised word at least this common in English is an everyday word (Team, Data, Project),
# not a name to watch for.
PROMPT_NAME_ZIPF = 5.0


def names_in(text: str) -> frozenset[str]:
    """The names ``text`` uses, casefolded (for ``known_names``), leaving out the common words that
    postings capitalise ("our Data Team")."""
    return frozenset(name.casefold() for name in name_candidates(text)
                     if tech_shaped(name) or zipf(name.casefold()) < PROMPT_NAME_ZIPF)


def brand_word(word: str) -> bool:
    """Whether ``word``, capitalised, is a name even where a sentence starts ("Kotlin", "Apple", "SAP"),
    not an everyday word ("Lead", "Data", "Factory")."""
    return tech_shaped(word) or not _ordinary_at_start(word)
