#!/usr/bin/env python3
"""CPU of one model call: ``ask_json`` with a CV-sized answer against the tests' loopback server.

Measures the calling thread's CPU (``time.thread_time``; the server runs in other threads) per call,
median of 35 after 5 warm-up calls, for answers streamed in a few pieces (the batch benchmark's
default) and in one piece per token (about 4 characters, as a real model streams), and a request
that is not streamed (the SDK's typed answer) for comparison. With ``--base <a checkout>`` the same
in that checkout, the two alternated round by round, and the ratios (never a test).

    .venv/bin/python scripts/bench_llm_call.py
    .venv/bin/python scripts/bench_llm_call.py --base <a git worktree of another commit> --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(chunks: list[int]) -> dict:
    """In this process (its package on sys.path): median CPU ms per call, by pieces per answer."""
    from fake_openai import FakeOpenAI, chat
    from sample_cvs import make_cv_data

    from cvextract.contracts import CV_SCHEMA, load_schema
    from cvextract.llm import client
    from cvextract.llm.settings import settings_from_env

    server = FakeOpenAI().start()
    os.environ.update(OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="bench", NO_PROXY="127.0.0.1",
                      no_proxy="127.0.0.1")
    cv = make_cv_data(3, special_chars=False)
    messages = [{"role": "system", "content": "Tailor the CV. " * 40},
                {"role": "user", "content": json.dumps({"original_json": cv, "customer": {"name": "Target"}})}]
    schema, settings = load_schema(CV_SCHEMA), settings_from_env()
    figures = {"answer_chars": len(json.dumps(cv))}

    def median_ms(call) -> float:
        times = []
        for _ in range(40):
            started = time.thread_time()
            call()
            times.append(time.thread_time() - started)
        return statistics.median(times[5:]) * 1000

    try:
        for count in chunks:
            server.default = lambda request, count=count: chat(cv, chunks=count)
            figures[f"streamed, {count} pieces"] = median_ms(lambda: client.ask_json(
                messages, schema=schema, schema_name="cv", purpose="bench", settings=settings, temperature=0.2))
        from cvextract.llm.connection import shared_client
        from cvextract.llm.response_format import response_formats

        sdk, fmt = shared_client(settings), response_formats(schema, "cv")[0]
        server.default = lambda request: chat(cv)
        figures["not streamed (SDK create)"] = median_ms(lambda: json.loads(sdk.chat.completions.create(
            model=settings.model, messages=messages, response_format=fmt, temperature=0.2).choices[0].message.content))
    finally:
        server.stop()
    return figures


def run(checkout: Path, chunks: list[int]) -> dict:
    """:func:`measure` in a fresh process with ``checkout``'s package (started outside any checkout:
    ``-c`` puts the working folder first on sys.path)."""
    code = (f"import json, sys; sys.path[:0] = [{str(checkout)!r}, {str(checkout / 'tests')!r}]; "
            f"sys.path.insert(0, {str(ROOT / 'scripts')!r}); import bench_llm_call as b; "
            f"print(json.dumps(b.measure({chunks!r})))")
    with tempfile.TemporaryDirectory() as work:
        out = subprocess.run([sys.executable, "-c", code], cwd=work, check=True, capture_output=True, text=True,
                             env=dict(os.environ, TMPDIR=work)).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, help="a checkout to measure beside this one, alternated")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--chunks", type=int, nargs="+", help="pieces per answer (default: 4 and one per token)")
    args = parser.parse_args()
    chunks = args.chunks or [4, 260]  # the benchmark CV's answer is about 1,040 characters: 260 tokens
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (shared: figures vary)")
    sides = [("this", ROOT)] + ([("base", args.base.resolve())] if args.base else [])
    results: dict[str, list[dict]] = {name: [] for name, _ in sides}
    for index in range(args.rounds):
        for name, checkout in sides if index % 2 == 0 else sides[::-1]:
            results[name].append(run(checkout, chunks))
    for key in [k for k in results["this"][0] if k != "answer_chars"]:
        line = f"{key:28s} this " + " ".join(f"{r[key]:6.2f}" for r in results["this"]) + " ms"
        if args.base:
            line += "; base " + " ".join(f"{r[key]:6.2f}" for r in results["base"]) + " ms; this/base " + \
                    " ".join(f"{t[key] / b[key]:.2f}" for t, b in zip(results["this"], results["base"]))
        print(line)
    print(f"(CPU of the calling thread per call, median of 35; answer {results['this'][0]['answer_chars']} characters)")


if __name__ == "__main__":
    main()
