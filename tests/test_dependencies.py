"""Every package the product imports is declared in pyproject.toml, and what is declared is imported.

An undeclared import works here by accident (another dependency pulled it in) and breaks for a user
when that dependency changes; the Snakemake range is what CI tests (newest in .venv, oldest in
.venv-snakemake-oldest through `make smoke-oldest`).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from sample_cvs import PROJECT_ROOT

PRODUCT = ("cvextract", "snakemake_logger_plugin_cvextract")


def _pyproject() -> dict:
    return tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _imported_top_level(folders) -> dict[str, set[Path]]:
    found: dict[str, set[Path]] = {}
    for folder in folders:
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], set()).add(path.relative_to(PROJECT_ROOT))
    return found


def _distributions(modules: dict[str, set[Path]]) -> dict[str, set[Path]]:
    """Third-party modules -> the distribution (PyPI name) that installs them."""
    owners = packages_distributions()
    needed: dict[str, set[Path]] = {}
    for module, where in modules.items():
        if module in sys.stdlib_module_names or module in PRODUCT or module == "__future__":
            continue
        dists = owners.get(module)
        assert dists, f"{module} (imported by {sorted(map(str, where))}) is installed by no distribution"
        for dist in dists:
            needed.setdefault(dist.lower().replace("_", "-"), set()).update(where)
    return needed


def test_every_package_the_product_imports_is_declared():
    declared = {_name(r) for r in _pyproject()["project"]["dependencies"]}
    needed = _distributions(_imported_top_level(PRODUCT))
    missing = {dist: sorted(map(str, where)) for dist, where in needed.items() if dist not in declared}
    assert not missing, f"imported but not in [project] dependencies: {missing}"


def test_every_declared_dependency_is_used():
    """A declared package the product never imports is dead weight for every install, except those
    it runs by name: Snakemake (`python -m snakemake`, the Snakefile) and the executor plugin that
    profiles/cluster-generic names."""
    declared = {_name(r) for r in _pyproject()["project"]["dependencies"]}
    needed = set(_distributions(_imported_top_level(PRODUCT)))
    run_by_name = {"snakemake", "snakemake-executor-plugin-cluster-generic"}
    assert declared - needed - run_by_name == set()


def test_the_tests_import_only_declared_packages():
    project = _pyproject()["project"]
    declared = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    needed = _distributions({m: w for m, w in _imported_top_level(["tests", "scripts"]).items()
                             if not any((PROJECT_ROOT / folder / f"{m}.py").exists() for folder in ("tests", "scripts"))})
    missing = {dist: sorted(map(str, where)) for dist, where in needed.items() if dist not in declared}
    assert not missing, f"imported by tests/scripts but not declared (dependencies or the test extra): {missing}"


def test_the_supported_snakemake_range_is_declared_with_both_ends():
    (snakemake,) = [r for r in _pyproject()["project"]["dependencies"] if _name(r) == "snakemake"]
    assert re.fullmatch(r"snakemake>=9\.\d+\.\d+,<10", snakemake.replace(" ", "")), snakemake
