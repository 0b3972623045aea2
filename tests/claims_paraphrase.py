"""Paraphrases for the free-text claims guard (issue 20): the honest texts of every set in the repository
(the generated corpus, sets A and B, blind sets C–T), each rewritten by a generic, programmatic rule that
keeps every fact, the way a model rewords. The guard must leave them alone: this measures its honest side
on text nobody wrote by hand, as ``claims_mutations.py`` measures its catch side.

Each rule (``KINDS``) rewrites one honest text once and is skipped where it cannot be made honestly:
- a figure in another exact notation: ``1,000`` / ``1000`` / ``1k``, a small count in words and back,
  ``12`` / ``a dozen``, ``35%`` / ``35 percent`` / ``35 per cent``, ``by 50%`` / ``by half``,
  ``12–14%`` / ``between 12% and 14%``,
  ``$2.5m`` / ``$2,500,000`` / ``2.5 million dollars``, ``24/7`` / ``round-the-clock``;
- a date or duration in another form: a month written out or shortened, ``Q3 2020`` / ``the third
  quarter of 2020``, ``2017–2018`` / ``2017–18``, ``18 months`` / ``1.5 years``, ``24 months`` /
  ``two years``, ``two weeks`` / ``a fortnight``;
- British and American spelling (a word list, both ways);
- a list's order changed (``A, B and C``; ``A and B``), two clauses around "and" swapped, a closing
  "for/at/across ..." phrase moved to the front;
- an abbreviation replaced by its expansion where the CV itself writes ``Expansion (ABBR)``, and back;
- a vendor prefix dropped (or added) where the CV names the product both ways;
- a country's adjective for its name ("German plants" / "plants in Germany") and back;
- a sentence-initial verb swapped for a synonym, or an adverb put before it;
- a sentence split in two at ", and <verb>", two sentences merged with a semicolon;
- a short text in title case;
- (session 11, drawn after all the others with a seed of their own, so that their cases stay as they were) a
  unit's name for its symbol and back (``440,000 hectares`` / ``440,000 ha``, ``8 years`` / ``8 yrs``,
  ``2.3 GWh`` / ``2.3 gigawatt-hours``), a descriptive name of three or four capitalised everyday words as its
  initials (``Office for National Statistics`` / ``ONS``), a name and its letters the other way round
  (``AEO (Authorised Economic Operator)``), a light verb and its "-ing" object as one hyphenated verb
  (``Ran accessibility testing`` / ``Accessibility-tested``), a possessive for "the ... of" and back
  (``Acme Bank's billing data``), an aside in parentheses set off by commas or moved to its sentence's end.
- (session 13) a change by a fraction of one as its percentage and back ("by 20%" / "by a fifth"), a bullet's
  past-tense opening in the first person contracted ("I've migrated ..."), a release after a name told with
  its word ("Moodle 4.1" / "Moodle version 4.1", "v4.1", "release 4.1").
- a figure the CV's own figures give, added: an experience's years from its heading's months ("across 4
  years"), a change's ratio in words ("a third of what it was", "a 67% change"), a total of two counts of
  people, "every 6 months" as "2 times a year" (``claims_mutations.derived_edits``; its wrong forms are mutations).

A text the guard already touches unchanged is counted apart (its touch is not the rewrite's).
Everything is drawn from a ``random.Random`` seeded per text: the same seed gives the same cases.
``scripts/bench_claims_paraphrase.py`` prints the figures; ``tests/test_claims_paraphrase.py`` holds
``PARAPHRASE_CEILING``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wordfreq import zipf_frequency

from claims_mutations import Base, _named, _one_part, _rng, bases, derived_edits, fields_of, part_of, set_text, text_at


KINDS = (
    "figure notation",
    "figure in words",
    "percent",
    "money",
    "date form",
    "duration form",
    "spelling",
    "list order",
    "clause order",
    "abbreviation",
    "vendor prefix",
    "place form",
    "verb synonym",
    "sentence split",
    "sentence merge",
    "sentence start",
    "title case",
    # session 11: drawn after every case of the kinds above (their cases and sample stay as they were)
    "unit form",
    "abbreviation formed",
    "letters first",
    "hyphenated verb",
    "possessive",
    "aside moved",
    "derived figure",
    # session 12: drawn after every case above (their cases and sample stay as they were)
    "proportion in words",
    "passive voice",
    # session 13: drawn after every case above (their cases and sample stay as they were)
    "fraction of a change",
    "contraction",
    "release word",
)

# tests/test_claims_paraphrase.py measures every SAMPLE-th case (the benchmark runs them all). On the
# default seed, all cases: 450/5935 touched with the guard of 593194c (438 of them in title case),
# 122/5953 on guardhon10 after the general fixes they showed (114 in title case). ``total`` changes
# only when the sets, the rewrites or the texts the guard touches unchanged do: then measure again and
# record both. With sets U, V, W, ZA and ZB added (7745f8e's guard): 14/868 on the sample. With figures
# worked out from the CV's own added after the others and the guard taking them back (guardder11): 158/7092 in
# all (derived figures 0/109; 93/96 touched before, sets to W), 14/888 on the sample (texts the guard no longer
# touches unchanged count now). Both merged (session 11): 6/945 on the sample;
# with the catch side too (set L's "Service Standard" now touched unchanged): 6/944;
# with sets X, Y and Z (blind until the end of session 11): 7/1050; with ZF and ZG: 7/1113. Session 12's kinds
# (proportions in words, the passive) added after all the others, the honest side's fixes they showed made
# (guardhon12): 7/1245 on the sample (those kinds 0/132), 6/965 of them touched in all before the fixes.
# With sets ZK and ZL (bc0c646): 13/1418. Session 13's kinds (a fraction of a change, a contraction, a release's
# word) added after all the others, the honest side's fixes they showed made (guardhon13): 13/1477 on the sample;
# in all 175/11810 (154 in title case; the new kinds 0/427, 22/413 before the release-word and posting-verb fixes).
# With all of session 13's guard branches merged and blind sets ZH, ZI, ZJ added after their blind measurement (the lead): 18/1579.
SAMPLE = 8
PARAPHRASE_CEILING = {"touched": 18, "total": 1579}


@dataclass(frozen=True)
class Paraphrase:
    """One honest text rewritten: ``field`` of ``base.honest`` set to ``text``."""

    base: Base
    field: str
    kind: str
    before: str
    text: str
    how: str  # what the rewrite did, for the reader ("12 -> a dozen")

    def adjusted(self) -> dict:
        import copy

        cv = copy.deepcopy(self.base.honest)
        set_text(cv, self.field, self.text)
        return cv


def all_bases() -> list[Base]:
    """The honest tailorings of every set: claims_mutations' bases (corpus, A, B, C–T)."""
    return bases()


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


# --- figures -----------------------------------------------------------------------------------------
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
# a figure standing alone: not in a name ("EC2"), a version ("Python 3"), a date, a range or a decimal
_PLAIN = re.compile(r"(?<![\w.,/$€£:#+–-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w%]|[.,]\d|[/:–-]\d|\s?%)")
_AFTER_LEVEL = re.compile(
    r"(?:level|tier|phase|wave|release|version|step|stage|grade|class|band|v|no\.|number|q|h|sprint|round|"
    r"gen|generation|series|model|type|part|section|article|chapter|rule|annex|schedule|module|batch|[A-Z][\w&/.+-]*)\s?$",
    re.I,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _name_before(text: str, start: int) -> bool:
    """A capitalised word (not a sentence's first) or a level word right before ``start``: a version or label."""
    head = text[:start]
    match = re.search(r"(\S+)\s?$", head)
    if not match:
        return False
    word = match[1]
    if re.fullmatch(
        r"(?:level|tier|phase|wave|release|version|step|stage|grade|class|band|v|no\.|number|q|h|sprint|"
        r"round|gen|generation|series|model|type|part|section|article|chapter|rule|annex|schedule|"
        r"module|batch|top|p|x|#)",
        word,
        re.I,
    ):
        return True
    if word[:1].isupper() or any(c.isdigit() for c in word):
        before = head[: match.start()].rstrip()
        return bool(before) and before[-1] not in ".!?:;"  # mid-sentence capital: a name's label
    return False


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s([a-z][a-z-]*)", text[end:])
    return match[1] if match else ""


def _figure_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for match in _PLAIN.finditer(text):
        raw = match[1]
        value = int(raw.replace(",", ""))
        if _YEAR.match(raw) or _name_before(text, match.start()):
            continue
        follower = _next_word(text, match.end())
        if "," in raw:
            out.append(
                (
                    "figure notation",
                    text[: match.start()] + raw.replace(",", "") + text[match.end() :],
                    f"{raw} -> {raw.replace(',', '')}",
                )
            )
            if value % 1000 == 0 and value < 1_000_000 and follower:
                short = f"{value // 1000}k"
                out.append(
                    ("figure notation", text[: match.start()] + short + text[match.end() :], f"{raw} -> {short}")
                )
        elif value >= 10_000:
            grouped = f"{value:,}"
            out.append(
                ("figure notation", text[: match.start()] + grouped + text[match.end() :], f"{raw} -> {grouped}")
            )
        if 2 <= value <= 12 and follower and follower not in ("of", "to", "and", "or", "per", "x", "times"):
            word = _WORDS[value]
            start_of_sentence = match.start() == 0 or text[: match.start()].rstrip()[-1:] in ".!?:;"
            new = word.capitalize() if start_of_sentence else word
            out.append(("figure in words", text[: match.start()] + new + text[match.end() :], f"{raw} -> {new}"))
            if value == 12 and follower.endswith("s"):
                out.append(
                    (
                        "figure in words",
                        text[: match.start()] + ("A dozen" if start_of_sentence else "a dozen") + text[match.end() :],
                        f"{raw} -> a dozen",
                    )
                )
    for match in re.finditer(
        r"(?<![\w-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s[a-z])", text, re.I
    ):
        follower = _next_word(text, match.end())
        if follower in ("of", "to", "and", "or", "times", "hundred", "thousand", "million", "billion", "dozen"):
            continue
        if re.search(
            r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|and|or|to)\s$", text[: match.start()], re.I
        ):
            continue  # part of a longer number or a range written in words
        digits = str(_WORDS.index(match[1].lower()))
        out.append(("figure in words", text[: match.start()] + digits + text[match.end() :], f"{match[1]} -> {digits}"))
    for match in re.finditer(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b)", text):
        number, sign = match[1], match[2]
        if _name_before(text, match.start()):
            continue
        options = [f"{number}%", f"{number} percent", f"{number} per cent"]
        options = [o for o in options if o.replace(" ", "") != (number + sign).replace(" ", "")]
        new = rng.choice(options)
        out.append(("percent", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
        if number == "50" and re.search(r"\bby\s$", text[: match.start()]):
            out.append(("percent", text[: match.start()] + "half" + text[match.end() :], f"by {match[0]} -> by half"))
    for match in re.finditer(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?[–-]\s?(\d+(?:\.\d+)?)%", text):
        new = f"between {match[1]}% and {match[2]}%"
        out.append(("percent", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    for match in re.finditer(r"\bbetween (\d+(?:\.\d+)?)%? and (\d+(?:\.\d+)?)%", text):
        new = f"{match[1]}–{match[2]}%"
        out.append(("percent", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    for match in re.finditer(r"24/7|24x7", text):
        out.append(
            (
                "figure notation",
                text[: match.start()] + "round-the-clock" + text[match.end() :],
                f"{match[0]} -> round-the-clock",
            )
        )
    return out


_CURRENCY = {"$": "dollars", "€": "euros", "£": "pounds"}
_SCALE = {"k": 1_000, "m": 1_000_000, "million": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000}


def _money_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    pattern = r"([$€£])(\d+(?:\.\d+)?)\s?(k|m|M|bn|million|billion)\b(?![-/])"
    for match in re.finditer(pattern, text):
        symbol, number, scale = match[1], match[2], match[3].lower()
        value = round(float(number) * _SCALE[scale])
        word = {"k": None, "m": "million", "million": "million", "bn": "billion", "billion": "billion"}[scale]
        options = [f"{symbol}{value:,}"]
        if word:
            options.append(f"{number} {word} {_CURRENCY[symbol]}")
            options.append(f"{symbol}{number} {word}" if scale in ("m", "bn") else f"{symbol}{number}{scale[0]}")
        new = rng.choice(options)
        out.append(("money", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    return out


# --- dates and durations ----------------------------------------------------------------------------
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ORDINAL = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


def _date_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for match in re.finditer(r"\b(" + "|".join(_MONTHS) + r")\s((?:19|20)\d\d)\b", text):
        month = match[1]
        if month == "May":
            continue
        short = month[:3]
        new = rng.choice([f"{short} {match[2]}", f"{_MONTHS.index(month) + 1:02d}/{match[2]}"])
        out.append(("date form", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    for match in re.finditer(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s((?:19|20)\d\d)\b", text):
        full = next(m for m in _MONTHS if m.startswith(match[1][:3]))
        out.append(
            (
                "date form",
                text[: match.start()] + f"{full} {match[2]}" + text[match.end() :],
                f"{match[0]} -> {full} {match[2]}",
            )
        )
    for match in re.finditer(r"\bQ([1-4])\s((?:19|20)\d\d)\b", text):
        new = f"the {_ORDINAL[match[1]]} quarter of {match[2]}"
        out.append(("date form", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    for match in re.finditer(r"\b((?:19|20)(\d\d))\s?[–-]\s?((?:19|20)(\d\d))\b", text):
        if match[1][:2] == match[3][:2] and int(match[3]) > int(match[1]):
            new = f"{match[1]}–{match[4]}"
            out.append(("date form", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    for match in re.finditer(
        r"(?<![\w.,-])(\d+|" + "|".join(_WORDS[2:]) + r")(\s|-)(months?|weeks?|years?)\b", text, re.I
    ):
        raw, unit = match[1], match[3].lower().rstrip("s")
        value = int(raw) if raw.isdigit() else _WORDS.index(raw.lower())
        if _name_before(text, match.start()):
            continue
        if match[2] == "-":
            continue  # "18-month": an adjective; its other forms read oddly
        new = None
        if unit == "month" and value in (18, 30):
            new = f"{value / 12:g} years"
        elif unit == "month" and value % 12 == 0 and value >= 24:
            new = f"{value // 12} years"
        elif unit == "week" and value == 2:
            new = "a fortnight"
        elif unit == "year" and value in (2, 3) and not re.match(r"\s+(?:of|in|as|with|at|on)\b", text[match.end() :]):
            new = f"{value * 12} months"
        if new:
            out.append(("duration form", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    return out


# --- spelling ---------------------------------------------------------------------------------------
_BRITISH_AMERICAN = [
    ("optimise", "optimize"),
    ("optimised", "optimized"),
    ("optimising", "optimizing"),
    ("optimisation", "optimization"),
    ("organisation", "organization"),
    ("organisations", "organizations"),
    ("organised", "organized"),
    ("standardised", "standardized"),
    ("standardisation", "standardization"),
    ("centralised", "centralized"),
    ("digitised", "digitized"),
    ("digitisation", "digitization"),
    ("modernised", "modernized"),
    ("modernisation", "modernization"),
    ("prioritised", "prioritized"),
    ("customised", "customized"),
    ("localised", "localized"),
    ("localisation", "localization"),
    ("harmonised", "harmonized"),
    ("harmonisation", "harmonization"),
    ("specialised", "specialized"),
    ("realised", "realized"),
    ("minimised", "minimized"),
    ("maximised", "maximized"),
    ("utilisation", "utilization"),
    ("virtualisation", "virtualization"),
    ("containerised", "containerized"),
    ("authorisation", "authorization"),
    ("synchronisation", "synchronization"),
    ("visualisation", "visualization"),
    ("analysed", "analyzed"),
    ("analyse", "analyze"),
    ("analysing", "analyzing"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("modelling", "modeling"),
    ("modelled", "modeled"),
    ("labelling", "labeling"),
    ("travelled", "traveled"),
    ("cancelled", "canceled"),
    ("fulfil", "fulfill"),
    ("enrolment", "enrollment"),
    ("behaviour", "behavior"),
    ("behavioural", "behavioral"),
    ("labour", "labor"),
    ("colour", "color"),
    ("favour", "favor"),
    ("centre", "center"),
    ("centres", "centers"),
    ("metre", "meter"),
    ("metres", "meters"),
    ("litres", "liters"),
    ("kilometres", "kilometers"),
    ("fibre", "fiber"),
    ("defence", "defense"),
    ("licence", "license"),
    ("offence", "offense"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("paediatric", "pediatric"),
    ("anaesthesia", "anesthesia"),
    ("haematology", "hematology"),
    ("oestrogen", "estrogen"),
    ("grey", "gray"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("aluminium", "aluminum"),
    ("cheque", "check"),
    ("judgement", "judgment"),
    ("ageing", "aging"),
    ("artefacts", "artifacts"),
    ("manoeuvre", "maneuver"),
    ("storey", "story"),
]
_SPELLING = {**dict(_BRITISH_AMERICAN), **{am: br for br, am in _BRITISH_AMERICAN}}
_SPELLING_WORD = re.compile(r"\b(" + "|".join(sorted(_SPELLING, key=len, reverse=True)) + r")\b", re.I)


def _respell(word: str) -> str:
    other = _SPELLING[word.lower()]
    return other.capitalize() if word[0].isupper() else other


def _ordinary(text: str, match: re.Match) -> bool:
    """A lower-case word, or a sentence's first, not joined to a name by a hyphen: no name's part."""
    if text[match.start() - 1 : match.start()] == "-" or text[match.end() : match.end() + 1] == "-":
        return False
    return match[1].islower() or match.start() == 0 or text[: match.start()].rstrip()[-1:] in ".!?:;"


def _spelling_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    found = [m for m in _SPELLING_WORD.finditer(text) if _ordinary(text, m)]
    if not found:
        return []
    new = _SPELLING_WORD.sub(lambda m: _respell(m[1]) if _ordinary(text, m) else m[0], text)
    return [("spelling", new, ", ".join(f"{m[1]} -> {_respell(m[1])}" for m in found[:3]))]


# --- order -------------------------------------------------------------------------------------------
_ITEM = r"[\w][\w&/+.'-]*(?: [\w&/+.'-]+){0,2}"
_LIST = re.compile(
    r"(?:\b(?:with|using|in|on|for|of|across|covering|including|from)\s|: )"
    r"((?:" + _ITEM + r", )+" + _ITEM + r",? and " + _ITEM + r")(?=[.;:)]|,\s|$)"
)
_PAIR = re.compile(
    r"(?:\b(?:with|using|in|on|for|across|covering|including)\s|: )"
    r"([A-Z][\w&+.-]*(?: [A-Z0-9][\w&+.-]*)?) and ([A-Z][\w&+.-]*(?: [A-Z0-9][\w&+.-]*)?)(?=[.;:,)]|\s(?:for|in|on|at|to|across)\b|$)"
)
_FUNCTION = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from"}


def _list_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for match in _LIST.finditer(text):
        body = match[1]
        head, last = re.split(r",? and ", body, maxsplit=1) if ", and " in body or " and " in body else (body, "")
        items = [item.strip() for item in head.split(", ")] + [last.strip()]
        if len(items) < 3 or any(not item or item.split()[0].lower() in _FUNCTION for item in items):
            continue
        if any(re.search(r"\d", item) for item in items) or items[-1].endswith("."):
            continue  # "from 3 to 5, ..." is no list of things
        order = items[:]
        while order == items:
            rng.shuffle(order)
        new = ", ".join(order[:-1]) + " and " + order[-1]
        out.append(("list order", text[: match.start(1)] + new + text[match.end(1) :], f"{body} -> {new}"))
    for match in _PAIR.finditer(text):
        new = f"{match[2]} and {match[1]}"
        out.append(
            ("list order", text[: match.start(1)] + new + text[match.end(2) :], f"{match[1]} and {match[2]} -> {new}")
        )
    return out


# sentence-initial verbs: groups of synonyms a model swaps freely in a CV bullet
_VERB_GROUPS = [
    ("Led", "Headed", "Directed"),
    ("Built", "Developed", "Created"),
    ("Designed", "Architected", "Devised"),
    ("Managed", "Oversaw", "Ran"),
    ("Implemented", "Deployed", "Rolled out"),
    ("Reduced", "Cut", "Lowered"),
    ("Improved", "Enhanced", "Strengthened"),
    ("Introduced", "Established", "Set up"),
    ("Migrated", "Moved"),
    ("Trained", "Coached"),
    ("Wrote", "Authored", "Drafted"),
    ("Increased", "Raised", "Grew"),
    ("Analysed", "Examined", "Assessed"),
    ("Automated", "Scripted"),
    ("Delivered", "Completed"),
    ("Supported", "Assisted"),
    ("Defined", "Specified"),
    ("Replaced", "Swapped out"),
    ("Integrated", "Connected"),
    ("Coordinated", "Orchestrated"),
    ("Negotiated", "Agreed"),
    ("Conducted", "Carried out", "Performed"),
    ("Prepared", "Produced"),
    ("Configured", "Set up"),
    ("Launched", "Kicked off"),
    ("Consolidated", "Merged"),
    ("Standardised", "Harmonised"),
    ("Owned", "Was responsible for"),
    ("Mentored", "Coached"),
]
_SYNONYMS: dict[str, list[str]] = {}
for _group in _VERB_GROUPS:
    for _verb in _group:
        _SYNONYMS.setdefault(_verb, []).extend(v for v in _group if v != _verb)
_VERB_START = re.compile(
    r"(?:(?<=^)|(?<=[.;!?] ))("
    + "|".join(sorted(map(re.escape, _SYNONYMS), key=len, reverse=True))
    + r")\b(?! (?:by|as|to|from)\b)"
)
_VERBS_LOWER = {v.split()[0].lower() for v in _SYNONYMS} | {
    "ran",
    "set",
    "took",
    "made",
    "won",
    "gave",
    "kept",
    "held",
    "chaired",
    "rebuilt",
    "replaced",
    "tuned",
    "cut",
}


def _is_past_verb(word: str) -> bool:
    word = word.lower()
    return word in _VERBS_LOWER or (word.endswith("ed") and len(word) > 4 and word not in ("need", "speed", "seed"))


def _verb_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for match in _VERB_START.finditer(text):
        new = rng.choice(_SYNONYMS[match[1]])
        out.append(("verb synonym", text[: match.start()] + new + text[match.end() :], f"{match[1]} -> {new}"))
        # an adverb before the verb: the verb is no longer the sentence's first word
        adverb = rng.choice(["Successfully", "Effectively"])
        out.append(
            (
                "sentence start",
                text[: match.start()] + adverb + " " + match[1].lower() + text[match.end() :],
                f"{match[1]} -> {adverb} {match[1].lower()}",
            )
        )
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if s]


def _clause_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    sentences = _sentences(text)
    for i, sentence in enumerate(sentences):
        # "Built A and ran B." -> "Ran B and built A."
        match = re.fullmatch(r"([A-Z][a-z]+) ([^,;:]+?) and ([a-z]+) ([^,;:]+?)([.!?]?)", sentence)
        if (
            match
            and _is_past_verb(match[1])
            and _is_past_verb(match[3])
            and match[1] in _SYNONYMS
            and " and " not in match[2] + match[4]
        ):
            new = f"{match[3].capitalize()} {match[4]} and {match[1].lower()} {match[2]}{match[5]}"
            out.append(("clause order", " ".join(sentences[:i] + [new] + sentences[i + 1 :]), f"{sentence} -> {new}"))
        # "Built A for Acme." -> "For Acme, built A."
        match = re.fullmatch(r"([A-Z][a-z]+)( [^,;:()]+?) (for|at|across) ([^,;:()]{3,40}?)([.!?]?)", sentence)
        if match and match[1] in _SYNONYMS and not re.search(r"\d", match[4]) and len(match[4].split()) <= 5:
            new = f"{match[3].capitalize()} {match[4]}, {match[1].lower()}{match[2]}{match[5]}"
            out.append(("clause order", " ".join(sentences[:i] + [new] + sentences[i + 1 :]), f"{sentence} -> {new}"))
        # "Built A, and cut B." / "Built A and cut B by 20%." -> two sentences
        match = re.fullmatch(r"(.{12,}?),? and ([a-z]+)( .{8,}?)([.!?]?)", sentence)
        if match and _is_past_verb(match[2]) and sentence.split()[0] in _SYNONYMS and ", " not in match[3][-3:]:
            new = f"{match[1]}. {match[2].capitalize()}{match[3]}{match[4] or '.'}"
            if match[4] == "":
                new = new.rstrip(".")
            out.append(("sentence split", " ".join(sentences[:i] + [new] + sentences[i + 1 :]), f"{sentence} -> {new}"))
    for i in range(len(sentences) - 1):
        first, second = sentences[i], sentences[i + 1]
        word = second.split()[0]
        if first.endswith(".") and (word in _SYNONYMS or word.lower() in ("the", "a", "an", "with", "for", "in", "on")):
            merged = first[:-1] + "; " + word.lower() + second[len(word) :]
            out.append(
                (
                    "sentence merge",
                    " ".join(sentences[:i] + [merged] + sentences[i + 2 :]),
                    f"{first} | {second} -> merged",
                )
            )
    return out


def _title_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    words = text.split()
    if not 3 <= len(words) <= 10 or len(_sentences(text)) > 1:
        return []
    titled = [w if w.lower() in _FUNCTION or not w[:1].islower() else w[:1].upper() + w[1:] for w in words]
    titled[0] = titled[0][:1].upper() + titled[0][1:]
    new = " ".join(titled)
    return [("title case", new, "title case")] if new != text else []


# --- names the CV writes two ways ----------------------------------------------------------------------
_DEFINED = re.compile(r"((?:[A-Za-z][\w'-]*[ -]){1,7}?[A-Za-z][\w'-]*) \(([A-Z][A-Za-z0-9&]{1,7})\)")


def _initials_match(words: list[str], abbr: str) -> bool:
    letters = "".join(w[0] for w in words if w.lower() not in _FUNCTION).upper()
    return letters == re.sub(r"[^A-Z0-9]", "", abbr.upper())


def defined_abbreviations(source: dict) -> dict[str, str]:
    """``{ABBR: expansion}`` for every ``Expansion (ABBR)`` the CV writes whose initials spell ABBR."""
    found = {}
    for string in _strings(source):
        for match in _DEFINED.finditer(string):
            words = re.split(r"[ -]", match[1])
            abbr = match[2]
            for start in range(len(words)):
                tail = words[start:]
                if tail[0].lower() in _FUNCTION:
                    continue
                if _initials_match(tail, abbr):
                    found[abbr] = " ".join(tail) if " " in match[1] else "-".join(tail)
                    break
    return found


def _abbreviation_rewrites(text: str, defined: dict[str, str], rng) -> list[tuple[str, str, str]]:
    out = []
    for abbr, expansion in defined.items():
        both = re.search(re.escape(expansion) + r"\s\(" + re.escape(abbr) + r"\)", text, re.I)
        if both:
            keep = rng.choice([abbr, both[0][: -len(abbr) - 3]])
            out.append(("abbreviation", text[: both.start()] + keep + text[both.end() :], f"{both[0]} -> {keep}"))
            continue
        alone = re.search(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])", text)
        if alone:
            start_of_sentence = alone.start() == 0 or text[: alone.start()].rstrip()[-1:] in ".!?:;"
            new = expansion[:1].upper() + expansion[1:] if start_of_sentence else expansion
            new = rng.choice([new, f"{new} ({abbr})"])
            out.append(("abbreviation", text[: alone.start()] + new + text[alone.end() :], f"{abbr} -> {new}"))
            continue
        spelled = re.search(r"(?<![\w-])" + re.escape(expansion) + r"(?![\w-])", text, re.I)
        if spelled:
            new = rng.choice([abbr, f"{spelled[0]} ({abbr})"])
            out.append(
                ("abbreviation", text[: spelled.start()] + new + text[spelled.end() :], f"{spelled[0]} -> {new}")
            )
    return out


_VENDOR_NAME = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+) ((?:[A-Z][\w+.-]*|[a-z]+[A-Z][\w]*)(?: [A-Z0-9][\w+.-]*)?)")


def _listed(source: dict) -> set[str]:
    items = [s for value in source.get("sidebar", {}).values() for s in _strings(value)]
    return set(items + [item for entry in source.get("experiences") or [] for item in entry.get("environment") or []])


def vendor_products(source: dict) -> dict[str, str]:
    """``{"Vendor Product": "Product"}`` where the CV writes the product with and without the vendor and
    lists "Vendor Product" as an item (sidebar or environment): a vendor's name, not two words of a phrase."""
    strings = _strings(source)
    joined = "\n".join(strings)
    listed = _listed(source)
    found = {}
    for match in _VENDOR_NAME.finditer(joined):
        vendor, product = match[1], match[2]
        if (
            vendor.lower() in _FUNCTION
            or len(product) < 3
            or (not vendor.isupper() and zipf_frequency(vendor, "en") >= 4)
        ):
            continue  # "Order Management" is no vendor's product
        if " " not in product and product[1:].islower() and zipf_frequency(product, "en") >= 4:
            continue  # "SQL Server", "MS Project": without the first word, an everyday word
        if match[0] not in listed:
            continue
        alone = re.compile(r"(?<![\w-])(?<!" + re.escape(vendor) + r" )" + re.escape(product) + r"(?![\w-])")
        if alone.search(joined):
            found[f"{vendor} {product}"] = product
    return found


def _vendor_rewrites(text: str, products: dict[str, str], rng) -> list[tuple[str, str, str]]:
    out = []
    for full, product in products.items():
        match = re.search(r"(?<![\w-])" + re.escape(full) + r"(?![\w-])", text)
        if match:
            out.append(("vendor prefix", text[: match.start()] + product + text[match.end() :], f"{full} -> {product}"))
            continue
        match = re.search(r"(?<![\w-])(?<!\w )" + re.escape(product) + r"(?![\w-])", text)
        if match and not product.isupper():  # "CRM" alone may be any vendor's: no prefix is added to it
            out.append(("vendor prefix", text[: match.start()] + full + text[match.end() :], f"{product} -> {full}"))
    return out


# --- places ------------------------------------------------------------------------------------------
_COUNTRIES = {
    "German": "Germany",
    "French": "France",
    "Belgian": "Belgium",
    "Dutch": "the Netherlands",
    "Spanish": "Spain",
    "Italian": "Italy",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Finnish": "Finland",
    "Polish": "Poland",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Irish": "Ireland",
    "Portuguese": "Portugal",
    "Brazilian": "Brazil",
    "Indian": "India",
    "Japanese": "Japan",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Mexican": "Mexico",
    "British": "the UK",
    "American": "the US",
    "Chinese": "China",
    "Czech": "Czechia",
}
_ADJECTIVE_NOUN = re.compile(r"\b(" + "|".join(_COUNTRIES) + r") ([a-z]+s)\b(?! of\b)")
_NOUN_IN_COUNTRY = re.compile(r"\b([a-z]+s) in (" + "|".join(re.escape(c) for c in _COUNTRIES.values()) + r")\b")


def _place_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for match in _ADJECTIVE_NOUN.finditer(text):
        new = f"{match[2]} in {_COUNTRIES[match[1]]}"
        out.append(("place form", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    adjectives = {country: adjective for adjective, country in _COUNTRIES.items()}
    for match in _NOUN_IN_COUNTRY.finditer(text):
        new = f"{adjectives[match[2]]} {match[1]}"
        out.append(("place form", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    return out


# --- session 11: units, abbreviations formed, parentheses, compounds, possessives ---------------------------
# A unit's name and its symbol, both ways ("440,000 hectares" / "440,000 ha", "12 hrs" / "12 hours").
_UNIT_FORMS = [
    ("hours", "hrs"),
    ("hours", "h"),
    ("minutes", "min"),
    ("seconds", "s"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("hectares", "ha"),
    ("gigabytes", "GB"),
    ("terabytes", "TB"),
    ("megabytes", "MB"),
    ("kilograms", "kg"),
    ("megawatts", "MW"),
    ("kilowatts", "kW"),
    ("years", "yrs"),
    ("weeks", "wks"),
    ("milliseconds", "ms"),
    ("square metres", "m²"),
    ("kilometres per hour", "km/h"),
    ("gigawatt-hours", "GWh"),
    ("megawatt-hours", "MWh"),
]
_UNIT_FIGURE = r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([ -])"


def _unit_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for name, symbol in _UNIT_FORMS:
        for written, other in ((name, symbol), (symbol, name)):
            for match in re.finditer(_UNIT_FIGURE + r"(" + re.escape(written) + r")(?![\w/²-])", text):
                if match[3] in ("h", "s") or (written == symbol and match[2] == "-"):
                    continue  # "24 h" is written one way here; "a 40-MW plant" reads "40-megawatts" badly
                new = f"{match[1]} {other}"
                out.append(("unit form", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    return out


# A name of capitalised words the CV writes ("Living Costs and Food Survey"), small words inside it.
_NAME_RUN = re.compile(r"(?<=[a-z,] )((?:[A-Z][a-z]+ )(?:(?:of|for) )?(?:[A-Z][a-z]+ ?){2,3})(?=[\s,.;:)]|$)")
FORMED_ZIPF = 3.5  # each word of a name shortened to its initials this common: a descriptive name, no brand


def _abbreviation_formed_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    """A descriptive name of three or four capitalised everyday words written as its initials ("Office for
    National Statistics" -> "ONS"), as models shorten names; the initials of words in a row the text wrote."""
    out = []
    for match in _NAME_RUN.finditer(text):
        name = match[1].strip()
        before = text[: match.start(1)].split()[-1:]
        after = text[match.start(1) + len(name) :].split()[:1]
        if (before and before[0][:1].isupper()) or (after and after[0][:1].isupper()):
            continue  # part of a longer name ("IAB Podcast Measurement Technical Guidelines v2.1")
        words = [w for w in name.split() if w not in ("of", "for")]
        if not 3 <= len(words) <= 4 or any(zipf_frequency(w.lower(), "en") < FORMED_ZIPF for w in words):
            continue  # brands ("Ross Carbonite Black") are not shortened
        initials = "".join(w[0] for w in words)
        out.append(
            (
                "abbreviation formed",
                text[: match.start(1)] + initials + text[match.start(1) + len(name) :],
                f"{name} -> {initials}",
            )
        )
    return out


_LETTERS_AFTER = re.compile(
    r"((?:[A-Z][\w'-]*|of|and|for|in)(?: (?:[A-Z][\w'-]*|of|and|for|in)){1,6}) "
    r"\(((?=[\w&-]*[A-Z][\w&-]*[A-Z])[A-Z][A-Za-z0-9&-]{1,9})\)"
)


def _letters_first_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    """A name and its letters the other way round: "Certified Kubernetes Administrator (CKA)" -> "CKA
    (Certified Kubernetes Administrator)"; a credential's letters beside its name either way."""
    out = []
    for match in _LETTERS_AFTER.finditer(text):
        words = match[1].split(" ")
        # the name is the longest run ending before the letters whose initials spell them ("Deployed Cisco SD-WAN
        # (Viptela)" names no "Deployed"; "Authorised Economic Operator (AEO)" keeps "Authorised")
        name = next(
            (
                " ".join(words[at:])
                for at in range(len(words))
                if words[at] not in _FUNCTION and _initials_match(words[at:], match[2])
            ),
            None,
        )
        if name is None:
            continue
        start = match.start(1) + len(match[1]) - len(name)
        new = f"{match[2]} ({name})"
        out.append(("letters first", text[:start] + new + text[match.end() :], f"{name} ({match[2]}) -> {new}"))
    return out


# "Ran load testing of 40 services" -> "Load-tested 40 services": a noun and its verb's "-ing" form after a
# light verb, joined as one verb (as "vision mixing" gives "Vision-mixed")
_LIGHT_VERB = re.compile(
    r"(?:(?<=^)|(?<=[.;] ))(?:Ran|Did|Led|Performed|Conducted|Carried out|Handled|Owned|Oversaw|"
    r"Coordinated|Managed|Delivered|Supported) (?:the |all )?([a-z]{3,}) ([a-z]{3,}ing)"
    r"(?: (?:of|for|on)\b|(?=[,.;:]| (?:across|at|with|in|on|for|from|during)\b|$))"
)


def _past_of(ing: str) -> str:
    base = ing[:-3]
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        return base + "ed"  # "planning" -> "planned"
    return base + ("d" if base.endswith("e") else "ed")


def _hyphenated_verb_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for match in _LIGHT_VERB.finditer(text):
        if (
            match[1] in _FUNCTION
            or zipf_frequency(match[1], "en") < FORMED_ZIPF
            or match[1].endswith(("ly", "ing"))
            or match[2] in ("during", "including", "using", "covering", "bring", "spring", "string", "thing")
        ):
            continue  # a common noun joined to its verb ("Load-tested"), no adverb
        new = f"{match[1].capitalize()}-{_past_of(match[2])}"
        out.append(("hyphenated verb", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    return out


# "the billing team of Acme Bank" <-> "Acme Bank's billing team"
_OF_NAME = re.compile(r"\bthe ((?:[a-z]+ ){0,2}[a-z]+) of ([A-Z][\w&]+(?: [A-Z][\w&]+){0,2})(?=[\s,.;:)]|$)")
_NAME_POSSESSIVE = re.compile(
    r"(?<=[a-z,] )(the )?([A-Z][\w&]+(?: [A-Z][\w&]+){0,2})['’]s ((?:[a-z]+ )?[a-z]+)"
    r"(?=\s+(?:for|in|on|at|with|to|from|across|by)\b|[,.;:)]|$)"
)


def _possessive_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for match in _OF_NAME.finditer(text):
        if " and " in f" {match[1]} ":
            continue
        new = f"{match[2]}'" + ("" if match[2].endswith("s") else "s") + f" {match[1]}"
        out.append(("possessive", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    for match in _NAME_POSSESSIVE.finditer(text):
        if " and " in f" {match[3]} ":
            continue
        new = f"the {match[3]} of {match[2]}"
        out.append(("possessive", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    return out


# a parenthetical aside of words (no abbreviation's definition): "(held DV from 2015 to 2020)"
_ASIDE = re.compile(r" \(([^()]*[a-z][^()]* [^()]*)\)")


def _aside_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    """An aside in parentheses set off by commas instead, or moved to its sentence's end."""
    out = []
    for match in _ASIDE.finditer(text):
        end = text.find(". ", match.end())
        end = len(text.rstrip(".")) if end < 0 else end
        if rng.random() < 0.5 and end > match.end():
            new = text[: match.start()] + text[match.end() : end] + f" ({match[1]})" + text[end:]
            how = "aside moved to the sentence's end"
        else:
            after = text[match.end() : match.end() + 1]
            new = (
                text[: match.start()]
                + f", {match[1]}"
                + ("," if after not in ".,;:" and after else "")
                + text[match.end() :]
            )
            how = "aside set off by commas"
        out.append(("aside moved", new, f"({match[1]}): {how}"))
    return out


# a share of a whole as a percentage ("80% of the forms") and the same share told in words
_SHARE = re.compile(r"(?<![\w.,])(\d+)\s?(?:%|percent\b|per cent\b)(?= of\b)")
_IN_WORDS = {10: ["one in ten"], 20: ["one in five", "one in every five"], 25: ["one in four", "a quarter"],
             30: ["three in ten"], 40: ["two in five"], 50: ["half", "one in two"], 60: ["three in five"],
             70: ["seven in ten"], 75: ["three in four", "three quarters", "three out of four"],
             80: ["four in five", "four out of five", "eight in ten"], 90: ["nine in ten", "nine out of ten"],
             33: ["one in three", "a third"], 67: ["two in three", "two thirds"]}


def _proportion_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    """A share the text gives as a percentage of something told as a proportion or fraction in words."""
    out = []
    for match in _SHARE.finditer(text):
        if int(match[1]) in _IN_WORDS and not _name_before(text, match.start()):
            new = rng.choice(_IN_WORDS[int(match[1])])
            end = match.end()
            if " in " in new or " out of " in new:  # "four in five tickets", not "four in five of the tickets"
                end += len(re.match(r" of(?: the)?", text[end:])[0])
            out.append(("proportion in words", text[: match.start()] + new + text[end:], f"{text[match.start():end]} -> {new}"))
    return out


# A bullet opening with a past-tense verb and its object, up to a preposition or a comma:
# "Migrated 40 services to Kubernetes" -> "40 services were migrated to Kubernetes".
_ACTIVE = re.compile(r"^([A-Z][a-z]+ed) ((?:the |a |an )?(?:[\w'’/%,.+-]+ ){0,3}?[\w'’/%,.+-]+?)"
                     r"(?= (?:to|for|in|on|at|across|with|from|into|by|using|under|within|through)\b|[,.;](?:\s|$)|$)")


def _passive_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    """A bullet's active opening ("Migrated 40 services to ...") in the passive ("40 services were migrated
    to ..."): the object, now first, starts the sentence with a capital."""
    match = _ACTIVE.match(text)
    if not match or re.search(r"\.\s", text) or re.fullmatch(r"[\d,.%+]+|[a-z]+", match[2].split()[-1]) and (
            match[2].split()[-1][:1].isdigit() or _WORDS.count(match[2].split()[-1].lower())):
        return []  # one sentence, its object a noun phrase (not "nine" of "nine in ten")
    obj = re.sub(r"^(?:the|a|an) ", lambda m: m[0].capitalize(), match[2])
    if obj[:1].islower():
        obj = obj[:1].upper() + obj[1:]
    if any(c.isupper() for c in match[2][1:]) and not re.match(r"(?:the|a|an) ", match[2]):
        return []  # an object opening with a name keeps its own capitals
    plural = match[2].split()[-1].endswith("s") or bool(re.match(r"\d", match[2])) and not match[2].startswith("1 ")
    new = f"{obj} {'were' if plural else 'was'} {match[1].lower()}{text[match.end():]}"
    return [("passive voice", new, f"{match[0]} -> {obj} {'were' if plural else 'was'} {match[1].lower()}")]


# A change by a percentage that is a fraction of one, and the fraction in words, either way round.
_FRACTION_OF = {"50": ["half"], "25": ["a quarter", "one quarter"], "20": ["a fifth", "one fifth"], "10": ["a tenth"],
                "33": ["a third", "one third"], "12.5": ["an eighth"]}
_BY_PERCENT = re.compile(r"(?<=\bby )(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)")
_BY_FRACTION = re.compile(r"(?<=\bby )(?:a|an|one) (quarter|fifth|tenth|third|eighth)\b(?!-)")
_FRACTION_PERCENT = {"quarter": "25%", "fifth": "20%", "tenth": "10%", "third": "33%", "eighth": "12.5%"}


def _fraction_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    """"cut costs by 20%" as "cut costs by a fifth", and a fraction in words as its percentage."""
    out = []
    for match in _BY_PERCENT.finditer(text):
        if match[1] in _FRACTION_OF:
            new = rng.choice(_FRACTION_OF[match[1]])
            out.append(("fraction of a change", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    for match in _BY_FRACTION.finditer(text):
        new = _FRACTION_PERCENT[match[1].lower()]
        out.append(("fraction of a change", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    return out


# A bullet opening with a past-tense verb told in the first person with a contraction: "I've migrated ...".
_PAST_OPENING = re.compile(r"^([A-Z][a-z]+ed) (?=[a-z0-9])")


CONTRACTED = 0.2  # the share of such bullets rewritten: most bullets open so, and the other kinds need the sample


def _contraction_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    """A bullet's past-tense opening in the first person, contracted ("Migrated" -> "I've migrated")."""
    match = _PAST_OPENING.match(text)
    if not match or re.search(r"\.\s", text) or rng.random() >= CONTRACTED:
        return []
    return [("contraction", f"I've {match[1].lower()} " + text[match.end():], f"{match[1]} -> I've {match[1].lower()}")]


# A release after a name, told with its word: "Moodle 4.1" -> "Moodle version 4.1" / "Moodle v4.1" (not a
# document's number: "NPR 7150.2").
_NAME_RELEASE = re.compile(r"(?<=[a-z,] )([A-Z][\w+#-]*[A-Za-z]) (\d{1,3}\.\d+(?:\.\d+)?)(?![\w%]|[.,]\d| ?%|\s(?:million|billion|[a-z]+s)\b)")


def _release_word_rewrites(text: str, rng) -> list[tuple[str, str, str]]:
    out = []
    for match in _NAME_RELEASE.finditer(text):
        new = f"{match[1]} {rng.choice(['version ', 'v', 'release '])}{match[2]}"
        out.append(("release word", text[: match.start()] + new + text[match.end() :], f"{match[0]} -> {new}"))
    return out


# --- all of them ---------------------------------------------------------------------------------------
def paraphrases(found: list[Base] | None = None, seed: int = 11) -> list[Paraphrase]:
    """Every rewrite of every honest text; at most one per (text, kind), drawn by the text's seed."""
    found = bases() if found is None else found
    out = []
    for base in found:
        defined = defined_abbreviations(base.source)
        products = vendor_products(base.source)
        for path in fields_of(base.honest):
            text = text_at(base.honest, path)
            rng = _rng(seed, base.set, base.key, path)
            edits = (
                _figure_rewrites(text, rng)
                + _money_rewrites(text, rng)
                + _date_rewrites(text, rng)
                + _spelling_rewrites(text, rng)
                + _list_rewrites(text, rng)
                + _clause_rewrites(text, rng)
                + _abbreviation_rewrites(text, defined, rng)
                + _vendor_rewrites(text, products, rng)
                + _verb_rewrites(text, rng)
                + _title_rewrites(text, rng)
                + _place_rewrites(text, rng)
            )
            out += _drawn(base, path, text, edits, rng)
    # Session 11's kinds, drawn by a seed of their own after every case above: those stay as they were.
    for base in found:
        for path in fields_of(base.honest):
            text = text_at(base.honest, path)
            rng = _rng(seed, base.set, base.key, path, "session 11")
            edits = (
                _unit_rewrites(text, rng)
                + _abbreviation_formed_rewrites(text, rng)
                + _letters_first_rewrites(text, rng)
                + _hyphenated_verb_rewrites(text, rng)
                + _possessive_rewrites(text, rng)
                + _aside_rewrites(text, rng)
            )
            out += _drawn(base, path, text, edits, rng)
    out += _derived_paraphrases(found, seed)  # after the others: adding them changed none of the earlier cases
    # Session 12's kinds, drawn by a seed of their own after every case above.
    for base in found:
        for path in fields_of(base.honest):
            text = text_at(base.honest, path)
            rng = _rng(seed, base.set, base.key, path, "session 12")
            out += _drawn(base, path, text, _proportion_rewrites(text, rng) + _passive_rewrites(text, rng), rng)
    # Session 13's kinds, drawn by a seed of their own after every case above.
    for base in found:
        for path in fields_of(base.honest):
            text = text_at(base.honest, path)
            rng = _rng(seed, base.set, base.key, path, "session 13")
            edits = _fraction_rewrites(text, rng) + _contraction_rewrites(text, rng) + _release_word_rewrites(text, rng)
            out += _drawn(base, path, text, edits, rng)
    return out


def _derived_paraphrases(found: list[Base], seed: int) -> list[Paraphrase]:
    """A figure the CV's own figures give, added where a text allows (claims_mutations.derived_edits): its
    experience's years from the heading's months, a ratio of a change it states in words, a total of two
    counts of people, a rate a year."""
    out = []
    for base in found:
        for path in fields_of(base.honest):
            text = text_at(base.honest, path)
            edits = derived_edits(text, path, base.source)
            if edits:
                right, how, _, _ = _rng(seed, base.set, base.key, path, "derived").choice(edits)
                out.append(Paraphrase(base, path, "derived figure", text, right, how))
    return out


def _drawn(base: Base, path: str, text: str, edits: list[tuple[str, str, str]], rng) -> list[Paraphrase]:
    """One rewrite of each kind ``edits`` make of ``text``, drawn by ``rng``, in the order of ``KINDS``."""
    by_kind: dict[str, list] = {}
    for kind, new, how in edits:
        if new != text:
            by_kind.setdefault(kind, []).append((new, how))
    return [Paraphrase(base, path, kind, text, *rng.choice(by_kind[kind])) for kind in KINDS if kind in by_kind]


def measure(cases: list[Paraphrase], review) -> list[tuple[Paraphrase, bool | None, list[str]]]:
    """Each case, whether the guard touched it (changed the text or named in its field a claim it does
    not name in the text as the set wrote it) and what it named there; None where the guard already
    touches the unchanged text (that touch is not the rewrite's). Each part is reviewed alone, as
    claims_mutations does: the guard checks each against the source, not against the other parts."""
    honest: dict[tuple[str, str, str], tuple[dict, dict[str, set[str]]]] = {}
    results = []
    for case in cases:
        cv, path, part = _one_part(case.adjusted(), case.field)
        key = (case.base.set, case.base.key, part)
        if key not in honest:
            unchanged = _one_part(case.base.honest, case.field)[0]
            output, findings = review(case.base.source, unchanged, case.base.prompt)
            honest[key] = (output, _named(findings))
        before_output, before_named = honest[key]
        if path in before_named or text_at(before_output, path) != case.before:
            results.append((case, None, sorted(before_named[path]) if path in before_named else []))
            continue
        output, findings = review(case.base.source, cv, case.base.prompt)
        named = _named(findings).get(path, set())
        results.append((case, bool(named) or text_at(output, path) != case.text, sorted(named)))
    return results


__all__ = [
    "KINDS",
    "PARAPHRASE_CEILING",
    "Paraphrase",
    "all_bases",
    "measure",
    "paraphrases",
    "part_of",
]
