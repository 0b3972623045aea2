#!/usr/bin/env python3
"""Batch benchmarks: this checkout's workflow against an earlier commit's and the in-process loop.

Prints figures measured side by side in one run (never a test). The machine's load hits every side
alike within a round, but absolute figures move with it: quote the ratios.

1. extract + apply of ``--cvs`` CVs (default 300), ``snakemake --cores C``, for the reference
   template (../shared/reference/CV_Template_Jinja2.docx, when present) and the bundled one:
   ``--base`` ("old", checked out in a temporary ``git worktree``) vs this checkout ("new") vs a
   ``multiprocessing`` pool of C workers calling the same stage functions ("in-process") and, with
   ``--earlier PYTHON``, the earlier tool (cvextract 0.10.0, installed for that Python) as its users
   run it, ``--parallel n=C --extract --render template=…`` ("earlier"), in rotating order each
   round; medians and the ratios new/old, new/in-process and new/earlier, with each round's
   new/earlier (the sides of one round run under the same load). Each checkout's package is compiled to
   bytecode first, as an installed cvextract (and the earlier tool) has it (``scripts/bytecode.py``);
2. ``--rerun-cvs`` CVs (default 1,000), this checkout: the no-op rerun against Snakemake's own
   dry run (``-n``) of the same batch, alternating; then one CV added and the rerun timed against
   the no-op;
3. the DAG of ``--dag-cvs`` CVs (default 10,000): dry-run wall time and peak memory.

    .venv/bin/python scripts/bench_batch.py --base <commit> [--earlier PYTHON] [--cvs 300] [--cores 2] [--rounds 3]
        [--template bundled] [--skip-large]
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

from bytecode import compile_package

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_TEMPLATE = ROOT.parent / "shared" / "reference" / "CV_Template_Jinja2.docx"
BUNDLED_TEMPLATE = ROOT / "examples" / "templates" / "cv_template.docx"
EXAMPLES = sorted((ROOT / "examples" / "cvs").rglob("*.docx"))


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def make_cvs(folder: Path, count: int, start: int = 0) -> None:
    """``count`` CVs in nested folders, copied round-robin from the bundled examples."""
    for i in range(start, start + count):
        dest = folder / f"team-{i % 10}" / f"cv_{i:05d}.docx"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(EXAMPLES[i % len(EXAMPLES)], dest)


def _one_cv(job: tuple[str, str, str, str]) -> None:
    from cvextract import stages

    source, target, rel, template = job
    data = stages.extract_cv(source, f"{target}/structured_data/{rel}.json")
    stages.apply_cv(data.output, template, f"{target}/documents/{rel}_NEW.docx")


def in_process(source: Path, target: Path, cores: int, template: str) -> float:
    """The same stage functions in a plain process pool: the floor any batch runner is held to."""
    started = time.perf_counter()
    from cvextract.batch.inputs import discover

    jobs = [(str(cv.source_path(source)), str(target), cv.rel, template) for cv in discover(source)]
    with get_context("spawn").Pool(cores) as pool:
        pool.map(_one_cv, jobs, chunksize=4)
    return time.perf_counter() - started


def snakemake(code: Path, workdir: Path, config: dict, cores: int, *extra: str) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one Snakemake run of the workflow in checkout ``code``."""
    workdir.mkdir(parents=True, exist_ok=True)
    configfile = workdir / "config.json"
    configfile.write_text(json.dumps(config), encoding="utf-8")
    cmd = [sys.executable, "-m", "snakemake", "-s", str(code / "Snakefile"), "-d", str(workdir),
           "--cores", str(cores), "--configfile", str(configfile), "--quiet", "all", *extra]
    # That checkout's cvextract, in Snakemake and its workers (cwd: not a checkout, whose package would win).
    env = dict(os.environ, PYTHONPATH=str(code))
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=workdir)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"snakemake failed in {code} (exit {os.waitstatus_to_exitcode(status)}): "
                         f"{proc.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def earlier_tool(python: str, source: Path, workdir: Path, cores: int, template: str) -> float:
    """Wall seconds of the earlier tool's batch (its thread pool of ``n`` workers) on the same CVs."""
    cmd = [python, "-m", "cvextract.cli", "--parallel", f"source={source}", f"n={cores}", "--extract",
           "--render", f"template={template}", "--target", str(workdir / "out")]
    workdir.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    started = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=workdir)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"the earlier tool failed (exit {proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed


def batch_config(source: Path, target: Path, template: str | None) -> dict:
    return {"source": str(source), "target": str(target), "apply": {"template": template} if template else None}


def compare(tmp: Path, args, base: Path | None) -> None:
    source = tmp / "cvs"
    make_cvs(source, args.cvs)
    templates = {"bundled": str(BUNDLED_TEMPLATE)}
    if REFERENCE_TEMPLATE.is_file():
        templates = {"reference": str(REFERENCE_TEMPLATE), **templates}
    templates = {label: path for label, path in templates.items() if label in (args.template or templates)}
    sides = ["new", "in-process"] + (["old"] if base else []) + (["earlier"] if args.earlier else [])
    print(f"{args.cvs} CVs, extract + apply, --cores {args.cores}, {args.rounds} rounds, sides in rotating order")
    for label, template in templates.items():
        times: dict[str, list[float]] = {side: [] for side in sides}
        for r in range(args.rounds):
            for side in sides[r % len(sides):] + sides[:r % len(sides)]:
                work = tmp / f"{label}-{side}-{r}"
                if side == "in-process":
                    times[side].append(in_process(source, work, args.cores, template))
                elif side == "earlier":
                    times[side].append(earlier_tool(args.earlier, source, work, args.cores, template))
                else:
                    code = ROOT if side == "new" else base
                    times[side].append(snakemake(code, work, batch_config(source, work / "out", template), args.cores)[0])
                shutil.rmtree(work, ignore_errors=True)
        median = {side: statistics.median(values) for side, values in times.items()}
        line = "   ".join(f"{side} {median[side]:6.2f} s" for side in sides)
        ratios = f"new/in-process {median['new'] / median['in-process']:.2f}"
        for other in ("old", "earlier"):  # per round too: under load each side's median moves on its own
            if other in times:
                pairs = sorted(new / then for new, then in zip(times["new"], times[other]))
                ratios += (f", new/{other} {median['new'] / median[other]:.2f}; per round "
                           + " ".join(f"{ratio:.2f}" for ratio in pairs) + f", median {statistics.median(pairs):.2f}")
        print(f"  {label} template: {line}   ({ratios})")


def reruns(tmp: Path, args) -> None:
    source = tmp / "cvs-rerun"
    make_cvs(source, args.rerun_cvs)
    work = tmp / "rerun"
    config = batch_config(source, work / "out", str(BUNDLED_TEMPLATE))
    full, _ = snakemake(ROOT, work, config, args.cores)
    noop, dry = [], []
    for r in range(3):
        for kind in (("noop", "dry") if r % 2 == 0 else ("dry", "noop")):
            if kind == "noop":
                noop.append(snakemake(ROOT, work, config, args.cores)[0])
            else:
                dry.append(snakemake(ROOT, work, config, args.cores, "--dry-run")[0])
    added = []
    for r in range(3):
        make_cvs(source, 1, start=args.rerun_cvs + r)
        added.append(snakemake(ROOT, work, config, args.cores)[0])
        noop.append(snakemake(ROOT, work, config, args.cores)[0])
    n, d, a = statistics.median(noop), statistics.median(dry), statistics.median(added)
    print(f"{args.rerun_cvs} CVs (bundled template): full run {full:.1f} s; no-op rerun {n:.2f} s vs "
          f"`snakemake -n` {d:.2f} s (ratio {n / d:.2f}); one CV added: {a:.2f} s (no-op + {a - n:.2f} s)")


def dag(tmp: Path, args) -> None:
    source = tmp / "cvs-dag"
    make_cvs(source, args.dag_cvs)
    work = tmp / "dag"
    wall, peak = snakemake(ROOT, work, batch_config(source, work / "out", str(BUNDLED_TEMPLATE)), args.cores,
                           "--dry-run")
    print(f"{args.dag_cvs} CVs: DAG build (dry run) {wall:.1f} s, peak memory {peak:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="the commit to compare with (e.g. main before a change)")
    parser.add_argument("--earlier", metavar="PYTHON",
                        help="a Python with the earlier tool (cvextract 0.10.0) installed: run it beside ours")
    parser.add_argument("--template", choices=("reference", "bundled"), action="append",
                        help="compare with this template only (repeatable; default: both)")
    parser.add_argument("--cvs", type=int, default=300, help="0: skip the side-by-side comparison")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rerun-cvs", type=int, default=1000)
    parser.add_argument("--dag-cvs", type=int, default=10000)
    parser.add_argument("--skip-large", action="store_true", help="only the side-by-side comparison")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cvextract-bench-") as tmp:
        tmp = Path(tmp)
        base = None
        if args.base:
            base = tmp / "base"
            git("worktree", "add", "--detach", str(base), args.base)
            print(f"old = {args.base} ({git('rev-parse', '--short', args.base)}), "
                  f"new = this checkout ({git('rev-parse', '--short', 'HEAD')})")
        try:
            for code in (ROOT, base) if base else (ROOT,):
                compile_package(code)
            if args.cvs > 0:
                compare(tmp, args, base)
        finally:
            if base:
                git("worktree", "remove", "--force", str(base))
        if not args.skip_large:
            reruns(tmp, args)
            dag(tmp, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
