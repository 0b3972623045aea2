"""A CV (cvextract's JSON) as a JSON Resume document (https://jsonresume.org/schema, version 1.2.1).

The mapping, and what cannot be mapped, is the table in docs/pdf-jsonresume.md ("JSON Resume export"). Fields the
CV has no data for are left out, never invented; empty sections are dropped.
"""

from __future__ import annotations

import re

from ..privacy.personal_data import EMAIL, phone_numbers
from .experience_heading import parse_heading

SKILL_GROUPS = (("skills", "Skills"), ("languages", "Programming languages"), ("tools", "Tools"),
                ("industries", "Industries"))
_DEGREE = (r"(?:B\.?\s?Sc\.?|M\.?\s?Sc\.?|B\.?\s?S\.?|M\.?\s?S\.?|B\.?\s?A\.?|M\.?\s?A\.?|B\.?\s?Eng\.?|M\.?\s?Eng\.?|"
           r"Ph\.?\s?D\.?|MBA|LL\.?\s?[BM]\.?|Dipl\.?[-\s]?\w+\.?|Diploma|Bachelor(?: of [\w ]+?)?|Master(?: of [\w ]+?)?|"
           r"Doctorate|Abitur)")
DEGREE_FIRST = re.compile(rf"^(?P<degree>{_DEGREE})(?:\s+(?:in|of)\b)?[\s,:–-]+(?P<rest>.+)$", re.IGNORECASE)
DEGREE_LAST = re.compile(rf"^(?P<rest>.+?)[\s,:–-]+(?P<degree>{_DEGREE})$", re.IGNORECASE)
FLUENCY = re.compile(r"^(?P<language>.+?)\s*(?:\((?P<paren>[^)]+)\)|(?:\s[–—-]\s|:)\s*(?P<after>.+))$")


def _clean(mapping: dict) -> dict:
    return {k: v for k, v in mapping.items() if v not in (None, "", [], {})}


def _work(experience: dict) -> dict:
    heading = parse_heading(experience.get("heading") or "")
    return _clean({
        "name": heading.company,
        "position": heading.position,
        "startDate": heading.start,
        "endDate": heading.end,
        "summary": (experience.get("description") or "").strip(),
        "highlights": [b for b in experience.get("bullets") or [] if b.strip()],
    })


def _language(entry: str) -> dict:
    match = FLUENCY.match(entry.strip())
    if match:
        return {"language": match.group("language").strip(), "fluency": (match.group("paren") or match.group("after")).strip()}
    return {"language": entry.strip()}


def _education(entry: str) -> dict:
    text = entry.strip()
    for pattern in (DEGREE_FIRST, DEGREE_LAST):
        match = pattern.match(text)
        if match:
            return {"studyType": match.group("degree").strip(), "institution": match.group("rest").strip(" ,–-")}
    return {"institution": text}


def to_json_resume(cv: dict) -> dict:
    """The JSON Resume document for a CV that matches cvextract's CV schema."""
    identity, sidebar, overview = cv["identity"], cv["sidebar"], cv.get("overview") or ""
    emails = EMAIL.findall(overview)
    phones = phone_numbers(overview)
    basics = _clean({
        "name": identity["full_name"],
        "label": identity["title"],
        "email": emails[0].removeprefix("mailto:") if emails else None,
        "phone": phones[0] if phones else None,
        "summary": overview.strip(),
    })
    return _clean({
        "basics": basics,
        "work": [_work(e) for e in cv.get("experiences") or []],
        "education": [_education(e) for e in sidebar.get("academic_background") or [] if e.strip()],
        "certificates": [{"name": c.strip()} for c in sidebar.get("certifications") or [] if c.strip()],
        "skills": [{"name": label, "keywords": list(sidebar[key])} for key, label in SKILL_GROUPS if sidebar.get(key)],
        "languages": [_language(e) for e in sidebar.get("spoken_languages") or [] if e.strip()],
    })
