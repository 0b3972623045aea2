"""What the guard does with a tailored CV's unsupported claims: ``revert`` (the default) puts the
source text back and records each claim; ``fail`` fails the CV with one line naming field and claim."""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError, ValidationError
from .free_text import Finding, review

REVERT = "revert"
FAIL = "fail"
POLICIES = (REVERT, FAIL)
DEFAULT = REVERT
CHECKED = "no number or name the source lacks in the overview, descriptions and bullets; each bullet from its own experience"


def check_policy(value) -> str:
    """``value`` as a policy; raises :class:`ConfigError` for anything else."""
    policy = str(value if value is not None else DEFAULT).strip().lower()
    if policy not in POLICIES:
        raise ConfigError(None, f"guard={value}: give {' or '.join(POLICIES)}")
    return policy


def claim_count(findings) -> int:
    """How many claims ``findings`` (objects or their dicts) name."""
    return sum(len(f.claims if isinstance(f, Finding) else f.get("claims") or []) for f in findings)


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
