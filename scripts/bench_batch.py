#!/usr/bin/env python3
"""Batch benchmarks: the Snakemake workflow against an in-process loop over the same stage functions.

Prints figures measured side by side in one run (never a test):

1. extract + apply of N CVs (default 300): ``snakemake --cores C`` vs a ``multiprocessing`` pool of C
   workers calling :func:`cvextract.stages.extract_cv` and :func:`cvextract.stages.apply_cv`,
   alternated A B A B, with the per-round ratio and its median;
2. no-op rerun of a finished batch of --rerun-cvs CVs (default 1,000);
3. DAG build (``snakemake --dry-run``) for --dag-cvs CVs (default 10,000), with its peak memory.

    .venv/bin/python scripts/bench_batch.py [--cvs 300] [--cores 2] [--rounds 3] [--skip-large]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAKEFILE = ROOT / "Snakefile"
TEMPLATE = ROOT / "examples" / "templates" / "cv_template.docx"
EXAMPLES = sorted((ROOT / "examples" / "cvs").rglob("*.docx"))


def make_cvs(folder: Path, count: int) -> None:
    """``count`` CVs in nested folders, copied round-robin from the bundled examples."""
    for i in range(count):
        dest = folder / f"team-{i % 10}" / f"cv_{i:05d}.docx"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(EXAMPLES[i % len(EXAMPLES)], dest)


def _one_cv(job: tuple[str, str, str]) -> None:
    from cvextract import stages

    source, target, rel = job
    data = stages.extract_cv(source, f"{target}/structured_data/{rel}.json")
    stages.apply_cv(data.output, str(TEMPLATE), f"{target}/documents/{rel}_NEW.docx")


def in_process(source: Path, target: Path, cores: int) -> float:
    """The same stage functions in a plain process pool: the floor any batch runner is held to."""
    started = time.perf_counter()
    from cvextract.batch.inputs import discover

    jobs = [(str(cv.source_path(source)), str(target), cv.rel) for cv in discover(source)]
    with get_context("spawn").Pool(cores) as pool:
        pool.map(_one_cv, jobs, chunksize=4)
    return time.perf_counter() - started


def snakemake(workdir: Path, config: dict, cores: int, *extra: str) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one Snakemake run."""
    workdir.mkdir(parents=True, exist_ok=True)
    configfile = workdir / "config.json"
    configfile.write_text(json.dumps(config), encoding="utf-8")
    cmd = [sys.executable, "-m", "snakemake", "-s", str(SNAKEFILE), "-d", str(workdir), "--cores", str(cores),
           "--configfile", str(configfile), "--quiet", "all", *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"snakemake failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def batch_config(source: Path, target: Path, apply: bool = True) -> dict:
    return {"source": str(source), "target": str(target),
            "apply": {"template": str(TEMPLATE)} if apply else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cvs", type=int, default=300)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rerun-cvs", type=int, default=1000)
    parser.add_argument("--dag-cvs", type=int, default=10000)
    parser.add_argument("--skip-large", action="store_true", help="only the side-by-side comparison")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cvextract-bench-") as tmp:
        tmp = Path(tmp)
        source = tmp / "cvs"
        make_cvs(source, args.cvs)
        print(f"{args.cvs} CVs, extract + apply, {args.cores} cores, {args.rounds} rounds (A B A B ...)")
        ratios = []
        for r in range(args.rounds):
            a = in_process(source, tmp / f"inproc-{r}", args.cores)
            b, _ = snakemake(tmp / f"smk-{r}", batch_config(source, tmp / f"smk-{r}" / "out"), args.cores)
            ratios.append(b / a)
            print(f"  round {r + 1}: in-process {a:6.2f} s   snakemake {b:6.2f} s   ratio {b / a:4.2f}")
        print(f"  median ratio snakemake / in-process: {statistics.median(ratios):.2f}")
        if args.skip_large:
            return 0

        big = tmp / "cvs-rerun"
        make_cvs(big, args.rerun_cvs)
        work = tmp / "rerun"
        full, _ = snakemake(work, batch_config(big, work / "out"), args.cores)
        noop = [snakemake(work, batch_config(big, work / "out"), args.cores)[0] for _ in range(3)]
        print(f"{args.rerun_cvs} CVs: full run {full:.1f} s; no-op rerun median {statistics.median(noop):.2f} s")

        huge = tmp / "cvs-dag"
        make_cvs(huge, args.dag_cvs)
        wall, peak = snakemake(tmp / "dag", batch_config(huge, tmp / "dag" / "out"), args.cores, "--dry-run")
        print(f"{args.dag_cvs} CVs: DAG build (dry run) {wall:.1f} s, peak memory {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
