#!/usr/bin/env python3
"""Where an LLM batch's CPU goes, process by process: one batch of a ``bench_llm.py`` scenario under py-spy.

Runs the scenario's batch once (the same CVs, loopback server and config as ``bench_llm.py``) with
``py-spy record --subprocesses --gil``: a sample is taken of the thread that holds a process's GIL,
so a process's samples are its Python work. Prints, per process of the batch (the Snakemake process,
the model-call process, each pool worker), its CPU seconds (user + system, from ``/proc``) and how
its samples split over what it was doing, each share also as seconds of that CPU. Samples count the
time a thread held the GIL, descheduled or not, so read the shares, not the sample counts, as CPU.
"compiling sources" is the part of all that spent compiling Python sources without bytecode
(a checkout run with ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__``). Never a test.

    .venv/bin/python scripts/profile_llm.py --py-spy <path to py-spy>           # issue24-latency
    .venv/bin/python scripts/profile_llm.py --py-spy <path> --scenario issue24-large --rate 50 --raw prof.txt
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import bench_llm

PROCESS_FRAME = re.compile(r'process (\d+):"((?:[^"\\]|\\.)*)";?')
NO_FRAME = "(no Python frame: the interpreter starting or ending)"

# What a sample was doing: the first pattern its stack matches (frames joined by ";", outermost first).
CATEGORIES = (
    ("claims check of an answer", r"guard_claims \("),
    ("claims modules and word lists (preload)", r"_preload \(cvextract|preload\.<locals>\.load"),
    ("model call: SDK request and stream", r"_stream_answer \("),
    ("model call: answer's checks, cache, rate limit", r"ask_json \("),
    ("adjust job outside the call: mask, writes, schema", r"adjust_job \("),
    ("research job outside the call", r"research_job \("),
    ("extraction", r"extract_job \("),
    ("render", r"apply_job \("),
    ("start-up imports", r"prepare \(cvextract/batch/child_process"),
    ("batch start (template check, settings)", r"__onstart \("),
    ("DAG", r"DAG\.init \(|_build_dag \("),
    ("Snakemake: scheduling, job hand-out, post-processing", r"JobScheduler\."),
    ("batch end (usage, report, sync)", r"__onsuccess \(|__onerror \("),
    ("imports", r"_find_and_load \("),
    (NO_FRAME, re.escape(NO_FRAME)),
)
KINDS = (("model-call process", r"_Calls\.run \("), ("pool worker", r"_process_worker \("))


def profile(name: str, params: dict, cores: int, py_spy: str, rate: int, raw: Path) -> dict:
    """One batch of scenario ``name`` under py-spy (raw stacks into ``raw``); the CPU of each process."""
    work = Path(tempfile.mkdtemp(prefix=f"profile-llm-{name}-"))
    try:
        with bench_llm.served(work, **params) as (_, env):
            cmd = [sys.executable, "-m", "snakemake", "-s", str(bench_llm.CHECKOUT / "Snakefile"),
                   "-d", str(work / "out"), "--cores", str(cores), "--configfile", str(work / "config.json"),
                   "--quiet", "all"]
            cpu: dict = {}
            wall, _, rc = bench_llm.run([py_spy, "record", "--subprocesses", "--gil", "-r", str(rate), "-f", "raw",
                                         "-o", str(raw), "--", *cmd], env, cpu)
            print(f"[{name}] wall {wall:.1f} s under py-spy, rc {rc}; py-spy itself {cpu.get('main', (0, 0))[0]:.2f} s CPU")
            return {pid: seconds for pid, (seconds, _) in cpu.items() if pid != "main"}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_samples(raw: Path) -> dict[int, tuple[str, list[tuple[str, int]]]]:
    """Each sampled process's command line, and its stacks (frames joined by ";", line numbers
    dropped) with their counts."""
    found: dict[int, tuple[str, list[tuple[str, int]]]] = {}
    for line in raw.read_text("utf-8", "replace").splitlines():
        stack, _, count = line.rpartition(" ")
        processes = PROCESS_FRAME.findall(stack)  # py-spy's 'process N:"command line"' (the line may hold ";")
        if not processes or not count.isdigit():
            continue
        frames = PROCESS_FRAME.sub("", stack).split(";")
        kept = ";".join(re.sub(r":\d+\)", ")", f) for f in frames if f and not f.startswith("thread "))
        pid, command = processes[-1]
        found.setdefault(int(pid), (command, []))[1].append((kept or NO_FRAME, int(count)))
    return found


def report(samples: dict[int, tuple[str, list[tuple[str, int]]]], cpu: dict) -> None:
    for pid, (command, stacks) in sorted(samples.items(), key=lambda item: -sum(n for _, n in item[1][1])):
        total = sum(n for _, n in stacks)
        if total < 5:
            continue
        whole = ";".join(stack for stack, _ in stacks)
        kind = "Snakemake process" if "-m snakemake" in command else \
            next((label for label, pattern in KINDS if re.search(pattern, whole)), "other helper")
        seconds = cpu.get(pid, 0.0)
        shares: Counter = Counter()
        for stack, n in stacks:
            shares[next((label for label, pattern in CATEGORIES if re.search(pattern, stack)), "other")] += n
        compiling = sum(n for stack, n in stacks if "source_to_code (" in stack)
        print(f"\n{kind} (pid {pid}): {seconds:.2f} s of CPU, {total} samples")
        for label, n in shares.most_common() + [("(of all the above) compiling sources", compiling)]:
            print(f"  {n / total:6.1%}  {seconds * n / total:5.2f} s  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--py-spy", default=shutil.which("py-spy"), help="the py-spy executable (default: on PATH)")
    parser.add_argument("--scenario", choices=sorted(bench_llm.SCENARIOS), default="issue24-latency")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--rate", type=int, default=100, help="samples a second per process")
    parser.add_argument("--raw", type=Path, help="keep py-spy's raw stacks in this file")
    parser.add_argument("--checkout", type=Path, help="profile this checkout's workflow (default: this one)")
    args = parser.parse_args()
    if not args.py_spy:
        raise SystemExit("py-spy not found: pass --py-spy (pip install py-spy, outside the project's venv)")
    bench_llm.CHECKOUT = (args.checkout or bench_llm.ROOT).resolve()
    print(f"machine: load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        raw = args.raw or Path(folder) / "stacks.txt"
        cpu = profile(args.scenario, bench_llm.SCENARIOS[args.scenario], args.cores, args.py_spy, args.rate, raw)
        report(read_samples(raw), cpu)


if __name__ == "__main__":
    main()
