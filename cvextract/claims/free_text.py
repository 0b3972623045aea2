"""The claims check on a tailored CV's free text: the overview, each experience's description and
bullets. Every number and name must be one the source already states, in the part of the CV that
may use it; each bullet must come from a bullet of its own experience.

What each text may use: an experience's description and bullets, what that experience and the
sidebar (and the identity: title, the person's name) hold; the overview, anything in the CV. The review also says what putting
the source back gives: an offending bullet becomes the source bullet it rewords (an invented one
is dropped); an offending sentence of a description or the overview becomes the source sentence it
matches best, or is dropped when none does (when none is left, the source text comes back whole).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from functools import cached_property

from .acronyms import expanding_words, spelled_out_in
from .counts import Counts, counts_in
from .credentials import (PENDING, TOLD_PAST, credential_kinds_of, held_and_pending, present_part, told_by_letters,
                          unsupported_credentials, unsupported_licences)
from .dates import dates_in, supported_dates, unsupported_dates, unsupported_starts
from .derived_figures import DerivedFigures
from .employers import unsupported_employers
from .figure_kinds import FigureKinds
from .institutions import unsupported_institutions
from .levels import levels_in, supported_level_values, supported_levels, unsupported_levels
from .magnitudes import magnitude_values, magnitudes_in, supported_magnitudes, unsupported_magnitudes
from .names import CERTIFICATION, DEGREE, names_in, unsupported_names, with_designator
from .posting import posting_names, posting_terms, unsupported_posting_names, unsupported_posting_terms, unsupported_runs
from .numbers import (currencies_in, figures_in, is_money, is_percent, ordinal_in_words, restated_numbers,
                      states_ordinals)
from .recognition import events_in, recognitions_in, supported_recognitions, unsupported_recognitions
from .provenance import best_match, known_stems, origin
from .quantities import StatedQuantities, quantities_in, stated_in
from .versions import unsupported_versions, versions_in
from .words import Vocabulary, sentences, stem

SECTION_WORDS = {"academic_background": "academic background, degree"}
# Sidebar sections that list credentials, by the part of their name that says which kind.
CREDENTIAL_SECTIONS = {"certif": CERTIFICATION, "academic": DEGREE, "education": DEGREE, "degree": DEGREE}
TRAINING = re.compile(r"\b(?:course|courses|training|trainings|workshop|bootcamp|seminar)\b", re.IGNORECASE)
_NO_QUANTITIES = StatedQuantities(())  # what a text with no quantity checks its none against
_LICENCE_WORD = re.compile(r"licen[cs]e|permit", re.IGNORECASE)
SAME_SENTENCE = 50  # similarity (0-100) from which a source sentence is what a written one rewords


@dataclass(frozen=True)
class Finding:
    """One sentence or bullet the model wrote with claims the source does not make."""

    field: str              # path in the CV JSON: overview, experiences[1].bullets[2]
    where: str              # for people: experience “2019-2021 Acme”: bullet 3
    claims: list[str]       # what the source does not say: "35%", "Haskell", "bullet from nowhere"
    written: str            # the sentence or bullet as the model wrote it
    kept: str | None        # the source text put back in its place (None: dropped)

    def as_dict(self) -> dict:
        return asdict(self)


class _Scope:
    """The source text a field may draw on: its words and its numbers."""

    def __init__(self, texts: list[str], known_names: frozenset[str] = frozenset(),
                 credentials: dict[str, list[str]] | None = None, posting: tuple[tuple[str, ...], ...] = (),
                 terms: frozenset[str] = frozenset(), experience: list[str] | None = None,
                 experiences: list[tuple[str, str]] = ()):
        # an experience's own texts, its heading first: the years its work ran ("2012 – 2019")
        self.heading, *self.own = experience or [""]
        self.experiences = experiences  # the overview's: each experience's heading and description (its dates)
        self.texts = [str(t) for t in texts if t]
        self.known_names = known_names
        self.posting = posting  # the prompt's names of several words ("Apple Pay"): the CV must have them whole
        self.terms = terms  # the prompt's lower-case trade terms ("e-invoicing")
        # The CV's credentials by kind: the sidebar's (``credentials``) and each text with a word of the kind.
        held: dict[str, list[str]] = {kind: list(items) for kind, items in (credentials or {}).items() if items}
        listed = set(held.get(PENDING, ()))
        for text in self.texts:  # a clause telling a credential under way holds none ("studying for ...")
            kept, pending = held_and_pending(text) if text not in listed else ("", "")
            for kind in credential_kinds_of(kept):
                held.setdefault(kind, []).append(kept)
            if pending:
                held.setdefault(PENDING, []).append(pending)
        self.credentials = {kind: Vocabulary(items) for kind, items in held.items()}
        self.listed = listed
        self.vocabulary = Vocabulary(self.texts)
        self.figure_kinds = FigureKinds(self.texts)
        self.sentences = [sentence for text in self.texts for sentence in sentences(text)]

    # The rest is read from the source the first time a written text states something of its kind (most
    # state no level, date or quantity): the same verdicts, without reading what no text asks for.
    @cached_property
    def numbers(self) -> set[str]:
        return self.vocabulary.numbers.union(*(restated_numbers(t) for t in self.texts),
                                             *(magnitude_values(t) for t in self.texts))  # "halved" supports "50%"

    @cached_property
    def counts(self) -> Counts:
        return Counts(self.texts)

    @cached_property
    def magnitudes(self) -> frozenset[str]:
        return frozenset().union(*(supported_magnitudes(t) for t in self.texts))

    @cached_property
    def recognitions(self):
        return supported_recognitions(self.texts)

    @cached_property
    def dates(self) -> frozenset[str]:
        return supported_dates(self.texts)

    @cached_property
    def levels(self) -> frozenset[tuple[str, str, str]]:
        return supported_levels(self.texts)

    @cached_property
    def present(self) -> list[str]:
        """What each text says holds now: a level or release given only in the past ("held NPPV 3 until
        2019") is no present one."""
        return [present_part(t, item=t in self.listed) for t in self.texts]

    @cached_property
    def present_levels(self) -> frozenset[tuple[str, str, str]]:
        return self.levels if self.present == self.texts else supported_levels(self.present)

    @cached_property
    def present_sentences(self) -> list[str]:
        return self.sentences if self.present == self.texts else [
            sentence for text in self.present for sentence in sentences(text)]

    @cached_property
    def currencies(self) -> set[str]:
        return set().union(*(currencies_in(t) for t in self.texts))

    @cached_property
    def quantities(self):
        return stated_in(tuple(self.texts))  # "2.3 GWh", "30-minute": a dimension and a value

    @cached_property
    def ordinals(self) -> bool:
        return any(states_ordinals(t) for t in self.texts)

    @cached_property
    def derived(self) -> DerivedFigures:
        """What the scope's figures and dates imply ("four years" for 01/2020 – 12/2023)."""
        return DerivedFigures(self.texts, self.heading, self.experiences)

    def claims(self, text: str) -> list[str]:
        # Each part of the source is read only where ``text`` states something of its kind: each check
        # below finds nothing to name in a text with nothing of its kind.
        quantities = self.quantities if quantities_in(text) else _NO_QUANTITIES
        restated = quantities.restated(text)  # "90 minutes" for "1.5 hours"
        figures = figures_in(text)
        # A figure is a claim when none of its readings is supported ("4.200": 4,200 or 4.2).
        past = TOLD_PAST.search(text)  # a text telling the past may restate a past level or release
        levels = (self.levels if past else self.present_levels) if levels_in(text) else frozenset()
        graded = supported_level_values(text, levels) if figures else set()  # "level 2" for "L2"
        supported = {written for value, written in figures.items() if value in self.numbers or value in restated
                     or written in graded
                     or (value == "0" and self.counts.states_none(text))  # "zero outages" for "no outage"
                     or written in expanding_words(text, self.texts)  # "Microsoft 365" for "M365"
                     or (ordinal_in_words(written, text) and not self.ordinals)  # "as a second platform"
                     or (value in self.counts.bound and not is_percent(written)
                         and not is_money(written))}  # "three times": Counts checks it
        numbers = list(dict.fromkeys(written for written in figures.values() if written not in supported))
        numbers += sorted(currencies_in(text) - self.currencies) if currencies_in(text) else []
        numbers += unsupported_dates(text, self.dates) if dates_in(text) else []
        numbers += unsupported_starts(text, self.heading, self.own) if self.heading else []
        if versions_in(text):
            numbers += unsupported_versions(text, self.sentences if past else self.present_sentences)
        numbers += unsupported_levels(text, levels)
        units = quantities.unit_words(text)  # "12 megalitres" where the CV says "12 Ml": a quantity, no count
        numbers += [count for count in (self.counts.unsupported(text) if counts_in(text, elided=True) else [])
                    if (count.partition(" ")[0], count.partition(" ")[2].casefold()) not in units
                    and (count.split()[0] not in figures or figures[count.split()[0]] not in numbers)]
        numbers += [figure for figure in self.figure_kinds.unsupported(text) if figure not in numbers]
        numbers += quantities.unsupported(text)
        told = told_by_letters(text, self.credentials)  # "Chartered accountant (ACA)": the CV's ACA in words
        found = list(dict.fromkeys(  # once each: "PhD" is a name and a degree the CV does not hold
            numbers + (unsupported_magnitudes(text, self.magnitudes) if magnitudes_in(text) else [])
            + [name for name in unsupported_names(text, self.vocabulary, self.known_names) if name not in told]
            + unsupported_credentials(text, self.credentials, told)
            + (unsupported_licences(text, self.texts) if _LICENCE_WORD.search(text) else [])
            + unsupported_institutions(text, self.texts)
            + unsupported_employers(text, [self.heading] if self.heading else [h for h, _ in self.experiences],
                                    self.texts)  # "Former Openreach planner": an employer only a heading names
            + (unsupported_recognitions(text, self.recognitions) if recognitions_in(text) or events_in(text) else [])
            + [name for name in unsupported_posting_names(text, self.posting, tuple(self.texts))
               if not with_designator(name, self.vocabulary)]  # "o9 Solutions" where the CV says "o9"
            + [run for run in unsupported_runs(text, self.vocabulary) if not with_designator(run, self.vocabulary)]
            + unsupported_posting_terms(text, self.terms, self.vocabulary, self.sentences)))
        return self.derived.unexplained(text, found) if found else found  # figures worked out from the CV's own


def _experience_texts(entry: dict) -> list[str]:
    return [entry.get("heading") or "", entry.get("description") or "", *(entry.get("bullets") or []),
            *(entry.get("environment") or [])]


def _pair_experiences(original: list[dict], adjusted: list[dict]) -> list[int | None]:
    """For each adjusted experience, the index of the source one with its heading (in turn)."""
    free: dict[str, list[int]] = {}
    for index, entry in enumerate(original):
        free.setdefault(_norm(entry.get("heading")), []).append(index)
    pairs = []
    for entry in adjusted:
        slots = free.get(_norm(entry.get("heading")))
        pairs.append(slots.pop(0) if slots else None)
    return pairs


def _norm(text) -> str:
    return " ".join(str(text or "").split()).casefold()


def _review_sentences(field: str, where: str, text: str, source_text: str, scope: _Scope,
                      findings: list[Finding]) -> str:
    """``text`` with each offending sentence put back to its source sentence or dropped."""
    written = sentences(text)
    source_sentences = sentences(source_text)
    kept_sentences, changed, first = [], False, len(findings)
    for sentence in written:
        claims = scope.claims(sentence)
        if not claims:
            kept_sentences.append(sentence)
            continue
        changed = True
        index, score = best_match(sentence, source_sentences)
        kept = source_sentences[index] if index is not None and score >= SAME_SENTENCE else None
        if kept is not None and (kept in kept_sentences or kept in written):
            kept = None  # already there: putting it back twice would repeat it
        findings.append(Finding(field, where, claims, sentence, kept))
        if kept is not None:
            kept_sentences.append(kept)
    if changed and not kept_sentences and source_text:  # nothing left: the source text, whole
        findings[first] = replace(findings[first], kept=source_text)
        return source_text
    return " ".join(kept_sentences) if changed else text


def review(original: dict, adjusted: dict, prompt: str = "") -> tuple[dict, list[Finding]]:
    """``adjusted`` with its unsupported claims put back to the source, and what was found.

    ``prompt``: what the model was given besides the CV (a job posting, a customer's research): the
    names it holds are names wherever they stand, even where an ordinary word would start a sentence."""
    findings: list[Finding] = []
    known_names = names_in(prompt) if prompt else frozenset()
    posting = posting_names(prompt) if prompt else ()
    terms = posting_terms(prompt) if prompt else frozenset()
    sections = original.get("sidebar") or {}
    sidebar = [item for items in sections.values() for item in items or []]
    # A section the CV fills says so too: certifications listed support the word "certified", an
    # academic background the word "degree", and so on (not where each is under way or a membership).
    sidebar += [SECTION_WORDS.get(section, section.replace("_", " ")) for section, items in sections.items()
                if items and not (any(part in section.casefold() for part in CREDENTIAL_SECTIONS)
                                  and all(not held_and_pending(str(item), item=True)[0] for item in items))]
    sidebar += [str(value) for value in (original.get("identity") or {}).values() if value]  # title, the person's name
    credentials: dict[str, list[str]] = {}
    for section, items in sections.items():
        for part, kind in CREDENTIAL_SECTIONS.items():
            if part in section.casefold():  # a course taken is no credential held ("ECM auditor training"),
                for item in items or []:  # nor one under way or a membership ("CCNA (in progress)", "SPE member")
                    kept, pending = held_and_pending(str(item), item=True)
                    if kept and not TRAINING.search(kept):
                        credentials.setdefault(kind, []).append(kept)
                    if pending:
                        credentials.setdefault(PENDING, []).append(pending)
    sources = original.get("experiences") or []
    everything = [*sidebar, original.get("overview") or ""] + [t for e in sources for t in _experience_texts(e)]
    result = {**adjusted}

    dated = [(e.get("heading") or "", e.get("description") or "") for e in sources]  # the career's dates
    result["overview"] = _review_sentences("overview", "overview", adjusted.get("overview") or "",
                                           original.get("overview") or "", _Scope(everything, known_names, credentials, posting, terms,
                                                                                  experiences=dated), findings)
    experiences = []
    pairs = _pair_experiences(sources, adjusted.get("experiences") or [])
    for index, (entry, source_index) in enumerate(zip(adjusted.get("experiences") or [], pairs)):
        if source_index is None:  # the structural guard names an invented heading
            experiences.append(entry)
            continue
        source = sources[source_index]
        label = f"experience “{entry.get('heading')}”"
        own_text = _experience_texts(source) + sidebar
        scope = _Scope(own_text, known_names, credentials, posting, terms, _experience_texts(source))
        description = _review_sentences(f"experiences[{index}].description", f"{label}: description",
                                        entry.get("description") or "", source.get("description") or "",
                                        scope, findings)
        others = {i: e.get("bullets") or [] for i, e in enumerate(sources) if i != source_index}
        bullets = _review_bullets(index, label, entry.get("bullets") or [], source, own_text, others,
                                  sources, scope, findings)
        experiences.append({**entry, "description": description, "bullets": bullets})
    result["experiences"] = experiences
    return result, findings


def _review_bullets(index: int, label: str, written: list[str], source: dict, own_text: list[str],
                    others: dict[int, list[str]], sources: list[dict], scope: _Scope,
                    findings: list[Finding]) -> list[str]:
    own = [str(b) for b in source.get("bullets") or []]
    known = known_stems(own_text)
    kept_bullets: list[str] = []
    for number, bullet in enumerate(written):
        bullet = str(bullet)
        found = origin(bullet, own, known, others)
        if found.invented and found.moved_from is None:  # words the experience abbreviates or spells out
            # cover it too; they only raise its coverage, which keeps no other bullet, so they are read only here
            spelled = spelled_out_in(bullet, own_text)  # "LCP" where the experience says "Largest Contentful Paint"
            spelled |= expanding_words(bullet, own_text)  # "Change Advisory Board" where it says "CAB"
            if spelled:
                found = origin(bullet, own, known | {stem(a) for a in spelled}, others)
        claims = scope.claims(bullet)
        if found.invented:
            moved = found.moved_from
            what = (f"bullet from experience “{sources[moved].get('heading')}”" if moved is not None
                    else "bullet this experience does not have")
            claims, kept = [what, *claims], None
        elif not claims:
            kept_bullets.append(bullet)
            continue
        else:
            kept = own[found.index] if found.index is not None else None
            if kept is not None and (kept in kept_bullets or kept in written):
                kept = None
        findings.append(Finding(f"experiences[{index}].bullets[{number}]", f"{label}: bullet {number + 1}",
                                claims, bullet, kept))
        if kept is not None:
            kept_bullets.append(kept)
    return kept_bullets
