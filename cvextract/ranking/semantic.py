"""Semantic matches (``rank.embeddings``, off by default): a requirement a CV does not hold in words
is held when one of the CV's short items (a sidebar item, an environment item) means nearly the same,
by the cosine similarity of their embeddings (:mod:`cvextract.llm.embeddings`). Such evidence is
marked ``"semantic": true`` with its ``similarity``.
"""

from __future__ import annotations

import math

from .cv_text import Piece, cv_pieces
from .job_file import Requirement

MIN_SIMILARITY = 0.80
MAX_ITEM_CHARS = 80  # sidebar and environment items; sentences are left to the word matches


def short_pieces(cv: dict) -> list[Piece]:
    return [p for p in cv_pieces(cv) if p.field not in ("bullets", "description", "overview")
            and len(p.text) <= MAX_ITEM_CHARS]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def with_semantic_matches(match: dict, pieces: list[Piece], requirements: list[Requirement],
                          vectors: dict[str, list[float]]) -> dict:
    """``match`` with the missing requirements that one of ``pieces`` is close enough to moved to
    the matched ones (in the job's order), their evidence marked, and the score again."""
    by_name = {r.name: r for r in requirements}
    found = {}
    for name in match["missing"]:
        scored = [(cosine(vectors[name], vectors[p.text]), i) for i, p in enumerate(pieces)]
        best, i = max(scored, default=(0.0, -1))
        if best >= MIN_SIMILARITY:
            piece = pieces[i]
            found[name] = {"requirement": name, "weight": by_name[name].weight, "places": [{
                "quote": piece.text.strip(), "words": piece.text.strip(), "term": name, "where": piece.where(),
                "location": piece.location(), "semantic": True, "similarity": round(best, 3)}]}
    if not found:
        return match
    evidence = {e["requirement"]: e for e in match["evidence"]} | found
    matched = [r.name for r in requirements if r.name in evidence]
    held = sum(by_name[name].weight for name in matched)
    total = match["weight_total"]
    return {**match, "matched": matched, "missing": [n for n in match["missing"] if n not in found],
            "evidence": [evidence[name] for name in matched], "weight_held": held,
            "score": round(100 * held / total, 1) if total else 0.0}


def add_semantic_matches(matches: list[tuple[dict, dict]], requirements: list[Requirement], *,
                         cache_dir=None, source: str | None = None) -> list[dict]:
    """``(match, cv)`` pairs -> the matches with their semantic additions; one embeddings call for
    every text not yet cached (the requirements missing somewhere, the items of those CVs)."""
    from ..llm.embeddings import embed

    open_ = [(match, short_pieces(cv) if match["missing"] else []) for match, cv in matches]
    texts = [name for match, _ in open_ for name in match["missing"]] + [p.text for _, ps in open_ for p in ps]
    if not any(pieces for _, pieces in open_):
        return [match for match, _ in open_]
    vectors = embed(texts, cache_dir=cache_dir, source=source)
    return [with_semantic_matches(match, pieces, requirements, vectors) if pieces else match
            for match, pieces in open_]
