"""The README's and Getting started's shell blocks run as written, so the first hour cannot rot.

Every ```bash block of README.md and docs/getting-started.md runs, in order, in one bash session per
page (a ``cd`` or an ``export`` carries on to the next block), with this venv's commands on PATH: the
README's in a copy of the checkout (its examples and workflow, the venv linked), Getting started's in
an empty folder, as a pip user's. A block that cannot run here is marked by an HTML comment on the
line before it, which says why: ``<!-- readme-test: skip (…) -->`` (it installs from the package index,
runs the test suite, needs a cluster) or ``<!-- readme-test: needs a real provider (…) -->``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sample_cvs import PROJECT_ROOT

PAGES = {"README.md": PROJECT_ROOT / "README.md", "getting-started": PROJECT_ROOT / "docs" / "getting-started.md"}
MARK = re.compile(r"<!-- readme-test: (skip|needs a real provider) \((.+)\) -->")
CHECKOUT_PARTS = ("examples", "config", "rules", "profiles", "Snakefile", "Makefile", "pyproject.toml")


def shell_blocks(text: str) -> list[tuple[str, str | None]]:
    """Each ```bash block: (its commands, the marker's reason when it is not to be run)."""
    blocks = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip() != "```bash":
            continue
        end = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == "```")
        before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        mark = MARK.fullmatch(before.strip())
        blocks.append(("\n".join(lines[i + 1:end]), f"{mark.group(1)}: {mark.group(2)}" if mark else None))
    return blocks


def _script(blocks: list[tuple[str, str | None]]) -> str:
    parts = ["set -euo pipefail"]
    for n, (commands, skipped) in enumerate(blocks, 1):
        if skipped is None:
            parts += [f"echo '>>> block {n}' >&2", commands]
    return "\n".join(parts) + "\n"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "CVEXTRACT_", "SNAKEMAKE_")) and k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def _run(page: str, cwd: Path) -> subprocess.CompletedProcess:
    script = _script(shell_blocks(PAGES[page].read_text("utf-8")))
    return subprocess.run(["bash", "-c", script], cwd=cwd, env=_env(), capture_output=True, text=True, timeout=600)


def _explain(done: subprocess.CompletedProcess) -> str:
    return f"exit {done.returncode}\n--- stdout:\n{done.stdout[-3000:]}\n--- stderr:\n{done.stderr[-3000:]}"


def test_the_readme_tour_runs_as_written(tmp_path):
    checkout = tmp_path / "cvextract"
    checkout.mkdir()
    for part in CHECKOUT_PARTS:
        source = PROJECT_ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, checkout / part)
    (checkout / ".venv").symlink_to(Path(sys.prefix))
    os.utime(checkout / "pyproject.toml", (0, 0))  # make's venv is up to date: `make run` installs nothing
    done = _run("README.md", checkout)
    assert done.returncode == 0, _explain(done)
    # what the tour says happens
    assert (checkout / "results" / "report.html").is_file()  # make run
    assert (checkout / "out" / "documents" / "Ada_Lovelace_CV_NEW.docx").is_file()
    assert '"full_name": "Ada Lovelace"' in done.stdout
    assert "3 already up to date; processing 1" in done.stdout
    assert (checkout / "my-results" / "report.html").is_file()
    assert sorted(p.name for p in (checkout / "my-results" / "documents").glob("*.docx")) == [
        "Ada_Lovelace_CV_NEW.docx", "Alan_Turing_CV_NEW.docx", "Grace_Hopper_CV_NEW.docx",
        "Katherine_Johnson_CV_NEW.docx"]


def test_getting_started_runs_as_written_from_an_empty_folder(tmp_path):
    done = _run("getting-started", tmp_path)
    assert done.returncode == 0, _explain(done)
    tried = tmp_path / "try-cvextract"
    assert (tried / "results" / "report.html").is_file()
    assert len(list((tried / "results-cli" / "documents").rglob("*_NEW.docx"))) == 4


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_shell_block_runs_or_says_why_not(page):
    text = PAGES[page].read_text("utf-8")
    blocks = shell_blocks(text)
    assert blocks and any(skipped is None for _, skipped in blocks)
    # a marker always sits right before a block (a stray one, or one with no reason, would hide nothing)
    assert text.count("<!-- readme-test:") == sum(1 for _, skipped in blocks if skipped)
    fences = [line.strip() for line in text.splitlines() if line.strip().startswith("```") and line.strip() != "```"]
    assert all(fence in ("```bash", "```text", "```yaml") for fence in fences), fences


def test_the_readme_is_read_in_five_minutes():
    assert len(PAGES["README.md"].read_text("utf-8").splitlines()) <= 150
