"""The data contracts: JSON Schema (2020-12) files shipped inside the package, and their validators.

Each schema is checked and compiled once per process. Valid data (the common case) is checked by
a compiled validator (fastjsonschema: generated Python code, ~50x faster than interpreting the
schema); only data it rejects goes through jsonschema's own validator (imported then), which checks
the schema and names every violation with the messages users and tests know. ``tests/test_verify.py``
checks both agree on what is valid, and that the shipped schemas are valid JSON Schema 2020-12.
"""

from __future__ import annotations

import copy
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


@lru_cache(maxsize=None)
def _fast_validator(name: str):
    import fastjsonschema  # about a tenth of jsonschema's import, which valid data then never pays

    # A copy: compile() rewrites the $refs of the schema it is given into absolute URLs, and the
    # shared schema must stay as shipped (the LLM client sends it as strict structured output).
    return fastjsonschema.compile(copy.deepcopy(load_schema(name)))


def is_valid(data, name: str = CV_SCHEMA) -> bool:
    """Whether ``data`` matches the named schema (the compiled validator's quick answer)."""
    import fastjsonschema

    try:
        _fast_validator(name)(data)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


def schema_errors(data, name: str = CV_SCHEMA) -> list[str]:
    """Every violation of the named schema, as ``"<json path>: <message>"``, sorted by path."""
    if is_valid(data, name):
        return []
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{e.json_path.removeprefix('$.') if e.absolute_path else '(root)'}: {e.message}" for e in errors]
