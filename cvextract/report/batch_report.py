"""``<target>/report.html``: what a batch did to every CV, rebuilt from what is on disk.

At the end of a batch :func:`record_batch` keeps what only the batch knows (its start and end, its
configuration, its CVs) in ``logs/batch-run.json`` and writes the report; :func:`write_report`
(``cvextract report --target DIR``) rebuilds it later from that record, the job logs, the outputs,
the fabrication guard's verdicts and ``logs/llm-usage.json``.
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path

from ..atomic import write_text
from ..errors import InputError
from ..layout import ADJUSTED, DOCUMENT_SUFFIX, DOCUMENTS, JSONRESUME, LOGS, PDF_SUFFIX, STRUCTURED, TargetLayout
from . import REPORT
from .changes import TAILOR, TRANSLATE, compare, reverted
from .outcomes import FAILED, STATUSES, CvPaths, cv_outcome
from .page import render_page, render_pending

RUN_RECORD = "batch-run.json"
LLM_USAGE = "llm-usage.json"
CHANGES_CACHE = ".report-changes.json"  # each CV's changes, kept while its files stay the same
_OUTPUTS = (("structured", "JSON", STRUCTURED, ".json"), ("adjusted", "adjusted JSON", ADJUSTED, ".json"),
            ("document", "document", DOCUMENTS, DOCUMENT_SUFFIX), ("pdf", "PDF", DOCUMENTS, PDF_SUFFIX),
            (JSONRESUME, "JSON Resume", JSONRESUME, ".json"))


def record_batch(target: str | Path, *, config: dict, cvs: list[tuple[str, str]], started: float,
                 finished: float | None = None, cores: int | None = None) -> Path:
    """Keep this batch's record beside its logs and write its report; returns the report's path.

    ``config``: the validated workflow configuration; ``cvs``: ``(rel, suffix)`` of each CV.
    """
    target = Path(target)
    record = {"started": started, "finished": time.time() if finished is None else finished,
              "cores": cores, "config": config, "cvs": [list(cv) for cv in cvs]}
    _write_compact(target / LOGS / RUN_RECORD, record)
    return write_report(target)


def _write_compact(path: Path, data) -> None:
    """One-line JSON: these files grow with the batch (10,000 CVs), and indenting is slow to write."""
    write_text(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


def write_pending(target: str | Path, *, started: float) -> Path:
    """While a batch runs: a page saying so (the full report is written when the batch ends)."""
    path = Path(target) / REPORT
    write_text(path, render_pending(f"A cvextract batch started here at {_when(started)} and is running, or "
                                    "was stopped before it could write its report. The report is written when "
                                    "the batch ends; `cvextract report --target DIR` rebuilds it from the "
                                    "files on disk at any time."))
    return path


def write_report(target: str | Path) -> Path:
    """(Re)write ``<target>/report.html`` from the batch record and the files below ``target``."""
    target = Path(target)
    record_path = target / LOGS / RUN_RECORD
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(target, f"no batch has finished here ({LOGS}/{RUN_RECORD} is missing)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(record_path, f"is not a readable batch record ({exc})") from None
    data, changes = collect(target, record)
    path = target / REPORT
    write_text(path, render_page("cvextract batch report", data, changes))
    return path


def _stages(config: dict) -> list[str]:
    apply = config.get("apply")
    return (["extract"] + (["adjust"] if config.get("adjust") else []) + (["apply"] if apply else [])
            + (["pdf"] if isinstance(apply, dict) and apply.get("pdf") else [])
            + ([JSONRESUME] if JSONRESUME in (config.get("export") or []) else []))


def _when(epoch) -> str | None:
    if not isinstance(epoch, (int, float)):
        return None
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def _config_rows(config: dict, cores) -> list[list[str]]:
    steps = config.get("adjust") or []
    shown = ", ".join(" ".join([str(s.get("name"))] + [f"{k}={v}" for k, v in s.items() if k != "name"])
                      for s in steps)
    rows = [["source", str(config.get("source"))], ["file type", str(config.get("file_type"))],
            ["target", str(config.get("target"))],
            ["extractor", str((config.get("extract") or {}).get("name", "default-docx-cv-extractor"))],
            ["adjust steps", shown or "none"],
            ["template", str((config.get("apply") or {}).get("template")) if config.get("apply") else "none (no apply stage)"]]
    for warning in (config.get("apply") or {}).get("warnings") or []:  # the template check's, once per batch
        rows.append(["template warning", str(warning)])
    rows.append(["export", ", ".join(config.get("export") or []) or "none"])
    if steps:
        llm = config.get("llm") or {}
        rows.append(["LLM cap", str(llm.get("max_concurrent", "default"))])
        if "mask_personal_data" in llm:  # records from before it was kept lack it
            rows.append(["personal data", "masked in prompts" if llm["mask_personal_data"] else "sent as is"])
        for key, label in (("requests_per_minute", "requests per minute"), ("tokens_per_minute", "tokens per minute")):
            if key in llm:
                rows.append([label, f"{llm[key]:g}"])
    if cores:
        rows.append(["cores", str(cores)])
    return rows


def read_llm_usage(path: Path) -> tuple[list[list[str]] | None, dict]:
    """The summary rows of ``logs/llm-usage.json`` and its per-CV entries; (None, {}) without it."""
    try:
        usage = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None, {}
    if not isinstance(usage, dict):
        return None, {}
    rows = []
    for key, label in (("calls", "calls"), ("prompt_tokens", "prompt tokens"),
                       ("completion_tokens", "completion tokens"), ("cache_hits", "cache hits"),
                       ("rate_limited", "rate-limit refusals")):
        if isinstance(usage.get(key), (int, float)):
            rows.append([label, f"{usage[key]:,}"])
    cost = usage.get("estimated_cost")
    if isinstance(cost, (int, float)):
        rows.append(["estimated cost", f"${cost:.4f}"])
    elif "estimated_cost" in usage:
        rows.append(["estimated cost", "unknown (no llm.price_per_million_tokens)"])
    per_cv = usage.get("cvs") if isinstance(usage.get("cvs"), dict) else {}
    return rows, per_cv


def _verdicts(path: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            verdicts = json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return []
    return [v for v in verdicts if isinstance(v, dict)] if isinstance(verdicts, list) else []


def _read(path: str | Path) -> dict | None:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _stamp(paths) -> list[int]:
    stamps = []
    for path in paths:
        try:
            stamps.append(os.stat(path).st_mtime_ns)
        except OSError:
            stamps.append(0)
    return stamps


class ChangesOfCvs:
    """Each adjusted CV's guard verdicts and changes, recomputed only when one of its files changed."""

    def __init__(self, paths: CvPaths, steps: list[dict]):
        from ..adjust.chain import GUARD_VERDICTS, TRANSLATING, intermediate_name

        self.paths, self.steps = paths, steps
        self.names = [str(s.get("name")) for s in steps]
        self.modes = [TRANSLATE if name in TRANSLATING else TAILOR for name in self.names]
        self.verdicts_name = GUARD_VERDICTS
        self.step_files = [intermediate_name(i, name) for i, name in enumerate(self.names, 1)]
        self.cache_path = paths.layout.target / LOGS / CHANGES_CACHE
        cached = _read(self.cache_path) or {}
        self.cached = cached.get("cvs", {}) if cached.get("steps") == steps else {}
        self.kept: dict = {}

    def of(self, rel: str, *, adjusted: bool) -> dict:
        steps_dir = self.paths.of("steps", rel)
        files = [self.paths.of("structured", rel), self.paths.of("adjusted", rel), f"{steps_dir}/{self.verdicts_name}",
                 *(f"{steps_dir}/{name}" for name in self.step_files)]
        key = [adjusted, *_stamp(files)]
        hit = self.cached.get(rel)
        entry = hit[1] if isinstance(hit, list) and len(hit) == 2 and hit[0] == key else self._compute(rel, adjusted)
        self.kept[rel] = [key, entry]
        return entry

    def save(self) -> None:
        _write_compact(self.cache_path, {"steps": self.steps, "cvs": self.kept})

    def _compute(self, rel: str, adjusted: bool) -> dict:
        """The guard's verdicts and, for an adjusted CV, what each step (or the chain) changed."""
        steps_dir = self.paths.of("steps", rel)
        entry: dict = {"guard": _verdicts(f"{steps_dir}/{self.verdicts_name}"), "steps": []}
        if not adjusted:
            return entry
        before = _read(self.paths.of("structured", rel))
        outputs = [_read(f"{steps_dir}/{name}") for name in self.step_files]
        if before is not None and outputs and all(o is not None for o in outputs):
            for i, (name, mode, after) in enumerate(zip(self.names, self.modes, outputs), 1):
                step = {"title": f"Step {i}: {name}", **compare(before, after, mode)}
                step["changes"] += [c for v in entry["guard"] if v.get("step") == i for c in reverted(v)]
                entry["steps"].append(step)
                before = after
            return entry
        after = _read(self.paths.of("adjusted", rel))
        if before is not None and after is not None:  # no step outputs kept: the whole chain at once
            mode = TRANSLATE if TRANSLATE in self.modes else TAILOR
            step = {"title": "Extracted → adjusted", **compare(before, after, mode)}
            step["changes"] += [c for v in entry["guard"] for c in reverted(v)]
            entry["steps"].append(step)
        return entry


def collect(target: Path, record: dict) -> tuple[dict, list]:
    """The page's data: summary and one compact entry per CV; and the CVs' changes, apart."""
    config = record.get("config") or {}
    stages = _stages(config)
    steps = [s for s in config.get("adjust") or [] if isinstance(s, dict)]
    paths = CvPaths(TargetLayout(target))
    started, finished = record.get("started"), record.get("finished")
    extract = config.get("extract")
    fallback = extract.get("fallback") if isinstance(extract, dict) else None  # CVs the model read
    llm_rows, llm_per_cv = read_llm_usage(target / LOGS / LLM_USAGE) if steps or fallback else (None, {})
    rows, changes = [], []
    cv_changes = ChangesOfCvs(paths, steps) if steps else None
    for rel, suffix in record.get("cvs") or []:
        outcome = cv_outcome(paths, rel, f"{rel}{suffix}", stages, started=started)
        row = {"n": outcome.name, "r": rel, "s": STATUSES.index(outcome.status), "o": outcome.outputs}
        if outcome.cause:
            row["c"], row["f"] = outcome.cause, outcome.stage
        if outcome.warnings:
            row["w"] = outcome.warnings
        if outcome.ms:
            row["t"] = outcome.ms
        if outcome.extractor:
            row["e"] = outcome.extractor
        if steps and (outcome.outputs.get("adjusted") or outcome.stage == "adjust"):
            entry = cv_changes.of(rel, adjusted=bool(outcome.outputs.get("adjusted")) and outcome.status != FAILED)
            if entry["guard"] or entry["steps"]:
                row["x"] = len(changes)
                changes.append(entry)
        usage = llm_per_cv.get(rel)
        if isinstance(usage, dict):
            row["u"] = {k: v for k, v in usage.items() if isinstance(v, (int, float))}
        rows.append(row)
    if cv_changes is not None:
        cv_changes.save()
    wall = finished - started if isinstance(started, (int, float)) and isinstance(finished, (int, float)) else None
    data = {
        "generated": _when(time.time()), "started": _when(started), "wall_seconds": wall,
        "statuses": list(STATUSES), "stages": stages, "config": _config_rows(config, record.get("cores")),
        "llm": llm_rows, "outputs": [list(o) for o in _OUTPUTS], "cvs": rows,
    }
    return data, changes
