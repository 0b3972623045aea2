"""The text of an extracted CV, piece by piece, each with where it stands.

The pieces come in the order evidence is preferred in: what the consultant did (experience bullets
and descriptions, most recent first), then each experience's environment, then the sidebar sections,
then the overview. The person's identity is never matched.
"""

from __future__ import annotations

from dataclasses import dataclass

SIDEBAR_SECTIONS = ("skills", "languages", "tools", "certifications", "industries", "spoken_languages",
                    "academic_background")


@dataclass(frozen=True)
class Piece:
    text: str
    section: str               # "experience", "sidebar" or "overview"
    field: str                 # bullets, description, environment; or the sidebar section's key
    heading: str | None = None  # the experience heading

    def where(self) -> str:
        """``experience "June 2019 – Present | Engineer" (bullets)``, ``sidebar: tools``, ``overview``."""
        if self.section == "experience":
            return f'experience "{self.heading}" ({self.field})'
        if self.section == "sidebar":
            return f"sidebar: {self.field.replace('_', ' ')}"
        return self.section

    def location(self) -> dict:
        out = {"section": self.section, "field": self.field}
        if self.heading is not None:
            out["heading"] = self.heading
        return out


def cv_pieces(cv: dict) -> list[Piece]:
    """Every piece of text the CV holds outside its identity, in evidence order."""
    pieces: list[Piece] = []
    experiences = [e for e in cv.get("experiences") or [] if isinstance(e, dict)]
    for exp in experiences:
        heading = str(exp.get("heading") or "")
        pieces += [Piece(b, "experience", "bullets", heading) for b in _strings(exp.get("bullets"))]
        pieces += [Piece(d, "experience", "description", heading) for d in _strings([exp.get("description")])]
    for exp in experiences:
        heading = str(exp.get("heading") or "")
        pieces += [Piece(e, "experience", "environment", heading) for e in _strings(exp.get("environment"))]
    sidebar = cv.get("sidebar") if isinstance(cv.get("sidebar"), dict) else {}
    for key in (*SIDEBAR_SECTIONS, *sorted(set(sidebar) - set(SIDEBAR_SECTIONS))):
        pieces += [Piece(item, "sidebar", key) for item in _strings(sidebar.get(key))]
    pieces += [Piece(text, "overview", "overview") for text in _strings([cv.get("overview")])]
    return pieces


def _strings(values) -> list[str]:
    return [v for v in values or [] if isinstance(v, str) and v.strip()]
