"""cvextract: consultant CVs (DOCX) -> validated JSON -> tailored JSON -> a new DOCX.

This module stays import-cheap: the per-file batch path imports only what its stage needs.
"""

__version__ = "0.1.0"
