"""What happened to each CV of a batch, read back from the job logs and outputs on disk.

Each job writes one log (``logs/<stage>/<rel>.log``) whose first line is ``OK <stage>: … (N ms, pid P)``
or ``FAILED <stage>: <cause>``, followed by ``warning: …`` lines (and, for extract, ``extractor: <name>``:
the extractor that read the CV). A CV is

* ``failed``     when the first of its stages whose log says FAILED did (the cause is that line's),
* ``not run``    when one of its outputs is missing without a failure (an interrupted batch),
* ``done``       when one of its jobs ran in this batch (a log written after the batch started),
* ``up to date`` otherwise.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..layout import JSONRESUME, TargetLayout

DONE, FAILED, UP_TO_DATE, NOT_RUN = "done", "failed", "up to date", "not run"
STATUSES = (DONE, FAILED, UP_TO_DATE, NOT_RUN)
_TOOK = re.compile(r"\((\d+) ms, pid \d+\)\s*$")
# The output each stage after extract leaves (extract's is "structured").
STAGE_OUTPUTS = {"adjust": "adjusted", "apply": "document", "pdf": "pdf", JSONRESUME: JSONRESUME}


@dataclass
class StageLog:
    ok: bool
    cause: str | None = None
    ms: int | None = None
    warnings: list[str] = field(default_factory=list)
    mtime: float = 0.0
    extractor: str | None = None


@dataclass
class CvOutcome:
    rel: str
    name: str                       # the CV's path below the source folder, as the user knows it
    status: str
    stage: str | None = None        # the stage that failed
    cause: str | None = None
    warnings: list[str] = field(default_factory=list)
    ms: dict = field(default_factory=dict)        # stage -> milliseconds of its last run
    outputs: dict = field(default_factory=dict)   # "structured" and STAGE_OUTPUTS' kinds -> exists
    extractor: str | None = None    # the extractor that read it (reference-layout, any-layout, a model)


class CvPaths:
    """Each CV's files below a target, as strings from :class:`TargetLayout`'s patterns (a report of
    10,000 CVs looks at 80,000 paths: building each as a ``Path`` costs more than reading it)."""

    def __init__(self, layout: TargetLayout):
        self.layout = layout
        rel = "{rel}"
        self._patterns = {"structured": str(layout.structured(rel)), "adjusted": str(layout.adjusted(rel)),
                          "document": str(layout.document(rel)), "pdf": str(layout.pdf(rel)),
                          JSONRESUME: str(layout.export(JSONRESUME, rel)), "steps": str(layout.adjust_steps_dir(rel))}
        self._logs = {stage: str(layout.job_log(stage, rel)) for stage in ("extract", *STAGE_OUTPUTS)}

    def of(self, kind: str, rel: str) -> str:
        return self._patterns[kind].replace("{rel}", rel)

    def job_log(self, stage: str, rel: str) -> str:
        return self._logs[stage].replace("{rel}", rel)


def read_stage_log(path: str | Path) -> StageLog | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
            mtime = os.fstat(fh.fileno()).st_mtime
    except OSError:
        return None
    lines = text.splitlines()
    if not lines:
        return None
    first, rest = lines[0], lines[1:]
    warnings = [ln[len("warning: "):] for ln in rest if ln.startswith("warning: ")]
    if first.startswith("FAILED"):
        return StageLog(False, first.split(": ", 1)[1] if ": " in first else first, warnings=warnings, mtime=mtime)
    took = _TOOK.search(first)
    extractor = next((ln[len("extractor: "):] for ln in rest if ln.startswith("extractor: ")), None)
    return StageLog(True, ms=int(took.group(1)) if took else None, warnings=warnings, mtime=mtime, extractor=extractor)


def cv_outcome(paths: CvPaths, rel: str, name: str, stages: list[str], *, started: float | None) -> CvOutcome:
    """One CV's outcome; ``stages`` in order (``extract``, then those of STAGE_OUTPUTS), ``started`` the
    batch's start (seconds since the epoch; None: every finished CV counts as done)."""
    outputs = {"structured": os.path.isfile(paths.of("structured", rel))}
    for stage in stages:
        if stage in STAGE_OUTPUTS:
            outputs[STAGE_OUTPUTS[stage]] = os.path.isfile(paths.of(STAGE_OUTPUTS[stage], rel))
    outcome = CvOutcome(rel, name, UP_TO_DATE, outputs=outputs)
    ran = False
    for stage in stages:
        log = read_stage_log(paths.job_log(stage, rel))
        if log is None:
            continue
        outcome.warnings += [f"{stage}: {w}" for w in log.warnings]
        if not log.ok:
            outcome.status, outcome.stage, outcome.cause = FAILED, stage, log.cause
            return outcome
        if log.ms is not None:
            outcome.ms[stage] = log.ms
        outcome.extractor = outcome.extractor or log.extractor
        ran = ran or started is None or log.mtime >= started
    if not all(outputs.values()):
        outcome.status = NOT_RUN
    elif ran:
        outcome.status = DONE
    return outcome
