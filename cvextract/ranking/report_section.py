"""The ranking's section of the batch report: ``ranking.json`` made compact for the page's data."""

from __future__ import annotations

from pathlib import Path

from ..errors import CvError
from ..layout import TargetLayout


def ranking_section(target: str | Path) -> dict | None:
    """``{"job", "requirements": [[name, weight]], "rows": [...]}`` from the target's ranking.json,
    each row ``{k: rank, n: cv, r: rel, s: score, m: matched, x: missing, e: [[requirement, quote,
    where]], c: cause}``; None without a ranking."""
    from .ranking_table import read_ranking

    path = TargetLayout(Path(target)).ranking_json
    if not path.is_file():
        return None
    try:
        ranking = read_ranking(path)
    except CvError:
        return None
    rows = []
    for row in ranking.get("cvs") or []:
        entry = {"k": row.get("rank"), "n": row.get("cv"), "r": row.get("rel"), "s": row.get("score"),
                 "m": row.get("matched") or [], "x": row.get("missing") or [],
                 "e": [[e["requirement"], e["places"][0]["quote"], _where(e["places"][0])]
                       for e in row.get("evidence") or [] if e.get("places")]}
        if row.get("error"):
            entry["c"] = row["error"]
        rows.append(entry)
    return {"job": ranking.get("job"), "source": ranking.get("source"),
            "requirements": [[r.get("name"), r.get("weight")] for r in ranking.get("requirements") or []],
            "rows": rows}


def _where(place: dict) -> str:
    return place["where"] + (f", similarity {place['similarity']:g}" if place.get("semantic") else "")


def shortlisted(target: str | Path, top: int | None) -> set[str] | None:
    """The CVs (names below the source) that ``rank.top`` sent on to adjust and apply; None without a
    shortlist. The others' later outputs are missing on purpose, not because the batch stopped."""
    from .ranking_table import read_ranking, shortlist

    if not top:
        return None
    try:
        return set(shortlist(read_ranking(TargetLayout(Path(target)).ranking_json), top))
    except CvError:
        return set()
