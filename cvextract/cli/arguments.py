"""Command-line grammar: global options plus stage flags that take ``key=value`` tokens.

``--extract source=cv.docx name=default-docx-cv-extractor`` becomes ``{"source": "cv.docx", "name": ...}``.
Tokens split at the first ``=``; values may contain spaces when quoted by the shell. Every key needs a
value but the flags of FLAG_KEYS, where a bare token means ``True`` (``pdf``). ``--adjust`` repeats,
one group per adjuster, in order.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..registry import DEFAULT_EXTRACTOR, EXTRACTORS

LISTABLE = ("extractors", "adjusters", "renderers")
COMMANDS = ("report", "examples", "template")  # words that may come first; everything else starts with a flag
EXPORT_FORMATS = ("jsonresume",)  # cvextract.export.FORMATS, without importing it here
# The keys each stage flag takes (--adjust keys are checked against the adjuster's own parameters).
KNOWN_KEYS = {
    "--extract": ("source", "name", "output", "fallback"),
    "--apply": ("template", "data", "output", "pdf", "require-all-fields", "unshown-ok"),
    "--parallel": ("source", "n", "file-type", "file_type"),
}
STAGE_KEYS = ("data", "output", "guard")  # of the first --adjust group: the chain's input, its final JSON
STAGE_KEY_MEANING = {"data": "the chain's input", "output": "the chain's final JSON",
                     "guard": "the claims check's policy for the whole chain"}
FLAG_KEYS = ("pdf", "require-all-fields")  # may stand alone: ``--apply template=t.docx pdf``
MAX_WORKERS = 256  # --parallel n=: one worker process each; more would only exhaust the machine


class UsageError(Exception):
    """A command line that cannot run: exit status 2, message on one line."""


@dataclass
class Invocation:
    target: Path | None
    extract: dict | None = None
    adjust: list[dict] = field(default_factory=list)
    apply: dict | None = None
    export: list[str] = field(default_factory=list)
    parallel: dict | None = None
    list_kind: str | None = None
    log_file: Path | None = None
    debug: bool = False
    report: bool = False  # ``cvextract report --target DIR``: rebuild the batch report from disk
    examples: bool = False  # ``cvextract examples DIR``: copy the bundled examples to DIR (the target)
    template_command: list[str] | None = None  # ``cvextract template check|fields ...``: its arguments
    workers: int = 1            # --parallel n=
    mask_personal_data: bool = True

    def extractor(self) -> str:
        """The ``--extract name=`` given, else the default extractor."""
        name = (self.extract or {}).get("name")
        return name if isinstance(name, str) and name else DEFAULT_EXTRACTOR

    def fallback(self) -> str | None:
        """The ``--extract fallback=`` given: the extractor for CVs whose layout the rules cannot read."""
        name = (self.extract or {}).get("fallback")
        return name if isinstance(name, str) and name else None

    def pdf(self) -> bool:
        """``--apply ... pdf=true``: a PDF beside the document."""
        return bool(self.apply) and _flag("--apply", "pdf", self.apply.get("pdf", False))

    def require_all_fields(self) -> bool:
        """``--apply ... require-all-fields``: a contract field the template never shows is an error."""
        return bool(self.apply) and _flag("--apply", "require-all-fields", self.apply.get("require-all-fields", False))

    def unshown_ok(self) -> list[str]:
        """``--apply ... unshown-ok=a,b``: contract fields the template leaves out on purpose."""
        value = (self.apply or {}).get("unshown-ok")
        return [item.strip() for item in value.split(",") if item.strip()] if isinstance(value, str) else []

    def guard(self) -> str:
        """``--adjust ... guard=revert|fail`` (first group; config ``guard``): default revert."""
        from ..claims import check_policy
        from ..errors import ConfigError

        try:
            return check_policy((self.adjust[0] if self.adjust else {}).get("guard"))
        except ConfigError as exc:
            raise UsageError(f"--adjust: {exc.cause}") from None

    def adjust_steps(self) -> list[dict]:
        """The ``--adjust`` groups as adjust steps: the first group's ``data=``/``output=`` steer the
        stage, not a step."""
        return [{k: v for k, v in group.items() if i > 0 or k not in STAGE_KEYS}
                for i, group in enumerate(self.adjust)]


def parse_pairs(flag: str, tokens: list[str]) -> dict:
    pairs: dict = {}
    known = KNOWN_KEYS.get(flag)
    for token in tokens:
        key, sep, value = token.partition("=")
        key = key.strip()
        if not key:
            raise UsageError(f"{flag}: empty key in '{token}'")
        if known is not None and key not in known:
            raise UsageError(f"{flag}: unknown key '{key}' (known: {', '.join(known)})")
        if key not in FLAG_KEYS and not value.strip():
            raise UsageError(f"{flag}: {key} needs a value ({key}=...)")
        pairs[key] = value if sep else True
    return pairs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cvextract",
        description="Extract CVs from DOCX to JSON, adjust them with an LLM, apply them to a DOCX template.",
        epilog="Example: cvextract --extract source=cv.docx --apply template=tpl.docx --target out/\n"
               "Rebuild a batch's report from what is on disk: cvextract report --target DIR\n"
               "Copy the bundled example CVs, template and config to try: cvextract examples DIR\n"
               "Check templates against the CV contract: cvextract template check tpl.docx [more.docx ...]\n"
               "Every field a template can show: cvextract template fields\n"
               "Exit status: 0 success, 1 an error (bad input, a failed CV), 2 a usage error,\n"
               "             130 after Ctrl-C, 143 after SIGTERM of a --parallel run.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--extract", nargs="*", metavar="KEY=VALUE",
                        help="source=<file> [name=<extractor>] [output=<json>] [fallback=<extractor>: "
                             "for a CV whose layout the rules cannot read, e.g. openai-extractor]")
    parser.add_argument("--adjust", nargs="*", action="append", metavar="KEY=VALUE",
                        help="name=<adjuster> [openai-model=M] [<param>=<value> ...]; repeat to chain, in order; "
                             "the first group also takes [data=<json>] [output=<json>] [guard=revert|fail] "
                             "(an invented claim in tailored text: put the source back, or fail the CV)")
    parser.add_argument("--apply", "--render", dest="apply", nargs="*", metavar="KEY=VALUE",
                        help="template=<docx> [data=<json>] [output=<docx>] [pdf=true] [require-all-fields=true] "
                             "[unshown-ok=<field>,...]")
    parser.add_argument("--export", nargs="+", metavar="FORMAT",
                        help=f"also write the final CV JSON as: {', '.join(EXPORT_FORMATS)} (<target>/<format>/<name>.json)")
    parser.add_argument("--parallel", nargs="*", metavar="KEY=VALUE",
                        help="source=<dir> [n=<N|auto>] [file-type=<glob>]: run a batch through the Snakemake "
                             f"workflow; n: 1 to {MAX_WORKERS} or auto (the CPUs), default 1; file-type default *.docx")
    parser.add_argument("--target", type=Path, help="output folder (required unless --list)")
    parser.add_argument("--list", dest="list_kind", choices=LISTABLE, help="list the available stage implementations")
    parser.add_argument("--no-mask-personal-data", dest="mask_personal_data", action="store_false",
                        help="send the CV's names, e-mails, phone numbers and personal URLs to the model as they are "
                             "(default: placeholders; config llm.mask_personal_data)")
    parser.add_argument("--log-file", type=Path, help="write the full log (every level) to this file")
    parser.add_argument("--debug", action="store_true", help="debug logging and tracebacks")
    return parser


def build_report_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cvextract report",
                                     description="Rebuild a batch's report.html from what is on disk.")
    parser.add_argument("--target", type=Path, required=True, help="the batch's output folder")
    parser.add_argument("--debug", action="store_true", help="debug logging and tracebacks")
    return parser


def parse_report_command(argv: list[str]) -> Invocation:
    """``cvextract report --target DIR``: rewrite ``DIR/report.html`` from what a batch left there."""
    ns = build_report_parser().parse_args(argv)
    return Invocation(target=ns.target, report=True, debug=ns.debug)


def command_parsers() -> list[argparse.ArgumentParser]:
    """Every parser of the command line, for the CLI reference (docs/cli.md) and its drift test."""
    from .template_command import build_parser as build_template_parser

    template = build_template_parser()
    subcommands = next(a for a in template._actions if isinstance(a, argparse._SubParsersAction))
    return [build_parser(), build_report_parser(), build_examples_parser(), template,
            *subcommands.choices.values()]


def build_examples_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cvextract examples",
                                     description="Copy the bundled example CVs, template and batch config "
                                                 "(config.yaml) into a folder, to try and to edit.")
    parser.add_argument("dir", type=Path, metavar="DIR", help="where to put them (created when missing)")
    return parser


def parse_invocation(argv: list[str] | None) -> Invocation:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["report"]:
        return parse_report_command(argv[1:])
    if argv[:1] == ["examples"]:
        return Invocation(target=build_examples_parser().parse_args(argv[1:]).dir, examples=True)
    if argv[:1] == ["template"]:
        return Invocation(target=None, template_command=argv[1:])
    if argv and not argv[0].startswith("-"):  # argparse would ignore it under --help and exit 0
        raise UsageError(f"unknown command '{argv[0]}' (known: {', '.join(COMMANDS)}; "
                         "or stage flags such as --extract: see cvextract --help)")
    ns = build_parser().parse_args(argv)
    inv = Invocation(
        target=ns.target,
        extract=None if ns.extract is None else parse_pairs("--extract", ns.extract),
        adjust=[parse_pairs("--adjust", group) for group in (ns.adjust or [])],
        apply=None if ns.apply is None else parse_pairs("--apply", ns.apply),
        export=list(dict.fromkeys(ns.export or [])),
        parallel=None if ns.parallel is None else parse_pairs("--parallel", ns.parallel),
        list_kind=ns.list_kind,
        log_file=ns.log_file,
        debug=ns.debug,
        mask_personal_data=ns.mask_personal_data,
    )
    if inv.list_kind:
        return inv
    if inv.target is None:
        raise UsageError("--target DIR is required")
    unknown = [f for f in inv.export if f not in EXPORT_FORMATS]
    if unknown:
        raise UsageError(f"--export: unknown format '{unknown[0]}' (known: {', '.join(EXPORT_FORMATS)})")
    if inv.extract is None and not inv.adjust and inv.apply is None:
        raise UsageError("nothing to do: give --extract, --adjust and/or --apply")
    for group in inv.adjust:
        if not group.get("name"):
            raise UsageError("--adjust needs name=<adjuster>")
    for group in inv.adjust[1:]:
        taken = [key for key in STAGE_KEYS if key in group]
        if taken:
            raise UsageError(f"--adjust: {taken[0]}= goes in the first --adjust group "
                             f"({STAGE_KEY_MEANING[taken[0]]}), not in a later one")
    inv.guard()  # guard= must be revert or fail
    if inv.apply is not None and not inv.apply.get("template"):
        raise UsageError("--apply needs template=<docx>")
    inv.pdf()  # pdf= must be true or false
    inv.require_all_fields()
    if inv.parallel is None:
        if inv.extract is not None and not _value(inv.extract, "source"):
            raise UsageError("--extract needs source=<file> (or use --parallel source=<dir>)")
        if inv.extract is None:
            first = inv.adjust[0] if inv.adjust else inv.apply
            if not _value(first, "data"):
                raise UsageError("without --extract, the first stage needs data=<json>")
    else:
        if not _value(inv.parallel, "source"):
            raise UsageError("--parallel needs source=<dir>")
        if inv.extract is None:
            raise UsageError("--parallel runs the batch from the CVs: add --extract")
        inv.workers = parse_workers(inv.parallel.get("n"))
    _check_names(inv)
    return inv


def parse_workers(value) -> int:
    """``n=``: a whole number from 1 to MAX_WORKERS, or ``auto`` (the machine's CPUs); default 1."""
    if value is None:
        return 1
    if str(value).strip().lower() == "auto":
        return os.cpu_count() or 1
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= MAX_WORKERS:
        raise UsageError(f"--parallel n={value}: give a whole number from 1 to {MAX_WORKERS}, or 'auto'")
    return int(text)


def _check_names(inv: Invocation) -> None:
    """Unknown extractor or adjuster names and adjuster parameters: usage errors, before any work."""
    for key, name in (("name", inv.extractor()), ("fallback", inv.fallback())):
        if inv.extract is not None and name is not None and name not in EXTRACTORS:
            raise UsageError(f"--extract {key}={name}: unknown extractor "
                             f"(known: {', '.join(EXTRACTORS.names())})")
    if inv.adjust:
        from ..adjust import check_adjust_steps
        from ..errors import ConfigError

        try:
            check_adjust_steps(inv.adjust_steps(), require_endpoint=False)
        except ConfigError as exc:
            raise UsageError(f"--adjust: {exc}") from None


def _flag(flag: str, key: str, value) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).strip().lower() in ("true", "yes", "1", "on"):
        return True
    if str(value).strip().lower() in ("false", "no", "0", "off"):
        return False
    raise UsageError(f"{flag}: {key}={value!r}: give true or false")


def _value(pairs: dict | None, key: str) -> str | None:
    value = (pairs or {}).get(key)
    return value if isinstance(value, str) and value else None
