"""Equivalent names (K8s/Kubernetes): the bundled table ``aliases.yaml``, extended by the config.

Each group is a set of names that mean the same; a requirement written as any of them is matched by
all of them. Names are compared as words (:mod:`.words`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .words import words


@lru_cache(maxsize=1)
def bundled_groups() -> tuple[tuple[str, ...], ...]:
    import yaml

    data = yaml.safe_load(resources.files(__package__).joinpath("aliases.yaml").read_text(encoding="utf-8"))
    return tuple(tuple(str(name) for name in group) for group in data)


def alias_groups(extra: dict[str, list[str]] | None = None) -> list[list[str]]:
    """The bundled groups with the config's ``rank.aliases`` (``{name: [other names]}``) merged in:
    a name already in a group adds its others to that group, else it starts a group of its own."""
    groups = [list(group) for group in bundled_groups()]
    for name, others in (extra or {}).items():
        key = words(name)
        group = next((g for g in groups if any(words(n) == key for n in g)), None)
        if group is None:
            group = [name]
            groups.append(group)
        group.extend(other for other in others if words(other) not in {words(n) for n in group})
    return groups


def expand(terms: list[str], groups: list[list[str]]) -> list[str]:
    """``terms`` followed by every alias of each, without repeats (as words)."""
    out: list[str] = []
    seen: set[tuple[str, ...]] = set()

    def add(term: str) -> None:
        key = words(term)
        if key and key not in seen:
            seen.add(key)
            out.append(term)

    for term in terms:
        add(term)
        key = words(term)
        for group in groups:
            if any(words(name) == key for name in group):
                for name in group:
                    add(name)
    return out
