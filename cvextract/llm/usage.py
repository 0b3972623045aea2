"""What the model calls of a job and of a batch used: calls, tokens, cache hits, estimated cost.

The client records into every :func:`recording` scope active in the calling thread (a context
variable, so jobs running as threads of one process keep their counts apart). A batch job writes
its scope to a small file beside its job log (:func:`write_job_usage`), wherever it ran (a pool
worker, a thread, a cluster node); at the end of the batch :func:`write_batch_usage` adds up the
files this batch wrote into ``<target>/logs/llm-usage.json``.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import os
import threading
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ..layout import JOB_USAGE_SUFFIX  # beside the job log (see job_usage_path)

log = logging.getLogger("cvextract.llm")

BATCH_USAGE_FILE = "llm-usage.json"
PRICE_INPUT_ENV = "CVEXTRACT_LLM_PRICE_INPUT"    # USD per million prompt tokens
PRICE_OUTPUT_ENV = "CVEXTRACT_LLM_PRICE_OUTPUT"  # USD per million completion tokens


@dataclass
class Usage:
    calls: int = 0               # answers the model produced (what a provider bills)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_hits: int = 0          # answers taken from the answer cache, no call made
    rate_limited: int = 0        # HTTP 429 refusals received

    def add(self, other: "Usage") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def cost(self, prices: dict | None) -> float | None:
        """Estimated cost from ``{input, output}`` prices per million tokens, or ``None`` without prices."""
        if not prices:
            return None
        return round((self.prompt_tokens * float(prices.get("input") or 0)
                      + self.completion_tokens * float(prices.get("output") or 0)) / 1e6, 10)

    def as_dict(self, prices: dict | None) -> dict:
        return {**asdict(self), "estimated_cost": self.cost(prices)}

    @classmethod
    def from_dict(cls, data: dict) -> "Usage":
        values = {}
        for f in fields(cls):
            value = data.get(f.name, 0)
            values[f.name] = value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
        return cls(**values)


_scopes: contextvars.ContextVar[tuple[Usage, ...]] = contextvars.ContextVar("cvextract_llm_usage", default=())
_lock = threading.Lock()


@contextlib.contextmanager
def recording():
    """Collect the usage of the model calls made inside the ``with`` block (this thread only)."""
    usage = Usage()
    token = _scopes.set(_scopes.get() + (usage,))
    try:
        yield usage
    finally:
        _scopes.reset(token)


def record(**counts: int) -> None:
    """Add ``counts`` (``calls=1, prompt_tokens=…``) to every active scope."""
    scopes = _scopes.get()
    if not scopes:
        return
    with _lock:
        for usage in scopes:
            for name, value in counts.items():
                setattr(usage, name, getattr(usage, name) + int(value or 0))


# --- per job and per batch -------------------------------------------------------------------

def job_usage_path(job_log: str | Path) -> Path:
    """``logs/adjust/a/b.log`` -> ``logs/adjust/a/b.log.<attempt>.usage.json``: one file per attempt,
    so a job Snakemake retries keeps the calls its failed attempt made (they are billed too)."""
    job_log = Path(job_log)
    return job_log.with_name(f"{job_log.name}.{os.getpid()}-{time.time_ns():x}{JOB_USAGE_SUFFIX}")


def write_job_usage(job_log: str | Path, usage: Usage) -> None:
    """Beside the job log; nothing for a job that neither called the model nor hit its cache."""
    from ..atomic import write_json

    if usage.active:
        write_json(job_usage_path(job_log), {**asdict(usage), "written_at": time.time()})


def prices_from_env() -> dict | None:
    prices = {}
    for key, name in (("input", PRICE_INPUT_ENV), ("output", PRICE_OUTPUT_ENV)):
        raw = os.environ.get(name, "").strip()
        if raw:
            try:
                prices[key] = float(raw)
            except ValueError:
                log.warning("ignoring %s=%r: not a number", name, raw)
    return prices or None


def batch_usage(logs_dir: str | Path, *, since: float, prices: dict | None) -> dict:
    """Totals of the job usage files under ``logs_dir`` written at or after ``since`` (this batch).

    Top level: the batch totals (``calls``, ``prompt_tokens``, ``completion_tokens``,
    ``cache_hits``, ``rate_limited``, ``estimated_cost``); then ``research`` (the once-per-batch
    jobs) and ``cvs`` (one entry per CV, all its stages added up).
    """
    logs_dir = Path(logs_dir)
    total, research, cvs = Usage(), Usage(), {}
    for path in sorted(logs_dir.rglob("*" + JOB_USAGE_SUFFIX)):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("%s: ignoring unreadable usage file (%s)", path, exc)
            continue
        if not isinstance(data, dict) or not isinstance(data.get("written_at"), (int, float)) \
                or data["written_at"] < since:
            path.unlink(missing_ok=True)  # left by an earlier batch, already in its report
            continue
        usage = Usage.from_dict(data)
        total.add(usage)
        parts = path.relative_to(logs_dir).parts
        if len(parts) < 2:  # logs/research.log.<attempt>.usage.json: a job of the whole batch
            research.add(usage)
            continue
        job_log = "/".join(parts[1:])[: -len(JOB_USAGE_SUFFIX)].rsplit(".", 1)[0]
        rel = job_log[: -len(".log")] if job_log.endswith(".log") else job_log
        cvs.setdefault(rel, Usage()).add(usage)
    return {**total.as_dict(prices), "price_per_million_tokens": prices,
            "research": research.as_dict(prices),
            "cvs": {rel: usage.as_dict(prices) for rel, usage in sorted(cvs.items())}}


def write_batch_usage(logs_dir: str | Path, *, since: float, prices: dict | None = None) -> dict:
    """Write ``<logs_dir>/llm-usage.json`` for the batch that started at ``since`` (wall-clock time)."""
    from ..atomic import write_json

    report = batch_usage(logs_dir, since=since, prices=prices if prices is not None else prices_from_env())
    write_json(Path(logs_dir) / BATCH_USAGE_FILE, report)
    return report


def summary_line(report: dict) -> str:
    """``LLM: 12 calls, 3,400 prompt + 1,200 completion tokens, 5 cache hits, est. cost $0.0012,
    0 refused (HTTP 429)``: the refusals always, so a batch that hammered its provider shows it."""
    cost = report.get("estimated_cost")
    return (f"LLM: {report.get('calls', 0)} calls, {report.get('prompt_tokens', 0):,} prompt + "
            f"{report.get('completion_tokens', 0):,} completion tokens, {report.get('cache_hits', 0)} cache hits, "
            + (f"est. cost ${cost:.4f}" if isinstance(cost, (int, float)) else "cost unknown (no llm.price_per_million_tokens)")
            + f", {report.get('rate_limited', 0)} refused (HTTP 429)")
