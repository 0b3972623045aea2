"""What checking a template's variables against the CV contract adds to a batch's start.

    .venv/bin/python scripts/bench_template_check.py [--rounds 7] [--template T.docx ...]

A batch checks its template once before any CV job, whatever the number of CVs (``cvextract
--parallel`` twice: in the command and in Snakemake's ``onstart``), so a 1,000-CV batch starts later
by exactly that check. Each round runs, in fresh Python processes and alternately, today's start-up
check (the sample CV rendered through the template) and the new one (variables, unshown fields and
Word's traps analysed, then the same render), imports included; the medians are printed side by side
with the difference, and the budget (0.5 s for a batch, both checks of ``cvextract --parallel``).
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
from cvextract.render.template_check import check_template
check_template(sys.argv[1])
print(time.perf_counter() - started)
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


def seconds(code: str, template: Path) -> float:
    out = subprocess.run([sys.executable, "-c", code, str(template)], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--template", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        templates = args.template or [EXAMPLE, repeated_body(Path(tmp) / "cv_template_x100.docx", 100)]
        if not args.template and REFERENCE.exists():
            templates.append(REFERENCE)
        print(f"{'template':<28}{'today (s)':>11}{'checked (s)':>13}{'added (s)':>11}{'--parallel (2x)':>17}")
        worst = 0.0
        for template in templates:
            today, checked = [], []
            for _ in range(args.rounds):
                today.append(seconds(TODAY, template))
                checked.append(seconds(CHECKED, template))
            t, c = statistics.median(today), statistics.median(checked)
            worst = max(worst, 2 * (c - t))
            print(f"{template.name:<28}{t:>11.3f}{c:>13.3f}{c - t:>11.3f}{2 * (c - t):>17.3f}")
    print(f"A batch of 1,000 CVs starts at most {worst:.3f} s later (budget {BUDGET} s): "
          + ("within budget" if worst <= BUDGET else "OVER BUDGET"))
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
