"""The claims check: a tailored CV's free text makes no claim the source CV does not.

Numbers (:mod:`.numbers`), names (:mod:`.names`) and each bullet's origin (:mod:`.provenance`) are
checked per sentence and bullet (:mod:`.free_text`); :mod:`.policy` reverts or fails; a translation
gets the number check alone (:mod:`.translation`). Deterministic and offline: word frequencies come
with wordfreq, similarity from rapidfuzz.
"""

from __future__ import annotations

from .free_text import Finding, review
from .policy import CHECKED, DEFAULT, FAIL, POLICIES, REVERT, check_policy, claim_count, guard_claims
from .reverted import VERDICTS, reverted_lines, summary_line
from .translation import lost_numbers

__all__ = ["Finding", "review", "guard_claims", "check_policy", "claim_count", "lost_numbers",
           "reverted_lines", "summary_line", "VERDICTS",
           "CHECKED", "DEFAULT", "FAIL", "POLICIES", "REVERT"]
