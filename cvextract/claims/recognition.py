"""Recognition claims: "award-winning", "Fortune 500", "industry-leading", "world-class",
"best-in-class", "leading global". Ordinary words, but each says something about the person or
their customers that only the CV may say: a claim unless the source uses the same phrase (hyphens,
spaces and case aside).
"""

from __future__ import annotations

import re
from functools import lru_cache

_PHRASES = (
    r"award[- ]?winning", r"prize[- ]?winning", r"won (?:an? |the )?(?:\w+ )?awards?",
    r"fortune[- ]\d+", r"ftse[- ]\d+", r"dax[- ]\d+", r"s&p[- ]\d+", r"inc\.? \d+",
    r"(?:industry|market|world|sector|globally|internationally)[- ](?:leading|leader|renowned|recogni[sz]ed)",
    r"world[- ]class", r"best[- ]in[- ]class", r"best[- ]of[- ]breed", r"first[- ]in[- ]class", r"top[- ]tier",
    r"top[- ]rated", r"top[- ]\d+", r"leading global", r"global leader", r"(?:a|the) leading(?! global)", r"renowned",
    r"prestigious", r"number[- ]one", r"#1", r"blue[- ]chip", r"tier[- ](?:1|one) (?:bank|banks|client|clients|customer|customers)",
)
_RECOGNITION = re.compile(r"(?<![\w-])(?:" + "|".join(_PHRASES) + r")(?![\w-])", re.IGNORECASE)


def _normal(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.casefold())


@lru_cache(maxsize=16384)
def recognitions_in(text: str) -> tuple[str, ...]:
    """The recognition phrases ``text`` uses, as written."""
    return tuple(match.group() for match in _RECOGNITION.finditer(text))


def supported_recognitions(texts: list[str]) -> frozenset[str]:
    """The recognition phrases the source ``texts`` use, normalised."""
    return frozenset(_normal(phrase) for text in texts for phrase in recognitions_in(text))


def unsupported_recognitions(text: str, supported: frozenset[str]) -> list[str]:
    """The recognition phrases ``text`` uses that the source (``supported``) does not."""
    return [phrase for phrase in recognitions_in(text) if _normal(phrase) not in supported]
