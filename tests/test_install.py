"""Every way of installing cvextract runs the whole product from a folder outside the checkout:
a built wheel in a fresh venv, and pip's default editable install (``pip install -e .``, no options).

Each install gets ``cvextract --parallel`` (which needs the packaged Snakefile and Snakemake finding
the logger plugin) and plain Snakemake on the installed workflow. The fresh venvs borrow the
dependencies already installed in the test venv (a path entry, not a site dir: its editable
install of this checkout is not inherited), so only cvextract itself is installed: a few seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from sample_cvs import PROJECT_ROOT, TEMPLATE_PATH, make_cv_data, write_cv

# One xdist worker runs the whole module: the module's built wheel (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_install")

INSTALL_TIMEOUT = 600


def _run(cmd, *, cwd, timeout=300, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=env)


def _fresh_venv(path: Path) -> Path:
    """A venv without cvextract whose dependencies are the test venv's; returns its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True, timeout=120)
    python = path / "bin" / "python"
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=path).stdout.strip())
    (purelib / "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


def _pip(python: Path, *args, cwd: Path) -> None:
    done = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", *args],
                cwd=cwd, timeout=INSTALL_TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, PROJECT_ROOT],
                cwd=out, timeout=INSTALL_TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("cvextract-*.whl")
    return built


def _user_folder(tmp_path: Path) -> Path:
    """A folder outside the checkout with two CVs, one of them broken."""
    folder = tmp_path / "user"
    write_cv(folder / "cvs" / "Ada Lovelace.docx", make_cv_data(0, special_chars=False))
    (folder / "cvs" / "broken.docx").write_text("not a Word file", encoding="utf-8")
    return folder


def _check_installed_product(python: Path, folder: Path, expect_under: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{python.parent}{os.pathsep}{env.get('PATH', '')}"
    where = _run([python, "-c", "import cvextract, snakemake_logger_plugin_cvextract as p; "
                                "print(cvextract.__file__); print(p.__file__)"], cwd=folder, env=env)
    assert where.returncode == 0, where.stderr
    for line in where.stdout.split():
        assert Path(line).resolve().is_relative_to(expect_under.resolve()), where.stdout

    # cvextract --parallel: the packaged Snakefile, the logger plugin discovered by Snakemake.
    batch = _run([python.parent / "cvextract", "--parallel", "source=cvs", "n=2", "--extract",
                  "--apply", f"template={TEMPLATE_PATH}", "--target", "out"], cwd=folder, env=env)
    assert batch.returncode == 1, batch.stdout + batch.stderr  # the broken CV fails, alone
    assert "Completed: 1/2 files succeeded, 1 failed" in batch.stdout, batch.stdout + batch.stderr
    assert "  - broken.docx: is not a DOCX (ZIP) file" in batch.stdout
    assert zipfile.is_zipfile(folder / "out" / "documents" / "Ada Lovelace_NEW.docx")

    # Plain Snakemake on the installed workflow, its default config: the bundled examples -> ./results.
    snakefile = _run([python, "-m", "cvextract.workflow"], cwd=folder, env=env).stdout.strip()
    assert Path(snakefile).resolve().is_relative_to(expect_under.resolve()), snakefile
    plain = _run([python, "-m", "snakemake", "-s", snakefile, "--cores", "2"], cwd=folder, env=env)
    assert plain.returncode == 0, plain.stderr[-3000:]
    assert "workflow specific profile" in plain.stderr  # profiles/default ships next to the Snakefile
    documents = sorted(p.relative_to(folder / "results" / "documents").as_posix()
                       for p in (folder / "results" / "documents").rglob("*.docx"))
    assert documents == ["Ada_Lovelace_CV_NEW.docx", "Alan_Turing_CV_NEW.docx", "Grace_Hopper_CV_NEW.docx",
                         "team-b/Katherine_Johnson_CV_NEW.docx"]


def test_a_wheel_in_a_fresh_venv_runs_the_batch_from_any_folder(tmp_path, wheel):
    contents = set(zipfile.ZipFile(wheel).namelist())
    assert {"cvextract/workflow/Snakefile", "cvextract/workflow/rules/common.smk",
            "cvextract/workflow/profiles/default/config.yaml", "cvextract/workflow/config/config.schema.json",
            "snakemake_logger_plugin_cvextract/__init__.py",
            # the docs the shipped profiles and config point to
            "cvextract/workflow/profiles/README.md", "cvextract/workflow/config/README.md"} <= contents
    python = _fresh_venv(tmp_path / "venv")
    _pip(python, wheel, cwd=tmp_path)
    _check_installed_product(python, _user_folder(tmp_path), tmp_path / "venv")


def test_a_default_editable_install_runs_the_batch_from_any_folder(tmp_path):
    python = _fresh_venv(tmp_path / "venv")
    _pip(python, "-e", PROJECT_ROOT, cwd=tmp_path)  # pip's default editable mode, no config settings
    _check_installed_product(python, _user_folder(tmp_path), PROJECT_ROOT)


def test_the_wheel_carries_the_licence_in_the_current_metadata_form(wheel):
    """An SPDX expression and the licence file (PEP 639): no setuptools deprecation warning at build."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [metadata] = [n for n in names if n.endswith(".dist-info/METADATA")]
        text = archive.read(metadata).decode("utf-8")
        [licence] = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert "Apache License" in archive.read(licence).decode("utf-8")
    assert "License-Expression: Apache-2.0" in text.splitlines()
    assert "License-File: LICENSE" in text.splitlines()
    assert not any(line.startswith("License: ") for line in text.splitlines())  # the deprecated table form


def test_the_wheel_carries_the_claims_checks_word_lists(wheel):
    """The technology names and places the claims check reads at run time ship in the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"cvextract/claims/data/tech_names.txt", "cvextract/claims/data/places.txt"} <= names
