"""The CV contract as a template sees it: every path a template can read, its type and an example.

A path is written as a template author reads it: ``identity.full_name``, ``experiences[].heading``
(``[]``: each item of a list). As segment tuples: ``("experiences", ITEM, "heading")``. Paths come
from the CV JSON schema (:data:`cvextract.contracts.CV_SCHEMA`), examples from the sample CV the
start-up check renders (:data:`cvextract.render.template_check.SAMPLE_CV`).
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import lru_cache

from ..contracts import CV_SCHEMA, load_schema

ITEM = "[]"  # one item of a list


def dotted(path: tuple) -> str:
    """``("experiences", ITEM, "heading")`` -> ``experiences[].heading``."""
    text = ""
    for segment in path:
        text += segment if segment == ITEM else (f".{segment}" if text else str(segment))
    return text


def parse_dotted(text: str) -> tuple:
    """The segments of a dotted path (``experiences[].heading``), the inverse of :func:`dotted`."""
    segments: list[str] = []
    for name in text.split("."):
        items = 0
        while name.endswith(ITEM):
            name, items = name[:-2], items + 1
        segments += [name] + [ITEM] * items
    return tuple(segments)


@dataclass(frozen=True)
class Field:
    """One path of the contract."""

    path: tuple
    type: str  # text, list of text, list of text or null, list of objects, object
    example: object  # the sample CV's value

    @property
    def name(self) -> str:
        return dotted(self.path)

    @property
    def leaf(self) -> bool:
        """A value a template shows (not an object or a list of objects, which hold fields)."""
        return self.type not in ("object", "list of objects")

    def example_text(self, limit: int = 60) -> str:
        text = json.dumps(self.example, ensure_ascii=False)
        return text if len(text) <= limit else text[:limit - 1] + "…"


def _schema_node(node: dict, schema: dict) -> dict:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return _schema_node(schema["$defs"][ref.rsplit("/", 1)[1]], schema)
    return node


def _alternatives(node: dict, schema: dict) -> list[dict]:
    node = _schema_node(node, schema)
    choices = node.get("oneOf") or node.get("anyOf")
    if choices:
        return [alt for choice in choices for alt in _alternatives(choice, schema)]
    return [node]


def _type_name(node: dict, schema: dict) -> str:
    names = []
    for alt in _alternatives(node, schema):
        kind = alt.get("type")
        if kind == "array":
            item = _type_name(alt.get("items", {}), schema)
            names.append("list of objects" if item == "object" else f"list of {item}")
        else:
            names.append({"string": "text", "object": "object", "null": "null", "integer": "number",
                          "number": "number", "boolean": "true/false"}.get(kind, str(kind)))
    return " or ".join(names)


def _example(path: tuple):
    from ..render.template_check import SAMPLE_CV

    values = [SAMPLE_CV]
    for segment in path:
        nxt = []
        for value in values:
            if segment == ITEM and isinstance(value, list):
                nxt += value
            elif isinstance(value, dict) and segment in value:
                nxt.append(value[segment])
        values = nxt
    return next((v for v in values if v not in (None, [], "")), values[0] if values else None)


@lru_cache(maxsize=None)
def contract_fields() -> tuple[Field, ...]:
    """Every path of the CV contract, in the schema's order (parents before their fields)."""
    schema = load_schema(CV_SCHEMA)
    fields: list[Field] = []

    def walk(node: dict, path: tuple) -> None:
        for alt in _alternatives(node, schema):
            if alt.get("type") == "object":
                for name, child in alt.get("properties", {}).items():
                    fields.append(Field(path + (name,), _type_name(child, schema), _example(path + (name,))))
                    walk(child, path + (name,))
            elif alt.get("type") == "array":
                item = _alternatives(alt.get("items", {}), schema)
                if any(i.get("type") == "object" for i in item):
                    walk(alt["items"], path + (ITEM,))

    walk(schema, ())
    return tuple(fields)


@lru_cache(maxsize=None)
def known_types() -> dict[tuple, str]:
    return {f.path: f.type for f in contract_fields()}


def unknown_prefix(path: tuple) -> tuple | None:
    """The shortest prefix of ``path`` that is not in the contract, or None when every step is.

    ``[]`` after a list is its item, after text a character (``identity.full_name[0]``); a step
    below text, or below a list without ``[]``, is unknown."""
    known = known_types()
    kind = "object"  # the type of the value the path has reached
    for end in range(1, len(path) + 1):
        prefix = path[:end]
        if prefix in known:
            kind = known[prefix]
        elif path[end - 1] == ITEM and kind.startswith("list of objects"):
            kind = "object"
        elif path[end - 1] == ITEM and (kind.startswith("list") or kind == "text"):
            kind = "text"
        else:
            return prefix
    return None


def suggestion(path: tuple) -> str | None:
    """The nearest contract path to ``path`` (difflib's ratio), for "did you mean ...?"."""
    names = [f.name for f in contract_fields()]
    found = difflib.get_close_matches(dotted(path), names, n=1, cutoff=0.6)
    return found[0] if found else None


def leaf_fields() -> list[Field]:
    return [f for f in contract_fields() if f.leaf]


def fields_text() -> str:
    """Every contract path, its type and an example, as aligned text (``cvextract template fields``)."""
    fields = contract_fields()
    width = max(len(f.name) for f in fields) + 2
    kinds = max(len(f.type) for f in fields) + 2
    lines = [f"{'path':<{width}}{'type':<{kinds}}example"]
    lines += [f"{f.name:<{width}}{f.type:<{kinds}}{f.example_text() if f.leaf else ''}".rstrip() for f in fields]
    return "\n".join(lines) + "\n"


def fields_markdown() -> str:
    """The same as a Markdown table (docs/templates.md holds it; a test compares the two)."""
    lines = ["| path | type | example |", "|---|---|---|"]
    for f in contract_fields():
        example = f.example_text().replace("|", "\\|") if f.leaf else ""
        lines.append(f"| `{f.name}` | {f.type} | {example} |")
    return "\n".join(lines) + "\n"
