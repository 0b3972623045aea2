"""What a template reads: every CV path in a Jinja AST, with the line it stands on.

The template is parsed by Jinja's own parser (never compiled or run) and its tree walked with the
names each scope binds: ``{% for exp in experiences %}`` binds ``exp`` to ``experiences[]``, so
``exp.heading`` reads ``experiences[].heading``; ``{% set %}``, ``{% with %}`` and macro arguments
bind names too, and ``loop``, macros and Jinja's globals are not CV data. Attributes, subscripts
(``x['a']``, ``x[0]``), ``x.get('a')``, filters that keep the value (``first``, ``sort``,
``default``...) and ``attribute=`` arguments (``map(attribute='heading')``) extend a path.

Each read says whether the template *shows* the value (outputs it, whole or through a filter) or
only looks at it (an ``{% if %}`` test, a loop's list, ``|length``): a field that is only looked at is
still never shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import nodes

from .contract import ITEM, known_types

# Filters whose result is the value they filter (a path stays a path), and those giving one item.
_SAME_VALUE = frozenset({"sort", "reverse", "unique", "list", "default", "d", "select", "reject", "selectattr",
                         "rejectattr", "safe", "string", "e", "escape", "forceescape", "trim", "striptags", "upper",
                         "lower", "title", "capitalize", "replace", "truncate", "wordwrap", "center", "indent"})
_ONE_ITEM = frozenset({"first", "last", "random"})
_NOT_SHOWN = frozenset({"length", "count"})  # show a number, not the value
_WITH_ATTRIBUTE = frozenset({"sort", "unique", "map", "join", "sum", "min", "max", "groupby", "selectattr",
                             "rejectattr"})
_ATTRIBUTE_FIRST = frozenset({"selectattr", "rejectattr", "groupby"})  # attribute as first argument
_SELECTING = frozenset({"select", "reject"})  # their arguments pick items, they are not shown
# Methods of text, lists and dicts a template may call on a value (the value is read, not extended).
_METHODS = frozenset(n for t in (str, list, dict) for n in dir(t) if not n.startswith("_"))
_WHOLE_METHODS = frozenset({"items", "values", "keys"})


@dataclass(frozen=True)
class Read:
    path: tuple  # contract segments, ITEM for a list item
    line: int  # the line of the Jinja source (one paragraph per line)
    shown: bool


_SANDBOX_WRAPPERS = ("bounded_iter", "bounded_concat")  # cvextract.render.sandbox's checks around loops and ~


def _unwrapped(node):
    """The expression the sandbox wrapped in a checking call (the trees are those it compiles)."""
    while isinstance(node, nodes.Call) and isinstance(node.node, nodes.EnvironmentAttribute) \
            and node.node.name in _SANDBOX_WRAPPERS and len(node.args) == 1:
        node = node.args[0]
    return node


class _Walker:
    def __init__(self, not_cv: set[str]):
        self.not_cv = not_cv
        self.reads: list[Read] = []

    def record(self, path, node, shown: bool) -> None:
        if path:
            self.reads.append(Read(path, node.lineno or 0, shown))

    # -- expressions ----------------------------------------------------------------------------
    def chain(self, node, scope):
        """The path a Name/attribute/subscript chain stands for (None: not CV data), without
        recording it; ``False`` when ``node`` is not such a chain."""
        node = _unwrapped(node)
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            return None if node.name in self.not_cv else (node.name,)
        if isinstance(node, nodes.Getattr):
            base = self.value(node.node, scope)
            return None if base is None else base + (node.attr,)
        if isinstance(node, nodes.Getitem):
            base = self.value(node.node, scope)
            arg = node.arg
            if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                return None if base is None else base + (arg.value,)
            self.expr(arg, scope, shown=False)
            if base is None:
                return None
            if isinstance(arg, nodes.Slice):
                return base
            return base + (ITEM,) if known_types().get(base, "list").startswith(("list", "text")) else base
        if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Getattr) and node.node.attr == "get" \
                and node.args and isinstance(node.args[0], nodes.Const) and isinstance(node.args[0].value, str):
            base = self.value(node.node.node, scope)
            for arg in node.args[1:]:
                self.expr(arg, scope, shown=True)
            return None if base is None else base + (node.args[0].value,)
        if isinstance(node, nodes.Filter) and node.node is not None and (
                node.name in _SAME_VALUE or node.name in _ONE_ITEM or node.name == "map"):
            base = self.value(node.node, scope)
            attribute = self.filter_arguments(node, scope, base)
            if base is None:
                return None
            if node.name == "map":
                return base + (ITEM,) + attribute if attribute else base
            return base + (ITEM,) if node.name in _ONE_ITEM else base
        return False

    def value(self, node, scope):
        """The path ``node`` stands for, recording the reads inside it but not the path itself."""
        path = self.chain(node, scope)
        if path is False:
            self.expr(node, scope, shown=True)
            return None
        return path

    def filter_arguments(self, node, scope, base) -> tuple:
        """Visit a filter's arguments; return the ``attribute=`` path it reads on each item, if any."""
        attribute = None
        shown = node.name not in _WITH_ATTRIBUTE and node.name not in _SELECTING  # format(a, b) shows a, b
        for keyword in node.kwargs:
            if keyword.key == "attribute" and isinstance(keyword.value, nodes.Const):
                attribute = keyword.value.value
            else:
                self.expr(keyword.value, scope, shown=shown)
        args = list(node.args)
        if node.name in _ATTRIBUTE_FIRST and args and isinstance(args[0], nodes.Const):
            attribute = args.pop(0).value
        for arg in args:
            self.expr(arg, scope, shown=shown)
        for extra in (node.dyn_args, node.dyn_kwargs):
            if extra is not None:
                self.expr(extra, scope, shown=shown)
        if not isinstance(attribute, str) or node.name not in _WITH_ATTRIBUTE or base is None:
            return ()
        steps = tuple(ITEM if part.isdigit() else part for part in attribute.split("."))
        self.record(base + (ITEM,) + steps, node, shown=node.name == "join")
        return steps

    def expr(self, node, scope, shown: bool):
        """Record what ``node`` reads; return the path it stands for (None: not CV data)."""
        node = _unwrapped(node)
        path = self.chain(node, scope)
        if path is not False:
            self.record(path, node, shown)
            return path
        if isinstance(node, nodes.Filter):
            if node.node is not None:
                base = self.expr(node.node, scope, shown and node.name not in _NOT_SHOWN)
            else:
                base = None
            self.filter_arguments(node, scope, base)
            return None
        if isinstance(node, nodes.Test):
            self.expr(node.node, scope, shown=False)
            for child in node.args + [k.value for k in node.kwargs]:
                self.expr(child, scope, shown=False)
            return None
        if isinstance(node, nodes.Call):
            func = node.node
            if isinstance(func, nodes.Getattr) and func.attr in _METHODS:
                base = self.value(func.node, scope)
                self.record(base, node, shown or func.attr in _WHOLE_METHODS)
            else:
                self.expr(func, scope, shown=False)
            for child in node.args + [k.value for k in node.kwargs]:
                self.expr(child, scope, shown=True)
            for extra in (node.dyn_args, node.dyn_kwargs):
                if extra is not None:
                    self.expr(extra, scope, shown=True)
            return None
        if isinstance(node, nodes.CondExpr):
            self.expr(node.test, scope, shown=False)
            self.expr(node.expr1, scope, shown)
            if node.expr2 is not None:
                self.expr(node.expr2, scope, shown)
            return None
        if isinstance(node, (nodes.Compare, nodes.And, nodes.Or, nodes.Not)):
            for child in node.iter_child_nodes():
                self.expr(child, scope, shown=False)
            return None
        for child in node.iter_child_nodes():  # literals, arithmetic, concatenation, operands...
            if isinstance(child, nodes.Expr):
                self.expr(child, scope, shown)
            elif isinstance(child, (nodes.Pair, nodes.Keyword, nodes.Operand)):
                self.expr(child, scope, shown)
        return None

    # -- statements -----------------------------------------------------------------------------
    def bind(self, target, path, scope) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = path
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self.bind(item, None, scope)

    def body(self, statements, scope) -> None:
        for statement in statements:
            self.statement(statement, scope)

    def statement(self, node, scope) -> None:
        if isinstance(node, nodes.Output):
            for child in node.nodes:
                if not isinstance(child, nodes.TemplateData):
                    self.expr(child, scope, shown=True)
        elif isinstance(node, nodes.For):
            items = self.expr(node.iter, scope, shown=False)
            inner = dict(scope, loop=None)
            if items is not None and known_types().get(items) == "object":  # a loop over a dict's keys
                self.record(items, node, shown=True)
                items = None
            self.bind(node.target, None if items is None else items + (ITEM,), inner)
            if node.test is not None:
                self.expr(node.test, inner, shown=False)
            self.body(node.body, inner)
            self.body(node.else_, dict(scope))
        elif isinstance(node, nodes.If):
            self.expr(node.test, scope, shown=False)
            self.body(node.body, scope)
            for elif_ in node.elif_:
                self.statement(elif_, scope)
            self.body(node.else_, scope)
        elif isinstance(node, nodes.Assign):
            path = self.chain(node.node, scope)
            if path is False:
                self.expr(node.node, scope, shown=True)
                path = None
            else:
                self.record(path, node.node, shown=False)
            self.bind(node.target, path, scope)
        elif isinstance(node, nodes.AssignBlock):
            self.body(node.body, dict(scope))
            if node.filter is not None:
                self.filter_arguments(node.filter, scope, None)
            self.bind(node.target, None, scope)
        elif isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = dict(scope, caller=None, varargs=None, kwargs=None)
            for arg in node.args:
                self.bind(arg, None, inner)
            for default in node.defaults:
                self.expr(default, scope, shown=True)
            if isinstance(node, nodes.CallBlock):
                self.expr(node.call, scope, shown=True)
            self.body(node.body, inner)
        elif isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values):
                path = self.chain(value, scope)
                if path is False:
                    self.expr(value, scope, shown=True)
                    path = None
                else:
                    self.record(path, value, shown=False)
                self.bind(target, path, inner)
            self.body(node.body, inner)
        elif isinstance(node, nodes.FilterBlock):
            self.body(node.body, scope)
            self.filter_arguments(node.filter, scope, None)
        else:  # Scope, ExprStmt, blocks...
            for child in node.iter_child_nodes():
                if isinstance(child, nodes.Expr):
                    self.expr(child, scope, shown=True)
                else:
                    self.statement(child, scope)


def template_reads(tree: nodes.Template, not_cv: set[str]) -> list[Read]:
    """Every CV path ``tree`` reads. ``not_cv``: names that are never CV data (Jinja's globals)."""
    names = set(not_cv) | {"loop"}
    names |= {macro.name for macro in tree.find_all(nodes.Macro)}
    walker = _Walker(names)
    walker.body(tree.body, {})
    return walker.reads
