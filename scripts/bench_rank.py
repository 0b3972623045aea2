#!/usr/bin/env python3
"""Ranking benchmark: what ``rank: {job: ...}`` adds to an extract-only batch.

``--cvs`` CVs (default 1,000, copied round-robin from the bundled examples into nested folders)
against a job file of 20 requirements; ``snakemake --cores C`` with the workflow profile, as
``cvextract --parallel`` runs it. Each round runs both sides from an empty target, in alternating
order: "extract" (extract only) and "extract + rank" (extract, the requirements, the ranking job that
matches every CV). Prints the medians, the median of the rounds' ratios (each round's two runs are
back to back, so the machine's load hits both alike) and the ranking job's own time from its log,
measured side by side in one run (never a test).

    .venv/bin/python scripts/bench_rank.py [--cvs 1000] [--cores 2] [--rounds 5]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples" / "cvs").rglob("*.docx"))
# 20 requirements: most held by some bundled example, a few by none.
JOB = """# Platform and data engineer

## Must have
- Python
- Java
- Kubernetes (K8s)
- PostgreSQL
- Kafka
- Terraform
- Docker
- SQL
- Airflow
- Go

## Nice to have
- TypeScript
- Scala
- Rust
- CISSP
- TOGAF
- Apache Spark
- AWS
- Google Cloud
- Banking
- German
"""


def make_cvs(folder: Path, count: int) -> None:
    for i in range(count):
        dest = folder / f"team-{i % 10}" / f"cv_{i:05d}.docx"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(EXAMPLES[i % len(EXAMPLES)], dest)


def run(workdir: Path, config: dict, cores: int) -> float:
    """Wall seconds of one Snakemake run of this checkout's workflow."""
    workdir.mkdir(parents=True, exist_ok=True)
    configfile = workdir / "config.json"
    configfile.write_text(json.dumps(config), encoding="utf-8")
    cmd = [sys.executable, "-m", "snakemake", "-s", str(ROOT / "Snakefile"), "-d", str(workdir),
           "--cores", str(cores), "--configfile", str(configfile), "--quiet", "all"]
    started = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=workdir,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"snakemake failed (exit {proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cvs", type=int, default=1000)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cvextract-bench-rank-") as tmp:
        tmp = Path(tmp)
        source, job = tmp / "cvs", tmp / "job.md"
        make_cvs(source, args.cvs)
        job.write_text(JOB, encoding="utf-8")
        sides = {"extract": {}, "extract + rank": {"rank": {"job": str(job)}}}
        times: dict[str, list[float]] = {side: [] for side in sides}
        ranking_job: list[float] = []
        print(f"{args.cvs} CVs, a job of 20 requirements, --cores {args.cores}, {args.rounds} rounds, "
              "sides in alternating order")
        for r in range(args.rounds):
            for side in (list(sides) if r % 2 == 0 else list(reversed(sides))):
                work = tmp / f"run-{r}-{side.replace(' ', '')}"
                config = {"source": str(source), "target": str(work / "out"), "apply": None, **sides[side]}
                times[side].append(run(work, config, args.cores))
                if sides[side]:
                    with open(work / "out" / "ranking.csv", encoding="utf-8", newline="") as fh:
                        ranked = sum(1 for row in csv.DictReader(fh) if row["rank"])
                    if ranked != args.cvs:
                        raise SystemExit(f"the ranking holds {ranked} of {args.cvs} CVs")
                    took = re.search(r"\((\d+) ms", (work / "out" / "logs" / "ranking.log").read_text("utf-8"))
                    ranking_job.append(int(took.group(1)) / 1000)
                shutil.rmtree(work, ignore_errors=True)
        median = {side: statistics.median(values) for side, values in times.items()}
        paired = statistics.median(r / e for r, e in zip(times["extract + rank"], times["extract"]))
        print("  " + "   ".join(f"{side} {median[side]:6.2f} s" for side in sides)
              + f"   (ratio of the medians {median['extract + rank'] / median['extract']:.3f}, "
                f"median of the rounds' ratios {paired:.3f})")
        print(f"  the ranking job itself: median {statistics.median(ranking_job):.2f} s "
              f"({100 * statistics.median(ranking_job) / median['extract']:.1f}% of the extract-only batch)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
