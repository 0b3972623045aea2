"""The texts inside a JSON document (a CV, a model's answer): every string, read or rewritten in place."""

from __future__ import annotations


def strings(value):
    """Every string in ``value``, depth first (dict values and list items; keys are not text)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def map_strings(value, fn):
    """A copy of ``value`` with ``fn`` applied to every string; other values are kept as they are."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {k: map_strings(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [map_strings(v, fn) for v in value]
    return value
