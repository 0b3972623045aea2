"""Time in-process extraction with default-docx-cv-extractor (not a test).

Prints the import time of ``cvextract.extract.docx_cv`` (in a fresh interpreter), then the median
and p90 of ``extract_docx_cv`` per CV over N repetitions. CVs: the arguments, else the reference
CVs in ../shared/reference, else examples/cvs/*.docx.

    .venv/bin/python scripts/bench_extract.py [-n 50] [CV.docx ...]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = PROJECT_ROOT.parent / "shared" / "reference"
MODULE = "cvextract.extract.docx_cv"


def import_ms(runs: int = 5) -> float:
    """Median wall time of importing the extractor in a fresh interpreter (after interpreter start)."""
    code = ("import time; t = time.perf_counter(); import " + MODULE
            + "; print((time.perf_counter() - t) * 1000)")
    samples = [float(subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, check=True,
                                    capture_output=True, text=True).stdout)
               for _ in range(runs)]
    return statistics.median(samples)


def default_cvs() -> list[Path]:
    if REFERENCE_DIR.is_dir():
        found = sorted(REFERENCE_DIR.glob("*_CV.docx"))
        if found:
            return found
    return sorted((PROJECT_ROOT / "examples" / "cvs").glob("*.docx"))


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repeat", type=int, default=50, help="runs per CV (default 50)")
    parser.add_argument("cvs", nargs="*", type=Path)
    args = parser.parse_args(argv)

    cvs = args.cvs or default_cvs()
    if not cvs:
        print("no CVs found (pass paths, or add ../shared/reference or examples/cvs)", file=sys.stderr)
        return 1

    sys.path.insert(0, str(PROJECT_ROOT))
    print(f"import {MODULE}: {import_ms():.1f} ms (median of 5 fresh interpreters)")
    from cvextract.extract.docx_cv import extract_docx_cv

    width = max(len(p.name) for p in cvs)
    print(f"{'CV':<{width}}  median ms  p90 ms  (n={args.repeat})")
    for path in cvs:
        extract_docx_cv(path)  # warm-up: file cache, lazy regex compilation
        samples = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            extract_docx_cv(path)
            samples.append((time.perf_counter() - start) * 1000)
        print(f"{path.name:<{width}}  {statistics.median(samples):9.2f}  {percentile(samples, 0.9):6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
