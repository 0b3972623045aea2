"""A one-machine "cluster" for snakemake-executor-plugin-cluster-generic (profiles/cluster-generic).

Three console scripts stand in for a batch system's submit / status / cancel commands, so the whole
cluster code path (job scripts, group jobs, status polling, cancellation) runs without a scheduler:

* ``cvextract-local-submit [--name NAME] JOBSCRIPT`` starts the job script detached from the caller
  (its own session, stdin closed, output to a file), records its process id and, once it ends, its
  exit status; prints the job id on stdout.
* ``cvextract-local-status JOBID`` prints exactly one of ``running``, ``success``, ``failed``.
* ``cvextract-local-cancel JOBID...`` terminates each job's whole process group.

Every job has a folder ``<state dir>/<job id>/`` holding ``pid``, ``meta.json`` (name, job script,
submission time and the job's Snakemake properties), ``output.log`` (stdout and stderr of the job)
and, once the job has ended, ``exit`` (its exit status, or ``cancelled``). The state dir is
``$CVEXTRACT_LOCAL_CLUSTER_DIR`` when set, else ``.snakemake/local-cluster`` below the current
directory: Snakemake runs all three commands in its working directory (``-d``), so they agree.

The same commands are reachable without the console scripts as
``python -m cvextract.batch.local_cluster submit|status|cancel ...``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

STATE_DIR_ENV = "CVEXTRACT_LOCAL_CLUSTER_DIR"
DEFAULT_STATE_DIR = Path(".snakemake") / "local-cluster"

RUNNING, SUCCESS, FAILED = "running", "success", "failed"
CANCELLED = "cancelled"

# Runs in the detached process: the job script (by its shebang when executable, else with sh), then
# its exit status written atomically, so a status check never reads a half-written file.
_WRAPPER = (
    'if [ -x "$1" ]; then "$1"; else /bin/sh "$1"; fi > "$2/output.log" 2>&1; rc=$?; '
    'printf "%s\\n" "$rc" > "$2/exit.tmp" && mv -f "$2/exit.tmp" "$2/exit"'
)


def state_dir() -> Path:
    return Path(os.environ.get(STATE_DIR_ENV) or DEFAULT_STATE_DIR).absolute()


def _job_dir(jobid: str) -> Path:
    if not jobid or "/" in jobid or jobid.startswith("."):
        raise ValueError(f"not a job id of this local cluster: {jobid!r}")
    return state_dir() / jobid


def _new_job_dir() -> tuple[str, Path]:
    root = state_dir()
    root.mkdir(parents=True, exist_ok=True)
    stem = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    for n in range(1000):
        jobid = stem if n == 0 else f"{stem}-{n}"
        try:
            (root / jobid).mkdir()
        except FileExistsError:
            continue
        return jobid, root / jobid
    raise RuntimeError(f"cannot create a job folder in {root}")


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _properties(jobscript: Path) -> dict | None:
    """The ``# properties = {...}`` line Snakemake writes into every job script (rule/group, jobids)."""
    try:
        with jobscript.open(encoding="utf-8", errors="replace") as fh:
            for _, line in zip(range(20), fh):
                if line.startswith("# properties = "):
                    return json.loads(line[len("# properties = "):])
    except (OSError, ValueError):
        pass
    return None


# --- the three commands -------------------------------------------------------------------------
def submit(jobscript: str, name: str | None = None) -> str:
    """Start ``jobscript`` in the background, detached; return its job id."""
    script = Path(jobscript).absolute()
    if not script.is_file():
        raise FileNotFoundError(f"job script not found: {script}")
    jobid, folder = _new_job_dir()
    props = _properties(script)
    meta = {"jobid": jobid, "name": name, "jobscript": str(script), "cwd": os.getcwd(),
            "submitted": time.time(), "properties": props}
    _write_atomic(folder / "meta.json", json.dumps(meta, indent=1) + "\n")
    process = subprocess.Popen(
        ["/bin/sh", "-c", _WRAPPER, "cvextract-local-job", str(script), str(folder)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, close_fds=True,
    )
    # Written before the job id is printed, so no status check can come before it.
    _write_atomic(folder / "pid", f"{process.pid}\n")
    return jobid


def _group_alive(pgid: int) -> bool:
    """Any process of the job's process group still running (zombies do not count)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            fields = text[text.rindex(")") + 2:].split()
        except (OSError, ValueError):
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            return True
    return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # An orphan nobody reaped (PID 1 of some containers never does) is a zombie, not a running job.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat[stat.rindex(")") + 2] != "Z"
    except (OSError, ValueError, IndexError):
        return True


def _exit_status(folder: Path) -> str | None:
    try:
        return (folder / "exit").read_text().strip()
    except FileNotFoundError:
        return None


def status(jobid: str) -> str:
    """``running``, ``success`` or ``failed``; an unknown or vanished job counts as failed."""
    folder = _job_dir(jobid)
    code = _exit_status(folder)
    if code is None:
        try:
            pid = int((folder / "pid").read_text())
        except (OSError, ValueError):
            return FAILED
        if _alive(pid):
            return RUNNING
        code = _exit_status(folder)  # it may have ended between the two looks
    return SUCCESS if code == "0" else FAILED


def cancel(jobids: list[str], grace: float = 1.0) -> list[str]:
    """SIGTERM each job's process group, SIGKILL what is left after ``grace`` seconds.

    Returns the ids that were still running. Snakemake gives the cancel command 2 s per call.
    """
    signalled: dict[str, int] = {}
    for jobid in jobids:
        folder = _job_dir(jobid)
        if _exit_status(folder) is not None:
            continue
        try:
            pid = int((folder / "pid").read_text())
        except (OSError, ValueError):
            continue
        try:
            os.killpg(pid, signal.SIGTERM)  # the job was started as leader of its own session
        except ProcessLookupError:
            pass
        signalled[jobid] = pid
        if _exit_status(folder) is None:
            _write_atomic(folder / "exit", f"{CANCELLED}\n")
    deadline = time.monotonic() + grace
    left = dict(signalled)
    while left and time.monotonic() < deadline:
        # The whole group, not just its leader: the job script's children get the signal too and
        # may take a moment longer to exit.
        left = {j: p for j, p in left.items() if _group_alive(p)}
        if left:
            time.sleep(0.05)
    for pid in left.values():
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return list(signalled)


# --- console scripts ----------------------------------------------------------------------------
def _fail(prog: str, exc: Exception) -> int:
    print(f"{prog}: {exc}", file=sys.stderr)
    return 1


def submit_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cvextract-local-submit",
                                     description="Run a Snakemake job script in the background; print its job id.")
    parser.add_argument("--name", help="a label for the job (e.g. {rule}); recorded in meta.json")
    parser.add_argument("jobscript")
    args = parser.parse_args(argv)
    try:
        print(submit(args.jobscript, name=args.name), flush=True)
    except (OSError, ValueError, RuntimeError) as exc:
        return _fail(parser.prog, exc)
    return 0


def status_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cvextract-local-status",
                                     description="Print running, success or failed for a job id.")
    parser.add_argument("jobid")
    args = parser.parse_args(argv)
    try:
        print(status(args.jobid), flush=True)
    except ValueError as exc:
        return _fail(parser.prog, exc)
    return 0


def cancel_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cvextract-local-cancel",
                                     description="Terminate jobs by id (their whole process groups).")
    parser.add_argument("jobids", nargs="+")
    args = parser.parse_args(argv)
    try:
        cancel(args.jobids)
    except ValueError as exc:
        return _fail(parser.prog, exc)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    commands = {"submit": submit_main, "status": status_main, "cancel": cancel_main}
    if not argv or argv[0] not in commands:
        print("usage: python -m cvextract.batch.local_cluster {submit,status,cancel} ...", file=sys.stderr)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main())
