"""``--list extractors|adjusters|renderers``: names and descriptions, read from the registries."""

from __future__ import annotations

from ..registry import ADJUSTERS, EXTRACTORS, RENDERERS

_REGISTRIES = {"extractors": EXTRACTORS, "adjusters": ADJUSTERS, "renderers": RENDERERS}


def print_listing(kind: str) -> int:
    registry = _REGISTRIES[kind]
    print(f"Available {kind}:")
    print("=" * 60)
    for entry in registry.entries():
        print(f"  {entry.name}")
        print(f"    {entry.description}")
    if not registry.entries():
        print("  (none)")
    return 0
