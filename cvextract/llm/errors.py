"""The error an LLM call raises once retries and fallbacks are exhausted."""

from __future__ import annotations

from ..errors import CvError


class LLMError(CvError):
    """The model could not be reached, refused, or answered with something unusable.

    Never swallowed: a stage that needs the model fails rather than passing its input through.
    """
