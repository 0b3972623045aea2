"""What the claims check costs a fresh process: importing it and checking a first adjusted CV.

    .venv/bin/python scripts/bench_claims_cold.py [--runs 5]

Starts ``--runs`` fresh Python processes one after another; each imports the check, builds the
first CV of the corpus (tests/claims_corpus.py) and reviews it once. Prints the median wall time and
CPU time of the import and of the first review (word lists, locale data and patterns loaded on the
way), and of the whole process; a batch's model-call process pays this once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, time
started, cpu = time.perf_counter(), time.process_time()
sys.path[:0] = [{root!r}, {tests!r}]
from cvextract.claims.free_text import review
imported, imported_cpu = time.perf_counter(), time.process_time()
from claims_corpus import corpus
case = corpus(n_cvs=1, seed=20)[0][0]
built, built_cpu = time.perf_counter(), time.process_time()
review(case.original, case.adjusted, case.prompt)
done, done_cpu = time.perf_counter(), time.process_time()
print(json.dumps({{"import": (imported - started, imported_cpu - cpu),
        "first review": (done - built, done_cpu - built_cpu)}}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    code = CHILD.format(root=str(ROOT), tests=str(ROOT / "tests"))
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    for part in ("import", "first review"):
        wall = statistics.median(run[part][0] for run in runs) * 1000
        cpu = statistics.median(run[part][1] for run in runs) * 1000
        print(f"{part:<14} wall {wall:7.0f} ms   CPU {cpu:7.0f} ms   (median of {args.runs} fresh processes)")
    wall = statistics.median(sum(run[p][0] for p in run) for run in runs) * 1000
    cpu = statistics.median(sum(run[p][1] for p in run) for run in runs) * 1000
    print(f"{'both':<14} wall {wall:7.0f} ms   CPU {cpu:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
