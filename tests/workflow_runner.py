"""Test helper: run the real Snakefile in a temporary folder and read what it did.

Snakemake runs as a subprocess with the ``cvextract`` logger plugin, so each job it ran is an
event we can count (rule + CV) instead of parsing its human-readable output.

``snakemake_command(workdir, *extra)`` and ``snakemake_env(base=None)`` are the command line and the
environment (this venv first on PATH) for any test that runs the Snakefile, with or without a profile.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sample_cvs import PROJECT_ROOT

SNAKEFILE = PROJECT_ROOT / "Snakefile"
VENV_BIN = Path(sys.executable).parent


@dataclass
class WorkflowRun:
    returncode: int
    events: list[dict]
    stderr: str
    pid: int = 0  # of the Snakemake process

    def jobs(self, rule: str | None = None) -> list[tuple[str, str]]:
        """(rule, rel) of every per-CV job that started."""
        return sorted((e["rule_name"], e["wildcards"]["rel"]) for e in self.events
                      if e.get("event") == "job_info" and "rel" in (e.get("wildcards") or {})
                      and (rule is None or e["rule_name"] == rule))

    def messages(self) -> str:
        return "\n".join(str(e.get("message") or e.get("msg") or "") for e in self.events) + "\n" + self.stderr

    @property
    def nothing_to_do(self) -> bool:
        """No CV's job ran (only the batch's completion marker is redone on every run)."""
        return self.returncode == 0 and self.jobs() == []


def snakemake_command(workdir: Path, *extra) -> list[str]:
    """This venv's Snakemake on the project's Snakefile, working in ``workdir``."""
    return [sys.executable, "-m", "snakemake", "-s", str(SNAKEFILE), "-d", str(workdir), *map(str, extra)]


def snakemake_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this process's environment) with this venv's bin first on PATH, where
    Snakemake's jobs find ``python`` and ``cvextract``."""
    env = dict(os.environ if base is None else base)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def write_config(path: Path, **config) -> Path:
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def run_workflow(workdir: Path, configfile: Path | None, *extra: str, cores: int = 2,
                 timeout: float = 240) -> WorkflowRun:
    cmd = snakemake_command(workdir, "--cores", cores, "--logger", "cvextract", *extra)
    if configfile is not None:
        cmd += ["--configfile", str(configfile)]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=snakemake_env()) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    events = []
    for line in stdout.splitlines():
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            events.append({"message": line})
    return WorkflowRun(proc.returncode, events, stderr, proc.pid)
