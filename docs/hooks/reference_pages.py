"""MkDocs hook: the configuration and command-line reference pages, generated at build time.

A page holding ``<!-- generated: config-reference -->`` gets one row per key of
``config/config.schema.json`` (type, default, limits), with the meaning from the key table of
``config/README.md`` (else the schema's description), then that README's sections on what is
searched and what is written. ``<!-- generated: cli-reference -->`` becomes the options of
``cvextract``'s argument parser and the keys each stage flag takes. Neither can drift from the code:
tests/test_docs_reference.py builds both and checks every schema key and every option is there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG_MARKER = "<!-- generated: config-reference -->"
CLI_MARKER = "<!-- generated: cli-reference -->"
CONFIG_README_SECTIONS = ("What is searched", "Outputs")


def on_page_markdown(markdown, page=None, config=None, files=None, **kwargs):
    if CONFIG_MARKER in markdown:
        markdown = markdown.replace(CONFIG_MARKER, config_reference())
    if CLI_MARKER in markdown:
        markdown = markdown.replace(CLI_MARKER, cli_reference())
    return markdown


# --- configuration -------------------------------------------------------------------------------

def schema_keys(schema: dict, prefix: str = "") -> list[tuple[str, dict]]:
    """Every key of the schema as a dotted path (``llm.max_concurrent``; ``adjust[].name`` for
    array items, ``adjust[].<param>`` for free-form keys), with its schema, parents first."""
    keys: list[tuple[str, dict]] = []
    for name, sub in schema.get("properties", {}).items():
        path = f"{prefix}{name}"
        keys.append((path, sub))
        keys.extend(_children(sub, path))
    return keys


def _children(sub: dict, path: str) -> list[tuple[str, dict]]:
    if sub.get("type") == "array" and isinstance(sub.get("items"), dict):
        items = sub["items"]
        found = schema_keys(items, f"{path}[].")
        if isinstance(items.get("additionalProperties"), dict):
            found.append((f"{path}[].<param>", items["additionalProperties"]))
        return found
    return schema_keys(sub, f"{path}.")


def _type(sub: dict) -> str:
    if "enum" in sub:
        return " or ".join(f"`{v}`" for v in sub["enum"])
    if sub.get("type") == "array" and isinstance(sub.get("items"), dict) and "enum" in sub["items"]:
        return "list of " + " / ".join(f"`{v}`" for v in sub["items"]["enum"])
    kind = sub.get("type", "any")
    return " or ".join(kind) if isinstance(kind, list) else kind


def _limits(sub: dict, required: bool) -> str:
    parts = ["required"] if required else []
    if "minimum" in sub:
        parts.append(f"≥ {sub['minimum']}")
    if sub.get("minLength"):
        parts.append("not empty")
    if sub.get("uniqueItems"):
        parts.append("no repeats")
    return ", ".join(parts)


def readme_meanings(text: str) -> dict[str, str]:
    """The ``| `key` | default | meaning |`` rows of config/README.md: key -> meaning."""
    meanings = {}
    for line in text.splitlines():
        match = re.match(r"\|\s*`([^`]+)`\s*\|[^|]*\|(.*)\|\s*$", line)
        if match:
            meanings[match.group(1)] = match.group(2).strip()
    return meanings


def readme_section(text: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    return match.group(1).strip() if match else ""


def config_reference(root: Path = ROOT) -> str:
    schema = json.loads((root / "config" / "config.schema.json").read_text("utf-8"))
    readme = (root / "config" / "README.md").read_text("utf-8")
    meanings = readme_meanings(readme)
    rows = ["| key | type | default | limits | meaning |", "|---|---|---|---|---|"]
    required_of = _required_sets(schema)
    for path, sub in schema_keys(schema):
        default = f"`{json.dumps(sub['default'])}`" if "default" in sub else ""
        meaning = meanings.get(path) or sub.get("description", "")
        required = path.rsplit(".", 1)[-1] in required_of.get(path.rsplit(".", 1)[0] if "." in path else "", ())
        rows.append(f"| `{path}` | {_type(sub)} | {default} | {_limits(sub, required)} | {meaning} |")
    parts = ["\n".join(rows)]
    for title in CONFIG_README_SECTIONS:
        parts.append(f"## {title}\n\n{readme_section(readme, title)}")
    return "\n\n".join(parts)


def _required_sets(schema: dict) -> dict[str, tuple]:
    """Parent path ('' for the top) -> the keys it requires."""
    found = {"": tuple(schema.get("required", ()))}
    for path, sub in schema_keys(schema):
        target = sub["items"] if sub.get("type") == "array" and isinstance(sub.get("items"), dict) else sub
        key = f"{path}[]" if target is not sub else path
        found[key] = tuple(target.get("required", ()))
    return found


# --- command line --------------------------------------------------------------------------------

def cli_reference() -> str:
    from cvextract.cli.arguments import KNOWN_KEYS, command_parsers

    sections = []
    for parser in command_parsers():
        rows = ["| option | takes | what it does |", "|---|---|---|"]
        for action in parser._actions:
            names = ", ".join(f"`{name}`" for name in action.option_strings) or f"`{action.metavar}`"
            takes = _takes(action)
            rows.append(f"| {names} | {takes} | {_cell(action.help or '')} |")
        title = f"`{parser.prog}`"
        intro = _cell(parser.description or "")
        sections.append(f"## {title}\n\n{intro}\n\n" + "\n".join(rows))
        if parser.epilog:
            sections.append("```text\n" + parser.epilog + "\n```")
    keys = ["## Keys of the stage flags", "",
            "Each stage flag takes `key=value` tokens; an unknown key is a usage error (exit 2). "
            "`--adjust` takes `name=` and the adjuster's own parameters (`cvextract --list adjusters`).", "",
            "| flag | keys |", "|---|---|"]
    keys += [f"| `{flag}` | {', '.join(f'`{k}`' for k in known)} |" for flag, known in KNOWN_KEYS.items()]
    sections.append("\n".join(keys))
    return "\n\n".join(sections)


def _takes(action) -> str:
    if action.choices:
        return " / ".join(f"`{c}`" for c in action.choices)
    if action.nargs == 0:
        return ""
    metavar = action.metavar or action.dest.upper()
    return f"`{metavar}`" + (" ..." if action.nargs in ("*", "+") else "")


def _cell(text: str) -> str:
    """Help text as a table cell: ``<file>`` stays text, not an HTML tag."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("|", "\\|").replace("\n", " ")
