"""What a credential word is attached to: "a certified ISO 20022 specialist", "the SAP S/4HANA
Management Accounting certification", "certified in Epic Bridges", "a law degree", "a Coupa-certified consultant".

A generic credential word ("certified", "degree") is no claim where the CV holds a credential of its
kind; the words it is attached to are, unless the CV's credentials of that kind (its certifications
or academic background listed, or a source sentence with a word of that kind) use them. Attached:
the capitalised words (not a clause's first), names and numbers of the credential's clause next to it, the lower-case word
right before it ("law degree"), the words of an "in ..."/"of ..." phrase right after it, and the
lower-case words an adjective credential ("certified", "accredited", "licensed") qualifies ("a
certified functional safety engineer": functional safety; the person noun and a bare role such as
"consultant" say nothing). "Licensed" is
a credential only where it qualifies a person ("a licensed B1 engineer"; "licensed software" is none);
"graduate" only where it is the person ("a biostatistics graduate"; "graduate engineers" are none).
A degree
named by its letters for the person ("engineer (PhD)") needs that degree among the CV's own
("workshops for PhD students" holds none). Where the
text rewords a source sentence that uses the credential word itself ("Passed first-party
certification" as "Passed platform certification"), its lower-case words are rewording; names and
numbers stay claims, and so do the words of a role a reworded adjective now qualifies ("Certified export
control officer" for "Certified Customs Specialist"). A degree's own word ("master's") is held by the name
check; its "in ..." phrase is attached like a generic word's, and so is the subject in capitals after its
letters ("BSc Software Engineering" where the CV holds a BSc in civil engineering). An "in ..." phrase runs through a list
("certified in both Employee Central and Recruiting"). A body's name joined to "approved", "registered" or
"qualified" ("a BRCGS-approved auditor") is a certification too. A credential the CV holds only in the
past (lapsed, expired, "held DV clearance from 2015 to 2020") is held no more: a text telling it as held
now ("DV-cleared") claims it. A credential is its whole name: a "Chartered" title and a body's "charter" need one
credential of the CV's that holds them; an adjective credential before a list of names ("accredited EVP, PMP
and PMI-SP") attaches to each; a credential the CV lists under way, named plainly in a sentence telling no
status ("... and the Customs Intermediary Qualification"), is told as held.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .acronyms import abbreviations_in, acronym_letters, initials, long_form_words, name_initials
from .names import (CERTIFICATION, DEGREE, GENERIC_CREDENTIALS, SPECIFIC_CREDENTIALS, brand_word, is_function_word,
                    past_tense, tech_shaped)
from .provenance import similarity
from .words import Vocabulary, content_stems, is_content, parts, stem, tokens, whole_word, zipf

COMPOUND_ZIPF = 3.5  # a lower-case word this common joined to "certified" makes an English compound ("board-certified")
REWORDS = 60  # similarity (0-100) from which a text rewords a source sentence with the credential word
SHARED = 2    # ... sharing at least this many content words besides it
WINDOW = 5  # tokens either side of a credential word that may name what it certifies
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]]|(?<!\d)[–—]|[–—](?!\d)|\s-\s|\band\b|\bwith\b|\bwhile\b")
# A break that goes on with the same credential's title: "Associate – ABAP", "Certified: Azure", "(CKA)".
_TITLE_GOES_ON = re.compile(r"\s*(?:[:(–—]|\s-\s)\s*[A-Z0-9]")
_FOLLOWING = {"in", "of", "as", "for"}
# A credential's "in ..." phrase running to its clause's end, and a list going on after it.
_IN_LIST = re.compile(r"\b(?:certified|accredited|certifications?|certificates?|degrees?|master'?s|bachelor'?s|"
                      r"diploma|doctorate)\s+(?:in|of)\s+(?:both\s+|either\s+)?(?:[\w'’/+#.-]+\s*){1,8}$",
                      re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b)")
# An adjective credential before a list of names ("accredited AACE Earned Value Professional, PMP and
# PMI-SP"): each name listed is what it tells as held, read item by item like an "in ..." list's.
_NAMES_LIST = re.compile(r"\b(?i:certified|accredited|licensed)\s+(?:[A-Z0-9][\w'’/+#.&-]*\s*){1,8}$")
_NAME_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:\band\b\s*)?(?:the\s+|an?\s+)?[A-Z0-9]")
_ADJECTIVES = {"certified", "accredited", "licensed"}
PHRASE_WORDS = 6  # content words of an "in ..." phrase that say what a credential is in
_LIST_WORDS = {"and", "or", "both", "either", "&"}
ADJECTIVE_WORDS = 3  # lower-case words after an adjective credential that may say what it certifies
# Roles that say nothing of what a credential is for ("a certified consultant").
_BARE_ROLES = {"consultant", "consultants", "professional", "professionals", "specialist", "specialists", "expert",
               "experts", "practitioner", "practitioners", "associate", "member", "partner", "provider", "supplier"}
_PERSON = re.compile(r"(?:er|or|ist|ian|ant|ent|ect)s?$|^(?:professional|practitioner|nurse|pilot|auditor)s?$")
# Roles a credential grants over others or at a grade, part of its status: "an accredited PRINCE2 trainer"
# is another credential than "PRINCE2 Practitioner", "an SPE-certified reserves evaluator" than "SPE member".
STATUS_ROLES = {"trainer", "instructor", "assessor", "examiner", "evaluator", "auditor", "inspector", "verifier",
                "appraiser", "moderator", "tutor", "coach", "practitioner"}
# What governs a credential under way in a sentence ("working towards Cisco CCNA", "studying for ..."),
# and a membership: the marks of a credential told in another status than held. Such a source supports
# the credential's name, not its holding.
_UNDER_WAY_WORDS = (r"in[ -]progress|working towards?|studying for|pursuing|preparing for|candidate for|"
                    r"enrolled (?:in|on)|not yet passed|exam booked")
_MEMBERSHIP_WORDS = r"members?|membership"
# ... and one held only in the past: held until a year or over a closed span of years ("held DV clearance
# from 2015 to 2020"), "formerly held": not held now. A listed credential may say so in a word ("lapsed
# 2020", "expired", "formerly", "until 2019"); in a text any closed span of years tells the past too ("SC-cleared
# 2016–2021"); a CV's sentence must say what was held ("previously at Siemens", a campaign "in
# 2017–2018" hold nothing).
_YEAR = r"(?:19|20)\d\d"
_SPAN = _YEAR + r"\s*(?:to|until|[-–—])\s*" + _YEAR + r"|between " + _YEAR
_PAST_WORDS = (r"no longer held|(?:formerly|previously) held"
               r"|held\b[^.;()]{0,60}?\b(?:" + _SPAN + r"|until " + _YEAR + r"|till " + _YEAR + ")")
_PAST_ITEM_WORDS = r"lapsed|expired|formerly|former|previously|no longer|(?:until|till) " + _YEAR
_UNDER_WAY = re.compile(r"\b(?:" + _UNDER_WAY_WORDS + "|" + _PAST_WORDS + r")\b", re.IGNORECASE)
_HELD_IN_PAST = re.compile(r"\b(?:" + _PAST_WORDS + r")\b", re.IGNORECASE)
_ITEM_IN_PAST = re.compile(r"\b(?:" + _PAST_WORDS + "|" + _PAST_ITEM_WORDS + r")\b", re.IGNORECASE)
TOLD_PAST = re.compile(r"\b(?:" + _PAST_WORDS + "|" + _PAST_ITEM_WORDS + "|" + _SPAN + r")\b", re.IGNORECASE)  # in a text
# What a text's clause tells a credential in another status by: under way, in the past, or a membership.
_TOLD_NOT_HELD = re.compile(r"\b(?:" + _UNDER_WAY_WORDS + "|" + _PAST_WORDS + "|" + _PAST_ITEM_WORDS + "|" + _SPAN
                            + "|" + _MEMBERSHIP_WORDS + r")\b", re.IGNORECASE)
# A listed credential is read more loosely ("Cisco CCNA (in progress)", "SPE member", "PMP (booked)"):
# a shorter form of each mark, and the words of a plan.
NOT_HELD = re.compile(r"\b(?:" + _UNDER_WAY_WORDS + "|" + _MEMBERSHIP_WORDS + "|" + _PAST_WORDS + "|" + _PAST_ITEM_WORDS
                      + r"|working on|studying|"
                      r"preparing|candidate|planned|expected|booked|not yet|enrolled|ongoing|under ?way|due (?:to|in)|"
                      r"scheduled|affiliate)\b", re.IGNORECASE)
PENDING = "not held"  # the kind under which a scope keeps what the source tells in a status other than held
# Words that tell a credential as held: a text using one of them of a name the source has only in another
# status ("holding the CCNA", "CCNA-certified" where the CV is working towards it) claims it.
_HELD_WORDS = {"holding", "holds", "hold", "holder", "held", "passed", "earned", "achieved", "obtained",
               "awarded", "gained", "qualified", "certified", "accredited", "licensed", "chartered", "registered",
               "certification", "certifications", "certificate", "certificates", "degree", "graduate", "graduated",
               "cleared", "clearance", "vetted", "licence", "license"}
# Verbs that tell a listed credential's part as done ("CTA candidate: passed Awareness papers"), not its title's
# words ("AWS Certified ... (studying)").
_PASSED = {"passed", "holds", "holding", "held", "earned", "achieved", "obtained", "awarded", "gained", "completed"}
# Words of a list's item that tell a status of its own ("working towards the CISSP and holds the CISM")
_STATUS_OF_ITS_OWN = re.compile(r"\b(?:" + "|".join(sorted(_PASSED | _ADJECTIVES | {"chartered", "qualified", "registered",
                                                                                     "is", "has", "was"})) + r")\b")
# Words before a credential word that say nothing of what it is for ("holds a degree", "her certification").
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "my", "our", "its", "this", "that", "these", "those", "any",
                "no", "one", "two", "each", "every", "some", "several", "both", "relevant", "formal", "current", "valid",
                "recognised", "recognized", "professional", "holds", "hold", "held", "is", "was", "been", "be", "are",
                "got", "gained", "earned", "obtained", "achieved", "completed", "passed", "university", "college"}


# Degrees named by their letters: held where they stand for the person ("engineer (PhD)", "holds an
# MBA"), not where they qualify what follows ("workshops for PhD students", "MBA programme").
_DEGREE_LETTERS = re.compile(r"(?<![\w-])(PhD|Ph\.D\.?|DPhil|MSc|M\.Sc\.?|BSc|B\.Sc\.?|MBA|MEng|BEng)(?![\w-])"
                             r"(?!\.?\s+(?!(?:in|from|at|of|on|with|and|or)\b)[a-z])")


@lru_cache(maxsize=16384)
def degrees_held_in(text: str) -> frozenset[str]:
    """The degrees ``text`` names by their letters as a person's own (dots aside, casefolded)."""
    return frozenset(m.group(1).replace(".", "").casefold() for m in _DEGREE_LETTERS.finditer(text))


@lru_cache(maxsize=16384)
def held_and_pending(text: str, item: bool = False) -> tuple[str, str]:
    """``text`` split into what it tells as held and what in another status (its clauses with a mark of
    :data:`NOT_HELD`; of a sentence, only one under way: "studying for ..."). ``item``: a credential
    listed (a sidebar's "Cisco CCNA (in progress)"), read whole, but for a clause of its own telling a part
    as held ("CTA candidate: passed Awareness papers (2023)" holds the Awareness papers)."""
    marks = NOT_HELD if item else _UNDER_WAY
    if not marks.search(text):
        return text, ""
    if item:  # whole, but for a part of its own that tells a part as passed ("CTA candidate: passed Awareness papers")
        parts = re.split(r"[:;]", text)
        held = [p for p in parts if not marks.search(p) and any(w.casefold() in _PASSED for w, _ in tokens(p))]
        return " ".join(held), " ".join(p for p in parts if p not in held)
    clauses = _CLAUSE_BREAK.split(text)
    return (" ".join(c for c in clauses if not marks.search(c)), " ".join(c for c in clauses if marks.search(c)))


@lru_cache(maxsize=16384)
def present_part(text: str, item: bool = False) -> str:
    """``text`` less its clauses that tell something held only in the past ("held DV clearance from 2015 to
    2020"; a credential listed, ``item``, whole: "NPPV 3 (lapsed 2019)"): what it says holds now."""
    if item:
        return "" if _ITEM_IN_PAST.search(text) else text
    if not _HELD_IN_PAST.search(text):
        return text
    return " ".join(clause for clause in _CLAUSE_BREAK.split(text) if not _HELD_IN_PAST.search(clause))


@lru_cache(maxsize=16384)
def credential_kinds_of(text: str) -> frozenset[str]:
    """The credential kinds (certification, degree) whose generic words ``text`` uses, or a degree
    it names by its letters as held."""
    kinds = {GENERIC_CREDENTIALS.get(t.casefold(), CERTIFICATION) for t, _ in tokens(text)
             if t.casefold() in GENERIC_CREDENTIALS or t.casefold() in _CHARTER_WORDS}
    return frozenset(kinds | ({DEGREE} if degrees_held_in(text) else set()))


def _attached(clause: list[tuple[str, bool]], at: int, window: int = WINDOW) -> list[int]:
    """The indexes of the tokens of ``clause`` that say what its credential word at ``at`` is for
    (``window``: tokens either side whose names say it; none where a name is joined to the word)."""
    picked = []
    for i in range(max(0, at - window), min(len(clause), at + window + 1) if window else 0):
        word, starts = clause[i]
        if i == at or word.casefold() in GENERIC_CREDENTIALS:
            continue
        if word[:1].isdigit() or tech_shaped(word) or (word[:1].isupper() and not starts and is_content(word.casefold())):
            picked.append(i)
    before = at - 1
    if before >= 0 and clause[before][0].isalpha() and (clause[before][0].islower() or (
            clause[before][1] and not past_tense(clause[before][0]))) and clause[before][0].casefold() not in _DETERMINERS:
        picked.append(before)  # "law degree", "cloud certification"; a clause's first: "Law graduate and ..."
    picked += _phrase(clause, at)  # "degree in economics"
    if clause[at][0].casefold() in _ADJECTIVES:
        following = [i for i in _qualified(clause, at) if clause[i][0].casefold() not in _BARE_ROLES - STATUS_ROLES]
        if following and _PERSON.search(clause[following[-1]][0]) \
                and clause[following[-1]][0].casefold().removesuffix("s") not in STATUS_ROLES \
                and not all(clause[i][0].isalpha() and clause[i][0][:1].isupper() for i in following[:-1]):
            following = following[:-1]  # the person ("engineer") is no credential; what qualifies them is
        picked += following  # "certified functional safety engineer": functional, safety; "licensed B1
        # engineer": B1; "certified Avaloq trainer": a vendor's name alone says whose, the role which credential
    return sorted(set(picked))


def _phrase(clause: list[tuple[str, bool]], at: int) -> list[int]:
    """The indexes of the content words of the "in ..."/"of ..." phrase right after the credential word at
    ``at``: up to :data:`PHRASE_WORDS`, through a list ("certified in both Employee Central and Recruiting")."""
    if at + 1 >= len(clause) or clause[at + 1][0].casefold() not in _FOLLOWING:
        return []
    picked = []
    for i in range(at + 2, len(clause)):
        word = clause[i][0]
        if word.casefold() in _LIST_WORDS or word.casefold() in _DETERMINERS:
            continue
        if not (is_content(word) or word[:1].isupper() and not is_function_word(word)) or len(picked) == PHRASE_WORDS:
            break  # a subject's capitalised words, however common ("an MSc in Media Studies")
        picked.append(i)
    return picked


def _subject(clause: list[tuple[str, bool]], at: int) -> list[int]:
    """The indexes of the capitalised words right after the degree named at ``at`` that name its subject
    ("BSc Software Engineering", "MBA Finance")."""
    found = []
    for i in range(at + 1, min(len(clause), at + 1 + PHRASE_WORDS)):
        word = clause[i][0]
        if not (word[:1].isupper() or tech_shaped(word)) or word.casefold() in GENERIC_CREDENTIALS:
            break
        found.append(i)
    return found


def _title(clause: list[tuple[str, bool]], at: int) -> list[int]:
    """The indexes of the words of the credential title the capitalised credential word at ``at`` stands
    in, itself aside: the capitalised words, names and numbers in a row around it, in any vendor's
    pattern ("SAP Certified Development Associate – ABAP", "Microsoft Certified: Azure Data Engineer
    Associate", "Certified Information Systems Security Professional"); a sentence's first word only
    where it is no everyday word there ("Holds Certified ..." holds nothing)."""
    def in_title(i: int) -> bool:
        word, starts = clause[i]
        return (word[:1].isupper() or word[:1].isdigit() or tech_shaped(word)) and not (starts and not brand_word(word))
    first, last = at, at
    while first > 0 and in_title(first - 1):
        first -= 1
    while last + 1 < len(clause) and in_title(last + 1):
        last += 1
    return [i for i in range(first, last + 1) if i != at and clause[i][0].casefold() not in GENERIC_CREDENTIALS]


def _qualified(clause: list[tuple[str, bool]], at: int) -> list[int]:
    """The indexes of the words right after the adjective credential at ``at`` that it qualifies:
    lower-case content words and names ("licensed B1 engineer")."""
    found = []
    for i in range(at + 1, min(len(clause), at + 1 + ADJECTIVE_WORDS)):
        word = clause[i][0]
        name = tech_shaped(word) or word[:1].isupper()
        if not (name or (word.isalpha() and word.islower())) or word in _FOLLOWING \
                or not (name and len(word) > 2 or is_content(word.casefold())):  # "ACT" is a name; "IT" a word
            break
        found.append(i)
    return found


@lru_cache(maxsize=65536)
def _credential_word(word: str) -> str:
    """``word`` as credential words are listed: casefolded, one apostrophe, no dots ("M.Sc." is "msc")."""
    return word.casefold().replace("’", "'").replace(".", "")


def _granted_roles(clause: list[tuple[str, bool]], held: dict[str, Vocabulary]) -> list[str]:
    """The roles ``clause`` says a credential adjective grants ("an accredited Member trainer") that the
    CV's certifications do not name, as written."""
    found = []
    for at, (word, _) in enumerate(clause):
        if word.casefold() in _ADJECTIVES:
            roles = [i for i in _qualified(clause, at) if clause[i][0].casefold().removesuffix("s") in STATUS_ROLES]
            if roles and (CERTIFICATION not in held or not held[CERTIFICATION].has(clause[roles[-1]][0])):
                found.append(" ".join(w for w, _ in clause[at:roles[-1] + 1]))
    return found


def _credential_kind(clause: list[tuple[str, bool]], at: int) -> str | None:
    """The kind of credential the word at ``at`` claims, if any ("licensed" only of a person)."""
    word = _credential_word(clause[at][0])
    if word in _NAMED_DEGREES:
        return DEGREE
    if word == "licensed":
        following = _qualified(clause, at)
        return CERTIFICATION if following and _PERSON.search(clause[following[-1]][0]) else None
    if word == "graduate":  # the person ("a biostatistics graduate", "a graduate of ..."), not "graduate engineers"
        return None if _qualified(clause, at) else DEGREE
    if word == "chartered":
        return CERTIFICATION
    if word == "charter":  # a charter after a body's name ("a CFA charter"), not "the project charter"
        return CERTIFICATION if at and (tech_shaped(clause[at - 1][0]) or clause[at - 1][0][:1].isupper()) else None
    return GENERIC_CREDENTIALS.get(word)


# Words that make a credential of the title they stand in or the body before them ("Chartered Engineer", "a
# CFA charter"): its whole name, the word itself and the profession it ends with (or the body), is the CV's
# only where one credential of it holds both ("Chartered Engineer" is no "Chartered Project Professional" where
# another item names "Engineers"; "a chartered civil engineer" is the CV's "Chartered Engineer (CEng), ICE").
_CHARTER_WORDS = {"chartered", "charter"}


@lru_cache(maxsize=16384)
def _item_words(text: str) -> Vocabulary:
    return Vocabulary([text])


def _whole_name_held(held: Vocabulary, words: list[str]) -> bool:
    """Whether one text of ``held`` (a credential listed, or a source sentence telling one) has every word of
    ``words``, a credential's name."""
    return any(all(_holds(_item_words(text), word) for word in words) for text in held.texts)


# A degree named by its own word: held as itself (the name check), attached only to its "in ..." phrase
# ("a master's in quantitative finance" where the CV holds a master's in financial markets).
_NAMED_DEGREES = SPECIFIC_CREDENTIALS - {"chartered"}
# A name joined to an adjective credential: "Coupa-certified", "AWS-accredited", "BRCGS-approved" (an
# approval or registration by a named body is a credential only so joined: "approved budget" is none).
_JOINED = re.compile(r"(?<![\w-])([\w+#.]+)-(certified|accredited|licensed|approved|registered|qualified|cleared|vetted)\b",
                     re.IGNORECASE)
_JOINED_ONLY = {"approved", "registered", "qualified"}
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")


def _spells_held(clause: str, held: Vocabulary) -> bool:
    """Whether ``clause`` spells out a credential the CV lists by its letters ("Certified Kubernetes
    Administrator" for "CKA")."""
    every, content = initials(clause)
    return any(len(a) >= 3 and (a.casefold() in every or a.casefold() in content)
               for text in held.texts for a in _ACRONYM.findall(text))


# A credential's letters in parentheses after its name in words: "Chartered accountant (ACA)".
_LETTERS_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z0-9&-]{1,11})\s*\)")


@lru_cache(maxsize=16384)
def _told_by_letters(text: str, held: tuple[str, ...]) -> frozenset[str]:
    found = set()
    for match in _LETTERS_AFTER.finditer(text):
        letters = match.group(1)
        items = [item for item in held if letters.casefold() in {w.casefold() for w, _ in tokens(item)}]
        if not items:
            continue
        words = {w.casefold() for item in items for w, _ in tokens(_JOINED.sub(r"\1 \2", item))}
        clause = _CLAUSE_BREAK.split(_JOINED.sub(r"\1 \2", text[:match.start()]))[-1]
        found.update(word for word, starts in tokens(clause)[-WINDOW:]
                     if not (any(c.isdigit() for c in word) or tech_shaped(word)
                             or (word[:1].isupper() and not starts and brand_word(word)))
                     and (word.casefold() in words or word[:1].upper() in letters.upper()
                          or not is_content(word.casefold())))
    return frozenset(found)


def told_by_letters(text: str, held: dict[str, Vocabulary]) -> frozenset[str]:
    """The words in which ``text`` tells a credential the CV holds where it puts that credential's letters
    right after them in parentheses ("Chartered accountant (ACA)", "board-certified in informatics nursing
    (RN-BC)" where the CV lists "ACA (ICAEW)" and "Informatics Nursing Certification (RN-BC)"): the words
    of the clause before them that give a letter of it or that the CV's credential holds ("oncology" in
    "certified in oncology nursing (RN-BC)" is still a claim, and so are names and numbers); and the whole
    long form that spells the letters out ("Ship Inspection Report Programme (SIRE)"), its words written
    nowhere else in the text."""
    if "(" not in text:
        return frozenset()
    texts = tuple(t for kind in (CERTIFICATION, DEGREE) if kind in held for t in held[kind].texts)
    long = {word for word in long_form_words(text, abbreviations_in(texts))  # a word the text writes only there
            if len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)) == 1}  # ("a National-certified" is no part)
    return _told_by_letters(text, texts) | long


def _holds(held: Vocabulary, word: str) -> bool:
    """Whether the CV's credentials ``held`` have ``word``, or a name whose initials are exactly its letters
    ("SAM" where it holds the "... Specialist – Software Asset Management"; "CDCE" is no "Certified Data
    Centre Professional"), or each piece of a hyphened word ("AA-grade" where it writes "grade AA")."""
    letters = acronym_letters(word)
    pieces = parts(word)  # "AA-grade" where the CV writes "grade AA": each piece held
    return held.has(word) or bool(letters and any(letters in name_initials(text) for text in held.texts)) or (
        len(pieces) > 1 and all(held.has(piece) for piece in pieces))


def _rewords(text: str, source: str, word: str) -> bool:
    """Whether ``text`` rewords ``source``, a sentence with the credential ``word`` and more in common."""
    if word.casefold() not in source.casefold():
        return False
    shared = content_stems(text) & content_stems(source) - {stem(word)}
    return len(shared) >= SHARED and similarity(text, source) >= REWORDS


def _not_held(clause: list[tuple[str, bool]], held: dict[str, Vocabulary]) -> list[str]:
    """The names ``clause`` tells as held (it has a word of :data:`_HELD_WORDS`) that the source has
    only in another status (``held[PENDING]``: "holding the Cisco CCNA" where the CV is working towards it)."""
    if PENDING not in held or not any(w.casefold() in _HELD_WORDS for w, _ in clause):
        return []
    return [word for word, starts in clause
            if (tech_shaped(word) or (word[:1].isupper() and not starts)) and word.casefold() not in _HELD_WORDS
            and held[PENDING].has(word) and not any(held[k].has(word) for k in (CERTIFICATION, DEGREE) if k in held)]


_DOCTORAL = {"doctoral", "postdoctoral", "doctorate"}
_TWO_LETTER_DEGREES = {"BA": "bachelor", "BS": "bachelor", "MA": "master", "MS": "master"}
_LEVEL_OF = {**dict.fromkeys(("bsc", "beng", "llb", "bba", "bachelor", "bachelor's", "bachelors"), "bachelor"),
             **dict.fromkeys(("msc", "meng", "mba", "mphil", "mres", "llm", "master's"), "master"),
             **dict.fromkeys(("phd", "dphil", "edd", "dba", *_DOCTORAL), "doctorate")}
_PERSON_AFTER = {"and", "or", ","}  # before a two-letter degree: "a BS and MS in ..."
_SUBJECT_AFTER = {"in", "from", "at", "of", "on", "with", "and", "or", "degree", "thesis", "dissertation"}


@lru_cache(maxsize=16384)
def degree_levels(text: str, source: bool = False) -> tuple[tuple[str, str], ...]:
    """``(level, as written)`` for each degree ``text`` names as the person's, in any form: letters
    ("MSc", "PhD"; "MA", "BS" where an article or another degree comes before or "in ..." after them:
    not "MS Project"; in a ``source`` also first or before a capitalised subject), words ("master's",
    "doctorate") and the adjective ("a doctoral project"); not where they qualify others ("PhD
    students", "doctoral candidates")."""
    words = [w for w, _ in tokens(text)]
    found = []
    for at, word in enumerate(words):
        after = words[at + 1] if at + 1 < len(words) else ""
        before = words[at - 1].casefold() if at else ""
        level = _LEVEL_OF.get(_credential_word(word))
        letters = word.replace(".", "")
        if letters in _TWO_LETTER_DEGREES and (before in _DETERMINERS | _PERSON_AFTER
                                               or after.casefold() in {"in", "degree"} or "." in word
                                               or source and (not at or after[:1].isupper())):
            level = _TWO_LETTER_DEGREES[letters]  # a source's "BS Mechanical Engineering", "B.S."
        if level is None:
            continue
        if after[:1].islower() and after.casefold() not in _SUBJECT_AFTER and (
                word.casefold() not in _DOCTORAL or after.endswith("s")):
            continue  # "PhD students", "MBA programme", "doctoral candidates"; "a doctoral project" is one
        found.append((level, word))
    return tuple(found)


def unsupported_degree_levels(text: str, held: dict[str, Vocabulary]) -> list[str]:
    """The degrees ``text`` names as the person's at a level (bachelor, master, doctorate) the CV holds
    none of, as written: "while completing an MA", "a doctoral project" where the CV holds a BSc."""
    found = degree_levels(text)
    if not found:
        return []
    levels = {level for t in held[DEGREE].texts for level, _ in degree_levels(t, True)} if DEGREE in held else set()
    return [written for level, written in found if level not in levels]


# The marks of a credential under way, as a listed one or a sentence tells it ("(in progress)", "working
# towards ..."): a membership or a past credential is no such thing.
_UNDER_WAY_ITEM = re.compile(r"\b(?:" + _UNDER_WAY_WORDS + r"|working on|studying|preparing|candidate|planned|expected|"
                             r"booked|not yet|enrolled|ongoing|under ?way|due (?:to|in)|scheduled)\b", re.IGNORECASE)
_LEADING_SMALL = re.compile(r"^(?:(?:the|an?|for|towards?|to|of|in|on)\s+)+", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _under_way_names(item: str) -> tuple[str, ...]:
    """The names of a credential ``item`` tells under way: its words less the marks, parentheses and
    small words before them ("Customs Intermediary Qualification" of "Customs Intermediary Qualification (in
    progress)"), two words at least, and the letters it gives in parentheses ("DRMP")."""
    if not _UNDER_WAY_ITEM.search(item) or re.search(r"\b(?:" + _MEMBERSHIP_WORDS + r")\b", item, re.IGNORECASE):
        return ()
    letters = [m.group(1) for m in _LETTERS_AFTER.finditer(item) if not _UNDER_WAY_ITEM.search(m.group(1))]
    names = []
    for piece in re.split(r"[;:,]|\([^)]*\)", item):
        name = " ".join(_UNDER_WAY_ITEM.sub(" ", piece).split()).strip(" .–—-")
        name = _LEADING_SMALL.sub("", name)
        if len(name.split()) >= 2 and name[:1].isupper():
            names.append(name)
    return tuple(names + letters)


def _named_as_held(text: str, held: dict[str, Vocabulary]) -> list[str]:
    """The credentials the CV has only under way that ``text`` names whole in a sentence telling no status
    ("AEO experience at Felixstowe and the Customs Intermediary Qualification"): told so, a credential is
    the person's; a credential the CV also holds under that name is no claim."""
    if PENDING not in held or _TOLD_NOT_HELD.search(text):
        return []
    found = []
    for item in held[PENDING].texts:
        for name in _under_way_names(item):
            pattern = whole_word(name)
            if name not in found and pattern.search(text) and not any(
                    pattern.search(t) for kind in (CERTIFICATION, DEGREE) if kind in held for t in held[kind].texts):
                found.append(name)
    return found


_BRACKETED_ABBREVIATION = re.compile(r"\(\s*([A-Z][A-Za-z0-9&-]{1,11})\s*\)")


def unsupported_credentials(text: str, held: dict[str, Vocabulary], told: frozenset[str] | None = None) -> list[str]:
    """Each credential ``text`` attaches to something the CV's credentials of that kind (``held``) do not
    name, as written ("certified ISO 26262 Functional Safety Engineer"), and each it tells as held
    that the CV has only under way or as a membership (``held[PENDING]``). ``told``: :func:`told_by_letters`
    of ``text``, where the caller has read it already."""
    degrees = {d for t in held[DEGREE].texts for d in degrees_held_in(t)} if DEGREE in held else set()
    found = [m.group(1) for m in _DEGREE_LETTERS.finditer(text)
             if m.group(1).replace(".", "").casefold() not in degrees]  # "engineer (PhD)" where the CV holds an MSc
    found += unsupported_degree_levels(text, held)
    found += _named_as_held(text, held)  # "... and the Customs Intermediary Qualification" the CV is working towards
    if told is None:  # "Chartered accountant (ACA)": the CV's ACA in words
        told = told_by_letters(text, held)
    if "(" in text:  # "held Developed Vetting (DV) from 2015": one clause
        text = _BRACKETED_ABBREVIATION.sub(r" \1 ", text)
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    pieces = _CLAUSE_BREAK.split(text)
    carried = False  # a status told before a list holds for its every item ("working towards A, B and C")
    for number, part in enumerate(pieces):
        if number < len(ends) and _TITLE_GOES_ON.match(text, ends[number]):
            part += " " + pieces[number + 1]  # "SAP Certified Development Associate – ABAP": one title
        following, named_list, items = number, False, [part]
        while following < len(ends) and (_IN_LIST.search(part) and _LIST_GOES_ON.match(text, ends[following])
                                         or _NAMES_LIST.search(part) and _NAME_GOES_ON.match(text, ends[following])):
            following += 1  # "certified in Employee Central and Recruiting", "accredited EVP, PMP and ...": one list
            named_list = named_list or not _IN_LIST.search(part)
            part += " and " + pieces[following]
            items.append(pieces[following])
        joined = {m.group(1).casefold() for m in _JOINED.finditer(part)}
        clause = list(tokens(_JOINED.sub(r"\1 \2", part)))
        if carried or _TOLD_NOT_HELD.search(part):  # told under way, past or as a membership: what it names
            found += _granted_roles(clause, held)  # is checked as names; a role it grants is still a claim
            carried = (number < len(ends) and bool(_LIST_GOES_ON.match(text, ends[number]))
                       and not _STATUS_OF_ITS_OWN.search(pieces[number + 1]))
            continue
        found += _not_held(clause, held)
        for at, (word, _) in enumerate(clause):
            kind = _credential_kind(clause, at)
            if word.casefold() in _JOINED_ONLY and at and clause[at - 1][0].casefold() in joined \
                    and clause[at - 1][0][:1].isupper() and not (  # a body's name: "newly-qualified" claims nothing,
                        clause[at - 1][1] and zipf(clause[at - 1][0].casefold()) >= COMPOUND_ZIPF):  # nor at a start
                kind = CERTIFICATION  # "a BRCGS-approved auditor"
                if kind not in held:
                    found.append(" ".join(w for w, _ in clause[at - 1:at + 1 + len(_qualified(clause, at))]))
                    continue
            if kind is None:
                continue
            if kind not in held:  # a kind the CV does not hold at all: the name check names the word itself
                if word.casefold() in {"graduate", "charter"}:
                    span = sorted([at, *_attached(clause, at)])
                    found.append(" ".join(w for w, _ in clause[span[0]:span[-1] + 1]))
                elif word.casefold() == "licensed":
                    found.append(" ".join(w for w, _ in clause[at:at + 1 + len(_qualified(clause, at))]))
                elif PENDING in held:  # the CV lists credentials, none held ("Member of the IOA"): a word of
                    found.append(word)  # the section's kind then supports no credential
                continue
            compound = at and clause[at - 1][0].casefold() in joined and clause[at - 1][0].islower() \
                and zipf(clause[at - 1][0]) >= COMPOUND_ZIPF  # "board-certified": an English compound, no body
            if at and clause[at - 1][0].casefold() in joined and clause[at - 1][0][:1].isalnum() and not compound:
                # "Endur-certified developer": the name joined is what it certifies, and the names it
                # qualifies or an "in ..." after it ("SAP-certified Onboarding consultant", "IBM-certified in IMS")
                phrase = at + 1 < len(clause) and clause[at + 1][0].casefold() in _FOLLOWING
                attached = [at - 1] + [i for i in _attached(clause, at, window=0) if phrase or not clause[i][0].islower()
                                       or clause[i][0].casefold().removesuffix("s") in STATUS_ROLES]
            elif _credential_word(word) in _NAMED_DEGREES:
                if not held[kind].has(word):
                    continue  # a degree the CV does not hold at all: the name check names it
                attached = _phrase(clause, at) + _subject(clause, at)  # what a master's is in
            elif word[:1].isupper():
                attached = _title(clause, at) + _attached(clause, at)  # "SAP Certified Development Associate"
            else:
                attached = _attached(clause, at)
            if any(_rewords(text, source, word) for source in held[kind].texts):
                # a reworded credential keeps its lower-case words, not a role it now qualifies
                # ("Certified export control officer" for "Certified Customs Specialist")
                qualified = set(_qualified(clause, at)) if word.casefold() in _ADJECTIVES else set()
                attached = [i for i in attached if not clause[i][0].islower() or i in qualified]
            if named_list and word.casefold() in _ADJECTIVES:  # every name of the list it stands before
                attached = sorted({*attached, *(i for i in range(at + 1, len(clause))
                                                if tech_shaped(clause[i][0]) or clause[i][0][:1].isupper())})
            attached = [i for i in attached if clause[i][0] not in told and not (compound and i == at - 1)]
            if word.casefold() in _CHARTER_WORDS and word in told:
                continue  # "Chartered surveyor (MRICS)": the CV's MRICS in words
            if word.casefold() in _CHARTER_WORDS:  # the whole name: "Chartered Engineer"
                after = [i for i in (_title(clause, at) if word[:1].isupper() else _qualified(clause, at)) if i > at]
                # the profession it ends with ("a chartered civil engineer" is a Chartered Engineer), or the
                # body before a charter ("a CFA charter")
                named = [word, clause[after[-1]][0]] if after else [word, *(clause[i][0] for i in attached)]
                attached = after or attached
                whole = _whole_name_held(held[kind], named) or _spells_held(part, held[kind])
            elif named_list and word.casefold() in _ADJECTIVES:  # each name of the list, held or spelled out
                names = {clause[i][0] for i in attached}
                found += [item.strip() for item in items if not _spells_held(item, held[kind]) and not all(
                    _holds(held[kind], w) for w, _ in tokens(item) if w in names)]
                continue
            else:
                whole = not any(not _holds(held[kind], clause[i][0]) for i in attached) or _spells_held(part, held[kind])
            if not whole:
                span = sorted([at, *attached])
                found.append(" ".join(clause[i][0] for i in range(span[0], span[-1] + 1)))
    return found


# A licence or permit told as the person's: held ("holds a fish health licence", "with a valid HGV permit") or
# its holder ("a B1 licence holder"). "licence costs", "the site licence" tell no one's.
_LICENCE = r"(?:licen[cs]es?|permits?)"
_HELD_LICENCE = re.compile(
    r"\b(?:hold(?:s|ing)?|held|holders? of|with)\s+(?:(?:an?|valid|current|full|clean)\s+)*(?P<name>(?:[\w'’&/-]+\s+){0,4}?)"
    + _LICENCE + r"\b|\b(?P<holder>(?:[\w'’&/-]+\s+){1,4}?)licen[cs]e[\s-]holders?\b", re.IGNORECASE)
_NAMES_LICENCE = re.compile(r"\blicen[cs]|\bpermit", re.IGNORECASE)


def unsupported_licences(text: str, sources: list[str]) -> list[str]:
    """Each licence or permit ``text`` tells as held whose words no source text naming a licence, permit or
    licensing holds ("and hold a fish health biologist licence" where the CV names none)."""
    found = []
    for match in _HELD_LICENCE.finditer(text):
        words = content_stems(match.group("name") or match.group("holder") or "")
        if not any(words <= content_stems(source) for source in sources if _NAMES_LICENCE.search(source)):
            found.append(match.group().strip())
    return found
