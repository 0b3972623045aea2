"""docs/templates.md agrees with the code: its field table is what ``cvextract template fields
--markdown`` prints from the CV schema, and every trap, config key and check line it shows is one
the check produces."""

from __future__ import annotations

import re

from cli_runs import cli
from cvextract.contracts import CV_SCHEMA, load_schema
from sample_cvs import PROJECT_ROOT
from test_template_fields import NAME_LINE, TOOLS_LINE
from test_template_traps import ERRORS

GUIDE = PROJECT_ROOT / "docs" / "templates.md"


def _guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def _schema_paths(node: dict, schema: dict, prefix: str = "") -> list[str]:
    """Every property path of the schema, read independently of cvextract.template_fields."""
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    paths = []
    for alt in node.get("oneOf", [node]):
        alt = schema["$defs"][alt["$ref"].rsplit("/", 1)[1]] if "$ref" in alt else alt
        if alt.get("type") == "object":
            for name, child in alt["properties"].items():
                path = f"{prefix}.{name}" if prefix else name
                paths.append(path)
                paths += _schema_paths(child, schema, path)
        elif alt.get("type") == "array" and alt["items"].get("type") == "object":
            paths += _schema_paths(alt["items"], schema, prefix + "[]")
    return paths


def test_the_field_table_is_what_template_fields_prints(capsys) -> None:
    table = re.search(r"<!-- fields:start -->\n(.*?)<!-- fields:end -->", _guide(), re.S).group(1)
    code, out, _ = cli(capsys, "template", "fields", "--markdown")
    assert code == 0
    assert table == out, "docs/templates.md is stale: paste `cvextract template fields --markdown` into it"


def test_the_field_table_lists_every_schema_path() -> None:
    table = re.search(r"<!-- fields:start -->\n(.*?)<!-- fields:end -->", _guide(), re.S).group(1)
    listed = re.findall(r"^\| `([^`]+)` \|", table, re.M)
    schema = load_schema(CV_SCHEMA)
    assert listed == _schema_paths(schema, schema)


def test_the_guide_shows_the_lines_the_check_prints() -> None:
    guide = _guide()
    assert f"ERROR: tpl.docx: {NAME_LINE}" in guide and f"ERROR: tpl.docx: {TOOLS_LINE}" in guide
    for name, (_, lines) in ERRORS.items():
        for line in lines:
            message = line.removeprefix("body: ").split(" (near '")[0]
            message = re.sub(r"\{% (for|if) %\} opened in .*", "", message)
            assert message in guide, name
    for key in ("unshown-ok", "require-all-fields", "cvextract template check", "cvextract template fields",
                "scripts/bench_template_check.py"):
        assert key in guide
