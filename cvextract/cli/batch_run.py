"""``--parallel``: run the batch through the project's Snakefile and report one line per CV.

Snakemake runs as a subprocess (clean Ctrl-C/SIGTERM behaviour, stable across 9.x) with the
``cvextract`` logger plugin, whose JSON lines this module turns into progress lines.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import write_json
from ..batch.inputs import discover
from ..batch.run_lock import clear_stale_lock
from ..errors import ConfigError
from ..layout import LOGS
from .arguments import Invocation

log = logging.getLogger("cvextract")

WORKFLOW_ROOT = Path(__file__).resolve().parents[2]
SNAKEFILE = WORKFLOW_ROOT / "Snakefile"


def _workers(value) -> int:
    if value in (None, True, ""):
        return 1
    if str(value).lower() == "auto":
        return os.cpu_count() or 1
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise ConfigError(None, f"--parallel n={value}: give a whole number >= 1 or 'auto'")
    return n


def batch_config(inv: Invocation, source: Path, pattern: str) -> dict:
    """The workflow configuration equivalent to this command line (absolute paths)."""
    apply = None
    if inv.apply is not None:
        apply = {"template": str(Path(inv.apply["template"]).resolve())}
    steps = [{k: v for k, v in group.items() if k not in ("data", "output")} for group in inv.adjust]
    extractor = inv.extract.get("name") if isinstance(inv.extract.get("name"), str) else None
    return {
        "source": str(source.resolve()),
        "file_type": pattern,
        "target": str(inv.target.resolve()),
        "extract": {"name": extractor or "default-docx-cv-extractor"},
        "adjust": steps,
        "apply": apply,
    }


@dataclass
class Progress:
    """Turns the logger plugin's job events into one line per CV."""

    final_rule: str
    target: Path
    names: dict                                     # rel -> path below source, as the user knows it
    discovered: int
    jobs: dict = field(default_factory=dict)        # jobid -> (rule, rel)
    total: int | None = None
    done: int = 0
    failed: dict = field(default_factory=dict)      # rel -> cause
    succeeded: list = field(default_factory=list)
    errors: list = field(default_factory=list)      # workflow-level errors
    pending: dict = field(default_factory=dict)     # jobid -> rel: failed, unless Snakemake retries it

    def line(self, status: str, rel: str) -> None:
        self.done += 1
        total = max(self.total or 0, self.done)
        width = len(str(total))
        pct = int(100 * self.done / total)
        print(f"[{self.done:>{width}}/{total} | {pct:>3}%] {status} {self.names.get(rel, rel)}", flush=True)

    def handle(self, entry: dict) -> None:
        event = entry.get("event")
        message = str(entry.get("message") or entry.get("msg") or "")
        if message.startswith("Trying to restart job "):
            self.retrying(_int(message.rsplit(" ", 1)[-1].rstrip(".")))
            return
        # Snakemake decides on a retry in its scheduler loop, after the loop reports the jobs that
        # finished meanwhile: a failure is final only once the loop moves on to select new jobs
        # (or the run ends).
        if event == "job_started" or (event is None and (message.startswith("Select jobs")
                                                          or entry.get("level") == "ERROR")):
            self.flush()
        if event == "run_info" and self.total is None:
            self.total = _count_jobs(entry.get("msg", ""), self.final_rule)
            if self.total is not None and self.total < self.discovered:
                print(f"{self.discovered - self.total} already up to date; processing {self.total}", flush=True)
        elif event == "job_info":
            rel = (entry.get("wildcards") or {}).get("rel")
            self.jobs[entry.get("jobid")] = (entry.get("rule_name"), rel)
        elif event == "job_finished":
            rule, rel = self.jobs.get(entry.get("job_id"), (None, None))
            if rule == self.final_rule and rel is not None and rel not in self.failed:
                self.succeeded.append(rel)
                self.line("ok    ", rel)
        elif event == "job_error":
            if entry.get("jobid") in self.jobs:
                self.pending[entry["jobid"]] = self.jobs[entry["jobid"]]
        elif entry.get("level") in ("ERROR", "CRITICAL") and event not in ("job_error",):
            message = (entry.get("message") or entry.get("msg") or "").strip()
            if message:
                self.errors.append(message)

    def retrying(self, jobid: int | None) -> None:
        """Snakemake restarts a failed job: it has not failed (yet)."""
        rule, rel = self.pending.pop(jobid, None) or self.jobs.get(jobid, (None, None))
        if rel is not None and self.failed.pop(rel, None) is not None:
            self.done -= 1  # reported too early; the retry reports it again

    def flush(self) -> None:
        """Report the failures that were not followed by a retry."""
        for rule, rel in self.pending.values():
            if rel is not None and rel not in self.failed:
                self.failed[rel] = self._cause(rule, rel)
                self.line("FAILED", rel)
        self.pending.clear()

    def failure_line(self, rel: str, cause: str, source: Path) -> str:
        """``<file below source>: <cause>``, without repeating the CV's own path in the cause."""
        name = self.names.get(rel, rel)
        for prefix in (f"{source.resolve()}/{name}: ", f"{source}/{name}: "):
            if cause.startswith(prefix):
                return f"{name}: {cause[len(prefix):]}"
        return f"{name}: {cause}"

    def _cause(self, rule: str, rel: str) -> str:
        job_log = self.target / LOGS / rule / f"{rel}.log"
        try:
            first = job_log.read_text(encoding="utf-8").splitlines()[0]
            return first.split(": ", 1)[1] if first.startswith("FAILED") else first
        except (OSError, IndexError):
            return f"{self.names.get(rel, rel)}: {rule} failed (see {job_log})"


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _count_jobs(stats: str, rule: str) -> int | None:
    for row in stats.splitlines():
        parts = row.split()
        if len(parts) == 2 and parts[0] == rule and parts[1].isdigit():
            return int(parts[1])
    return None


def run_batch(inv: Invocation) -> int:
    source = Path(inv.parallel["source"])
    pattern = inv.parallel.get("file-type") or inv.parallel.get("file_type") or "*.docx"
    workers = _workers(inv.parallel.get("n"))
    cvs = discover(source, pattern)
    if not cvs:
        raise ConfigError(source, f"no files matching '{pattern}'")
    if inv.apply is not None:
        template = Path(inv.apply["template"])
        if not template.is_file():
            raise ConfigError(template, "template not found" if not template.exists() else "template is not a file")
    if inv.adjust:
        from ..stages import check_adjust_ready

        check_adjust_ready([{k: v for k, v in g.items() if k not in ("data", "output")} for g in inv.adjust])

    target = inv.target.resolve()
    config_path = target / LOGS / "batch-config.json"
    write_json(config_path, batch_config(inv, source, pattern))
    cleared = clear_stale_lock(target, SNAKEFILE)
    if cleared:
        log.warning("cleared a stale lock left by an interrupted run in %s", target)

    final_rule = "apply" if inv.apply is not None else ("adjust" if inv.adjust else "extract")
    progress = Progress(final_rule=final_rule, target=target, discovered=len(cvs),
                        names={cv.rel: f"{cv.rel}{cv.suffix}" for cv in cvs})
    print(f"Processing {len(cvs)} files matching '{pattern}' with {workers} parallel workers", flush=True)
    cmd = [sys.executable, "-m", "snakemake", "-s", str(SNAKEFILE), "-d", str(target),
           "--cores", str(workers), "--configfile", str(config_path), "--logger", "cvextract"]
    log.debug("running: %s", " ".join(cmd))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", errors="replace", preexec_fn=_end_with_parent())
    stderr_lines: list[str] = []
    drain = threading.Thread(target=lambda: stderr_lines.extend(proc.stderr), daemon=True)
    drain.start()
    terminated = threading.Event()
    restore = _forward_sigterm(proc, terminated)
    try:
        for raw in proc.stdout:
            try:
                entry = json.loads(raw)
            except json.JSONDecodeError:
                log.debug("%s", raw.rstrip())
                continue
            log.debug("snakemake: %s", (entry.get("message") or entry.get("msg") or entry.get("event") or "").rstrip())
            progress.handle(entry)
    except KeyboardInterrupt:
        # Keep reading: Snakemake blocks on a full stdout pipe and would never get to exit.
        threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
        _stop(proc, first_wait=2.0)  # Ctrl-C in a terminal reached Snakemake too: let it stop itself
        raise
    finally:
        restore()
    returncode = proc.wait()
    progress.flush()
    drain.join(timeout=5)
    for line in stderr_lines:
        log.debug("snakemake stderr: %s", line.rstrip())

    up_to_date = len(cvs) - (progress.total if progress.total is not None else len(cvs))
    ran = progress.total or 0
    succeeded = len(progress.succeeded)
    print("=" * 60)
    if progress.total is None and returncode == 0:
        print(f"Nothing to do: all {len(cvs)} files are up to date.")
        return 0
    note = f" ({up_to_date} already up to date)" if up_to_date > 0 else ""
    print(f"Completed: {succeeded}/{ran} files succeeded, {len(progress.failed)} failed{note}")
    for rel, cause in progress.failed.items():
        print(f"  - {progress.failure_line(rel, cause, source)}")
    if terminated.is_set():
        log.error("terminated: the batch was stopped; rerun the same command to process the rest")
        return 128 + signal.SIGTERM
    if returncode < 0:  # Snakemake itself was killed (OOM killer, kill -9): its lock stays behind
        log.error("the batch stopped: snakemake was killed (%s); rerun the same command to resume",
                  _signal_name(-returncode))
    elif returncode != 0 and not progress.failed:
        detail = progress.errors[0].splitlines()[0] if progress.errors else _last_words(stderr_lines)
        log.error("the batch stopped: %s (full log: %s)", detail, target / ".snakemake" / "log")
    return 1 if (progress.failed or returncode != 0) else 0


# Snakemake is always stopped with SIGINT, as Ctrl-C would: it cancels its jobs, marks their outputs
# incomplete and releases its lock within about a second. Not with SIGTERM: Snakemake 9's SIGTERM
# handler takes the scheduler's lock, and when the signal lands while the scheduler holds it
# (frequent with many short jobs) Snakemake deadlocks and never exits.
def _stop(proc: subprocess.Popen, first_wait: float = 0.0, grace: float = 15.0) -> None:
    for sig, wait in ((None, first_wait), (signal.SIGINT, grace), (signal.SIGKILL, None)):
        if proc.poll() is not None:
            return
        if sig is not None:
            proc.send_signal(sig)
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _forward_sigterm(proc: subprocess.Popen, terminated: threading.Event):
    """While the batch runs, SIGTERM to the CLI stops Snakemake (a second one kills it).

    Without this the CLI would die at once and leave Snakemake running the whole batch unseen.
    Returns the function that restores the previous handler.
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def stop(signum, frame):
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL if terminated.is_set() else signal.SIGINT)
        terminated.set()

    previous = signal.signal(signal.SIGTERM, stop)
    return lambda: signal.signal(signal.SIGTERM, previous)


def _end_with_parent():
    """Linux: Snakemake is stopped when the CLI dies (even by SIGKILL) instead of running on unseen."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1

    def set_pdeathsig() -> None:  # runs in the child between fork and exec
        prctl(pr_set_pdeathsig, signal.SIGINT)

    return set_pdeathsig


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _last_words(lines: list[str]) -> str:
    meaningful = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("Using ")]
    return meaningful[-1] if meaningful else "snakemake failed"
