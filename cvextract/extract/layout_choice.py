"""``default-docx-cv-extractor``: the reference layout's exact extractor, else the any-layout one.

A CV goes through the reference-layout rules first (:mod:`.docx_cv`: identity and sidebar in the
header, OVERVIEW and PROFESSIONAL EXPERIENCE in the body). When they read a complete CV (every
identity field, a sidebar, experiences) that is the result, exactly as before; otherwise the same
parsed parts go to the layout-independent extractor (:mod:`.any_layout`). The file is opened and
parsed once either way.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..verify.completeness import completeness_problems
from .any_layout.cv_from_blocks import ExtractedCV, cv_from_blocks
from .any_layout.docx_blocks import docx_blocks
from .any_layout.section_names import DEFAULT_NAMES, SectionNames
from .docx_cv import reference_cv
from .docx_package import open_docx

REFERENCE_EXTRACTOR = "reference-layout"


def extract_docx_any_layout(path: str | Path, *, sections: dict | None = None) -> ExtractedCV:
    """The CV in ``path``; raises UnreadableLayoutError when neither set of rules can read it.

    ``sections``: CV part -> more section names (``extract.sections`` of the batch config)."""
    with open_docx(path) as package:
        document, w = package.document()
        headers = [package.xml(name) for name in package.header_part_names()]
        reference = complete_reference(reference_cv(document, w, headers, need_sidebar=True))
        if reference is not None:
            return reference
        blocks = docx_blocks(package, document, headers)
    return cv_from_blocks(blocks, path, names=section_names(sections))


def complete_reference(reference: dict | None) -> ExtractedCV | None:
    """The reference rules' result when they read a complete CV (every identity field, a sidebar,
    experiences), else None: the file goes to the any-layout rules."""
    if reference is None or completeness_problems(reference)[0]:
        return None
    return ExtractedCV(reference, extractor=REFERENCE_EXTRACTOR)


def section_names(sections: dict | None) -> SectionNames:
    """The vocabulary with ``sections`` added (built once per distinct configuration)."""
    if not sections:
        return DEFAULT_NAMES
    return _configured_names(json.dumps(sections, sort_keys=True, ensure_ascii=False))


@lru_cache(maxsize=8)
def _configured_names(sections_json: str) -> SectionNames:
    return SectionNames(json.loads(sections_json))
