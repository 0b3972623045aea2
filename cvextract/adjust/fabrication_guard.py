"""The deterministic check every adjuster's answer passes before anything is written.

Tailoring adjusters may reorder and rephrase, never add: identity unchanged, the same experience
headings (as a multiset), and no sidebar or environment item the source lacks. A translation is
checked on structure instead: the same list lengths and order, names, programming languages,
tools and environments exactly preserved, and every number in every field kept. (What free text
claims is the claims check's, :mod:`cvextract.claims`.)
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..contracts import CV_SCHEMA, schema_errors
from ..errors import ValidationError

TAILOR = "tailor"
TRANSLATE = "translate"
NAME_FIELDS = ("full_name", "first_name", "last_name")
IDENTITY_FIELDS = ("title",) + NAME_FIELDS
EXACT_SIDEBAR_IN_TRANSLATION = ("languages", "tools")
# What each mode checks, in words (the batch report shows it beside the guard's verdict).
CHECKS = {
    TAILOR: ("matches the CV schema", "identity (name, title) unchanged",
             "the same experiences (headings) as the source", "no sidebar item the source lacks",
             "no environment item (tool) the source lacks"),
    TRANSLATE: ("matches the CV schema", "names unchanged", "languages and tools kept exactly",
                "the same number of sidebar items, experiences and bullets, in order",
                "the numbers (years) in each heading kept", "environments kept exactly",
                "every number in every field kept"),
}


def norm(text: str) -> str:
    """Case-insensitive, whitespace-normalised form used to compare items."""
    return " ".join(str(text).split()).casefold()


def check_adjusted(original: dict, adjusted: dict, source: str | Path, *, mode: str = TAILOR,
                   adjuster: str = "adjust") -> None:
    """Raise :class:`ValidationError` naming what ``adjusted`` invented or broke; else return."""
    problems = schema_errors(adjusted, CV_SCHEMA)
    if problems:
        raise ValidationError(source, f"adjust output of {adjuster} does not match the CV schema: "
                              + _joined(problems), problems)
    problems = (_translation_problems if mode == TRANSLATE else _tailoring_problems)(original, adjusted)
    if problems:
        raise ValidationError(source, f"adjust output invented or changed facts ({adjuster}): "
                              + _joined(problems), problems)


def _joined(problems: list[str], shown: int = 3) -> str:
    more = f" (+{len(problems) - shown} more)" if len(problems) > shown else ""
    return "; ".join(problems[:shown]) + more


def _identity_problems(original: dict, adjusted: dict, fields) -> list[str]:
    out = []
    for field in fields:
        before, after = original["identity"][field], adjusted["identity"][field]
        if after != before:
            out.append(f"identity.{field}: {after!r} not in source (source has {before!r})")
    return out


def _tailoring_problems(original: dict, adjusted: dict) -> list[str]:
    problems = _identity_problems(original, adjusted, IDENTITY_FIELDS)

    for section, items in adjusted["sidebar"].items():
        known = {norm(i) for i in original["sidebar"].get(section) or []}
        problems += [f"sidebar.{section}: {item!r} not in source" for item in items if norm(item) not in known]

    before, after = original["experiences"], adjusted["experiences"]
    if len(after) != len(before):
        problems.append(f"experiences: {len(after)} entries, source has {len(before)}")
    extra = Counter(norm(e["heading"]) for e in after) - Counter(norm(e["heading"]) for e in before)
    shown = {norm(e["heading"]): e["heading"] for e in after}
    problems += [f"experiences: heading {shown[h]!r} not in source" for h in extra]

    environments: dict[str, set[str]] = {}
    for entry in before:
        environments.setdefault(norm(entry["heading"]), set()).update(norm(i) for i in entry["environment"] or [])
    for index, entry in enumerate(after):
        known = environments.get(norm(entry["heading"]))
        if known is None:
            continue  # already reported as an invented heading
        problems += [f"experiences[{index}].environment: {item!r} not in source"
                     for item in entry["environment"] or [] if norm(item) not in known]
    return problems


def _translation_problems(original: dict, adjusted: dict) -> list[str]:
    problems = _identity_problems(original, adjusted, NAME_FIELDS)

    for section, items in original["sidebar"].items():
        translated = adjusted["sidebar"].get(section) or []
        if section in EXACT_SIDEBAR_IN_TRANSLATION:
            problems += [f"sidebar.{section}: {item!r} not in source" for item in translated if item not in items]
            if translated != items and not any(item not in items for item in translated):
                problems.append(f"sidebar.{section}: changed; must equal the source {items!r}")
        elif len(translated) != len(items):
            problems.append(f"sidebar.{section}: {len(translated)} items, source has {len(items)}")

    before, after = original["experiences"], adjusted["experiences"]
    if len(after) != len(before):
        problems.append(f"experiences: {len(after)} entries, source has {len(before)}")
    for index, (old, new) in enumerate(zip(before, after)):
        years_old, years_new = re.findall(r"\d+", old["heading"]), re.findall(r"\d+", new["heading"])
        if years_new != years_old:
            problems.append(f"experiences[{index}].heading: numbers {years_new} differ from the source's {years_old}")
        if len(new["bullets"]) != len(old["bullets"]):
            problems.append(f"experiences[{index}].bullets: {len(new['bullets'])} items, source has {len(old['bullets'])}")
        if (new["environment"] or []) != (old["environment"] or []):
            invented = [i for i in new["environment"] or [] if i not in (old["environment"] or [])]
            problems += [f"experiences[{index}].environment: {item!r} not in source" for item in invented]
            if not invented:
                problems.append(f"experiences[{index}].environment: changed; must equal the source")
    # Imported here: a research call, in the same process, does not wait for the number reader's start (0.1 s).
    from ..claims.translation import lost_numbers

    return problems + [p for p in lost_numbers(original, adjusted) if ".heading:" not in p]  # headings: above
