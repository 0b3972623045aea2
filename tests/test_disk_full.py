"""Out of disk space during ``cvextract --parallel``: the summary says so and accounts for every CV,
and the same command completes the batch once space is freed. Needs a small tmpfs (root and a
kernel that allows mounting one); skipped with the reason otherwise."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from cli_runs import run_cli
from sample_cvs import TEMPLATE_PATH, write_samples

COUNT = 21
SUMMARY = re.compile(r"Completed: (\d+)/(\d+) files succeeded, (\d+) failed(?:, (\d+) not processed)?"
                     r"(?: \((\d+) already up to date\))?")


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {(mounted.stderr or mounted.stdout).strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def run_batch(source: Path, target: Path) -> subprocess.CompletedProcess:
    return run_cli("--parallel", f"source={source}", "n=2", "--extract", "--apply", f"template={TEMPLATE_PATH}",
                   "--target", target, timeout=600)


def summary_numbers(stdout: str) -> tuple[int, int, int, int, int]:
    found = [SUMMARY.fullmatch(line) for line in stdout.splitlines()]
    match = next(m for m in found if m)
    return tuple(int(g or 0) for g in match.groups())


def test_a_full_disk_is_named_every_cv_is_accounted_for_and_a_rerun_completes(tmp_path, small_disk):
    write_samples(tmp_path / "cvs", COUNT)
    target = small_disk / "out"
    full = run_batch(tmp_path / "cvs", target)
    assert full.returncode == 1, full.stdout + full.stderr
    assert "No space left on device" in full.stdout.split("=" * 60)[-1] + full.stderr
    succeeded, ran, failed, not_processed, up_to_date = summary_numbers(full.stdout)
    assert succeeded < COUNT
    assert succeeded + failed + not_processed == ran and ran + up_to_date == COUNT, full.stdout
    assert "Traceback" not in full.stdout + full.stderr
    assert " (see " not in full.stdout, "a failure without its cause"

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    rerun = run_batch(tmp_path / "cvs", target)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    succeeded, ran, failed, not_processed, up_to_date = summary_numbers(rerun.stdout)
    assert succeeded == ran and failed == not_processed == 0 and ran + up_to_date == COUNT, rerun.stdout
    assert len(list((target / "documents").rglob("*_NEW.docx"))) == COUNT
