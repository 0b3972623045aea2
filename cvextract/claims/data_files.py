"""The word lists bundled with the claims check (``data/*.txt``): one entry a line, ``#`` comments."""

from __future__ import annotations

from importlib.resources import files


def data_lines(name: str) -> list[str]:
    """The entries of ``data/<name>``, stripped, without blank lines and comments."""
    text = files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
