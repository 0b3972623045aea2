"""Reading the project's JSON files (CV data, research profiles) with one-line errors naming them."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError, ValidationError


def read_json_object(path: str | Path, kind: str = "JSON file") -> dict:
    """The JSON object in ``path``; an :class:`InputError` saying what is wrong with it otherwise."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, f"{kind} not found") from None
    except IsADirectoryError:
        raise InputError(path, f"is a directory, not a {kind}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"{kind} is not readable JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ValidationError(path, f"{kind} must hold a JSON object")
    return data
