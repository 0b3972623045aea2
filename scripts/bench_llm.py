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
  from the time spent waiting on the model.

    .venv/bin/python scripts/bench_llm.py                      # the three scenarios of issue 8
    .venv/bin/python scripts/bench_llm.py --cvs 120 --latency 0.5 --cap 16 [--rps 8] [--cores 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAKEFILE = ROOT / "Snakefile"
TEMPLATE = ROOT / "examples" / "templates" / "cv_template.docx"
sys.path.insert(0, str(ROOT / "tests"))

from fake_openai import FakeOpenAI, FakeSite, chat  # noqa: E402
from sample_cvs import make_cv_data, write_cv  # noqa: E402

PROFILE = {"name": "Target Corp", "domains": ["logistics", "cloud"], "description": "Moves things."}

SCENARIOS = {
    "latency": dict(cvs=120, latency=0.5, cap=16, rps=None),
    "rate-limit": dict(cvs=120, latency=0.2, cap=16, rps=8),
    "memory": dict(cvs=300, latency=0.5, cap=64, rps=None),
}


def answer(request):
    """Research gets a profile; an adjust request gets its CV back unchanged."""
    if "original_json" not in request.user:
        return chat(PROFILE)
    return chat(request.user_json()["original_json"])


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
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as kids:
                ids = [int(k) for k in kids.read().split()]
        except OSError:
            ids = []
        found += ids
        todo += ids
    return found


def run(cmd: list[str], env: dict) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MB) of the process tree, return code."""
    peak, done = [0], threading.Event()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)

    def sample():
        while not done.is_set():
            total = sum(_rss_kb(p) for p in [proc.pid, *_children(proc.pid)])
            peak[0] = max(peak[0], total)
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


def scenario(name: str, cvs: int, latency: float, cap: int, rps: float | None, cores: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"bench-llm-{name}-"))
    try:
        server = FakeOpenAI(requests_per_second=rps, latency=latency).start()
        server.default = answer
        site = FakeSite().start()
        url = site.page("/", "<html><body><h1>Target Corp</h1><p>Logistics in the cloud.</p></body></html>")
        make_cvs(work / "cvs", cvs)
        config = {"source": str(work / "cvs"), "target": str(work / "out"),
                  "adjust": [{"name": "openai-company-research", "customer-url": url}],
                  "apply": {"template": str(TEMPLATE)}, "llm": {"max_concurrent": cap}}
        (work / "config.json").write_text(json.dumps(config), encoding="utf-8")
        env = dict(os.environ, OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="bench",
                   NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost",
                   PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        cmd = [sys.executable, "-m", "snakemake", "-s", str(SNAKEFILE), "-d", str(work / "out"),
               "--cores", str(cores), "--configfile", str(work / "config.json"), "--quiet", "all"]
        wall, rss, rc = run(cmd, env)
        usage = json.loads((work / "out" / "logs" / "llm-usage.json").read_text("utf-8")) \
            if (work / "out" / "logs" / "llm-usage.json").exists() else {}
        done = len(list((work / "out" / "documents").rglob("*_NEW.docx")))
        noop, _, _ = run(cmd, env)  # the fixed cost: start-up, DAG, checks
        calls = server.answered
        ideal = calls / rps if rps else latency + (calls - 1) * latency / cap
        ideal = ideal or float("nan")
        site.stop()
        server.stop()
        return {"scenario": name, "cvs": cvs, "latency": latency, "cap": cap, "rps": rps, "cores": cores,
                "rc": rc, "documents": done, "wall": wall, "noop": noop, "work": wall - noop, "ideal": ideal,
                "ratio": (wall - noop) / ideal, "peak_in_flight": server.peak_in_flight, "refused": server.refused,
                "answered": calls, "usage_calls": usage.get("calls"), "usage_rate_limited": usage.get("rate_limited"),
                "peak_rss_mb": rss}
    finally:
        shutil.rmtree(work, ignore_errors=True)


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
    args = parser.parse_args()
    if args.cvs or args.latency or args.cap or args.rps:
        runs = [("custom", dict(cvs=args.cvs or 120, latency=args.latency if args.latency is not None else 0.5,
                                cap=args.cap or 16, rps=args.rps))]
    else:
        runs = [(name, SCENARIOS[name]) for name in (args.scenario or list(SCENARIOS))]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (shared: figures vary)")
    for name, params in runs:
        r = scenario(name, cores=args.cores, **params)
        limit = f", {r['rps']:g} req/s limit" if r["rps"] else ""
        print(f"\n[{name}] {r['cvs']} CVs, {r['latency']:g} s per answer, cap {r['cap']}{limit}, --cores {r['cores']}"
              f" -> rc {r['rc']}, {r['documents']}/{r['cvs']} documents")
        print(f"  wall {r['wall']:.1f} s - no-op rerun {r['noop']:.1f} s = {r['work']:.1f} s; "
              f"ideal {r['ideal']:.1f} s; ratio {r['ratio']:.2f}")
        print(f"  peak calls in flight {r['peak_in_flight']}; 429s {r['refused']}; answers {r['answered']} "
              f"(llm-usage.json: {r['usage_calls']} calls, {r['usage_rate_limited']} refusals)")
        print(f"  peak RSS of the batch {r['peak_rss_mb']:.0f} MB")
        if not args.no_baseline:
            b = scenario(f"{name}-instant", cores=args.cores, **{**params, "latency": 0.0, "rps": None})
            print(f"  same batch, answers at once: wall {b['wall']:.1f} s - no-op {b['noop']:.1f} s = {b['work']:.1f} s "
                  f"(extract, apply, Snakemake's own work); the model's share above: {r['work'] - b['work']:.1f} s "
                  f"vs ideal {r['ideal']:.1f} s")


if __name__ == "__main__":
    main()
