"""``cvextract template check|fields``: for template authors.

``check tpl.docx [more.docx ...]`` prints, for each template, the CV paths each part reads, the
unknown ones with the nearest known path, the contract fields it never shows and Word's traps, then
renders the sample CV through it (written only with ``--sample out.docx``); exit 0 when every
template is clean, 1 on any error. ``fields`` prints every path of the CV contract with its type and
an example value (``--markdown``: the table of docs/templates.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import CvError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cvextract template", description="Check Word templates against the CV contract; list its fields.",
        epilog="Exit status: 0 every template is clean, 1 an error in one of them, 2 a usage error.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="{check,fields}")
    check = commands.add_parser(
        "check", help="what each template reads, unknown variables, fields never shown, Word's traps, "
                      "and a sample CV rendered through it",
        description="For each template: the CV paths it reads (per part), unknown ones with the nearest known "
                    "path, the contract fields it never shows, Word's traps; then the sample CV rendered "
                    "through it (nothing written unless --sample).")
    check.add_argument("templates", nargs="+", type=Path, metavar="TEMPLATE.docx")
    check.add_argument("--sample", type=Path, metavar="OUT.docx",
                       help="write the sample CV rendered through the (single) template here")
    check.add_argument("--require-all-fields", action="store_true",
                       help="a contract field the template never shows is an error (config apply.require-all-fields)")
    check.add_argument("--unshown-ok", default="", metavar="FIELD,...",
                       help="contract fields left out on purpose (config apply.unshown-ok)")
    fields = commands.add_parser("fields", help="every path of the CV contract, its type and an example value",
                                 description="Every path a template can read, its type and an example value.")
    fields.add_argument("--markdown", action="store_true", help="as the Markdown table of docs/templates.md")
    return parser


def template_main(argv: list[str]) -> int:
    ns = build_parser().parse_args(argv)
    if ns.command == "fields":
        from ..template_fields.contract import fields_markdown, fields_text

        print(fields_markdown() if ns.markdown else fields_text(), end="")
        return 0
    if ns.sample is not None and len(ns.templates) > 1:
        build_parser().error("--sample takes one template")
    unshown_ok = [item.strip() for item in ns.unshown_ok.split(",") if item.strip()]
    failed = 0
    for template in ns.templates:
        failed += not check_one(template, sample=ns.sample, unshown_ok=unshown_ok,
                                require_all_fields=ns.require_all_fields)
    return 1 if failed else 0


def _print_lines(title: str, lines: list[str]) -> None:
    print(f"  {title}:")
    for line in lines:
        print(f"    {line}")


def check_one(template: Path, *, sample: Path | None, unshown_ok, require_all_fields: bool) -> bool:
    """Print the check of one template; True when it is clean."""
    from ..render.template_check import SAMPLE_CV
    from ..template_fields import analyse_template

    print(f"{template}")
    try:
        fields = analyse_template(template, unshown_ok=unshown_ok, require_all_fields=require_all_fields)
    except CvError as exc:
        _print_lines("errors", [line.removeprefix(f"{template}: ") for line in str(exc).splitlines()])
        print(f"  result: FAILED ({template} cannot be used)")
        return False
    _print_lines("reads", [f"{where}: {', '.join(paths)}" for where, paths in fields.reads.items()] or ["nothing"])
    unknown = fields.bad_options + fields.unknown
    _print_lines("unknown variables", unknown or ["none"])
    strict = " (an error: apply.require-all-fields is on)" if fields.require_all_fields else ""
    _print_lines("never shows", [", ".join(fields.unshown) + strict] if fields.unshown
                 else ["nothing: every field is shown"])
    traps = [line for line in fields.errors() if line not in unknown and "never shows" not in line]
    _print_lines("Word's traps", traps + [f"note: {line}" for line in fields.notes()] or ["none"])
    errors = fields.errors()
    if not errors:
        from ..render.docx_template import render_document

        try:
            document = render_document(SAMPLE_CV, template)
        except CvError as exc:
            errors = [str(exc).removeprefix(f"{template}: ")]
            _print_lines("sample CV", [f"error: {errors[0]}"])
        else:
            if sample is not None:
                from ..atomic import write_bytes

                write_bytes(sample, document)
                _print_lines("sample CV", [f"rendered, written to {sample}"])
            else:
                _print_lines("sample CV", [f"rendered ({len(document):,} bytes; --sample OUT.docx writes it)"])
    else:
        _print_lines("sample CV", ["not rendered (errors above)"])
    if errors:
        print(f"  result: FAILED, {len(errors)} error(s)")
        return False
    print("  result: OK" + (f", {len(fields.warnings())} warning(s)" if fields.warnings() else ""))
    return True
