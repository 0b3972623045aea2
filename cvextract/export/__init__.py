"""Exports: the final CV JSON in formats other tools read.

``FORMATS`` maps each ``export:`` name (config) / ``--export`` name (CLI) to its converter.
"""

from __future__ import annotations

from .jsonresume import to_json_resume

FORMATS = {"jsonresume": to_json_resume}

__all__ = ["FORMATS", "to_json_resume"]
