"""profiles/cluster-generic and profiles/slurm, run for real against a one-node Slurm on this machine.

The set-up (tests/slurm_cluster.py) starts munged, slurmctld and slurmd for this module and stops them
afterwards. Each profile runs a small batch with awkward names and one broken CV through it, with the
site values a user of a small cluster without accounting would give on the command line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sample_cvs import LAYOUTS, PROJECT_ROOT, TEMPLATE_PATH, make_cv_data, sample_filename, write_cv
from slurm_cluster import OneNodeSlurm
from workflow_runner import snakemake_command, snakemake_env

# One xdist worker runs the whole module: one private Slurm (its daemons) for it (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_cluster_profile")

PROFILES = PROJECT_ROOT / "profiles"
# What a batch on this test cluster needs beyond the profiles: the node's cores, quick status polls
# (the profiles poll every 10 s), no long wait for outputs (one machine, one disk).
QUICK = ("--seconds-between-status-checks", "1", "--latency-wait", "5")


@pytest.fixture(scope="module")
def slurm(tmp_path_factory):
    with OneNodeSlurm(tmp_path_factory.mktemp("slurm")) as cluster:
        yield cluster


# Snakemake's Slurm executor lives outside the venv's site-packages (`make test` installs it there):
# installed, every Snakemake start would import it, and it asks scontrol at import.
SLURM_PLUGIN = Path(sys.prefix) / "slurm-plugin"


def _env(slurm: OneNodeSlurm, profile: str = "") -> dict[str, str]:
    env = snakemake_env(slurm.env())
    env.pop("SNAKEMAKE_PROFILE", None)
    if profile == "slurm":
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(SLURM_PLUGIN), env.get("PYTHONPATH"))))
    return env


def _write_batch(root: Path, indices: list[int], subfolder_from: int) -> dict[str, dict]:
    """Generated CVs below root/cvs (the later ones in a subfolder); returns rel -> extracted data."""
    data = {}
    for n, i in enumerate(indices):
        cv = make_cv_data(i)
        rel = Path("team b" if n >= subfolder_from else ".") / sample_filename(i, cv)
        write_cv(root / "cvs" / rel, cv, LAYOUTS[i % 2])
        data[str(rel.with_suffix("")).removeprefix("./")] = cv
    return data


def _run(slurm: OneNodeSlurm, root: Path, profile: str, config: dict, *extra: str) -> subprocess.CompletedProcess:
    cfg = root / "config.json"
    cfg.write_text(json.dumps(config), encoding="utf-8")
    cmd = snakemake_command(root, "--profile", PROFILES / profile, "--configfile", cfg, "--cores", slurm.cpus,
                            *QUICK, *extra)
    return subprocess.run(cmd, cwd=root, env=_env(slurm, profile), capture_output=True, text=True, timeout=600)


def _explain(run: subprocess.CompletedProcess, slurm: OneNodeSlurm, root: Path) -> str:
    job_logs = "\n".join(f"--- {p.name}:\n{p.read_text(errors='replace')[-2000:]}"
                         for p in sorted((root / ".snakemake").rglob("*.log")) if "log" != p.parent.name)
    return f"exit {run.returncode}\n{run.stderr[-4000:]}\n{job_logs[-6000:]}\n{slurm.logs()}"


def _check_batch(root: Path, data: dict[str, dict]) -> None:
    for rel, cv in data.items():
        extracted = json.loads((root / "out" / "structured_data" / f"{rel}.json").read_text("utf-8"))
        assert extracted == cv
        assert (root / "out" / "documents" / f"{rel}_NEW.docx").stat().st_size > 0
        assert (root / "out" / "logs" / "apply" / f"{rel}.log").read_text("utf-8").startswith("OK apply")
    assert not (root / "out" / "structured_data" / "broken.json").exists()
    assert (root / "out" / "logs" / "extract" / "broken.log").read_text("utf-8").startswith(
        "FAILED extract: "), "the broken CV's log names the failure"


def _batch(root: Path) -> tuple[dict[str, dict], dict]:
    # Five CVs with awkward names (spaces, unicode, a comma, braces, brackets, dots), two in a
    # subfolder, and one that is not a Word file.
    data = _write_batch(root, [0, 1, 2, 3, 4], subfolder_from=3)
    (root / "cvs" / "broken.docx").write_text("not a Word file", encoding="utf-8")
    config = {"source": str(root / "cvs"), "target": str(root / "out"), "apply": {"template": str(TEMPLATE_PATH)}}
    return data, config


def _our_jobs(slurm: OneNodeSlurm, before: set[str]) -> list[dict[str, str]]:
    return [job for job in slurm.jobs() if job["id"] not in before]


def test_cluster_generic_profile_runs_a_batch_through_slurm(tmp_path, slurm):
    data, config = _batch(tmp_path)
    config["export"] = ["jsonresume"]  # a per-CV rule after apply: in the CVs' groups too
    before = {job["id"] for job in slurm.jobs()}
    # Three CVs per cluster job (the profile says 10): two group jobs, plus a resubmission of the
    # broken CV's group (retries: 1).
    run = _run(slurm, tmp_path, "cluster-generic", config, "--group-components", "cv=3")
    assert run.returncode == 1, _explain(run, slurm, tmp_path)  # keep-going: only the broken CV fails
    _check_batch(tmp_path, data)
    for rel in data:
        assert json.loads((tmp_path / "out" / "jsonresume" / f"{rel}.json").read_text("utf-8"))["basics"]

    jobs = _our_jobs(slurm, before)
    assert jobs and all(job["name"] == "cvextract-GROUP" for job in jobs), jobs
    assert len(jobs) < 2 * (len(data) + 1), "grouped: fewer Slurm jobs than Snakemake jobs"
    assert sum(job["state"] == "FAILED" for job in jobs) >= 1  # the broken CV's group, as Slurm saw it
    # The jobs of a group ran as threads of its Slurm job's one Snakemake process, not a process each.
    pids = {log.read_text("utf-8").rsplit("pid ", 1)[-1].strip(" )\n")
            for log in (tmp_path / "out" / "logs" / "apply").rglob("*.log")}
    assert len(pids) <= len(jobs), pids

    # A second run submits only the broken CV again.
    again = _run(slurm, tmp_path, "cluster-generic", config, "--group-components", "cv=3", "--retries", "0")
    assert again.returncode == 1, _explain(again, slurm, tmp_path)
    assert len(_our_jobs(slurm, before)) == len(jobs) + 1


def test_slurm_profile_runs_a_batch_through_slurm(tmp_path, slurm):
    if not (SLURM_PLUGIN / "snakemake_executor_plugin_slurm").is_dir():
        pytest.skip(f"no Slurm executor in {SLURM_PLUGIN} (make test installs it)")
    data, config = _batch(tmp_path)
    before = {job["id"] for job in slurm.jobs()}
    run = _run(slurm, tmp_path, "slurm", config, "--group-components", "cv=3",
               "--slurm-status-command", "squeue", "--slurm-init-seconds-before-status-checks", "1",
               "--retries", "0")  # the plugin polls at growing intervals (+10 s each): one round only
    assert run.returncode == 1, _explain(run, slurm, tmp_path)
    _check_batch(tmp_path, data)
    jobs = _our_jobs(slurm, before)
    assert 2 <= len(jobs) < 2 * (len(data) + 1), jobs


def test_comma_in_a_cv_name_on_a_cluster(tmp_path, slurm):
    """Snakemake hands a cluster job its jobs as `--target-jobs rule:rel=VALUE` and reads VALUE back
    split at commas, quotes stripped (snakemake/snakemake#2366): such names travel encoded, and each
    CV runs in its Slurm job under its own name; nothing in a name runs as a command."""
    data = _write_batch(tmp_path, [2, 0], subfolder_from=9)  # 2: "Turing, Alan (CV) 2.docx"
    rel = 'team, b/"Pat", $(touch INJECTED) `touch INJECTED` CV'
    data[rel] = make_cv_data(5)
    write_cv(tmp_path / "cvs" / f"{rel}.docx", data[rel], LAYOUTS[1])
    config = {"source": str(tmp_path / "cvs"), "target": str(tmp_path / "out"), "apply": {"template": str(TEMPLATE_PATH)}}
    before = {job["id"] for job in slurm.jobs()}
    run = _run(slurm, tmp_path, "cluster-generic", config, "--group-components", "cv=2", "--retries", "0")
    assert run.returncode == 0, _explain(run, slurm, tmp_path)
    for rel, cv in data.items():
        assert json.loads((tmp_path / "out" / "structured_data" / f"{rel}.json").read_text("utf-8")) == cv
        assert (tmp_path / "out" / "logs" / "apply" / f"{rel}.log").read_text("utf-8").startswith("OK apply")
    jobs = _our_jobs(slurm, before)
    assert len(jobs) >= 2 and all(job["state"] == "COMPLETED" for job in jobs), jobs
    assert not list(tmp_path.rglob("INJECTED")), "a command in a CV's name ran"


def test_a_quote_or_backslash_in_a_cv_name_on_a_cluster_is_refused_at_start_naming_it(tmp_path, slurm):
    """A cluster job's command line also names its input files, quoted with Python's repr: a single
    quote turns that into shell double quotes (in which "$(...)" would run), a backslash is doubled."""
    _write_batch(tmp_path, [0], subfolder_from=9)
    rel = "O'Brien $(touch INJECTED)"
    write_cv(tmp_path / "cvs" / f"{rel}.docx", make_cv_data(5), LAYOUTS[0])
    config = {"source": str(tmp_path / "cvs"), "target": str(tmp_path / "out"), "apply": None}
    before = {job["id"] for job in slurm.jobs()}
    run = _run(slurm, tmp_path, "cluster-generic", config)
    assert run.returncode != 0
    assert "CV paths with a single quote or a backslash cannot run on a cluster executor" in run.stderr
    assert repr(f"{rel}.docx") in run.stderr
    assert _our_jobs(slurm, before) == [], "nothing may be submitted"
    assert not list(tmp_path.rglob("INJECTED"))


def test_plain_snakemake_starts_without_the_slurm_executor():
    """`make run`'s environment holds no Slurm executor plugin: Snakemake imports every installed one
    at start, and that one asks scontrol (≈ 10 s on a host with a Slurm client but no controller)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    found = subprocess.run([sys.executable, "-c", "import pkgutil; print(sorted(m.name for m in pkgutil.iter_modules() "
                                                  "if m.name.startswith('snakemake_executor_plugin_')))"],
                           env=env, capture_output=True, text=True, timeout=60, check=True).stdout
    assert "snakemake_executor_plugin_cluster_generic" in found  # a dependency: the cluster-generic profile
    assert "snakemake_executor_plugin_slurm" not in found, found
