"""A blind set for the free-text claims guard (issue 20): claims caught / injected and honest texts
touched / total, by kind, field and position, with every miss and what the guard did with it.

Run from the repository root: ``PYTHONPATH=. .venv/bin/python scripts/bench_claims_blind.py --set c``
(the set in ``tests/claims_heldout_c.py``; ``--set i,j,l`` runs several and adds them up; see
``tests/claims_blind_set.py`` for a set's shape).
A fabrication counts as caught only when the guard names, in that field, a claim it does not name in
the honest text the fabrication was made from. An honest text is touched when the guard's output
differs from it or a finding names its field."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from claims_blind_set import text_at  # noqa: E402

from cvextract.claims.free_text import review  # noqa: E402


def _claims_by_field(findings) -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for finding in findings:
        named.setdefault(finding.field, set()).update(finding.claims)
    return named


def _part(field: str) -> str:
    return "overview" if field == "overview" else field.split(".")[1].split("[")[0]


def measure(name: str) -> dict:
    """Run set ``name`` through the guard; figures and the cases it got wrong."""
    blind = importlib.import_module(f"claims_heldout_{name}")
    started = time.perf_counter()
    honest_runs = {}
    for key, case in blind.CVS.items():
        output, findings = review(case["source"], case["honest"], case["prompt"])
        honest_runs[key] = (output, _claims_by_field(findings))
    touched = []
    for key, field, text in blind.HONEST:
        output, named = honest_runs[key]
        if text_at(output, field) != text or field in named:
            touched.append(
                {
                    "cv": key,
                    "field": field,
                    "text": text,
                    "output": text_at(output, field),
                    "claims": sorted(named.get(field, ())),
                }
            )

    def run(cases):
        results = []
        for case in cases:
            cv = blind.CVS[case["cv"]]
            output, findings = review(cv["source"], case["adjusted"], cv["prompt"])
            named = _claims_by_field(findings).get(case["field"], set())
            before = honest_runs[case["cv"]][1].get(case["field"], set()) if case["base"] is not None else set()
            results.append(
                {
                    **case,
                    "caught": bool(named - before),
                    "claims": sorted(named),
                    "output": text_at(output, case["field"]),
                }
            )
        return results

    fabricated = run(blind.FABRICATED)
    ambiguous = run(blind.AMBIGUOUS)
    elapsed = time.perf_counter() - started
    return {
        "cvs": len(blind.CVS),
        "honest": len(blind.HONEST),
        "honest_parts": Counter(_part(field) for _, field, _ in blind.HONEST),
        "touched": touched,
        "fabricated": fabricated,
        "ambiguous": ambiguous,
        "ms_per_review": 1000 * elapsed / (len(blind.CVS) + len(fabricated) + len(ambiguous)),
    }


def _table(title: str, results: list[dict], key) -> None:
    total, caught = Counter(key(r) for r in results), Counter(key(r) for r in results if r["caught"])
    print(f"  {title}: " + ", ".join(f"{k} {caught[k]}/{total[k]}" for k in sorted(total)))


def report(name: str) -> tuple[int, int, int, int]:
    """Print set ``name``'s figures and cases; return (caught, injected, touched, honest)."""
    figures = measure(name)
    fabricated, touched = figures["fabricated"], figures["touched"]
    caught = sum(r["caught"] for r in fabricated)
    print(
        f"blind set {name.upper()}: {figures['cvs']} CVs, {figures['honest']} honest texts, {len(fabricated)} injected claims"
    )
    print(f"claims caught / injected: {caught}/{len(fabricated)} ({100 * caught / len(fabricated):.1f}%)")
    print(
        f"honest texts touched / total: {len(touched)}/{figures['honest']} "
        f"({100 * len(touched) / figures['honest']:.1f}%)"
    )
    _table("caught by kind", fabricated, lambda r: r["kind"])
    _table("caught by field", fabricated, lambda r: _part(r["field"]))
    _table("caught by position", fabricated, lambda r: r["position"])
    honest_parts = figures["honest_parts"]
    touched_parts = Counter(_part(t["field"]) for t in touched)
    print("  touched by field: " + ", ".join(f"{k} {touched_parts[k]}/{honest_parts[k]}" for k in sorted(honest_parts)))
    print(f"guard cost: {figures['ms_per_review']:.1f} ms per CV reviewed")
    print("\nmissed fabrications:" if caught < len(fabricated) else "\nmissed fabrications: none")
    for r in fabricated:
        if not r["caught"]:
            print(
                f"- [{r['kind']}, {r['position']}] {r['cv']} {r['field']}\n    wrote:  {r['text']}\n"
                f"    honest: {r['base']}\n    output: {r['output']}\n    named:  {r['claims']}"
            )
    print("\ntouched honest texts:" if touched else "\ntouched honest texts: none")
    for t in touched:
        print(
            f"- {t['cv']} {t['field']}\n    wrote:  {t['text']}\n    output: {t['output']}\n    named:  {t['claims']}"
        )
    print("\nambiguous (not counted): flagged means the guard named a new claim there")
    for r in figures["ambiguous"]:
        print(
            f"- {'flagged' if r['caught'] else 'accepted'}: {r['cv']} {r['field']}: {r['text']}\n"
            f"    why ambiguous: {r['reason']}\n    named: {r['claims']}"
        )
    return caught, len(fabricated), len(touched), figures["honest"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", default="c", help="the set's letter (tests/claims_heldout_<set>.py), or several: --set k,m,n"
    )
    args = parser.parse_args()
    names = [name.strip() for name in args.set.split(",") if name.strip()]
    totals = [0, 0, 0, 0]
    for number, name in enumerate(names):
        if number:
            print("\n" + "=" * 72 + "\n")
        totals = [a + b for a, b in zip(totals, report(name), strict=True)]
    if len(names) > 1:
        caught, injected, touched, honest = totals
        print(f"\nsets {', '.join(n.upper() for n in names)} together:")
        print(f"claims caught / injected: {caught}/{injected} ({100 * caught / injected:.1f}%)")
        print(f"honest texts touched / total: {touched}/{honest} ({100 * touched / honest:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
