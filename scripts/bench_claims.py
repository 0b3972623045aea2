"""How well the claims check tells invented claims from honest rewording, and what it costs.

    .venv/bin/python scripts/bench_claims.py [--cvs 300] [--seed 20]

Generates CVs in six domains (tests/claims_corpus.py, the set the tests use), rewords each in every
honest style, and injects every fabrication kind into every field (overview, description, bullet)
at the start, middle and end of a sentence. Prints claims caught / injected (caught: the guard
names it and the reverted CV no longer holds it), honest texts touched / total (any finding on an
honest rewording), both per kind or style, and the guard's cost per CV (mean and 95th percentile of
``review`` on one adjusted CV, nothing of its text cached; the first call in a process also loads
wordfreq's word lists, shown apart), and its mean in process CPU time (on a machine others share,
wall time counts their work too).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from claims_corpus import corpus, survives  # noqa: E402

from cvextract.claims import (acronyms, counts, credentials, dates, employers, figure_kinds, institutions,  # noqa: E402
                              levels, magnitudes, names, numbers, provenance, quantities, recognition, words)
from cvextract.claims.free_text import review  # noqa: E402

PER_TEXT_CACHES = (words.content_stems, words.tokens, words._forms, names._candidates, numbers.written_as_digits,
                   numbers._numbers, provenance._key, magnitudes.magnitudes_in, magnitudes.supported_magnitudes,
                   recognition.recognitions_in, dates.dates_in, acronyms.initials, numbers.currencies_in,
                   credentials.credential_kinds_of, counts._read, levels.levels_in, names._listed_with_names,
                   acronyms._units, acronyms._spelled_in, acronyms._after_words, acronyms.abbreviations_in,
                   acronyms._expansions, quantities.quantities_in, quantities.stated_in,
                   credentials.degrees_held_in, numbers.percents_in, figure_kinds._holds_period, words._sentences,
                   counts._text_counts, figure_kinds._figures_of, magnitudes.magnitude_values,
                   magnitudes.counted_magnitudes, institutions.institutions_in, employers.former_names,
                   credentials._under_way_names, credentials._item_words)


def timed_review(case, cpu: list[float] | None = None):
    """``review`` of one adjusted CV with nothing of its texts cached (word frequencies stay loaded); its
    process CPU time (ms) is added to ``cpu``, the figure to quote on a busy machine."""
    for cache in PER_TEXT_CACHES:
        cache.cache_clear()
    started, started_cpu = time.perf_counter(), time.process_time()
    result = review(case.original, case.adjusted, case.prompt)
    if cpu is not None:
        cpu.append((time.process_time() - started_cpu) * 1000)
    return result, (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cvs", type=int, default=300, help="CVs to generate (default 300)")
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()

    honest, fabricated = corpus(n_cvs=args.cvs, seed=args.seed)
    started = time.perf_counter()
    review(honest[0].original, honest[0].adjusted, honest[0].prompt)  # loads wordfreq's lists and the stemmer
    words.english_only("scope")  # the other languages' lists, loaded on the first sentence-initial word needing them
    first_call = (time.perf_counter() - started) * 1000

    costs, cpu, caught, injected, touched, total = [], [], Counter(), Counter(), Counter(), Counter()
    missed = []
    for case in fabricated:
        (revised, findings), took = timed_review(case, cpu)
        costs.append(took)
        injected[case.style] += 1
        if findings and not survives(case, revised):
            caught[case.style] += 1
        else:
            missed.append(case)
    for case in honest:
        (_, findings), took = timed_review(case, cpu)
        costs.append(took)
        total[case.style] += 1
        touched[case.style] += bool(findings)

    print(f"{args.cvs} CVs, {len(fabricated)} fabricated and {len(honest)} honest adjusted CVs (seed {args.seed})")
    print(f"claims caught / injected: {sum(caught.values())}/{sum(injected.values())} "
          f"({100 * sum(caught.values()) / sum(injected.values()):.1f}%)")
    for kind in injected:
        print(f"  {kind:<24} {caught[kind]}/{injected[kind]}")
    print(f"honest texts touched / total: {sum(touched.values())}/{sum(total.values())} "
          f"({100 * sum(touched.values()) / sum(total.values()):.2f}%)")
    for style in total:
        print(f"  {style:<24} {touched[style]}/{total[style]}")
    costs.sort()
    print(f"guard cost per CV: mean {statistics.mean(costs):.2f} ms, p95 {costs[int(len(costs) * 0.95)]:.2f} ms, "
          f"max {costs[-1]:.2f} ms (first call in a process, loading the word lists: {first_call:.0f} ms); "
          f"CPU mean {statistics.mean(cpu):.2f} ms")
    large = _large(honest[0])
    (_, _), took = timed_review(large)
    print(f"a large CV ({len(large.original['experiences'])} experiences, "
          f"{sum(len(e['bullets']) for e in large.original['experiences'])} bullets): {took:.1f} ms")
    for case in missed[:10]:
        print(f"  missed: {case.style} in {case.field} ({case.position}): {case.claim!r}")
    return 0 if not missed else 1


def _large(case):
    """``case`` with 20 experiences of 12 bullets each (its own, repeated), bullets reordered."""
    original = copy.deepcopy(case.original)
    entries = original["experiences"]
    original["experiences"] = [{**copy.deepcopy(entries[k % len(entries)]), "heading": f"{2000 + k}-{2001 + k} Client {k}",
                                "bullets": entries[k % len(entries)]["bullets"] * 3} for k in range(20)]
    adjusted = copy.deepcopy(original)
    for entry in adjusted["experiences"]:
        entry["bullets"].reverse()
    return dataclasses.replace(case, original=original, adjusted=adjusted)


if __name__ == "__main__":
    sys.exit(main())
