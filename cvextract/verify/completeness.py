"""The completeness verifier: is this extraction usable, and what looks thin?

Errors (the extraction fails): an empty identity field, an empty sidebar, no experiences.
Warnings (the extraction succeeds): empty sidebar sections, a malformed environment, no bullets
or environment anywhere, experiences lacking a heading or description.
"""

from __future__ import annotations

IDENTITY_FIELDS = ("title", "full_name", "first_name", "last_name")
# Sections whose emptiness is worth a warning; certifications and skills are often legitimately empty.
EXPECTED_SIDEBAR = ("languages", "tools", "industries", "spoken_languages", "academic_background")


def completeness_problems(data: dict) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []

    identity = data.get("identity") or {}
    empty_identity = [f for f in IDENTITY_FIELDS if not str(identity.get(f) or "").strip()]
    if empty_identity:
        errors.append("identity: empty " + ", ".join(empty_identity))

    sidebar = data.get("sidebar")
    sidebar = sidebar if isinstance(sidebar, dict) else {}
    missing_sections = [k for k in EXPECTED_SIDEBAR if not sidebar.get(k)]
    if not any(sidebar.values()):
        errors.append("sidebar: no sidebar sections found (is the header in the expected layout?)")
    elif missing_sections:
        warnings.append("missing sidebar: " + ", ".join(missing_sections))

    experiences = data.get("experiences") or []
    if not experiences:
        errors.append("experiences: none found (no PROFESSIONAL EXPERIENCE section?)")
    else:
        if any(e.get("environment") is not None and not isinstance(e.get("environment"), list)
               for e in experiences):
            warnings.append("invalid environment format")
        if not any(e.get("bullets") or e.get("environment") for e in experiences):
            warnings.append("no bullets or environment in any experience")
        lacking = set()
        for e in experiences:
            if not str(e.get("heading") or "").strip():
                lacking.add("missing heading")
            if not str(e.get("description") or "").strip():
                lacking.add("missing description")
        if lacking:
            warnings.append("incomplete: " + "; ".join(sorted(lacking)))
    return errors, warnings
