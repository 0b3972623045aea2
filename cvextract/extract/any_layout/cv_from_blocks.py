"""Text blocks -> a CV dict, with a note of the parts found and a confidence.

Every value is text of the CV itself: a part the rules cannot find stays empty and is named. When
the name, the title, the experiences or every sidebar list is missing, the CV cannot pass the
contract: :class:`~cvextract.errors.UnreadableLayoutError` says which, with the headings seen and
what to do, instead of a schema error.
"""

from __future__ import annotations

from pathlib import Path

from ...errors import UnreadableLayoutError
from ..text_blocks import TextBlock
from .experiences import find_experiences
from .headings import UNKNOWN, split_sections
from .identity import find_identity
from .section_names import DEFAULT_NAMES, SIDEBAR_PARTS, SectionNames
from .sidebar import find_sidebar

EXTRACTOR_NAME = "any-layout"
MODEL_HINT = "try extract: {name: openai-extractor} (or {fallback: openai-extractor})"
MAX_HEADINGS_NAMED = 8


class ExtractedCV(dict):
    """The CV dict, plus what the extraction stage reports about it: which extractor read it,
    ``notes`` (warnings for the log), the parts not found and a confidence (the share found)."""

    def __init__(self, data: dict, *, extractor: str, notes: list[str] | None = None,
                 missing: list[str] | None = None, confidence: float = 1.0):
        super().__init__(data)
        self.extractor = extractor
        self.notes = list(notes or [])
        self.missing = list(missing or [])
        self.confidence = confidence


def cv_from_blocks(blocks: list[TextBlock], source: str | Path, *,
                   names: SectionNames | None = None) -> ExtractedCV:
    """The CV in ``blocks`` (reading order). Raises UnreadableLayoutError naming what is missing."""
    names = names or DEFAULT_NAMES
    sections = split_sections(blocks, names)
    identity = find_identity(blocks, sections, names)
    experiences = find_experiences(sections)
    sidebar = find_sidebar(sections, names)
    overview = " ".join(b.text for s in sections if s.part == "overview" for b in s.blocks)

    problems = []
    if not identity["full_name"]:
        problems.append("no name found")
    elif not identity["title"]:
        problems.append("no job title found next to the name")
    if not experiences:
        has_section = any(s.part == "experience" for s in sections)
        problems.append("no dated experience found in the experience section" if has_section
                        else "no experience section found")
    if not any(sidebar.values()):
        problems.append("no skills, tools, languages, certifications, industries or education found")
    if problems:
        seen = [s.heading.text for s in sections if s.heading is not None]
        shown = ", ".join(seen[:MAX_HEADINGS_NAMED]) + (", ..." if len(seen) > MAX_HEADINGS_NAMED else "")
        raise UnreadableLayoutError(source, f"{'; '.join(problems)} (headings seen: {shown or 'none'}); "
                                            f"{MODEL_HINT}", problems)

    parts = {"name": True, "title": True, "overview": bool(overview), "experiences": True,
             **{key: bool(sidebar[key]) for key in SIDEBAR_PARTS}}
    missing = [part for part, found in parts.items() if not found]
    confidence = sum(parts.values()) / len(parts)
    notes = [f"read by the {EXTRACTOR_NAME} extractor: {len(experiences)} experience(s), confidence {confidence:.2f}"
             + (f"; not found: {', '.join(missing)}" if missing else "")]
    unknown = [s.heading.text for s in sections if s.part == UNKNOWN]
    if unknown:
        notes.append("sections not read: " + ", ".join(unknown[:MAX_HEADINGS_NAMED]))
    cv = {"identity": identity, "sidebar": sidebar, "overview": overview, "experiences": experiences}
    return ExtractedCV(cv, extractor=EXTRACTOR_NAME, notes=notes, missing=missing, confidence=confidence)
