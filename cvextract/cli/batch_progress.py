"""Progress of a ``--parallel`` batch: the logger plugin's job events -> one line per CV."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..layout import TargetLayout


@dataclass
class Progress:
    """Turns the logger plugin's job events into one line per CV.

    Snakemake retries a failed job ``attempts - 1`` times (the CLI passes ``--retries``), keeping its
    job id: a CV fails when one of its jobs failed ``attempts`` times, or failed and the run ended.
    """

    final_rule: str
    target: Path
    names: dict                                     # rel -> path below source, as the user knows it
    discovered: int
    attempts: int = 1
    jobs: dict = field(default_factory=dict)        # jobid -> (rule, rel)
    total: int | None = None
    done: int = 0
    failed: dict = field(default_factory=dict)      # rel -> cause
    succeeded: list = field(default_factory=list)
    errors: list = field(default_factory=list)      # workflow-level errors
    stopped: bool = False                            # Snakemake was told to stop (a signal)
    failures: dict = field(default_factory=dict)    # jobid -> failed attempts so far

    def line(self, status: str, rel: str) -> None:
        self.done += 1
        total = max(self.total or 0, self.done)
        width = len(str(total))
        pct = int(100 * self.done / total)
        print(f"[{self.done:>{width}}/{total} | {pct:>3}%] {status} {self.names.get(rel, rel)}", flush=True)

    def handle(self, entry: dict) -> None:
        event = entry.get("event")
        if event == "run_info" and self.total is None:
            self.total = _count_jobs(entry.get("msg", ""), self.final_rule)
            if self.total is not None and self.total < self.discovered:
                print(f"{self.discovered - self.total} already up to date; processing {self.total}", flush=True)
        elif event == "job_info":
            rel = (entry.get("wildcards") or {}).get("rel")
            self.jobs[entry.get("jobid")] = (entry.get("rule_name"), rel)
        elif event == "job_finished":
            jobid = entry.get("job_id")
            self.failures.pop(jobid, None)
            rule, rel = self.jobs.get(jobid, (None, None))
            if rule == self.final_rule and rel is not None and rel not in self.failed:
                self.succeeded.append(rel)
                self.line("ok    ", rel)
        elif event == "job_error":
            jobid = entry.get("jobid")
            if jobid in self.jobs:
                self.failures[jobid] = self.failures.get(jobid, 0) + 1
                if self.failures[jobid] >= self.attempts:
                    self._fail(jobid)
        else:
            message = (entry.get("message") or entry.get("msg") or "").strip()
            if message.startswith("Terminating processes on user request"):
                self.stopped = True  # SIGINT/SIGTERM reached Snakemake itself
            elif message and entry.get("level") in ("ERROR", "CRITICAL"):
                self.errors.append(message)

    def flush(self) -> None:
        """At the end of the run: the jobs that failed and were not retried to success failed."""
        for jobid in list(self.failures):
            self._fail(jobid)

    def _fail(self, jobid) -> None:
        self.failures.pop(jobid, None)
        rule, rel = self.jobs[jobid]
        if rel is not None and rel not in self.failed:
            self.failed[rel] = self._cause(rule, rel)
            self.line("FAILED", rel)

    def failure_line(self, rel: str, cause: str, source: Path) -> str:
        """``<file below source>: <cause>``, without repeating the CV's own path in the cause."""
        name = self.names.get(rel, rel)
        for prefix in (f"{source.resolve()}/{name}: ", f"{source}/{name}: "):
            if cause.startswith(prefix):
                return f"{name}: {cause[len(prefix):]}"
        return f"{name}: {cause}"

    def _cause(self, rule: str, rel: str) -> str:
        job_log = TargetLayout(self.target).job_log(rule, rel)
        try:
            first = job_log.read_text(encoding="utf-8").splitlines()[0]
            return first.split(": ", 1)[1] if first.startswith("FAILED") else first
        except (OSError, IndexError):
            return f"{self.names.get(rel, rel)}: {rule} failed (see {job_log})"


def _count_jobs(stats: str, rule: str) -> int | None:
    for row in stats.splitlines():
        parts = row.split()
        if len(parts) == 2 and parts[0] == rule and parts[1].isdigit():
            return int(parts[1])
    return None
