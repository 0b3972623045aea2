"""The schema verifier: real JSON-Schema validation against the packaged CV contract."""

from __future__ import annotations

from ..contracts import CV_SCHEMA, schema_errors


def schema_problems(data) -> list[str]:
    return schema_errors(data, CV_SCHEMA)
