#!/usr/bin/env python3
"""PDF benchmarks: a one-off LibreOffice per document against a warm one, and a whole batch with PDFs.

Prints figures measured side by side in one run (never a test; needs LibreOffice, Debian
libreoffice-writer-nogui and python3-uno):

1. per document: cold (``soffice --convert-to pdf`` with a fresh profile, what the single-file CLI
   does) vs warm (this process's converter behind unoserver, what batch workers do), alternated
   cold warm cold warm over --docs documents, medians and their ratio; plus the warm start-up;
2. a batch of --cvs CVs (default 100) extract + apply + pdf, ``snakemake --cores C`` vs the same
   batch without PDFs, alternated over --rounds rounds: seconds per CV and the share the PDFs add.

    .venv/bin/python scripts/bench_pdf.py [--docs 10] [--cvs 100] [--cores 2] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAKEFILE = ROOT / "Snakefile"
TEMPLATE = ROOT / "examples" / "templates" / "cv_template.docx"
EXAMPLES = sorted((ROOT / "examples" / "cvs").rglob("*.docx"))


def make_cvs(folder: Path, count: int) -> None:
    for i in range(count):
        dest = folder / f"team-{i % 10}" / f"cv_{i:05d}.docx"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(EXAMPLES[i % len(EXAMPLES)], dest)


def per_document(work: Path, docs: int) -> None:
    from cvextract import stages
    from cvextract.pdf import convert_to_pdf
    from cvextract.pdf.converter import stop_all

    documents = []
    for i in range(docs):
        data = stages.extract_cv(EXAMPLES[i % len(EXAMPLES)], work / f"json/{i}.json")
        documents.append(stages.apply_cv(data.output, TEMPLATE, work / f"docx/{i}_NEW.docx").output)
    started = time.perf_counter()
    convert_to_pdf(documents[0], work / "pdf/start.pdf", warm=True)  # starts this process's converter
    start_up = time.perf_counter() - started
    cold, warm = [], []
    for i, document in enumerate(documents):
        for kind, times in (("cold", cold), ("warm", warm)):
            started = time.perf_counter()
            convert_to_pdf(document, work / f"pdf/{kind}-{i}.pdf", warm=kind == "warm")
            times.append(time.perf_counter() - started)
    stop_all()
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"per document, {docs} documents alternated: cold {c:.2f} s (range {min(cold):.2f}-{max(cold):.2f}) "
          f"vs warm {w:.2f} s (range {min(warm):.2f}-{max(warm):.2f}): warm is {c / w:.1f}x faster")
    print(f"warm converter start-up plus its first document: {start_up:.1f} s (once per worker)")


def batch(work: Path, source: Path, cores: int, pdf: bool) -> float:
    target = work / ("with-pdf" if pdf else "no-pdf")
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    configfile = target / "config.json"
    configfile.write_text(json.dumps({"source": str(source), "target": str(target / "out"),
                                      "apply": {"template": str(TEMPLATE), "pdf": pdf}}), encoding="utf-8")
    cmd = [sys.executable, "-m", "snakemake", "-s", str(SNAKEFILE), "-d", str(target), "--cores", str(cores),
           "--configfile", str(configfile), "--quiet", "all"]
    started = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"snakemake failed ({proc.returncode}): {proc.stderr[-2000:]}")
    if pdf:
        made = len(list((target / "out" / "documents").rglob("*.pdf")))
        if made != len(list(source.rglob("*.docx"))):
            raise SystemExit(f"expected one PDF per CV, found {made}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10)
    parser.add_argument("--cvs", type=int, default=100)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from cvextract.pdf import check_libreoffice, warm_unavailable_reason

    reason = warm_unavailable_reason(check_libreoffice())
    if reason:
        raise SystemExit(f"cannot benchmark warm conversions: {reason}")
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        work = Path(tmp)
        if args.docs:
            per_document(work / "docs", args.docs)
        if args.cvs:
            source = work / "cvs"
            make_cvs(source, args.cvs)
            with_pdf, without = [], []
            for _ in range(args.rounds):
                with_pdf.append(batch(work, source, args.cores, pdf=True))
                without.append(batch(work, source, args.cores, pdf=False))
            w, n = statistics.median(with_pdf), statistics.median(without)
            print(f"{args.cvs} CVs extract + apply + pdf, snakemake --cores {args.cores}: "
                  f"{' '.join(f'{t:.1f}' for t in with_pdf)} s -> {w / args.cvs:.2f} s per CV (target <= 1 s)")
            print(f"same batch without PDFs: {' '.join(f'{t:.1f}' for t in without)} s -> {n / args.cvs:.2f} s "
                  f"per CV; the PDFs add {(w - n) / args.cvs:.2f} s per CV")


if __name__ == "__main__":
    main()
