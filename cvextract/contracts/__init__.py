"""The data contracts: JSON Schema (2020-12) files shipped inside the package, and their validators."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

CV_SCHEMA = "cv.schema.json"
RESEARCH_SCHEMA = "research.schema.json"


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _validator(name: str):
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(data, name: str = CV_SCHEMA) -> list[str]:
    """Every violation of the named schema, as ``"<json path>: <message>"``, sorted by path."""
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{e.json_path.removeprefix('$.') if e.absolute_path else '(root)'}: {e.message}" for e in errors]
