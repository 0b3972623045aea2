"""The shape of a blind set for the free-text claims guard (issue 20): hand-written CVs, each with a
job prompt and one honest tailoring, and single claims injected into the tailoring's texts.

A set module (``tests/claims_heldout_<x>.py``) builds ``CVS`` with :func:`cv` and :func:`tailor`,
lists its injected claims as ``(cv, field, kind, position, old, new)`` and its ambiguous edits as
``(cv, field, old, new, reason)``, and exports ``HONEST = honest_texts(CVS)``,
``FABRICATED = build(CVS, entries)`` and ``AMBIGUOUS = build(CVS, entries, with_reason=True)``.
``old`` in the honest text of ``field`` becomes ``new``; a field ending in ``bullets[+]`` is a bullet
added to that experience (``old`` is None). ``tests/test_claims_blind_sets.py`` checks every set's
shape; ``scripts/bench_claims_blind.py --set <x>`` measures the guard on it."""

from __future__ import annotations

import copy
import re

POSITIONS = ("start", "middle", "end")
SIDEBAR_KEYS = (
    "skills",
    "languages",
    "tools",
    "certifications",
    "industries",
    "spoken_languages",
    "academic_background",
)


def cv(title, name, overview, experiences, **sidebar):
    """A contract CV: ``experiences`` are (heading, description, bullets, environment)."""
    first, last = name.split(" ", 1)
    side = {key: [] for key in SIDEBAR_KEYS}
    side.update(sidebar)
    return {
        "identity": {"title": title, "full_name": name, "first_name": first, "last_name": last},
        "sidebar": side,
        "overview": overview,
        "experiences": [
            {"heading": h, "description": d, "bullets": list(b), "environment": env} for h, d, b, env in experiences
        ],
    }


def tailor(source, overview, experiences):
    """The honest tailoring: same identity, sidebar, headings and environments; new free text."""
    out = copy.deepcopy(source)
    out["overview"] = overview
    for entry, (description, bullets) in zip(out["experiences"], experiences):
        entry["description"] = description
        entry["bullets"] = list(bullets)
    return out


def _field_of(field: str) -> tuple[int | None, str, int | None]:
    if field == "overview":
        return None, "overview", None
    match = re.fullmatch(r"experiences\[(\d+)\]\.(description|bullets)(?:\[(\d+|\+)\])?", field)
    index = None if match[3] in (None, "+") else int(match[3])
    return int(match[1]), match[2], index


def text_at(cv: dict, field: str) -> str | None:
    experience, part, index = _field_of(field)
    if experience is None:
        return cv["overview"]
    entry = cv["experiences"][experience]
    if part == "description":
        return entry["description"]
    return entry["bullets"][index] if index is not None and index < len(entry["bullets"]) else None


def _with(cv: dict, field: str, old: str | None, new: str) -> tuple[dict, str]:
    """``cv`` with one text edited; the field's final path (an added bullet gets its index)."""
    out = copy.deepcopy(cv)
    experience, part, index = _field_of(field)
    if old is None:
        out["experiences"][experience]["bullets"].append(new)
        return out, f"experiences[{experience}].bullets[{len(out['experiences'][experience]['bullets']) - 1}]"
    text = text_at(cv, field)
    assert old in text, (field, old, text)
    edited = text.replace(old, new, 1)
    if experience is None:
        out["overview"] = edited
    elif part == "description":
        out["experiences"][experience]["description"] = edited
    else:
        out["experiences"][experience]["bullets"][index] = edited
    return out, field


def honest_fields(cv: dict) -> list[str]:
    fields = ["overview"]
    for i, entry in enumerate(cv["experiences"]):
        fields.append(f"experiences[{i}].description")
        fields += [f"experiences[{i}].bullets[{j}]" for j in range(len(entry["bullets"]))]
    return fields


def honest_texts(cvs: dict) -> list[tuple[str, str, str]]:
    """Every honest text: (cv, field, text). The tailoring as a whole is what the guard reviews."""
    return [
        (key, field, text_at(case["honest"], field))
        for key, case in cvs.items()
        for field in honest_fields(case["honest"])
    ]


def build(cvs: dict, entries, with_reason=False) -> list[dict]:
    cases = []
    for entry in entries:
        key, field, *rest = entry
        if with_reason:
            old, new, reason = rest
            kind, position = "ambiguous", None
        else:
            kind, position, old, new = rest
            reason = None
        honest = cvs[key]["honest"]
        adjusted, path = _with(honest, field, old, new)
        cases.append(
            {
                "cv": key,
                "field": path,
                "kind": kind,
                "position": position,
                "base": None if old is None else text_at(honest, field),
                "text": text_at(adjusted, path),
                "adjusted": adjusted,
                "reason": reason,
            }
        )
    return cases
