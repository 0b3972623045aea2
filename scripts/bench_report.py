"""How big the batch report of a 10,000-CV batch is, how long it takes to write and to paint.

    .venv/bin/python scripts/bench_report.py [--cvs 10000] [--rounds 3] [--keep DIR]

Lays out a synthetic target folder as a batch with one tailoring adjust step leaves it (extracted
and adjusted JSON, each step's output, the guard's verdict, job logs, documents; 2% of the CVs
failed by the guard, 1% with warnings; no model is called), writes ``report.html`` from it with
``cvextract report``'s own code, and opens it in headless Chromium (Debian's ``chromium``), timing
from navigation start to the first rows painted, and the opening of one CV's changes.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from chromium_page import ChromiumPage  # noqa: E402
from sample_cvs import make_cv_data  # noqa: E402

from cvextract.adjust.chain import GUARD_VERDICTS, intermediate_name  # noqa: E402
from cvextract.adjust.fabrication_guard import CHECKS, TAILOR  # noqa: E402
from cvextract.layout import TargetLayout  # noqa: E402
from cvextract.report import write_report  # noqa: E402
from cvextract.report.batch_report import RUN_RECORD  # noqa: E402

STEP = {"name": "openai-job-specific", "job-description": "Cloud platform engineer"}


def tailored(cv: dict) -> dict:
    out = copy.deepcopy(cv)
    out["overview"] = out["overview"].replace("years of experience", "years of hands-on experience")
    for experience in out["experiences"]:
        experience["bullets"] = list(reversed(experience["bullets"]))
    out["experiences"].reverse()
    return out


def lay_out(target: Path, count: int) -> None:
    layout, started = TargetLayout(target), time.time()
    cvs = []
    for i in range(count):
        rel = f"team-{i % 40:02d}/{make_cv_data(i)['identity']['full_name'].replace(' ', '_')}_CV_{i}"
        cvs.append([rel, ".docx"])
        cv = make_cv_data(i)
        paths = [layout.structured(rel), layout.job_log("extract", rel), layout.job_log("adjust", rel),
                 layout.adjust_steps_dir(rel) / GUARD_VERDICTS]
        for path in paths:
            path.parent.mkdir(parents=True, exist_ok=True)
        layout.structured(rel).write_text(json.dumps(cv), "utf-8")
        layout.job_log("extract", rel).write_text(f"OK extract: {rel}.docx -> x ({2 + i % 7} ms, pid 1)\n"
                                                  + ("warning: overview is empty\n" if i % 100 == 7 else ""), "utf-8")
        verdict = {"step": 1, "adjuster": STEP["name"], "mode": TAILOR, "checked": list(CHECKS[TAILOR])}
        if i % 50 == 3:
            cause = f"{layout.structured(rel)}: adjust output invented or changed facts ({STEP['name']}): " \
                    "sidebar.tools: 'Kubernetes Quantum Edition' not in source"
            layout.job_log("adjust", rel).write_text(f"FAILED adjust: {cause}\n", "utf-8")
            (layout.adjust_steps_dir(rel) / GUARD_VERDICTS).write_text(json.dumps([{**verdict, "passed": False, "problems": [
                "sidebar.tools: 'Kubernetes Quantum Edition' not in source"]}]), "utf-8")
            continue
        adjusted = tailored(cv)
        (layout.adjust_steps_dir(rel) / intermediate_name(1, STEP["name"])).write_text(json.dumps(adjusted), "utf-8")
        (layout.adjust_steps_dir(rel) / GUARD_VERDICTS).write_text(json.dumps([{**verdict, "passed": True, "problems": []}]), "utf-8")
        for path, text in ((layout.adjusted(rel), json.dumps(adjusted)), (layout.document(rel), ""),
                           (layout.job_log("apply", rel), f"OK apply: x -> y ({10 + i % 30} ms, pid 1)\n")):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
        layout.job_log("adjust", rel).write_text(f"OK adjust: x -> y ({900 + i % 700} ms, pid 1)\n", "utf-8")
    config = {"source": "/data/cvs", "file_type": "*.docx", "target": str(target),
              "extract": {"name": "default-docx-cv-extractor"}, "adjust": [STEP],
              "apply": {"template": "/data/template.docx"}, "llm": {"max_concurrent": 4}}
    (target / "logs" / RUN_RECORD).write_text(json.dumps({"started": started - 1, "finished": time.time(),
                                                          "cores": 2, "config": config, "cvs": cvs}), "utf-8")
    (target / "logs" / "llm-usage.json").write_text(json.dumps({
        "calls": count, "prompt_tokens": 1800 * count, "completion_tokens": 900 * count, "cache_hits": 0,
        "estimated_cost": None}), "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cvs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="lay the target out here and keep it")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        print("chromium is not installed (Debian package chromium)", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="bench-report-"))
    target = args.keep or work / "out"
    try:
        began = time.perf_counter()
        lay_out(target, args.cvs)
        print(f"laid out {args.cvs} CVs in {time.perf_counter() - began:.1f} s")
        builds = []
        for _ in range(args.rounds):
            began = time.perf_counter()
            report = write_report(target)
            builds.append(time.perf_counter() - began)
        size = report.stat().st_size
        paints, fcps, opens, heaps = [], [], [], []
        for round_ in range(args.rounds):
            with ChromiumPage(chromium, work / f"profile-{round_}") as page:
                paints.append(page.open(report.as_uri()))
                fcps.append(page.eval("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null"))
                opens.append(page.eval("""new Promise(done => { const t = performance.now();
                    document.querySelector('tr.cv button.toggle').click();
                    requestAnimationFrame(() => done(performance.now() - t)); })"""))
                heaps.append(page.eval("performance.memory ? performance.memory.usedJSHeapSize : null"))
        print(f"report.html: {size / 1e6:.1f} MB for {args.cvs} CVs")
        print(f"write_report (Python, from disk): first {builds[0]:.1f} s (computes every CV's changes), "
              f"then {statistics.median(builds[1:] or builds):.1f} s (changes cached while the files stay the same)")
        print(f"navigation start -> first rows painted: median {statistics.median(paints):.0f} ms "
              f"(rounds: {', '.join(f'{p:.0f}' for p in paints)})")
        if all(f is not None for f in fcps):
            print(f"first contentful paint: median {statistics.median(fcps):.0f} ms")
        print(f"opening one CV's changes (parses the changes block): median {statistics.median(opens):.0f} ms")
        if all(h is not None for h in heaps):
            print(f"JS heap after that: median {statistics.median(heaps) / 1e6:.1f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
