"""The claims guard on mutations: every set's honest texts, each edited by a generic rule to make exactly
one claim the CV does not make (tests/claims_mutations.py says which rules and how each edit is checked
to be new). Prints claims caught / injected by kind, field and set, and lists every miss.

    PYTHONPATH=. .venv/bin/python scripts/bench_claims_mutations.py [--seed 9] [--kind version] [--misses 40]

A mutation counts as caught when the guard names, in that field, a claim it does not name in the
honest text it was made from.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from claims_mutations import BLIND_SETS, KINDS, measure, mutations, part_of  # noqa: E402

from cvextract.claims.free_text import review  # noqa: E402


def _table(title: str, total: Counter, caught: Counter, order) -> None:
    print(f"  {title}: " + ", ".join(f"{key} {caught[key]}/{total[key]}" for key in order if total[key]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--kind", action="append", help="only this kind (repeatable)")
    parser.add_argument("--misses", type=int, default=None, help="list at most this many misses (default all)")
    args = parser.parse_args()

    started = time.perf_counter()
    cases = mutations(seed=args.seed)
    if args.kind:
        cases = [case for case in cases if case.kind in args.kind]
    results = measure(cases, review)
    elapsed = time.perf_counter() - started
    caught = sum(ok for _, ok, _ in results)
    cvs = {(case.base.set, case.base.key) for case in cases}
    print(f"mutations of {len(cvs)} CVs' honest texts (seed {args.seed}): {len(results)} injected claims")
    print(f"claims caught / injected: {caught}/{len(results)} ({100 * caught / max(len(results), 1):.1f}%)")
    for title, key, order in (("by kind", lambda c: c.kind, KINDS),
                              ("by field", lambda c: part_of(c.field), ("overview", "description", "bullets")),
                              ("by set", lambda c: c.base.set, ["corpus", "a", "b", *BLIND_SETS])):
        total = Counter(key(case) for case, _, _ in results)
        got = Counter(key(case) for case, ok, _ in results if ok)
        _table(title, total, got, order)
    print(f"({elapsed:.0f} s)")
    misses = [(case, named) for case, ok, named in results if not ok]
    print("\nmissed:")
    for case, named in misses[:args.misses]:
        print(f"- [{case.kind}] {case.base.set}:{case.base.key} {case.field}: {case.claim}")
        print(f"    wrote: {case.text}")
        print(f"    named: {named}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
