"""Where an adjusted bullet comes from: a bullet (or the description) of the same experience,
reordered, reworded, shortened or merged, and not another experience's bullet or nothing at all.

Similarity is rapidfuzz's token-set ratio on content-word stems (a shortened bullet is a subset of
its source: 100), backed by content-word coverage against the experience as a whole (two merged
bullets each match it in part, together fully).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from .words import content_stems

SAME_BULLET = 60      # token-set ratio (0-100) from which a bullet rewords one source bullet
COVERED = 0.6         # share of a bullet's content words its experience holds: a rewording or merge
MOVED = 85            # a bullet this close to another experience's bullet, and closer than to its own, moved


@dataclass(frozen=True)
class Origin:
    index: int | None   # the source bullet it rewords best (None: the experience has no bullet)
    score: float        # its token-set ratio, 0-100
    coverage: float     # share of its content words found in its experience
    moved_from: int | None = None  # the experience whose bullet it is, when moved

    @property
    def invented(self) -> bool:
        return self.moved_from is not None or (self.score < SAME_BULLET and self.coverage < COVERED)


def _key(stems: set[str]) -> str:
    return " ".join(sorted(stems))


def similarity(text: str, other: str) -> float:
    """0-100: how far ``text`` rewords ``other`` (content words, order and inflection aside)."""
    a, b = content_stems(text), content_stems(other)
    if not a or not b:
        return 0.0
    return fuzz.token_set_ratio(_key(a), _key(b))


def best_match(text: str, candidates: list[str]) -> tuple[int | None, float]:
    """The candidate ``text`` rewords best, and how well (0-100)."""
    best, best_score = None, 0.0
    for index, candidate in enumerate(candidates):
        score = similarity(text, candidate)
        if score > best_score:
            best, best_score = index, score
    return best, best_score


def known_stems(texts: list[str]) -> frozenset[str]:
    """The content-word stems of all ``texts`` together (what an experience may draw on)."""
    return frozenset().union(*(content_stems(t) for t in texts))


def origin(bullet: str, own_bullets: list[str], known: frozenset[str],
           other_bullets: dict[int, list[str]]) -> Origin:
    """Where ``bullet`` comes from. ``known``: the stems of everything its experience (and the
    sidebar) holds (:func:`known_stems`); ``other_bullets``: the other experiences' bullets by index."""
    index, score = best_match(bullet, own_bullets)
    stems = content_stems(bullet)
    coverage = len(stems & known) / len(stems) if stems else 1.0
    for experience, bullets in other_bullets.items():
        _, elsewhere = best_match(bullet, bullets)
        if elsewhere >= MOVED and elsewhere > score:
            return Origin(index, score, coverage, moved_from=experience)
    return Origin(index, score, coverage)
