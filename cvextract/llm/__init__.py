"""Talking to an OpenAI-compatible Chat Completions endpoint.

Importing this package does not import the ``openai`` SDK; :func:`ask_json` does, when called.
"""

from __future__ import annotations

from .client import ask_json
from .errors import LLMError
from .settings import DEFAULT_MODEL, LLMSettings, check_llm_settings, settings_from_env

__all__ = ["ask_json", "LLMError", "LLMSettings", "check_llm_settings", "settings_from_env", "DEFAULT_MODEL"]
