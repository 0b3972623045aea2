"""The claims check's policies: ``revert`` (the default) puts the source text back and records each
claim; ``fail`` fails the CV with one line naming field and claim (:mod:`.guard` applies them)."""

from __future__ import annotations

from ..errors import ConfigError

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
    return sum(len((f.get("claims") or []) if isinstance(f, dict) else f.claims) for f in findings)
