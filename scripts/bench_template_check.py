"""What checking a template's variables against the CV contract adds to a batch's start.

    .venv/bin/python scripts/bench_template_check.py [--rounds 7] [--template T.docx ...]

A batch checks its template once before any CV job, whatever the number of CVs (``cvextract
--parallel`` twice: in the command and in Snakemake's ``onstart``), so a 1,000-CV batch starts later
by exactly that check. Each round runs, in fresh Python processes and in alternating order, today's start-up
check (the sample CV rendered through the template) and the new one (variables, unshown fields and
Word's traps analysed, then the same render), imports included; the medians are printed side by side
with the difference and the analysis alone (timed inside the checked run: it is what the start-up
check now does more), and the budget (0.5 s for a batch, both checks of ``cvextract --parallel``).
Templates: the bundled example, one with its body repeated 100 times (about 1,100 tags), and the
reference template when ../shared/reference holds it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "templates" / "cv_template.docx"
REFERENCE = ROOT.parent / "shared" / "reference" / "CV_Template_Jinja2.docx"
BUDGET = 0.5

TODAY = """
import sys, time
started = time.perf_counter()
from cvextract.render.docx_template import render_document
from cvextract.render.template_check import SAMPLE_CV
render_document(SAMPLE_CV, sys.argv[1])
print(time.perf_counter() - started)
"""
CHECKED = """
import sys, time
started = time.perf_counter()
from cvextract.render.compiled_template import compiled_template
from cvextract.render.docx_template import render_document
from cvextract.render.template_check import SAMPLE_CV
from cvextract.template_fields import analyse_template
compiled_template(sys.argv[1])  # what check_template does, step by step: prepare the template,
analysis = time.perf_counter()
fields = analyse_template(sys.argv[1])  # analyse it (reusing what was prepared),
analysis = time.perf_counter() - analysis
assert not fields.errors()
render_document(SAMPLE_CV, sys.argv[1])  # render the sample CV
print(time.perf_counter() - started, analysis)
"""


def repeated_body(path: Path, times: int) -> Path:
    """The bundled template with its body's paragraphs repeated ``times`` times."""
    with zipfile.ZipFile(EXAMPLE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                start, end = xml.index("<w:p>"), xml.rindex("</w:p>") + len("</w:p>")
                data = (xml[:start] + xml[start:end] * times + xml[end:]).encode("utf-8")
            dst.writestr(item, data)
    return path


def seconds(code: str, template: Path) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, str(template)], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    return [float(value) for value in out.stdout.split()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--template", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        templates = args.template or [EXAMPLE, repeated_body(Path(tmp) / "cv_template_x100.docx", 100)]
        if not args.template and REFERENCE.exists():
            templates.append(REFERENCE)
        print(f"{'template':<28}{'today (s)':>11}{'checked (s)':>13}{'added (s)':>11}{'analysis (s)':>14}"
              f"{'--parallel (2x added)':>23}")
        worst = 0.0
        for template in templates:
            today, checked, analysis = [], [], []
            seconds(TODAY, template)  # warm the file cache and bytecode once, unmeasured
            for round_ in range(args.rounds):  # alternate which runs first
                pair = [(today, TODAY), (checked, CHECKED)]
                for times, code in pair if round_ % 2 == 0 else pair[::-1]:
                    measured = seconds(code, template)
                    times.append(measured[0])
                    if len(measured) > 1:
                        analysis.append(measured[1])
            t, c, a = statistics.median(today), statistics.median(checked), statistics.median(analysis)
            worst = max(worst, 2 * (c - t))
            print(f"{template.name:<28}{t:>11.3f}{c:>13.3f}{c - t:>11.3f}{a:>14.3f}{2 * (c - t):>23.3f}")
    print(f"A batch of 1,000 CVs starts at most {worst:.3f} s later (budget {BUDGET} s): "
          + ("within budget" if worst <= BUDGET else "OVER BUDGET"))
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
