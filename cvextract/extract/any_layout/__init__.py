"""The layout-independent extractor: text blocks of any document -> the CV contract.

Readers (:mod:`.docx_blocks`, the PDF reader) produce :class:`~cvextract.extract.text_blocks.TextBlock`
items in reading order; :func:`cv_from_blocks` finds the sections, the identity, the experiences and
the sidebar lists in them, without a model.

A reader of another format calls ``cv_from_blocks(blocks, source, names=section_names(sections))``
(:func:`cvextract.extract.layout_choice.section_names`: the vocabulary with ``extract.sections``
added) and returns its :class:`ExtractedCV`; an unreadable layout raises
:class:`~cvextract.errors.UnreadableLayoutError`, which ``extract.fallback`` hands to the model.
"""

from .cv_from_blocks import ExtractedCV, cv_from_blocks

__all__ = ["ExtractedCV", "cv_from_blocks"]
