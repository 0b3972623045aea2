"""The ``response_format`` values tried in order: json_schema, then json_object, then none; and
what a server turned down, learned once per batch.

Strict structured output accepts only a subset of JSON Schema (every object closed, every property
required, no ``oneOf``/``minLength``…). :func:`strict_schema` rewrites a schema into that subset
when it can; otherwise the schema is sent non-strict, as guidance.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from pathlib import Path

# Keywords strict mode rejects; the answer is still validated against the full schema afterwards.
_STRICT_DROPPED = {"$schema", "$id", "minLength", "maxLength", "uniqueItems", "minProperties",
                   "maxProperties", "patternProperties", "unevaluatedProperties", "default", "examples"}
_META = {"$schema", "$id"}


def _inline_refs(node, defs: dict, depth: int = 0):
    """Replace local ``#/$defs/x`` references by their target (non-recursive schemas only)."""
    if depth > 32:
        raise ValueError("recursive $ref")
    if isinstance(node, list):
        return [_inline_refs(n, defs, depth) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        match = re.fullmatch(r"#/\$defs/([^/]+)", node["$ref"])
        if not match or match.group(1) not in defs:
            raise ValueError(f"unsupported $ref {node['$ref']}")
        target = _inline_refs(defs[match.group(1)], defs, depth + 1)
        siblings = {k: _inline_refs(v, defs, depth) for k, v in node.items() if k != "$ref"}
        return {**target, **siblings}
    return {k: _inline_refs(v, defs, depth) for k, v in node.items() if k != "$defs"}


def _strictify(node) -> dict | list:
    if isinstance(node, list):
        return [_strictify(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in _STRICT_DROPPED:
            continue
        if key == "oneOf":
            key = "anyOf"
        if key in ("properties",):
            out[key] = {name: _strictify(sub) for name, sub in value.items()}
        else:
            out[key] = _strictify(value)
    if out.get("type") == "object" or "properties" in out:
        props = out.get("properties", {})
        if out.get("additionalProperties") is not False or set(out.get("required", [])) != set(props):
            raise ValueError("object with optional or additional properties")
    return out


def strict_schema(schema: dict) -> dict | None:
    """``schema`` rewritten for strict structured output, or ``None`` if it cannot be.

    Worked out once per distinct schema (keyed by its JSON text, which keeps the property order
    models answer in; a few schemas per process); the result is shared: callers must not change it."""
    return _strict_for(json.dumps(schema))


@functools.lru_cache(maxsize=16)
def _strict_for(schema_text: str) -> dict | None:
    schema = json.loads(schema_text)
    try:
        return _strictify(_inline_refs(schema, schema.get("$defs", {})))
    except ValueError:
        return None


def response_formats(schema: dict | None, name: str) -> list[dict | None]:
    """The formats to try, best first; ``None`` means "no response_format, parse the text"."""
    formats: list[dict | None] = []
    if schema is not None:
        strict = strict_schema(schema)
        loose = {k: v for k, v in schema.items() if k not in _META}
        formats.append({"type": "json_schema", "json_schema": {
            "name": re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64],
            "schema": strict if strict is not None else loose,
            "strict": strict is not None,
        }})
    formats += [{"type": "json_object"}, None]
    return formats


class ServerQuirks:
    """What one server (endpoint + model) turned down, learned once and remembered by the process.

    Kept in ``<cache_dir>/server-quirks.json`` too when there is an answer cache, so the other
    processes of a batch (pool workers, cluster jobs) do not each learn it again with a failed call.
    """

    FILE = "server-quirks.json"

    def __init__(self, server: str, cache_dir=None):
        self.server = server
        self.path = None if cache_dir is None else Path(cache_dir) / self.FILE
        self.rejected: set[str] = set()   # "json_schema", "json_object", "temperature", "stream_options"
        self.loaded = False

    def load(self) -> None:
        if self.loaded or self.path is None:
            self.loaded = True
            return
        self.loaded = True
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        known = data.get(self.server) if isinstance(data, dict) else None
        if isinstance(known, list):
            self.rejected.update(str(item) for item in known)

    def reject(self, what: str) -> None:
        with _quirks_lock:
            if what in self.rejected:
                return
            self.rejected.add(what)
            if self.path is None:
                return
            from ..atomic import write_json

            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                data = data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                data = {}
            data[self.server] = sorted(set(data.get(self.server) or []) | self.rejected)
            try:
                write_json(self.path, data)
            except OSError:
                pass  # only a memo: the next process learns it again

    def usable(self, formats: list[dict | None]) -> list[dict | None]:
        """``formats`` without the ones this server turned down (never empty: ``None`` stays)."""
        return [f for f in formats if f is None or f["type"] not in self.rejected]


_quirks: dict[tuple, ServerQuirks] = {}
_quirks_lock = threading.RLock()


def server_quirks(base_url: str | None, model: str, cache_dir=None) -> ServerQuirks:
    key = (base_url, model, str(cache_dir) if cache_dir else None)
    with _quirks_lock:
        quirks = _quirks.get(key)
        if quirks is None:
            quirks = _quirks[key] = ServerQuirks(f"{base_url or 'api.openai.com'} {model}", cache_dir)
            quirks.load()
        return quirks


def forget_server_quirks(cache_dir=None) -> None:
    """At the start of a batch: a server may have changed since the last one (learned again, once)."""
    if cache_dir is not None:
        Path(cache_dir, ServerQuirks.FILE).unlink(missing_ok=True)
    with _quirks_lock:
        _quirks.clear()
