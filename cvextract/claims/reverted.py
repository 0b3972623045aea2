"""What the claims check reverted, told to the user: one job-log line per reverted sentence or
bullet, and the batch's summary line (``3 invented claims reverted in 2 CVs; see report.html``)."""

from __future__ import annotations

import json
from pathlib import Path

from .policy import claim_count

VERDICTS = "guard.json"  # the file the adjust chain writes beside each CV's step outputs


def reverted_lines(verdicts: list[dict]) -> list[str]:
    """``guard reverted <where> (step): 'claim', ...; wrote '...'; kept '...'`` for each finding."""
    lines = []
    for verdict in verdicts:
        for found in verdict.get("reverted") or []:
            kept = repr(found["kept"]) if found.get("kept") else "nothing (dropped)"
            claims = ", ".join(repr(c) for c in found.get("claims") or [])
            lines.append(f"guard reverted {found['where']} ({verdict.get('adjuster')}): {claims} not in the CV; "
                         f"wrote {found['written']!r}; kept {kept}")
    return lines


def reverted_in(steps_dir: Path) -> int:
    """How many claims the guard reverted for one CV (its ``guard.json``; 0 when none or unreadable)."""
    try:
        verdicts = json.loads((Path(steps_dir) / VERDICTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    if not isinstance(verdicts, list):
        return 0
    return sum(claim_count(v.get("reverted") or []) for v in verdicts if isinstance(v, dict))


def summary_line(steps_dirs, report: str | Path) -> str | None:
    """The batch's one line on reverted claims over the CVs' step folders, or None when there is none."""
    counts = [n for n in (reverted_in(d) for d in steps_dirs) if n]
    if not counts:
        return None
    claims = sum(counts)
    return (f"{claims} invented claim{'s' if claims != 1 else ''} reverted in {len(counts)} "
            f"CV{'s' if len(counts) != 1 else ''}; see {report}")
