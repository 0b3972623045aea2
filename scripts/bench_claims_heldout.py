"""The claims guard on the held-out set (tests/claims_heldout.py): texts written by hand, apart from the
guard's own corpus, as a GPT-4-class model tailoring a consultant CV writes them.

    .venv/bin/python scripts/bench_claims_heldout.py [--rounds 3]

Prints invented claims caught / injected (by kind, field and position) and honest texts touched / total,
without and with each CV's job posting (tests/claims_heldout.py JOB_POSTINGS) given as the model's prompt;
the same on whole tailored CVs (every honest rewording of a CV at once), what the guard did with the
ambiguous texts (not counted), every miss with its text and what the guard said, and the guard's cost
per case (one CV each), measured over ``--rounds`` runs after a warm-up: cold (every functools cache under
``cvextract.claims`` cleared before each case, as for a CV the process has not seen; an upper bound, word-level
caches included) and warm (the same cases again, the guard's caches holding every text).
Issue 20's bar: every claim caught, at most 1% of honest texts touched, at most 20 ms per CV.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from claims_heldout import (  # noqa: E402
    SOURCES,
    ambiguous_cases,
    changed_texts,
    describe,
    fabricated_cases,
    honest_cases,
    run,
    tailored_cvs,
)

from cvextract.claims.free_text import review  # noqa: E402


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def by(outcomes, key) -> str:
    total, caught = Counter(), Counter()
    for o in outcomes:
        total[key(o.case)] += 1
        caught[key(o.case)] += o.caught
    return ", ".join(f"{k} {caught[k]}/{total[k]}" for k in total)


def clear_claims_caches() -> None:
    """Empty every functools cache in the claims package, as for a CV this process has not seen."""
    for name, module in list(sys.modules.items()):
        if name.startswith("cvextract.claims"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def timed(cases, *, clear: bool) -> float:
    """Milliseconds per case for ``review`` over ``cases`` (caches emptied before each when ``clear``)."""
    total = 0.0
    for case in cases:
        source, adjusted = case.source, case.adjusted
        if clear:
            clear_claims_caches()
        start = time.perf_counter()
        review(source, adjusted)
        total += time.perf_counter() - start
    return 1000 * total / len(cases)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed runs over the whole set (default 3)")
    args = parser.parse_args()

    honest, fabricated, ambiguous = honest_cases(), fabricated_cases(), ambiguous_cases()
    cases = honest + fabricated + ambiguous
    run(cases[:5], review)  # warm-up: word lists and compiled patterns load once per process
    cold, warm = [], []
    for _ in range(max(1, args.rounds)):
        cold.append(timed(cases, clear=True))
        warm.append(timed(cases, clear=False))

    misses = {}
    for postings in (False, True):
        fab, hon = run(fabricated, review, postings=postings), run(honest, review, postings=postings)
        label = "with the job posting" if postings else "without a job posting"
        misses[label] = ([o for o in fab if not o.caught], [o for o in hon if o.touched])
        print(f"{label} as the model's prompt:")
        print(f"  claims caught / injected:     {ratio(sum(o.caught for o in fab), len(fab))}")
        print(f"    by kind:     {by(fab, lambda c: c.kind)}")
        print(f"    by field:    {by(fab, lambda c: c.field)}")
        print(f"    by position: {by(fab, lambda c: c.position)}")
        print(f"  honest texts touched / total: {ratio(sum(o.touched for o in hon), len(hon))}")
    amb = run(ambiguous, review)
    tailored = tailored_cvs()
    whole = [review(SOURCES[name], cv)[1] for name, cv in tailored.items()]
    texts = sum(len(changed_texts(SOURCES[name], cv)) for name, cv in tailored.items())
    print(f"whole tailored CVs (every honest rewording at once) touched: {ratio(sum(map(bool, whole)), len(whole))}; "
          f"their texts touched {ratio(sum(map(len, whole)), texts)}")
    print(f"ambiguous texts touched (not counted): {ratio(sum(o.touched for o in amb), len(amb))}")
    print(f"guard cost per case (one CV), median of {len(cold)} runs over {len(cases)} cases: "
          f"cold {statistics.median(cold):.1f} ms, warm {statistics.median(warm):.1f} ms")
    for label, (missed, touched) in misses.items():
        for title, rows in ((f"missed claims, {label}", missed), (f"honest texts touched, {label}", touched)):
            print(f"\n{title} ({len(rows)}):")
            for outcome in rows:
                print(describe(outcome))
    print("\nambiguous texts (reason in brackets):")
    for outcome in amb:
        print(("touched  " if outcome.touched else "accepted ") + describe(outcome))
    return 0


if __name__ == "__main__":
    sys.exit(main())
