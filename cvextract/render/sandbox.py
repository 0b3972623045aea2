"""The Jinja environment templates render in: sandboxed, autoescaped, bounded in time and memory.

A template is untrusted input (it comes from customers and colleagues), so it must not be able to
run code, hang a batch or eat the machine's memory:

* **No code.** Jinja's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` refuses internal
  attributes (``cycler.__init__.__globals__``...), unsafe callables and changes to lists and dicts
  (so a template cannot grow a list in a loop).
* **Bounded memory.** Every value a template makes is capped at :data:`MAX_VALUE_CHARS` characters or
  items: ``*`` and ``+`` of strings and lists are checked before they run, ``**`` is refused past
  :data:`MAX_POWER_BITS`, and every call, filter and ``~`` concatenation checks its result; a call
  or filter is refused an integer argument beyond :data:`MAX_INT_ARGUMENT` (``center(10**9)``,
  ``lipsum(10**6)``) and ``range`` is Jinja's sandboxed one (at most 100,000 items). The rendered
  text of one part is capped at :data:`MAX_OUTPUT_CHARS`.
* **Bounded time.** :func:`render_budget` sets a deadline (:data:`RENDER_SECONDS`, or
  ``CVEXTRACT_RENDER_SECONDS``) for one document; it is checked on every call (macros included),
  every loop iteration and every piece of output, so nested loops and runaway recursion stop.
  Deep recursion ends as a :class:`RenderLimitError` too.

Every refusal is a :class:`RenderLimitError` or Jinja's :class:`~jinja2.exceptions.SecurityError`;
:mod:`.docx_template` turns both into one line naming the template.
"""

from __future__ import annotations

import codecs
import os
import re
import threading
import time
from collections.abc import Sized
from contextlib import contextmanager
from functools import update_wrapper

from jinja2 import ChainableUndefined, Template, nodes
from jinja2.exceptions import SecurityError, TemplateRuntimeError
from jinja2.sandbox import ImmutableSandboxedEnvironment

RENDER_SECONDS = 20.0  # one whole document; a normal one takes milliseconds
MAX_VALUE_CHARS = 2_000_000  # one string or list a template builds
MAX_OUTPUT_CHARS = 20_000_000  # the rendered XML of one part
MAX_INT_ARGUMENT = 100_000  # an integer handed to a call or filter (a width, a count)
MAX_POWER_BITS = 4096  # the size of an integer ``**`` may produce
_CHECK_EVERY = 64  # loop iterations between two clock reads


class RenderLimitError(TemplateRuntimeError):
    """A template went past one of the sandbox's limits (time, size, recursion)."""


_state = threading.local()


def render_seconds() -> float:
    value = os.environ.get("CVEXTRACT_RENDER_SECONDS", "")
    try:
        seconds = float(value)
    except ValueError:
        return RENDER_SECONDS
    return seconds if seconds > 0 else RENDER_SECONDS


@contextmanager
def render_budget(seconds: float | None = None):
    """Give the renders inside this block (this thread) a common deadline."""
    seconds = render_seconds() if seconds is None else seconds
    outer = getattr(_state, "deadline", None)
    _state.deadline = time.monotonic() + seconds
    _state.seconds = seconds
    try:
        yield
    finally:
        _state.deadline = outer


def check_deadline() -> None:
    deadline = getattr(_state, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise RenderLimitError(f"rendering took longer than {_state.seconds:g} s (a loop or recursion "
                               "that does not end?)")


def _is_jinja_context(value) -> bool:
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context

    return isinstance(value, (Context, EvalContext, TemplateSandbox))


def _size(value) -> int:
    if isinstance(value, (str, bytes, list, tuple, dict, set, frozenset)):
        return len(value)
    return 0


def _check_value(value, what: str):
    if _size(value) > MAX_VALUE_CHARS:
        raise RenderLimitError(f"{what} made a value larger than {MAX_VALUE_CHARS:,} characters or "
                               "items (the template sandbox's limit)")
    return value


def _check_arguments(args, kwargs, what: str) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT_ARGUMENT:
            raise RenderLimitError(f"{what} was given {value}, beyond the template sandbox's limit "
                                   f"of {MAX_INT_ARGUMENT:,}")


# A width or precision of a million or more in a %-format or a {}-format spec.
_HUGE_FORMAT_WIDTH = re.compile(r"%[-#0 +]*(?:\d{7,}|\d*\.\d{7,})|\{[^{}]*:[^{}]*\d{7,}")


def _check_format(fmt, what: str) -> None:
    if isinstance(fmt, str) and _HUGE_FORMAT_WIDTH.search(fmt):
        raise RenderLimitError(f"{what}: a format width of a million or more is beyond the template "
                               "sandbox's limit")


def _check_growth(name: str, args, kwargs, what: str) -> None:
    """Refuse, before they run, the operations whose result can be far larger than their inputs."""
    if name == "join" and len(args) >= 2:  # filter: (items, separator); str.join: (separator, items)
        first, second = args[0], args[1]
        items, separator = (second, first) if isinstance(first, str) and not isinstance(second, str) \
            else (first, second)
        if isinstance(separator, str) and _size(items) * len(separator) > MAX_VALUE_CHARS:
            raise RenderLimitError(f"{what} would make a value larger than {MAX_VALUE_CHARS:,} characters")
    elif name == "replace" and len(args) >= 3 and all(isinstance(a, str) for a in args[:3]):
        text, old, new = args[0], args[1], args[2]
        count = text.count(old) if old else len(text) + 1
        if len(text) + count * max(len(new) - len(old), 0) > MAX_VALUE_CHARS:
            raise RenderLimitError(f"{what} would make a value larger than {MAX_VALUE_CHARS:,} characters")
    elif name == "indent" and args and isinstance(args[0], str):
        width = args[1] if len(args) > 1 else kwargs.get("width", "")
        if isinstance(width, str) and (args[0].count("\n") + 1) * len(width) > MAX_VALUE_CHARS:
            raise RenderLimitError(f"{what} would make a value larger than {MAX_VALUE_CHARS:,} characters")
    elif name == "format" and args:
        _check_format(args[0], what)
    elif name == "expandtabs" and args and isinstance(args[0], (str, bytes)):
        size = args[1] if len(args) > 1 else kwargs.get("tabsize", 8)
        tab = "\t" if isinstance(args[0], str) else b"\t"
        if isinstance(size, int) and len(args[0]) + args[0].count(tab) * max(size, 0) > MAX_VALUE_CHARS:
            raise RenderLimitError(f"{what} would make a value larger than {MAX_VALUE_CHARS:,} characters")
    elif name == "wordwrap" and args and isinstance(args[0], str):
        width = args[1] if len(args) > 1 else kwargs.get("width", 79)
        # textwrap's work grows with the lines it makes: refuse before it runs for minutes.
        if isinstance(width, int) and len(args[0]) // max(width, 1) > MAX_INT_ARGUMENT:
            raise RenderLimitError(f"{what} would make more than {MAX_INT_ARGUMENT:,} lines (the "
                                   "template sandbox's limit)")
    elif name in ("encode", "decode"):
        encoding = args[1] if len(args) > 1 else kwargs.get("encoding", "utf-8")
        # zlib_codec, bz2_codec, base64_codec…: a few bytes can decompress to gigabytes.
        if isinstance(encoding, str) and not _is_text_encoding(encoding):
            raise RenderLimitError(f"{what}: '{encoding}' is not a text encoding; the template sandbox "
                                   "allows text encodings only")


def _is_text_encoding(name: str) -> bool:
    try:
        return codecs.lookup(name)._is_text_encoding
    except LookupError:
        return True  # the call itself says the codec is unknown


def _materialised(values: tuple, index: int) -> tuple:
    """``values`` with the iterable at ``index`` made a list (so its size can be checked first)."""
    if len(values) > index and not isinstance(values[index], Sized) and hasattr(values[index], "__iter__"):
        items = []
        for item in values[index]:
            items.append(item)
            if len(items) > MAX_VALUE_CHARS:
                raise RenderLimitError(f"a sequence longer than {MAX_VALUE_CHARS:,} items")
        values = (*values[:index], items, *values[index + 1:])
    return values


def _guarded_filter(name: str, func):
    def guarded(*args, **kwargs):
        check_deadline()
        what = f"filter '{name}'"
        lead = 0
        while lead < len(args) and _is_jinja_context(args[lead]):
            lead += 1
        values = args[lead:]
        if name == "join":
            values = _materialised(values, 0)
        _check_arguments(values[1:], kwargs, what)
        _check_growth(name, values, kwargs, what)
        return _check_value(func(*args[:lead], *values, **kwargs), what)

    return update_wrapper(guarded, func)  # keeps pass_context / pass_eval_context markers


class BoundedTemplate(Template):
    """A compiled template whose output is capped in size and checked against the deadline."""

    def render(self, *args, **kwargs) -> str:
        context = self.new_context(dict(*args, **kwargs))
        pieces: list[str] = []
        total = 0
        try:
            for index, piece in enumerate(self.root_render_func(context)):
                total += len(piece)
                if total > MAX_OUTPUT_CHARS:
                    raise RenderLimitError(f"the rendered text is larger than {MAX_OUTPUT_CHARS:,} "
                                           "characters (the template sandbox's limit)")
                if index % _CHECK_EVERY == 0:
                    check_deadline()
                pieces.append(piece)
        except RecursionError:
            raise RenderLimitError("template recursion too deep (a macro that calls itself without "
                                   "end?)") from None
        except Exception:
            self.environment.handle_exception()
        return self.environment.concat(pieces)


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """The environment every template renders in (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    template_class = BoundedTemplate

    def __init__(self, **options):
        options.setdefault("autoescape", True)
        options.setdefault("undefined", ChainableUndefined)
        super().__init__(**options)
        self.filters = {name: _guarded_filter(name, func) for name, func in self.filters.items()}
        self.tests = {name: _guarded_filter(name, func) for name, func in self.tests.items()}

    # -- operators ------------------------------------------------------------------------------
    def call_binop(self, context, operator, left, right):
        check_deadline()
        if operator == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 \
                    and abs(left) > 1 and abs(left).bit_length() * right > MAX_POWER_BITS:
                raise RenderLimitError(f"{left} ** {right} is too large for the template sandbox")
            return left ** right
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if _size(sequence) and isinstance(count, int) and _size(sequence) * count > MAX_VALUE_CHARS:
                    raise RenderLimitError(f"'*' would make a value of {_size(sequence) * count:,} "
                                           f"characters or items (limit {MAX_VALUE_CHARS:,})")
            return _check_value(left * right, "'*'")
        if operator == "%":
            _check_format(left, "'%'")
            if isinstance(right, int) and abs(right) > MAX_INT_ARGUMENT or isinstance(right, tuple) and any(
                    isinstance(v, int) and abs(v) > MAX_INT_ARGUMENT for v in right):
                _check_arguments(right if isinstance(right, tuple) else (right,), {}, "'%'")
            return _check_value(left % right, "'%'")
        if _size(left) + _size(right) > MAX_VALUE_CHARS:  # "+"
            raise RenderLimitError(f"'+' would make a value larger than {MAX_VALUE_CHARS:,} "
                                   "characters or items")
        return left + right

    # -- calls, loops, concatenation ------------------------------------------------------------
    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's calling convention)
        check_deadline()
        name = getattr(__obj, "__name__", type(__obj).__name__)
        what = f"calling {name}"
        _check_arguments(args, kwargs, what)
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, (str, bytes)):  # str/bytes methods: the string is the first operand
            if name == "join":
                args = _materialised(args, 0)
            _check_growth(name, (owner, *args), kwargs, what)
        if name in ("format", "format_map"):
            _check_format(owner if isinstance(owner, str) else _wrapped_format_string(__obj), what)
        try:
            result = super().call(__context, __obj, *args, **kwargs)
        except RecursionError:
            raise RenderLimitError("template recursion too deep (a macro that calls itself without "
                                   "end?)") from None
        return _check_value(result, f"calling {getattr(__obj, '__name__', 'a function')}")

    def bounded_iter(self, iterable):
        """Every ``{% for %}`` loops over this: the deadline is checked as the loop runs."""
        check_deadline()
        if isinstance(iterable, Sized):
            _check_value(iterable, "a loop")
        for index, item in enumerate(iterable):
            if index % _CHECK_EVERY == 0:
                check_deadline()
            yield item

    def bounded_concat(self, value):
        return _check_value(value, "'~'")

    def _parse(self, source, name, filename):
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.EnvironmentAttribute("bounded_iter"), [loop.iter], [], None, None,
                                   lineno=loop.lineno)
        _wrap_concats(tree)
        return tree


def _wrap_concats(tree) -> None:
    """Check the size of every ``~`` result by wrapping each Concat node in a checking call."""
    for parent in list(tree.find_all(nodes.Node)):
        for field in parent.fields:
            value = getattr(parent, field, None)
            if isinstance(value, nodes.Concat):
                setattr(parent, field, _checked(value))
            elif isinstance(value, list):
                setattr(parent, field, [_checked(item) if isinstance(item, nodes.Concat) else item
                                        for item in value])


def _checked(concat: nodes.Concat) -> nodes.Call:
    return nodes.Call(nodes.EnvironmentAttribute("bounded_concat"), [concat], [], None, None,
                      lineno=concat.lineno)


def _wrapped_format_string(func):
    """The string behind the sandbox's wrapper of ``str.format`` (it keeps the bound method)."""
    wrapped = getattr(func, "__wrapped__", None)
    return getattr(wrapped, "__self__", None)


def _blank_none(value):
    return "" if value is None else value


def template_environment() -> TemplateSandbox:
    """A fresh environment: autoescape on, undefined names render empty, ``None`` renders empty."""
    return TemplateSandbox(finalize=_blank_none)


__all__ = ["TemplateSandbox", "RenderLimitError", "SecurityError", "render_budget", "check_deadline",
           "template_environment", "MAX_OUTPUT_CHARS"]
