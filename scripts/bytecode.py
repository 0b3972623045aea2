"""Compile a checkout's ``cvextract`` package to bytecode before a benchmark times it.

An installed cvextract has its bytecode (pip compiles a wheel's modules as it installs them), and so
does a checkout once a first run has written it, except where ``PYTHONDONTWRITEBYTECODE`` is set (as
on the machine these figures come from): then every process of every batch would compile each module
it imports, a cost no user pays. The earlier tool, installed with pip, has its bytecode too."""

from __future__ import annotations

import compileall
from pathlib import Path


def compile_package(checkout: Path) -> None:
    """Write ``checkout/cvextract``'s bytecode (Python reads it whatever ``PYTHONDONTWRITEBYTECODE`` says)."""
    if not compileall.compile_dir(checkout / "cvextract", quiet=1):
        raise SystemExit(f"{checkout / 'cvextract'}: a module does not compile")
