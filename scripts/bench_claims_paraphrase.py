"""The claims guard on paraphrases: every set's honest texts, each rewritten by a generic rule that keeps
every fact (tests/claims_paraphrase.py says which rules and how each is kept honest). Prints honest
texts touched / total by rewrite kind, field and set, and lists every touch with what the guard named.

    PYTHONPATH=. .venv/bin/python scripts/bench_claims_paraphrase.py [--seed 11] [--kind spelling] [--touches 40]

A paraphrase is touched when the guard changes it or names, in its field, a claim it does not name in
the text as the set wrote it; a text the guard already touches unchanged is counted apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from claims_paraphrase import KINDS, measure, paraphrases, part_of  # noqa: E402

from cvextract.claims.free_text import review  # noqa: E402


def _table(title: str, total: Counter, touched: Counter, order) -> None:
    print(f"  {title}: " + ", ".join(f"{key} {touched[key]}/{total[key]}" for key in order if total[key]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--kind", action="append", help="only this kind (repeatable)")
    parser.add_argument("--touches", type=int, default=None, help="list at most this many touches (default all)")
    args = parser.parse_args()

    started = time.perf_counter()
    cases = paraphrases(seed=args.seed)
    if args.kind:
        cases = [case for case in cases if case.kind in args.kind]
    results = measure(cases, review)
    elapsed = time.perf_counter() - started
    counted = [(case, hit, named) for case, hit, named in results if hit is not None]
    touched = sum(hit for _, hit, _ in counted)
    cvs = {(case.base.set, case.base.key) for case in cases}
    print(f"paraphrases of {len(cvs)} CVs' honest texts (seed {args.seed}): {len(counted)} rewrites "
          f"({len(results) - len(counted)} more of texts the guard already touches unchanged, not counted)")
    print(f"honest texts touched / total: {touched}/{len(counted)} ({100 * touched / max(len(counted), 1):.1f}%)")
    sets = sorted({case.base.set for case, _, _ in counted}, key=lambda s: (len(s) == 1, s))
    for title, key, order in (("by kind", lambda c: c.kind, KINDS),
                              ("by field", lambda c: part_of(c.field), ("overview", "description", "bullets")),
                              ("by set", lambda c: c.base.set, sets)):
        total = Counter(key(case) for case, _, _ in counted)
        hit = Counter(key(case) for case, ok, _ in counted if ok)
        _table(title, total, hit, order)
    print(f"({elapsed:.0f} s)")
    print("\ntouched:")
    for case, named in [(case, named) for case, hit, named in counted if hit][: args.touches]:
        print(f"- [{case.kind}] {case.base.set}:{case.base.key} {case.field}: {case.how}")
        print(f"    wrote: {case.text}")
        print(f"    named: {named}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
