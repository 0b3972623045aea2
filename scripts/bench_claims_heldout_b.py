#!/usr/bin/env python3
"""Held-out set B for the claims check: caught/injected and honest touched/total, every miss listed.

    .venv/bin/python scripts/bench_claims_heldout_b.py

The set (tests/claims_heldout_b.py) is hand-written CVs and tailorings the guard's authors have not
seen. A fabrication counts as caught when the guard names a claim in its field that it does not name
in the same field of the honest tailoring the fabrication was made from; an honest text counts as
touched when the guard names any claim in it. Ambiguous cases are listed with the guard's verdict and
counted nowhere.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from claims_heldout_b import SOURCES, ambiguous_cases, fabricated_cases, honest_cases, judge  # noqa: E402


def _field(path: str) -> str:
    return path.rsplit(".", 1)[-1].split("[")[0]


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)"


def main() -> int:
    started = time.perf_counter()
    honest, fabricated, ambiguous = judge(honest_cases()), judge(fabricated_cases()), judge(ambiguous_cases())
    elapsed = time.perf_counter() - started
    caught = [v for v in fabricated if v.flagged]
    touched = [v for v in honest if v.flagged]

    print(f"held-out set B: {len(SOURCES)} CVs, {len(honest)} honest texts, {len(fabricated)} fabrications, "
          f"{len(ambiguous)} ambiguous; {elapsed:.1f} s to judge them all")
    print(f"claims caught / injected:   {_ratio(len(caught), len(fabricated))}   (target 100%)")
    print(f"honest touched / honest:    {_ratio(len(touched), len(honest))}   (target <= 1%)")
    gone = [v for v in fabricated if v.case.claim.lower() not in v.output.lower()]
    print(f"claim absent from the guard's output (revert): {_ratio(len(gone), len(fabricated))}"
          "   (counts sentences reverted for another reason too)")

    for label, key in (("kind", lambda v: v.case.kind), ("field", lambda v: _field(v.case.path))):
        total, hit = Counter(map(key, fabricated)), Counter(map(key, caught))
        print(f"\ncaught by {label}: " + ", ".join(f"{k} {hit[k]}/{n}" for k, n in sorted(total.items())))

    print(f"\nMISSED FABRICATIONS ({len(fabricated) - len(caught)}):")
    for v in fabricated:
        if not v.flagged:
            also = f"; guard named only {list(v.claims)}, as in the honest text" if v.claims else ""
            print(f"  [{v.case.cv}] {v.case.kind} at {v.case.path}: claim {v.case.claim!r}{also}\n"
                  f"      wrote: {v.case.text}\n      guard output: {v.output}")

    print(f"\nHONEST TEXTS TOUCHED ({len(touched)}):")
    for v in touched:
        print(f"  [{v.case.cv}] {v.case.path}: guard named {list(v.claims)}\n"
              f"      wrote: {v.case.text}\n      guard put back: {v.output}")

    print(f"\nAMBIGUOUS (not counted; flagged {sum(v.flagged for v in ambiguous)}/{len(ambiguous)}):")
    for v in ambiguous:
        verdict = f"flagged {list(v.claims)}" if v.flagged else "accepted"
        print(f"  [{v.case.cv}] {v.case.path}: {verdict}: {v.case.text}\n      why ambiguous: {v.case.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
