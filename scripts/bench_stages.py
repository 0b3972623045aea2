"""Per-CV cost of the stage functions, this checkout against an earlier commit, side by side (not a test).

Times ``stages.apply_cv`` with the reference template (../shared/reference/CV_Template_Jinja2.docx,
when present) and the bundled one, and ``stages.extract_cv``, in-process, for the code of this
checkout ("new") and of ``--base`` ("old", checked out in a temporary ``git worktree``). Each round
runs one fresh interpreter per side, in alternating order, on the same files; every figure is the
median over rounds of the per-CV median, and the ratio is new / old. ``extract_cv`` is also split
into the extraction with its verification and the atomic JSON write (temporary file, fsync, rename),
and timed as a batch worker runs it, where the fsync is left to the job's thread in the Snakemake
process (new side only, when the checkout has it: compared with the old side's ``extract_cv``). The machine's load hits both
sides alike, but absolute figures move with it: quote the ratios.

    .venv/bin/python scripts/bench_stages.py --base <commit> [--rounds 5] [-n 30]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = PROJECT_ROOT.parent / "shared" / "reference"
BUNDLED_TEMPLATE = PROJECT_ROOT / "examples" / "templates" / "cv_template.docx"

# Runs in a fresh interpreter with one checkout's cvextract first on sys.path.
WORKER = r"""
import json, statistics, sys, time
from pathlib import Path
root, spec = sys.argv[1], json.loads(sys.argv[2])
sys.path.insert(0, root)
from cvextract import stages
assert stages.__file__.startswith(root), stages.__file__
out = Path(spec["out"])
results = {}

def per_cv(call, items):
    for item in items[:2]:
        call(item)  # warm-up: imports, caches, the template's preparation where there is one
    samples = []
    for _ in range(spec["repeat"]):
        for item in items:
            start = time.perf_counter()
            call(item)
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)

datas = spec["data"]
for label, template in spec["templates"].items():
    results[f"apply, {label}"] = per_cv(lambda d: stages.apply_cv(d, template, out / "cv_NEW.docx"), datas)
results["extract_cv"] = per_cv(lambda cv: stages.extract_cv(cv, out / "cv.json"), spec["cvs"])
from cvextract.extract.docx_cv import extract_docx_cv
from cvextract.verify import verify_extraction
results["  of which extract + verify"] = per_cv(lambda cv: verify_extraction(extract_docx_cv(cv), cv), spec["cvs"])
from cvextract.atomic import write_json
parsed = [json.loads(Path(d).read_text(encoding="utf-8")) for d in datas]
results["  of which the JSON write"] = per_cv(lambda data: write_json(out / "cv.json", data), parsed)
from cvextract import atomic
if hasattr(atomic, "deferred_sync"):  # a batch worker: the fsync is done by the job's thread
    def in_worker(cv):
        with atomic.deferred_sync():
            stages.extract_cv(cv, out / "cv.json")
    results["extract_cv in a batch worker"] = per_cv(in_worker, spec["cvs"])
print(json.dumps(results))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(PROJECT_ROOT), *args], check=True, capture_output=True,
                          text=True).stdout.strip()


def run_side(root: Path, spec: dict) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", WORKER, str(root), json.dumps(spec)], capture_output=True,
                          text=True, cwd=tempfile.gettempdir())
    if proc.returncode != 0:
        raise SystemExit(f"benchmark worker failed for {root}:\n{proc.stderr}")
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the commit to compare with (e.g. main before a change)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("-n", "--repeat", type=int, default=10, help="passes over the CVs per round")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(PROJECT_ROOT / "tests"))
    from sample_cvs import CVS_DIR, make_cv_data  # the example generator

    templates = {"bundled template": str(BUNDLED_TEMPLATE)}
    reference_template = REFERENCE_DIR / "CV_Template_Jinja2.docx"
    if reference_template.is_file():
        templates = {"reference template": str(reference_template), **templates}
    cvs = sorted(REFERENCE_DIR.glob("*_CV.docx")) if REFERENCE_DIR.is_dir() else []
    cvs = [str(p) for p in (cvs or sorted(CVS_DIR.rglob("*.docx")))]

    with tempfile.TemporaryDirectory(prefix="bench-stages-") as tmp:
        tmp = Path(tmp)
        data_dir = tmp / "data"
        data_dir.mkdir()
        datas = []
        for i in range(10):
            path = data_dir / f"cv{i}.json"
            path.write_text(json.dumps(make_cv_data(i)), encoding="utf-8")
            datas.append(str(path))
        base = tmp / "base"
        git("worktree", "add", "--detach", str(base), args.base)
        try:
            sides = {"old": base, "new": PROJECT_ROOT}
            rounds: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
            for round_index in range(args.rounds):
                order = ["old", "new"] if round_index % 2 == 0 else ["new", "old"]
                for side in order:
                    out = tmp / f"out-{side}"
                    out.mkdir(exist_ok=True)
                    spec = {"out": str(out), "repeat": args.repeat, "templates": templates, "data": datas,
                            "cvs": cvs}
                    rounds[side].append(run_side(sides[side], spec))
        finally:
            git("worktree", "remove", "--force", str(base))

    print(f"old = {args.base} ({git('rev-parse', '--short', args.base)}), new = this checkout "
          f"({git('rev-parse', '--short', 'HEAD')}); {args.rounds} rounds x {args.repeat} passes, "
          f"{len(datas)} CV JSONs / {len(cvs)} CVs")
    print(f"{'per CV, in-process':<32} {'old ms':>8} {'new ms':>8} {'new/old':>8}")
    for key in rounds["new"][0]:
        # A figure the old side lacks is compared with the old side's whole extract_cv.
        old = statistics.median(r.get(key, r["extract_cv"]) for r in rounds["old"])
        new = statistics.median(r[key] for r in rounds["new"])
        print(f"{key:<32} {old:8.2f} {new:8.2f} {new / old:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
