"""The layout-independent extractor: text blocks of any document -> the CV contract.

Readers (:mod:`.docx_blocks`, the PDF reader) produce :class:`~cvextract.extract.text_blocks.TextBlock`
items in reading order; :func:`cv_from_blocks` finds the sections, the identity, the experiences and
the sidebar lists in them, without a model.
"""

from .cv_from_blocks import ExtractedCV, cv_from_blocks

__all__ = ["ExtractedCV", "cv_from_blocks"]
