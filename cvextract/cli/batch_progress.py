"""Progress of a ``--parallel`` batch: the logger plugin's job events -> one line per CV."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..batch.snakemake_runtime import STOPPING_MESSAGE
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
    causes: dict = field(default_factory=dict)      # jobid -> the cause Snakemake printed for its last failure
    _pending: list = field(default_factory=list)    # job causes printed, their job_error not yet seen
    batch_failed: dict = field(default_factory=dict)  # rule -> cause, of the once-per-batch jobs (the ranking's)

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
            self._take_cause(jobid)
            if jobid in self.jobs:
                self.failures[jobid] = self.failures.get(jobid, 0) + 1
                if self.failures[jobid] >= self.attempts:
                    self._fail(jobid)
        else:
            message = _message(entry)
            if message.startswith(STOPPING_MESSAGE):
                self.stopped = True  # SIGINT/SIGTERM reached Snakemake itself
            elif message and entry.get("level") in ("ERROR", "CRITICAL"):
                self.errors.append(message)
                cause = job_cause(message)
                if cause is not None:
                    self._pending.append(cause)

    def flush(self) -> None:
        """At the end of the run: the jobs that failed and were not retried to success failed."""
        for jobid in list(self.failures):
            self._fail(jobid)

    def _fail(self, jobid) -> None:
        self.failures.pop(jobid, None)
        rule, rel = self.jobs[jobid]
        if rel is None and rule is not None:
            self.batch_failed.setdefault(rule, self.causes.get(jobid) or f"{rule} failed")
        if rel is not None and rel not in self.failed:
            self.failed[rel] = self.causes.get(jobid) or self._cause(rule, rel)
            self.line("FAILED", rel)

    def _take_cause(self, jobid) -> None:
        """Snakemake prints a failed job's exception just before its job_error event; with jobs
        failing at once in several threads, the cause naming the job's CV is the one."""
        if not self._pending:
            return
        rel = (self.jobs.get(jobid) or (None, None))[1]
        mine = [c for c in self._pending if rel is not None and rel in c] or self._pending[-1:]
        self.causes[jobid] = mine[-1]
        self._pending.remove(mine[-1])

    def not_processed(self) -> int:
        """CVs the run was to process that neither succeeded nor failed (the batch stopped early)."""
        return max(0, (self.total if self.total is not None else self.discovered)
                   - len(self.succeeded) - len(self.failed))

    def failure_line(self, rel: str, cause: str, source: Path) -> str:
        """``<file below source>: <cause>``, without repeating the CV's own path in the cause."""
        name = self.names.get(rel, rel)
        for prefix in (f"{source.resolve()}/{name}: ", f"{source}/{name}: "):
            if cause.startswith(prefix):
                return f"{name}: {cause[len(prefix):]}"
        return f"{name}: {cause}"

    def _cause(self, rule: str, rel: str) -> str:
        """The FAILED line of the job's logs: the extraction's (an adjust job extracts its CV too,
        BatchPlan.extracts_in), its own stage's, then the render's (an extract or adjust job renders
        the document too, BatchPlan.renders_in)."""
        layout = TargetLayout(self.target)
        for stage in dict.fromkeys(("extract" if rule == "adjust" else rule, rule, "apply")):
            try:
                first = layout.job_log(stage, rel).read_text(encoding="utf-8").splitlines()[0]
            except (OSError, IndexError):
                continue
            if first.startswith("FAILED"):
                return first.split(": ", 1)[1]
        return f"{self.names.get(rel, rel)}: {rule} failed (see {layout.job_log(rule, rel)})"


def says_stopping(entry: dict) -> bool:
    """The logger plugin's line for Snakemake's "stopping on an interrupt"."""
    return _message(entry).startswith(STOPPING_MESSAGE)


def _message(entry: dict) -> str:
    return (entry.get("message") or entry.get("msg") or "").strip()


_RAISED_IN = re.compile(r'^\w+ in file ".*", line \d+:$')


def job_cause(message: str) -> str | None:
    """The one-line cause in Snakemake's report of a job's exception (``RuleException:`` /
    ``JobFailed in file "…", line N:`` / the cause / ``  File …`` lines), or None for other errors."""
    lines = message.splitlines()
    for here, following in zip(lines, lines[1:]):
        if _RAISED_IN.match(here) and following.strip():
            return following.strip()
    return None


def _count_jobs(stats: str, rule: str) -> int | None:
    for row in stats.splitlines():
        parts = row.split()
        if len(parts) == 2 and parts[0] == rule and parts[1].isdigit():
            return int(parts[1])
    return None
