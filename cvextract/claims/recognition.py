"""Recognition claims: "award-winning" (any "-winning": "a championship-winning season"), "record-breaking",
"best-selling", "Fortune 500", "industry-leading", "world-class",
"best-in-class", "leading global" (labels), and recognition told as an event: "work that earned the
company's annual quality award", "winning the insurer's innovation award", "praised in the auditor's
report", "commended by the regulator", "which the board commended", "highlighted in the audit as best
practice", "adopted company-wide as best practice", "best paper award", "the prize for best
dissertation", "shortlisted for ..." (or in, at, among: "shortlisted in the bank's annual awards"), "named partner of the year", "employee of the quarter",
"Recognised internally for ...", "Recognised by the CIO for ..." (a reputation, "recognised for", is none), a place
in a ranking ("ranked third in", "finished in the top five", "a place on the supplier leaderboard"). Ordinary
words, but each says something about the person or their customers that only the CV may say.

A label is supported where the source uses the same phrase (hyphens, spaces and case aside). An event
is supported where a source text (a bullet, the overview, a sidebar item) that itself tells of a
recognition (a label, an event, or an honour such as "award" or "prize") holds every content word of
it besides its verb and its honour word: "winning the Acme quality award" restates "received Acme's
quality prize", whatever the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .words import content_stems

_PHRASES = (
    r"award[- ]?winning", r"prize[- ]?winning", r"\w+-winning", r"record[- ]breaking", r"best[- ]selling", r"chart[- ]topping", r"won (?:an? |the )?(?:\w+ )?awards?",
    r"fortune[- ]\d+", r"ftse[- ]\d+", r"dax[- ]\d+", r"s&p[- ]\d+", r"inc\.? \d+",
    r"(?:industry|market|world|sector|globally|internationally)[- ](?:leading|leader|renowned|recogni[sz]ed)",
    r"world[- ]class", r"best[- ]in[- ]class", r"best[- ]of[- ]breed", r"first[- ]in[- ]class", r"top[- ]tier",
    r"top[- ]rated", r"top[- ]\d+", r"leading global", r"global leader", r"(?:a|the) leading(?! global)", r"renowned",
    r"prestigious", r"number[- ]one", r"#1", r"blue[- ]chip", r"tier[- ](?:1|one) (?:bank|banks|client|clients|customer|customers)",
)
_RECOGNITION = re.compile(r"(?<![\w-])(?:" + "|".join(_PHRASES) + r")(?![\w-])", re.IGNORECASE)

# Events. A word of a name or phrase: letters, digits, an apostrophe ("insurer's"), a hyphen.
_WORD = r"[\w'’&-]+"
# Recognition as a technique or an accounting rule is no honour ("speech recognition", "revenue recognition").
_NOT_HONOUR = "".join(rf"(?<!{w} )" for w in ("speech", "image", "voice", "face", "facial", "pattern", "character",
                                              "text", "object", "entity", "revenue", "income", "handwriting", "optical",
                                              "plate", "gesture", "intent", "activity", "emotion", "named"))
_HONOURS = (r"awards?|prizes?|accolades?|troph(?:y|ies)|medals?|honou?rs?|commendations?|plaudits|acclaim|kudos"
            r"|praise|" + _NOT_HONOUR + r"recognition")
# A prize or praise won: the verb, up to seven words, the honour ("earned the company's annual quality award").
_WON = (r"(?P<won>won|wins?|winning|earn(?:ed|ing|s)?|receiv(?:ed|es|ing|e)|garner(?:ed|ing|s)?|gain(?:ed|ing|s)?"
        r"|scoop(?:ed|ing|s)?|collect(?:ed|ing|s)?|bagged|(?:took|taking|brought|bringing) home|picked up|awarded"
        r"|recogni[sz]ed)"
        r"\s+(?:" + _WORD + r"\s+){0,7}?(?:" + _HONOURS + r")")
# Praise from someone, and what it was for: "praised in the notified body's audit report" ("recognised
# as" and "recognised for" are no honour in themselves: revenue and devices are recognised too).
_PRAISED = (r"(?P<praised>(?:praised|commended|lauded|applauded|complimented|hailed|singled out)"
            r"\s+(?:by|in|for|as|at|from|on)|(?:critically )?acclaimed"
            r"|honou?red\s+(?:by|as|with)|held up\s+as|winners?\s+of"
            r"|(?:short-?listed|nominated|(?:a\s+)?nominees?|(?:on|made|making)\s+the\s+short-?list)\s+(?:for|in|at|by|among|of|to)"
            r"|(?:a )?finalists?|runners?-up"
            r"|(?:which|who|that|was|were|been)\s+(?:" + _WORD + r"\s+){0,3}?(?:praised|commended|lauded|applauded)"
            r"|(?:highlighted|cited|showcased|singled out|referenced|held up|recogni[sz]ed|adopted)"
            r"(?:\s+" + _WORD + r"){0,6}?\s+as\s+(?:an?\s+)?(?:best|good|leading|exemplary|model)\s+practice"
            r"|exemplary)(?:\s+" + _WORD + r"){0,5}")
# A title: "named partner of the year", "the insurer's team of the year", "project of the year award";
# not a superlative ("the largest deal of the year", "the last release of the year").
_TITLE_NOUNS = (r"partner|supplier|vendor|employee|team|project|consultant|engineer|developer|architect|manager"
                r"|leader|rookie|newcomer|innovator|player|analyst|agency|firm|company|start-?up|app|product|game"
                r"|solution|integrator|programmer|designer|tester|scientist|mentor|hire|graduate|apprentice|trainee"
                r"|specialist|expert|professional|practitioner|coach|champion|performer|achiever|brand|retailer"
                r"|campaign|deal|transformation|implementation|launch|innovation|contributor|colleague|volunteer")
_NOT_SUPERLATIVE = "".join(rf"(?<!{w} )" for w in ("est", "first", "last", "only", "next", "final", "main", "key",
                                                  "major", "big", "large", "second", "third", "one"))
_TITLE = (r"(?P<named>named|voted|crowned|chosen|selected|elected)\s+(?:as\s+)?(?:" + _WORD + r"\s+){0,4}?"
          + _WORD + r"\s+of\s+the\s+(?:year|quarter|month)|" + _NOT_SUPERLATIVE + r"(?:" + _TITLE_NOUNS + r")s?\s+of\s+the\s+(?:year|quarter|month)"
          r"|" + _WORD + r"\s+of\s+the\s+year\s+(?:" + _HONOURS + r")"
          r"|best[\s-]+(?:" + _WORD + r"\s+){0,2}?(?:" + _HONOURS + r")"  # "best paper award", "best-poster prize"
          r"|(?:" + _HONOURS + r")\s+for\s+(?:the\s+)?best\s+" + _WORD)  # "the prize for best dissertation"
# A place in a ranking: an ordinal or the top told of a ranked, placed or finished thing ("ranked first in",
# "placed third overall", "finished in the top five", "rated No. 2 among"), and a place on a leaderboard, a
# league table or a podium however told ("a place on CDP's supplier engagement leaderboard", "topped the
# regional league table", "a podium finish").
_PLACE = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top(?:\s+(?:three|five|ten|\d+))?"
          r"|\d+(?:st|nd|rd|th)|no\.?\s*\d+|#\d+|number\s+(?:one|two|three|\d+)|among\s+the\s+(?:best|top|leading))")
_RANKED = (r"(?P<ranked>(?:rank(?:ed|ing)|plac(?:ed|ing)|finish(?:ed|ing)|came|coming|rated)(?:\s+(?:in|joint|equal))?(?:\s+the)?)\s+(?P<place>" + _PLACE + ")"
           + r"(?:(?=\s*(?:[,.;:)]|$))|\s+(?:place|overall|nationally|globally|worldwide|in|of|among|by|on|at|out\s+of)"
           r"(?:\s+" + _WORD + "){0,3})"
           r"|(?P<board>place|spot|position|slot|top(?:ped|ping)?|atop|head(?:ed|ing)?)\s+(?:" + _WORD + r"\s+){0,5}?"
           r"(?:leaderboards?|league[\s-]tables?|hall\s+of\s+fame)|on\s+the\s+podium|podium\s+(?:finish|place|position|spot)e?s?")
# Recognition said of the person by someone: a clause that starts with it and names who ("Recognised by
# the CIO for ...", "Thanked by the board"), or one qualified as an honour ("recognised internally for
# ..."). Bare "recognised for"/"as" is a reputation ("known for"), and revenue "recognised by" the
# system starts no clause.
_CREDITED = (r"(?P<credited>(?:^|(?<=[.;:!?•—–] ))(?:recogni[sz]ed|acknowledged|thanked)\s+by"
             r"|(?:recogni[sz]ed|acknowledged|thanked)\s+(?:internally|publicly|formally|officially|personally"
             r"|company-wide|firm-wide|group-wide))(?:\s+" + _WORD + r"){0,5}")
_EVENT = re.compile(r"(?<![\w-])(?:" + "|".join((_WON, _PRAISED, _TITLE, _RANKED, _CREDITED)) + r")(?![\w-])",
                    re.IGNORECASE)
# A source text telling of an honour at all ("Awards: Quality award 2021"): it may support an event.
_HONOUR = re.compile(r"(?<![\w-])(?:" + _HONOURS + r"|winner|winners)(?![\w-])", re.IGNORECASE)
# The honours are one kind: "the insurer's innovation award" restates "the insurer's innovation prize".
_HONOUR_WORDS = "award prize accolade trophy medal honour honor commendation plaudits acclaim kudos praise recognition"


def _normal(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.casefold())


@lru_cache(maxsize=16384)
def recognitions_in(text: str) -> tuple[str, ...]:
    """The recognition labels ``text`` uses, as written."""
    return tuple(match.group() for match in _RECOGNITION.finditer(text))


@lru_cache(maxsize=16384)
def events_in(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The recognitions ``text`` tells as events, as written, each with its content words (stems)
    besides the verb that tells it."""
    found = []
    for match in _EVENT.finditer(text):
        verb = next((value for value in match.groupdict().values() if value), "")
        found.append((match.group(), content_stems(match.group()) - content_stems(verb) - content_stems(_HONOUR_WORDS)
                      | _place(match)))
    return tuple(found)


def _place(match: re.Match) -> frozenset[str]:
    """The place a ranking names, as one word ("third", "top five", "no. 2"): a ranking is supported only
    with its place."""
    place = match.group("place")
    if not place:
        return frozenset()
    place = " ".join(place.casefold().replace("number", "").replace("no.", "").replace("#", "").split())
    digits = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", place)
    return frozenset({_ORDINALS[int(digits) - 1] if digits.isdigit() and 0 < int(digits) <= len(_ORDINALS)
                      else {"one": "first", "two": "second", "three": "third"}.get(place, place)})


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


@dataclass(frozen=True)
class Recognitions:
    """What the source says of recognition: its labels (normalised), and the content words (stems) of
    each of its texts (a bullet, a sidebar item) that tells of a recognition."""

    labels: frozenset[str]
    sentences: tuple[frozenset[str], ...]


def supported_recognitions(texts: list[str]) -> Recognitions:
    """The recognitions the source ``texts`` state."""
    labels = frozenset(_normal(phrase) for text in texts for phrase in recognitions_in(text))
    told = tuple(content_stems(text).union(*(_place(match) for match in _EVENT.finditer(text))) for text in texts
                 if recognitions_in(text) or events_in(text) or _HONOUR.search(text))
    return Recognitions(labels, told)


def unsupported_recognitions(text: str, supported: Recognitions) -> list[str]:
    """The recognition labels and events ``text`` states that the source (``supported``) does not."""
    found = [phrase for phrase in recognitions_in(text) if _normal(phrase) not in supported.labels]
    for phrase, words in events_in(text):
        if not any(words <= told for told in supported.sentences):
            found.append(phrase)
    return found
