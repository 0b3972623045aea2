"""The sidebar lists (skills, programming languages, tools, certifications, industries, spoken
languages, academic background) from their sections and from labelled lines anywhere outside the
experiences ("Tools: Git, Docker; Jira").

Items are split on "," ";" "|" and bullet dots; academic background keeps one item per line (a
degree's line often holds a comma). A bare "Languages" section means programming languages only
when the CV also has a spoken-languages section.
"""

from __future__ import annotations

import re

from .headings import Section, typed_bullet
from .section_names import SIDEBAR_PARTS, SectionNames

_ITEM_SEPARATORS = re.compile("[,;|\u2022\u00b7\u2027\u2219\u25cf]")
_LINE_SEPARATORS = re.compile("[;|\u2022\u00b7\u2027\u2219\u25cf]")
_BARE_LANGUAGES = "languages"


def find_sidebar(sections: list[Section], names: SectionNames) -> dict[str, list[str]]:
    """All seven sidebar keys, in the contract's order."""
    sidebar: dict[str, list[str]] = {key: [] for key in SIDEBAR_PARTS}
    explicit_spoken = any(s.part == "spoken_languages" and s.heading_key != _BARE_LANGUAGES for s in sections)
    for section in sections:
        if section.part == "experience":
            continue
        part = section.part
        if part == "spoken_languages" and section.heading_key == _BARE_LANGUAGES and explicit_spoken:
            part = "languages"
        for block in section.blocks:
            labelled = names.label(block.text)
            if labelled and labelled[0] in sidebar:
                _add(sidebar, labelled[0], labelled[1])
            elif part in sidebar:
                _add(sidebar, part, typed_bullet(block.text) or block.text)
    return sidebar


def _add(sidebar: dict[str, list[str]], part: str, text: str) -> None:
    separators = _LINE_SEPARATORS if part == "academic_background" else _ITEM_SEPARATORS
    for piece in separators.split(text):
        item = piece.strip()
        if item and item not in sidebar[part]:
            sidebar[part].append(item)
