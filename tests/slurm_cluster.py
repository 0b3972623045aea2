"""Test support: a real one-node Slurm on this machine (Debian slurm-wlm + munge), private to one test run.

    with OneNodeSlurm(tmp_dir) as slurm:
        subprocess.run([...sbatch...], env=slurm.env())

Everything lives in ``tmp_dir``: its own munge daemon and key (own socket), slurm.conf with free
ports, state and spool folders, logs. Several test runs on one machine (other worktrees, CI) each get
their own cluster. slurmctld and slurmd run as root; without root (or without the Debian packages,
which ``require_command`` installs where it can) the tests skip with a one-line reason — in CI they fail.

The cluster: partition ``debug`` (the default), one node with this machine's CPUs and part of its
memory, no accounting database (``sacct`` knows no job: use ``squeue``), ``MinJobAge`` 300 s so that
``squeue -t all`` still shows finished jobs.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from process_table import process
from system_packages import require_command

PARTITION = "debug"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _memory_mb() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) // 1024
    return 4000


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for its reaper."""
    found = process(pid)
    return found is not None and found.alive


class OneNodeSlurm:
    def __init__(self, root: Path):
        self.root = root
        self.cpus = os.cpu_count() or 1
        self.memory_mb = min(8000, _memory_mb() // 2)
        self.node = socket.gethostname().split(".")[0]
        self.conf = root / "slurm.conf"

    def env(self, base: dict | None = None) -> dict[str, str]:
        """The environment of a client of this cluster: SLURM_CONF, and the wrappers first on PATH."""
        env = dict(os.environ if base is None else base)
        env["SLURM_CONF"] = str(self.conf)
        env["PATH"] = f"{self.root / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        for var in ("SBATCH_ACCOUNT", "SBATCH_PARTITION", "SLURM_JOB_ID"):
            env.pop(var, None)
        return env

    # --- start and stop ------------------------------------------------------------------------
    def __enter__(self) -> OneNodeSlurm:
        if os.geteuid() != 0:
            pytest.skip("a test Slurm runs its daemons as root; not root here")
        require_command("slurmctld", package="slurm-wlm", extra_packages=("munge",))
        for command in ("munged", "slurmd", "sbatch", "squeue", "scancel", "sinfo"):
            require_command(command, package="slurm-wlm", extra_packages=("munge",))
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _start(self) -> None:
        root = self.root
        root.mkdir(parents=True, exist_ok=True)
        root.chmod(0o755)  # munged insists that its socket's folder be reachable by all
        for sub in ("state", "spool"):
            (root / sub).mkdir(exist_ok=True)
        key = root / "munge.key"
        key.write_bytes(os.urandom(128))
        key.chmod(0o600)
        munge_socket = root / "munge.sock"
        subprocess.run(["munged", "--force", f"--socket={munge_socket}", f"--key-file={key}",
                        f"--log-file={root / 'munged.log'}", f"--pid-file={root / 'munged.pid'}",
                        f"--seed-file={root / 'munged.seed'}"], check=True, capture_output=True, timeout=60)
        self.conf.write_text("\n".join([
            "ClusterName=cvextracttest",
            f"SlurmctldHost={self.node}(127.0.0.1)",
            f"SlurmctldPort={_free_port()}",
            f"SlurmdPort={_free_port()}",
            "AuthType=auth/munge",
            "CredType=cred/munge",
            f"AuthInfo=socket={munge_socket}",
            "SlurmUser=root",
            "SlurmdUser=root",
            f"StateSaveLocation={root / 'state'}",
            f"SlurmdSpoolDir={root / 'spool'}",
            f"SlurmctldPidFile={root / 'slurmctld.pid'}",
            f"SlurmdPidFile={root / 'slurmd.pid'}",
            f"SlurmctldLogFile={root / 'slurmctld.log'}",
            f"SlurmdLogFile={root / 'slurmd.log'}",
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "JobAcctGatherType=jobacct_gather/none",
            "AccountingStorageType=accounting_storage/none",
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_Core_Memory",
            "SchedulerType=sched/builtin",
            "MinJobAge=300",
            "ReturnToService=2",
            "MpiDefault=none",
            f"NodeName={self.node} NodeAddr=127.0.0.1 CPUs={self.cpus} RealMemory={self.memory_mb} State=UNKNOWN",
            f"PartitionName={PARTITION} Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
        ]) + "\n")
        # snakemake-executor-plugin-slurm-jobstep drops every SLURM_* variable (SLURM_CONF too) before
        # its srun inside a job; a real site keeps slurm.conf where srun looks by default. Client
        # commands found first on PATH that name this cluster's config stand in for that.
        (root / "bin").mkdir(exist_ok=True)
        for command in ("srun", "sbatch", "squeue", "scancel", "sinfo", "scontrol", "sacct"):
            real = shutil.which(command)
            if real:
                wrapper = root / "bin" / command
                wrapper.write_text(f'#!/bin/sh\nSLURM_CONF={self.conf} exec {real} "$@"\n')
                wrapper.chmod(0o755)
        env = self.env()
        for daemon in ("slurmctld", "slurmd"):
            subprocess.run([daemon], env=env, check=True, capture_output=True, timeout=60)
        deadline = time.monotonic() + 60  # last guard: the node reports idle within seconds
        while True:
            state = subprocess.run(["sinfo", "-h", "-N", "-o", "%T"], env=env, capture_output=True, text=True,
                                   timeout=30).stdout.strip()
            if state == "idle":
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the test Slurm did not come up (node state {state!r}):\n{self.logs()}")
            time.sleep(0.2)

    def stop(self) -> None:
        for pid_file in ("slurmd.pid", "slurmctld.pid", "munged.pid"):
            self._end(self.root / pid_file)

    @staticmethod
    def _end(pid_file: Path) -> None:
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            return
        try:
            os.kill(pid, 15)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 30
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _alive(pid):
            os.kill(pid, 9)

    # --- looking at it -------------------------------------------------------------------------
    def jobs(self) -> list[dict[str, str]]:
        """Every job the controller still knows (finished ones for MinJobAge): id, name, state."""
        out = subprocess.run(["squeue", "-h", "-t", "all", "-o", "%i|%j|%T"], env=self.env(), capture_output=True,
                             text=True, timeout=30, check=True).stdout
        return [dict(zip(("id", "name", "state"), line.split("|"), strict=True)) for line in out.splitlines()]

    def logs(self) -> str:
        parts = []
        for name in ("slurmctld.log", "slurmd.log"):
            path = self.root / name
            if path.exists():
                parts.append(f"--- {name}:\n" + "\n".join(path.read_text(errors="replace").splitlines()[-30:]))
        return "\n".join(parts)

