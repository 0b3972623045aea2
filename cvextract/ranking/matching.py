"""One CV against the requirements: which it holds, its score, and its own words as evidence.

Matching is on whole words, case and punctuation ignored (:mod:`.words`): a requirement is held when
one of its terms appears as a run of consecutive words in some piece of the CV (:mod:`.cv_text`).
The evidence quotes the CV as written: the piece itself, or the words around the match when the
piece is long, always a verbatim slice of the CV's text.
"""

from __future__ import annotations

from collections import defaultdict

from .cv_text import Piece, cv_pieces
from .job_file import Requirement
from .words import word_spans, words

MAX_QUOTE_CHARS = 160  # a longer piece is quoted as the words around the match
CONTEXT_WORDS = 8      # words kept each side of the match in such a quote
MAX_EVIDENCE = 5       # places kept per requirement (the first is the one the CSV shows)


class _Index:
    """Each word of the CV -> where it occurs (piece, word position): a term is looked up at the
    places of its first word only."""

    def __init__(self, pieces: list[Piece]):
        self.pieces = pieces
        self.spans = [word_spans(p.text) for p in pieces]
        self.at: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, spans in enumerate(self.spans):
            for j, (word, _, _) in enumerate(spans):
                self.at[word].append((i, j))

    def find(self, term: tuple[str, ...]):
        """``(piece index, first word, last word)`` of each occurrence of ``term``, in piece order."""
        n = len(term)
        for i, j in self.at.get(term[0], ()):
            spans = self.spans[i]
            if j + n <= len(spans) and all(spans[j + k][0] == term[k] for k in range(1, n)):
                yield i, j, j + n - 1


def quote(text: str, spans: list[tuple[str, int, int]], first: int, last: int) -> str:
    """The piece, or the words around ``first``..``last`` when it is long: a slice of ``text``."""
    if len(text) <= MAX_QUOTE_CHARS:
        return text.strip()
    start = spans[max(0, first - CONTEXT_WORDS)][1]
    end = spans[min(len(spans) - 1, last + CONTEXT_WORDS)][2]
    return text[start:end]


def match_cv(cv: dict, requirements: list[Requirement]) -> dict:
    """The CV's score (0-100, the share of requirement weight it holds), the requirements it holds
    and misses (by the job file's names) and the evidence of each held one."""
    index = _Index(cv_pieces(cv))
    matched, missing, evidence = [], [], []
    held = total = 0
    for req in requirements:
        total += req.weight
        places = _places(index, req)
        if not places:
            missing.append(req.name)
            continue
        held += req.weight
        matched.append(req.name)
        evidence.append({"requirement": req.name, "weight": req.weight, "places": places})
    score = round(100 * held / total, 1) if total else 0.0
    return {"score": score, "weight_held": held, "weight_total": total,
            "matched": matched, "missing": missing, "evidence": evidence}


def _places(index: _Index, req: Requirement) -> list[dict]:
    hits: dict[int, tuple[int, int, str]] = {}  # piece -> its first hit (of any term)
    for term in req.terms:
        key = words(term)
        if not key:
            continue
        for i, first, last in index.find(key):
            if i not in hits or first < hits[i][0]:
                hits[i] = (first, last, term)
    places = []
    for i in sorted(hits)[:MAX_EVIDENCE]:
        first, last, term = hits[i]
        piece, spans = index.pieces[i], index.spans[i]
        places.append({"quote": quote(piece.text, spans, first, last),
                       "words": piece.text[spans[first][1]:spans[last][2]],
                       "term": term, "where": piece.where(), "location": piece.location()})
    return places
