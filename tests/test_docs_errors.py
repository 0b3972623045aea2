"""Troubleshooting lists every one-line error the code can raise, so a new error cannot ship undocumented.

The messages are found by reading cvextract/ (an AST scan, no import): every call of a CvError kind
(its ``cause``) or of the CLI's UsageError (its message) whose text is written in the code, as a
string or an f-string. An f-string's replacement fields read as ``…``: ``f"HTTP {status}: {reason}"``
is documented as `` `HTTP …: …` `` in docs/troubleshooting.md, in backticks, with what it means and
the fix. The failure lists exactly the undocumented messages, with where they are raised.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sample_cvs import PROJECT_ROOT

PAGE = PROJECT_ROOT / "docs" / "troubleshooting.md"
BASE_KINDS = {"CvError", "UsageError"}
MIN_LETTERS = 6  # a template with fewer letters of its own ("…: …", "template …") names nothing to look up


def _trees() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text("utf-8"), str(path)))
            for path in sorted((PROJECT_ROOT / "cvextract").rglob("*.py"))]


def error_kinds(trees) -> set[str]:
    """CvError, UsageError and every class derived from them, however deep."""
    kinds = set(BASE_KINDS)
    grew = True
    while grew:
        grew = False
        for _, tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in kinds and any(
                        _name(base) in kinds for base in node.bases):
                    kinds.add(node.name)
                    grew = True
    return kinds


def _name(node) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def template(node) -> str | None:
    """The message as written, ``…`` for each replacement field; None when it is not literal text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "…" for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = template(node.left), template(node.right)
        return None if left is None and right is None else (left or "…") + (right or "…")
    return None


def raised_messages() -> dict[str, list[str]]:
    """Message template -> where it is raised (``path:line``)."""
    trees = _trees()
    kinds = error_kinds(trees)
    found: dict[str, list[str]] = {}
    for path, tree in trees:
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) in kinds):
                continue
            position = 0 if _name(node.func) == "UsageError" else 1
            cause = next((k.value for k in node.keywords if k.arg == "cause"),
                         node.args[position] if len(node.args) > position else None)
            text = template(cause) if cause is not None else None
            if text is None:
                continue
            text = re.sub("…+", "…", text)
            if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
                continue
            found.setdefault(text, []).append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}")
    return found


def test_every_error_message_is_on_the_troubleshooting_page():
    page = PAGE.read_text("utf-8")
    missing = {text: where for text, where in raised_messages().items() if f"`{text}`" not in page}
    assert not missing, ("messages the code can raise that docs/troubleshooting.md does not explain "
                         "(add each, in backticks, with its meaning and fix):\n"
                         + "\n".join(f"  `{text}`  ({', '.join(where)})" for text, where in sorted(missing.items())))


def test_the_scan_finds_messages_of_every_kind():
    """The scan itself works: it sees f-strings, plain strings, subclasses and the CLI's usage errors."""
    found = raised_messages()
    assert "file not found" in found                      # InputError, a plain string
    assert "cannot write here (…)" in found               # OutputError, an f-string
    assert "cannot fetch (…)" in found                    # FetchError, a subclass of CvError
    assert "--target DIR is required" in found            # UsageError
    assert len(found) > 80
