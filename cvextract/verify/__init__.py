"""Verifiers: schema (JSON Schema), completeness (errors vs warnings), roundtrip (render -> re-extract).

``verify_extraction`` is what every extraction runs: schema, then completeness. It raises
:class:`~cvextract.errors.ValidationError` on errors (so no JSON gets written) and returns warnings.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ValidationError
from .completeness import completeness_problems
from .schema import schema_problems


def verify_schema(data, source: str | Path) -> None:
    problems = schema_problems(data)
    if problems:
        raise ValidationError(source, "does not match the CV schema: " + "; ".join(problems[:3])
                              + (f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""), problems)


def verify_extraction(data, source: str | Path) -> list[str]:
    """Schema, then completeness. Returns the warnings; raises on any error."""
    verify_schema(data, source)
    errors, warnings = completeness_problems(data)
    if errors:
        raise ValidationError(source, "incomplete CV: " + "; ".join(errors), errors)
    return warnings


__all__ = ["verify_schema", "verify_extraction", "schema_problems", "completeness_problems"]
