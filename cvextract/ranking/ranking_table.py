"""The batch's ranking: every CV's match, best first, as ``ranking.csv`` and ``ranking.json``.

A CV without a match (its extraction failed, or has not run) is listed last, unranked, with the
cause its job log gives, so that no CV goes silently missing.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..atomic import write_text

CSV_COLUMNS = ("rank", "cv", "score", "matched", "missing", "evidence", "error")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell as a formula


def rank_rows(entries: list[dict]) -> list[dict]:
    """``entries``: ``{"cv": name, "match": match_cv() result or None, "error": cause or None}``.
    Best first: score, then requirements held, then the CV's name; unmatched CVs last."""
    ranked = sorted((e for e in entries if e.get("match")),
                    key=lambda e: (-e["match"]["score"], -len(e["match"]["matched"]), e["cv"]))
    unranked = sorted((e for e in entries if not e.get("match")), key=lambda e: e["cv"])
    rows = []
    for position, entry in enumerate(ranked, 1):
        rows.append({"rank": position, "cv": entry["cv"], **entry["match"], **_extra(entry)})
    for entry in unranked:
        rows.append({"rank": None, "cv": entry["cv"], "score": None, "matched": [], "missing": [], "evidence": [],
                     "error": entry.get("error") or "not matched", **_extra(entry)})
    return rows


def _extra(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if k not in ("cv", "match", "error")}


def evidence_line(evidence: list[dict]) -> str:
    """``Kubernetes: "Ran 40 services on K8s" | SQL: "SQL"``: the first place of each held requirement
    (a semantic one followed by its similarity)."""
    return " | ".join(f'{e["requirement"]}: "{e["places"][0]["quote"]}"' + _similarity(e["places"][0])
                      for e in evidence if e["places"])


def _similarity(place: dict) -> str:
    """`` (similarity 0.87)`` after a semantic match's quote (rank.embeddings)."""
    return f' (similarity {place["similarity"]:g})' if place.get("semantic") else ""


def csv_text(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        score = row["score"]
        writer.writerow([_cell(v) for v in (
            "" if row["rank"] is None else row["rank"], row["cv"],
            "" if score is None else f"{score:g}", ";".join(row["matched"]), ";".join(row["missing"]),
            evidence_line(row["evidence"]), row.get("error") or "")])
    return out.getvalue()


def _cell(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_ranking(csv_path: str | Path, json_path: str | Path, rows: list[dict], *, job: dict) -> None:
    """``ranking.csv`` and ``ranking.json`` (the job's requirements and every row in full)."""
    # One line: with every CV's evidence it grows with the batch, and an indented dump is slow.
    write_text(json_path, json.dumps({"job": job.get("job"), "source": job.get("source"),
                                      "requirements": job.get("requirements", []), "cvs": rows},
                                     ensure_ascii=False) + "\n")
    write_text(csv_path, csv_text(rows))


def read_ranking(path: str | Path) -> dict:
    """A ``ranking.json`` as written by :func:`write_ranking`."""
    from ..json_files import read_json_object

    return read_json_object(path, "ranking file")


def ranked_rows(ranking: dict) -> list[dict]:
    """The rows of the CVs that were ranked, best first (a CV that failed has no rank)."""
    return [row for row in ranking.get("cvs", []) if row.get("rank") is not None]


def shortlist(ranking: dict, top: int) -> list[str]:
    """The ``cv`` names of the best ``top`` ranked CVs."""
    return [row["cv"] for row in ranked_rows(ranking)][:top]


