#!/usr/bin/env python3
"""LLM batch benchmark: a company-research batch against a local OpenAI-compatible server.

Starts the loopback server the tests use (``tests/fake_openai.py``) with a fixed latency per answer
and, optionally, a requests-per-second limit (429 with ``retry-after-ms`` and ``x-ratelimit-*``
headers beyond it), then runs ``snakemake --cores C`` on N CVs with one ``openai-company-research``
step and apply to the bundled template. Prints, per scenario (never a test):

* wall time less the fixed cost (the same command run again as a no-op, measured in the same run),
  against the ideal: research + calls x latency / cap, or calls / the rate limit;
* peak calls in flight at the server, 429s it sent, answers it served;
* peak RSS of the whole batch (Snakemake and every process it started, sampled every 50 ms);
* the same batch with answers at once, to tell the batch's own work (extract, apply, Snakemake)
  from the time spent waiting on the model;
* with ``--vs-pool``: the earlier tool's shape beside it, alternated in one run: one process, a thread
  pool of ``cap`` threads doing one CV each (extract, the tailoring call, apply) after the research
  call, on the same server with the same latency; each pair's wall-time ratio and their median.
* the 429s the server sent per call (``429s/calls``) and, with a rate limit, (wall - no-op) / the
  limit's floor (calls / rate).

The checkout's package is compiled to bytecode first, as an installed cvextract has it (``scripts/bytecode.py``).

    .venv/bin/python scripts/bench_llm.py                      # the three scenarios of issue 8
    .venv/bin/python scripts/bench_llm.py --cvs 120 --latency 0.5 --cap 16 [--rps 8] [--cores 2]
    .venv/bin/python scripts/bench_llm.py --scenario issue24-latency --scenario issue24-large --vs-pool --rounds 3
    .venv/bin/python scripts/bench_llm.py --scenario issue24-latency --checkout <a git worktree of another commit>
    .venv/bin/python scripts/bench_llm.py --scenario issue24-latency --chunk-chars 4   # a chunk per token, as a real model
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKOUT = ROOT  # whose workflow and package run (--checkout)
TEMPLATE = ROOT / "examples" / "templates" / "cv_template.docx"
sys.path.insert(0, str(ROOT / "tests"))

from bytecode import compile_package  # noqa: E402
from fake_openai import FakeOpenAI, FakeSite, chat  # noqa: E402
from sample_cvs import make_cv_data, write_cv  # noqa: E402

PROFILE = {"name": "Target Corp", "domains": ["logistics", "cloud"], "description": "Moves things."}

SCENARIOS = {
    "latency": dict(cvs=120, latency=0.5, cap=16, rps=None),
    "rate-limit": dict(cvs=120, latency=0.2, cap=16, rps=8),
    "memory": dict(cvs=300, latency=0.5, cap=64, rps=None),
    "issue24-latency": dict(cvs=120, latency=0.5, cap=16, rps=None),
    "issue24-large": dict(cvs=300, latency=2.0, cap=64, rps=None),
}

# The earlier tool's shape: research once, then a thread pool doing one CV per thread, same stages.
POOL = """
import concurrent.futures, json, sys
from pathlib import Path
from cvextract import stages
from cvextract.batch.inputs import discover
from cvextract.layout import TargetLayout

config = json.loads(Path(sys.argv[1]).read_text())
source, layout, steps = Path(config["source"]), TargetLayout(Path(config["target"])), config["adjust"]
stages.research_customers(steps, layout=layout)

def one(cv):
    data = stages.extract_cv(cv.source_path(source), layout.structured(cv.rel))
    adjusted = stages.adjust_cv(data.output, layout.adjusted(cv.rel), steps, layout=layout, rel=cv.rel)
    stages.apply_cv(adjusted.output, config["apply"]["template"], layout.document(cv.rel))

with concurrent.futures.ThreadPoolExecutor(config["llm"]["max_concurrent"]) as pool:
    list(pool.map(one, discover(source)))
"""


CHUNK_CHARS = 0  # --chunk-chars: streamed answers in pieces of this many characters (0: four pieces)


ARRIVALS: list[float] = []  # when each request reached the server (time.monotonic), for the timeline


def answer(request):
    """Research gets a profile; an adjust request gets its CV back unchanged."""
    ARRIVALS.append(time.monotonic())
    reply = chat(PROFILE if "original_json" not in request.user else request.user_json()["original_json"])
    if CHUNK_CHARS:  # a real model streams about a token (some 4 characters) per chunk
        reply.chunks = max(1, -(-len(reply.body["choices"][0]["message"]["content"]) // CHUNK_CHARS))
    return reply


def make_cvs(folder: Path, count: int) -> None:
    """``count`` distinct CVs (copies would share one cached answer and make no call)."""
    for i in range(count):
        write_cv(folder / f"team-{i % 10}" / f"cv_{i:05d}.docx", make_cv_data(i, special_chars=False))


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid``: a child is listed under the thread that started it (a pool
    worker under a job's thread), so every thread's list is read, not only the main thread's."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        ids = []
        try:
            threads = os.listdir(f"/proc/{current}/task")
        except OSError:
            threads = []
        for thread in threads:
            try:
                with open(f"/proc/{current}/task/{thread}/children", encoding="ascii") as kids:
                    ids += [int(k) for k in kids.read().split()]
            except OSError:
                pass
        found += ids
        todo += ids
    return found


TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_and_threads(pid: int) -> tuple[float, int] | None:
    """CPU seconds (user + system) and threads of a process, from /proc/<pid>/stat."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS, int(fields[17])


def cpu_line(cpu: dict) -> str:
    """The CPU of each process of a batch: the Snakemake process, the model-call process (the helper
    that had the most threads: one per call in flight) and the others (pool workers)."""
    main, helpers = cpu.get("main", (0.0, 0)), {pid: v for pid, v in cpu.items() if pid != "main"}
    model = max(helpers, key=lambda pid: helpers[pid][1], default=None)
    others = sorted((v[0] for pid, v in helpers.items() if pid != model), reverse=True)
    return (f"CPU s: Snakemake {main[0]:.2f}, model-call process {helpers[model][0] if model else 0:.2f}, "
            f"other helpers {' '.join(f'{c:.2f}' for c in others if c >= 0.05) or '-'}; "
            f"all {main[0] + sum(v[0] for v in helpers.values()):.2f}")


def run(cmd: list[str], env: dict, cpu: dict | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MB) of the process tree, return code; ``cpu``: filled with each
    process's last sampled CPU seconds and most threads (``main``: the command's own process)."""
    peak, done = [0], threading.Event()
    started = time.perf_counter()
    # Run in the batch's work folder: ``-m`` and ``-c`` put the working folder first on sys.path,
    # before PYTHONPATH: started from a checkout, both sides of --checkout would import that checkout's package.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=env["TMPDIR"])

    def sample():
        while not done.is_set():
            children = _children(proc.pid)
            total = sum(_rss_kb(p) for p in [proc.pid, *children])
            peak[0] = max(peak[0], total)
            if cpu is not None:
                for pid in [proc.pid, *children]:
                    seen = _cpu_and_threads(pid)
                    if seen is not None:
                        key = "main" if pid == proc.pid else pid
                        cpu[key] = (seen[0], max(seen[1], cpu.get(key, (0, 0))[1]))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.stderr.write(stderr.decode("utf-8", "replace")[-3000:])
    return elapsed, peak[0] / 1024, proc.returncode


def pool_side(name: str, cvs: int, latency: float, cap: int, rps: float | None) -> float:
    """Wall seconds of the earlier tool's shape (:data:`POOL`) on the same kind of batch."""
    work = Path(tempfile.mkdtemp(prefix=f"bench-llm-pool-{name}-"))
    try:
        with served(work, cvs, latency, cap, rps) as (server, env):
            wall, _, rc = run([sys.executable, "-c", POOL, str(work / "config.json")], env)
            if rc != 0:
                raise SystemExit("the thread-pool side failed")
            return wall
    finally:
        shutil.rmtree(work, ignore_errors=True)


@contextlib.contextmanager
def served(work: Path, cvs: int, latency: float, cap: int, rps: float | None):
    """The loopback server and site, ``cvs`` CVs and the batch config in ``work``; (server, env)."""
    server = FakeOpenAI(requests_per_second=rps, latency=latency).start()
    server.default = answer
    site = FakeSite().start()
    try:
        url = site.page("/", "<html><body><h1>Target Corp</h1><p>Logistics in the cloud.</p></body></html>")
        make_cvs(work / "cvs", cvs)
        config = {"source": str(work / "cvs"), "target": str(work / "out"),
                  "adjust": [{"name": "openai-company-research", "customer-url": url}],
                  "apply": {"template": str(TEMPLATE)}, "llm": {"max_concurrent": cap}}
        (work / "config.json").write_text(json.dumps(config), encoding="utf-8")
        env = dict(os.environ, OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="bench",
                   NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost",
                   PYTHONPATH=str(CHECKOUT), TMPDIR=str(work),
                   PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        yield server, env
    finally:
        site.stop()
        server.stop()


def scenario(name: str, cvs: int, latency: float, cap: int, rps: float | None, cores: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"bench-llm-{name}-"))
    try:
        with served(work, cvs, latency, cap, rps) as (server, env):
            return _snakemake_side(name, work, server, env, cvs, latency, cap, rps, cores)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _snakemake_side(name, work, server, env, cvs, latency, cap, rps, cores) -> dict:
    cmd = [sys.executable, "-m", "snakemake", "-s", str(CHECKOUT / "Snakefile"), "-d", str(work / "out"),
           "--cores", str(cores), "--configfile", str(work / "config.json"), "--quiet", "all"]
    cpu: dict = {}
    ARRIVALS.clear()
    started = time.monotonic()
    wall, rss, rc = run(cmd, env, cpu)
    arrivals = [t - started for t in ARRIVALS]
    usage = json.loads((work / "out" / "logs" / "llm-usage.json").read_text("utf-8")) \
        if (work / "out" / "logs" / "llm-usage.json").exists() else {}
    done = len(list((work / "out" / "documents").rglob("*_NEW.docx")))
    noop, _, _ = run(cmd, env)  # the fixed cost: start-up, DAG, checks
    calls = server.answered
    ideal = calls / rps if rps else latency + (calls - 1) * latency / cap
    ideal = ideal or float("nan")
    return {"scenario": name, "cvs": cvs, "latency": latency, "cap": cap, "rps": rps, "cores": cores,
            "rc": rc, "documents": done, "wall": wall, "noop": noop, "work": wall - noop, "ideal": ideal,
            "ratio": (wall - noop) / ideal, "peak_in_flight": server.peak_in_flight, "refused": server.refused,
            "answered": calls, "usage_calls": usage.get("calls"), "usage_rate_limited": usage.get("rate_limited"),
            "peak_rss_mb": rss, "cpu": cpu_line(cpu),
            "timeline": (f"first request at {arrivals[0]:.1f} s, second at {arrivals[1]:.1f} s, last at {arrivals[-1]:.1f} s"
                         if len(arrivals) > 1 else "-")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), action="append",
                        help="one of the issue's scenarios (repeatable; default: all three)")
    parser.add_argument("--cvs", type=int)
    parser.add_argument("--latency", type=float, help="seconds per answer")
    parser.add_argument("--cap", type=int, help="llm.max_concurrent")
    parser.add_argument("--rps", type=float, help="the server's requests-per-second limit")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the same batch with instant answers (the batch's own work, for comparison)")
    parser.add_argument("--vs-pool", action="store_true",
                        help="run the earlier tool's shape (a thread pool, one CV per thread) beside each round")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of each scenario (pool and batch alternate)")
    parser.add_argument("--checkout", type=Path, help="run this checkout's workflow (default: this one)")
    parser.add_argument("--chunk-chars", type=int, default=0,
                        help="stream each answer in pieces of this many characters, as a real model streams "
                             "about a token per chunk (4: per token; default: four pieces an answer)")
    args = parser.parse_args()
    global CHECKOUT, CHUNK_CHARS
    CHECKOUT = (args.checkout or ROOT).resolve()
    compile_package(CHECKOUT)  # as installed: every process reads the package's bytecode
    CHUNK_CHARS = max(0, args.chunk_chars)
    if args.cvs or args.latency or args.cap or args.rps:
        runs = [("custom", dict(cvs=args.cvs or 120, latency=args.latency if args.latency is not None else 0.5,
                                cap=args.cap or 16, rps=args.rps))]
    else:
        runs = [(name, SCENARIOS[name]) for name in (args.scenario or list(SCENARIOS))]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (shared: figures vary)")
    for name, params in runs:
        rounds(name, params, args)


def rounds(name: str, params: dict, args) -> None:
    """``args.rounds`` runs of one scenario; with ``--vs-pool`` the thread pool before (odd rounds)
    or after (even rounds) each."""
    ratios, pairs = [], []
    for index in range(args.rounds):
        pool = pool_side(name, **params) if args.vs_pool and index % 2 == 0 else None
        r = scenario(name, cores=args.cores, **params)
        if args.vs_pool and index % 2 == 1:
            pool = pool_side(name, **params)
        limit = f", {r['rps']:g} req/s limit" if r["rps"] else ""
        print(f"\n[{name}] {r['cvs']} CVs, {r['latency']:g} s per answer, cap {r['cap']}{limit}, --cores {r['cores']}"
              f" -> rc {r['rc']}, {r['documents']}/{r['cvs']} documents (round {index + 1})")
        floor = "the limit's floor" if r["rps"] else "ideal"
        print(f"  wall {r['wall']:.1f} s - no-op rerun {r['noop']:.1f} s = {r['work']:.1f} s; "
              f"{floor} {r['ideal']:.1f} s; ratio {r['ratio']:.2f}")
        print(f"  peak calls in flight {r['peak_in_flight']}; 429s/calls {r['refused']}/{r['answered']} "
              f"= {r['refused'] / max(1, r['answered']):.1%} "
              f"(llm-usage.json: {r['usage_calls']} calls, {r['usage_rate_limited']} refused)")
        print(f"  peak RSS of the batch {r['peak_rss_mb']:.0f} MB; {r['cpu']} (sampled every 50 ms)")
        print(f"  at the server: {r['timeline']}; the batch ended at {r['wall']:.1f} s")
        ratios.append(r["ratio"])
        if pool is not None:
            pairs.append(r["wall"] / pool)
            print(f"  thread pool (the earlier tool's shape) {pool:.1f} s: cvextract/pool {pairs[-1]:.2f}")
    if args.rounds > 1:
        print(f"  [{name}] median over {args.rounds} rounds: ratio {statistics.median(ratios):.2f}"
              + (f", cvextract/pool {statistics.median(pairs):.2f} (pairs: "
                 + " ".join(f"{p:.2f}" for p in pairs) + ")" if pairs else ""))
    if not args.no_baseline:
        b = scenario(f"{name}-instant", cores=args.cores, **{**params, "latency": 0.0, "rps": None})
        print(f"  same batch, answers at once: wall {b['wall']:.1f} s - no-op {b['noop']:.1f} s = {b['work']:.1f} s "
              f"(extract, apply, Snakemake's own work); the model's share above: {r['work'] - b['work']:.1f} s "
              f"vs ideal {r['ideal']:.1f} s")


if __name__ == "__main__":
    main()
