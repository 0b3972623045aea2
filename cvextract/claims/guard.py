"""The claims check applied to one tailored answer under a policy (revert or fail)."""

from __future__ import annotations

from pathlib import Path

from ..errors import ValidationError
from .free_text import Finding, review
from .policy import DEFAULT, FAIL


def guard_claims(original: dict, adjusted: dict, source: str | Path, *, adjuster: str,
                 policy: str = DEFAULT, prompt: str = "") -> tuple[dict, list[Finding]]:
    """``adjusted`` with its unsupported claims reverted, and the findings; under ``fail``,
    raises :class:`ValidationError` when there is any. ``prompt``: see :func:`~.free_text.review`."""
    revised, findings = review(original, adjusted, prompt)
    if findings and policy == FAIL:
        problems = [f"{f.where}: {', '.join(repr(c) for c in f.claims)} not in the CV" for f in findings]
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ValidationError(source, f"adjust output of {adjuster} invents claims: {problems[0]}{more}", problems)
    return revised, findings
