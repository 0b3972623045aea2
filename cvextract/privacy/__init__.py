"""Keeping a consultant's personal data away from the model.

Adjust prompts carry the CV with its names, e-mail addresses, phone numbers and personal URLs
replaced by placeholders (:class:`PersonalDataMask`), unless ``llm.mask_personal_data`` is false.
``openai-extractor`` must send the raw text; :func:`raw_text_warning` says so when its endpoint
is not on this machine.
"""

from __future__ import annotations

from .endpoint import is_local_endpoint, raw_text_warning
from .personal_data import PersonalDataMask

__all__ = ["PersonalDataMask", "is_local_endpoint", "raw_text_warning"]
