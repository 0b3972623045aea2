"""Progress of a ``--parallel`` batch: the logger plugin's job events -> one line per CV."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..layout import LOGS


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
