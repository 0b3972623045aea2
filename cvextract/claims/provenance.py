"""Where an adjusted bullet comes from: a bullet (or the description) of the same experience,
reordered, reworded, shortened or merged, and not another experience's bullet or nothing at all.

Similarity is rapidfuzz's token-set ratio on content-word stems (a shortened bullet is a subset of
its source: 100), backed by content-word coverage against the experience as a whole (two merged
bullets each match it in part, together fully). A short bullet that states a source bullet's
figures ("99.98 % availability across five years") and a word of it comes from that bullet too: the
figures are its content.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from functools import lru_cache

from rapidfuzz import fuzz, process

from .numbers import numbers_in
from .words import content_stems

SAME_BULLET = 60      # token-set ratio (0-100) from which a bullet rewords one source bullet
COVERED = 0.6         # share of a bullet's content words its experience holds: a rewording or merge
MOVED = 85            # a bullet this close to another experience's bullet, and closer than to its own, moved
MOVED_UNMATCHED = 75  # ... or this close, where it rewords none of its own (a short bullet taken over)


@dataclass(frozen=True)
class Origin:
    index: int | None   # the source bullet it rewords best (None: the experience has no bullet)
    score: float        # its token-set ratio, 0-100
    coverage: float     # share of its content words found in its experience
    moved_from: int | None = None  # the experience whose bullet it is, when moved

    @property
    def invented(self) -> bool:
        return self.moved_from is not None or (self.score < SAME_BULLET and self.coverage < COVERED)


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """``text``'s content-word stems, sorted, as one string (what the ratio compares)."""
    return " ".join(sorted(content_stems(text)))


def similarity(text: str, other: str) -> float:
    """0-100: how far ``text`` rewords ``other`` (content words, order and inflection aside)."""
    a, b = _key(text), _key(other)
    return fuzz.token_set_ratio(a, b) if a and b else 0.0


def best_match(text: str, candidates: list[str]) -> tuple[int | None, float]:
    """The candidate ``text`` rewords best, and how well (0-100); (None, 0) when nothing is alike."""
    key = _key(text)
    keys = [_key(c) for c in candidates]
    if not key or not any(keys):
        return None, 0.0
    found = process.extractOne(key, keys, scorer=fuzz.token_set_ratio, processor=None)  # keys: normalised
    return (found[2], found[1]) if found and found[1] > 0 else (None, 0.0)


def known_stems(texts: list[str]) -> frozenset[str]:
    """The content-word stems of all ``texts`` together (what an experience may draw on)."""
    return frozenset().union(*(content_stems(t) for t in texts))


def origin(bullet: str, own_bullets: list[str], known: frozenset[str],
           other_bullets: dict[int, list[str]]) -> Origin:
    """Where ``bullet`` comes from. ``known``: the stems of everything its experience (and the
    sidebar) holds (:func:`known_stems`); ``other_bullets``: the other experiences' bullets by index."""
    index, score = best_match(bullet, own_bullets)
    stems = content_stems(bullet)
    if score < SAME_BULLET:
        by_figures = _same_figures(bullet, own_bullets)
        if by_figures is not None:
            index, score = by_figures, float(SAME_BULLET)
    coverage = len(stems & known) / len(stems) if stems else 1.0
    if score < 100:  # a bullet its own experience has word for word moved nowhere
        owners = [experience for experience, bullets in other_bullets.items() for _ in bullets]
        elsewhere = [b for bullets in other_bullets.values() for b in bullets]
        at, found = best_match(bullet, elsewhere)
        if at is not None and found > score and (found >= MOVED or (found >= MOVED_UNMATCHED and score < SAME_BULLET)):
            return Origin(index, score, coverage, moved_from=owners[at])
    return Origin(index, score, coverage)


_GLUED = re.compile(r"(?<=[A-Za-z])\d+(?:\.\d+)?(?![\d.])")


def _same_figures(bullet: str, own_bullets: list[str]) -> int | None:
    """The one source bullet that states every figure of ``bullet`` (one of them more than a small
    count) and shares a content word with it, if any."""
    figures = set(numbers_in(bullet))
    if not any(len(value.replace(".", "")) > 1 for value in figures):
        return None
    stems = content_stems(bullet)
    found = [i for i, own in enumerate(own_bullets) if figures <= _figures_of(own) and stems & content_stems(own)]
    return found[0] if len(found) == 1 else None


def _figures_of(text: str) -> set[str]:
    """The values ``text`` states, and the numbers its names hold ("SP2013" holds 2013: notes write a
    product and its release as one token)."""
    return set(numbers_in(text)) | set(_GLUED.findall(text))
