"""A template checked against the CV contract: what it reads, what is unknown, what it never shows,
Word's traps. Runs on the parts :mod:`cvextract.render.compiled_template` prepared (no second
reading of the file); parses, never renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import TemplateError

from ..render.template_parts import CORE_PROPERTIES
from .contract import ITEM, dotted, leaf_fields, parse_dotted, suggestion, unknown_prefix
from .traps import ERROR, MAX_LINES, NOTE, Trap, template_traps
from .variables import template_reads
from .where import SourceLines, part_kinds

CORE_KIND = "document properties"


@dataclass
class TemplateFields:
    """The analysis of one template."""

    path: Path
    reads: dict[str, list[str]] = field(default_factory=dict)  # where -> paths read there
    unknown: list[str] = field(default_factory=list)  # one line each (without the template's path)
    unshown: list[str] = field(default_factory=list)  # contract fields no part shows
    traps: list[Trap] = field(default_factory=list)
    bad_options: list[str] = field(default_factory=list)  # apply.unshown-ok entries not in the contract
    require_all_fields: bool = False

    def _unshown_line(self) -> str:
        fields = ", ".join(self.unshown)
        if self.require_all_fields:
            return f"the template never shows {fields} (apply.require-all-fields is on)"
        return (f"the template never shows {fields}: its documents leave them out "
                "(list them under apply.unshown-ok, or --apply unshown-ok=, when that is on purpose)")

    def errors(self) -> list[str]:
        """One line each (without the template's path): the template must not render."""
        return (self.bad_options + self.unknown + [t.line() for t in self.traps if t.severity == ERROR]
                + ([self._unshown_line()] if self.unshown and self.require_all_fields else []))

    def warnings(self) -> list[str]:
        return [self._unshown_line()] if self.unshown and not self.require_all_fields else []

    def notes(self) -> list[str]:
        return [t.line() for t in self.traps if t.severity == NOTE]


def _strip_items(path: tuple) -> tuple:
    while path and path[-1] == ITEM:
        path = path[:-1]
    return path


def analyse_parts(path: Path, parts, trees: dict, env, *, unshown_ok=(), require_all_fields=False) -> TemplateFields:
    """Analyse the Jinja parts of a template (see :mod:`cvextract.render.template_parts`).

    ``trees``: the Jinja tree of each part (by name) and core property (by property name), as
    parsed to compile them; ``env``: the environment the template renders in (its globals). Raises
    RecursionError for a tree too deep to walk."""
    kinds = part_kinds(parts)
    result = TemplateFields(Path(path), require_all_fields=require_all_fields)
    result.traps = template_traps(parts, kinds)
    not_cv = set(env.globals)
    located: list[tuple[str, object]] = []  # (where, Read)
    for part in parts:
        lines = SourceLines(kinds[part.name], part.jinja_source)
        for read in template_reads(trees[part.name], not_cv):
            located.append((lines.at(read.line), read))
    for prop in CORE_PROPERTIES:
        located += [(CORE_KIND, read) for read in template_reads(trees[prop], not_cv)]
    shown: set[tuple] = set()
    reads: dict[str, dict[str, None]] = {}  # where -> paths, in order
    for where, read in located:
        reads.setdefault(where, {})[dotted(_strip_items(read.path))] = None
        if read.shown:
            shown.add(_strip_items(read.path))
    result.reads = {where: list(paths) for where, paths in reads.items()}
    result.unknown = _unknown_lines(located)
    ok = set()
    for entry in unshown_ok:
        entry_path = parse_dotted(str(entry))
        if unknown_prefix(entry_path) is not None:
            near = suggestion(entry_path)
            result.bad_options.append(f"apply.unshown-ok: {entry} is not in the CV contract"
                                      + (f" (did you mean {near}?)" if near else ""))
        ok.add(_strip_items(entry_path))
    shown_below = {path[:end] for path in shown for end in range(1, len(path) + 1)}  # a character, say
    for leaf in leaf_fields():
        covered = leaf.path in shown_below or any(leaf.path[:end] in shown for end in range(1, len(leaf.path) + 1))
        if not covered and leaf.path not in ok:
            result.unshown.append(leaf.name)
    return result


def _unknown_lines(located) -> list[str]:
    """One line per unknown path and place; a typo in a loop's list is named once, not once per use."""
    groups: dict[tuple, dict[tuple, None]] = {}  # (where, unknown prefix) -> the paths read, in order
    for where, read in located:
        prefix = unknown_prefix(read.path)
        if prefix is not None:
            groups.setdefault((where, prefix), {})[_strip_items(read.path)] = None
    lines: list[str] = []
    unknown = [(where, path) for (where, prefix), paths in groups.items()
               for path in ([prefix] if prefix in paths else paths)]
    for where, path in unknown[:MAX_LINES]:  # a suggestion costs: a hostile template names a million
        near = suggestion(path)
        lines.append(f"{where}: {dotted(path)} is not in the CV contract"
                     + (f" (did you mean {near}?)" if near and near != dotted(path) else ""))
    if len(unknown) > MAX_LINES:
        lines.append(f"...: and {len(unknown) - MAX_LINES} more paths not in the CV contract")
    return lines


def problems_error(path: str | Path, lines: list[str]) -> TemplateError:
    """One TemplateError holding several problems, one line each, each naming the template."""
    return TemplateError(path, f"\n{path}: ".join(lines))


def _file_traps(path: Path) -> list[Trap]:
    """The traps of a template that did not compile, read again from the file."""
    from ..render.template_file import open_docx_template, read_template
    from ..render.template_parts import jinja_parts

    tpl = open_docx_template(read_template(path))
    tpl.render_init()
    parts = list(jinja_parts(tpl))
    return template_traps(parts, part_kinds(parts))


def analyse_template(path: str | Path, *, unshown_ok=(), require_all_fields: bool = False) -> TemplateFields:
    """Analyse the template at ``path`` (prepared once per process: rendering then reuses it).

    Raises TemplateError when it cannot be prepared (not a DOCX, too large, a Jinja syntax error...),
    naming Word's traps instead when they are the cause, one line each."""
    from ..render.compiled_template import compiled_template

    path = Path(path)
    try:
        compiled = compiled_template(path)
    except TemplateError as failure:
        try:
            traps = [t for t in _file_traps(path) if t.severity == ERROR]
        except TemplateError:
            traps = []
        if traps:
            raise problems_error(path, [t.line() for t in traps]) from None
        raise failure
    try:
        return analyse_parts(path, compiled.parts, compiled.trees, compiled.environment,
                             unshown_ok=unshown_ok, require_all_fields=require_all_fields)
    except RecursionError:
        raise TemplateError(path, "template too deeply nested to check its variables") from None


__all__ = ["TemplateFields", "analyse_parts", "analyse_template", "problems_error"]
