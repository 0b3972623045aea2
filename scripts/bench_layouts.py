"""Fields right per CV layout, and time per CV beside the reference-layout extractor (not a test).

Generates N CVs per layout (tests/layout_cvs.py, and the reference layout of tests/sample_cvs.py,
from known data), extracts each with the default
extractor (which tries the reference rules, then reads the layout), and compares field by field:
identity (4 fields), sidebar (7 lists), overview, and per expected experience its heading,
description, bullets and environment. Prints, per format and layout: fields right / fields, CVs
exact, median ms per CV; then the reference-layout extractor's median ms per CV on reference-layout
CVs (tests/sample_cvs.py) measured in the same run, and the ratio.

    .venv/bin/python scripts/bench_layouts.py [-n 20] [--repeat 5]

Other readers add a row kind to FORMATS: a writer (person, layout, folder, i) -> path and an
extractor path -> CV dict. The PDF rows are the same CVs converted by LibreOffice (the project's warm
converter, stopped before the timings) and read by the default extractor; a last line gives the PDF
fields right overall and the median time per page.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(PROJECT_ROOT), str(PROJECT_ROOT / "tests")]

from cvextract.errors import CvError  # noqa: E402
from layout_cvs import LAYOUTS, SIDEBAR_KEYS, expected_cv, person_for, write_layout_cv  # noqa: E402

EXPERIENCE_FIELDS = ("heading", "description", "bullets", "environment")


def fields_right(expected: dict, got: dict | None) -> tuple[int, int]:
    """(fields equal, fields expected); a failed extraction gets none right."""
    pairs = [(expected["identity"][k], (got or {}).get("identity", {}).get(k)) for k in expected["identity"]]
    pairs += [(expected["sidebar"][k], (got or {}).get("sidebar", {}).get(k)) for k in SIDEBAR_KEYS]
    pairs.append((expected["overview"], (got or {}).get("overview")))
    got_experiences = (got or {}).get("experiences", [])
    for n, experience in enumerate(expected["experiences"]):
        other = got_experiences[n] if n < len(got_experiences) else {}
        pairs += [(experience[k], other.get(k, object())) for k in EXPERIENCE_FIELDS]
    return sum(a == b for a, b in pairs), len(pairs)


def _write_docx(person: dict, layout: str, folder: Path, i: int) -> Path:
    return write_layout_cv(folder / f"{layout}-{i}.docx", person, layout)


def _extract_docx(path: Path) -> dict:
    from cvextract.extract.layout_choice import extract_docx_any_layout

    return extract_docx_any_layout(path)


PDF_PAGES: dict[Path, int] = {}  # pages of each generated PDF, for the time per page


def _write_pdf(person: dict, layout: str, folder: Path, i: int) -> Path:
    """The layout's DOCX converted to PDF by LibreOffice (the project's warm converter)."""
    return _as_pdf(write_layout_cv(folder / f"{layout}-{i}-for-pdf.docx", person, layout), folder / f"{layout}-{i}.pdf")


def _as_pdf(docx: Path, pdf: Path) -> Path:
    from cvextract.extract.pdf_input import read_pdf_blocks
    from cvextract.pdf import convert_document

    convert_document(docx, pdf, to="pdf", warm=True)
    PDF_PAGES[pdf] = max(block.page or 1 for block in read_pdf_blocks(pdf))
    return pdf


REFERENCE = "reference"  # the reference layout (tests/sample_cvs.py): header paragraphs and text boxes alternating
CONTACT = "Lyon, FR | +33 4 00 00 00 00 | someone@example.org"


def _case(kind: str, layout: str, folder: Path, i: int) -> tuple[Path, dict]:
    """(file, the CV it must read back as) for the i-th CV of a layout in a format."""
    if layout != REFERENCE:
        person = person_for(layout, i)
        return FORMATS[kind][0](person, layout, folder, i), expected_cv(person)
    from sample_cvs import make_cv_data, write_cv

    cv = make_cv_data(i)
    docx = folder / f"{kind}-{REFERENCE}-{i}.docx"
    write_cv(docx, cv, ("plain", "textbox")[i % 2], contact=CONTACT if i % 3 else None)
    return (docx if kind == "docx" else _as_pdf(docx, docx.with_suffix(".pdf"))), cv


PDF_CPU_MS: list[float] = []  # CPU per page (this process and the parser's child): the cost, whatever the load


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _extract_pdf(path: Path) -> dict:
    from cvextract.extract.any_file import extract_cv_file

    started = _cpu_seconds()
    try:
        return extract_cv_file(path)
    finally:
        PDF_CPU_MS.append((_cpu_seconds() - started) * 1000 / PDF_PAGES[path])


FORMATS = {"docx": (_write_docx, _extract_docx), "pdf": (_write_pdf, _extract_pdf)}


def _timed(extract, path: Path) -> tuple[dict | None, float]:
    started = time.perf_counter()
    try:
        got = extract(path)
    except CvError:
        got = None
    return got, (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20, help="CVs per layout (default 20)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per CV (default 5)")
    args = parser.parse_args(argv)

    from cvextract.extract.docx_cv import extract_docx_cv
    from sample_cvs import make_cv_data, write_cv

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reference = []
        for i in range(args.n):
            path = folder / f"reference-{i}.docx"
            write_cv(path, make_cv_data(i), ("plain", "textbox")[i % 2])
            reference.append(path)
        cases = {(kind, layout): [] for kind in FORMATS for layout in (*LAYOUTS, REFERENCE)}
        for (kind, layout), items in cases.items():
            items += [_case(kind, layout, folder, i) for i in range(args.n)]
        from cvextract.pdf.converter import stop_all

        stop_all()  # the LibreOffice that wrote the PDFs does not run beside the timings

        times: dict = {key: [] for key in cases}
        reference_ms: list[float] = []
        results: dict = {}
        for _ in range(args.repeat):  # interleaved, so both sides see the same machine load
            reference_ms += [_timed(extract_docx_cv, path)[1] for path in reference]
            for (kind, layout), items in cases.items():
                for path, expected in items:
                    got, ms = _timed(FORMATS[kind][1], path)
                    times[(kind, layout)].append(ms)
                    results[path] = (expected, got)

    reference_median = statistics.median(reference_ms)
    print(f"{'format':6} {'layout':24} {'fields right':>16} {'CVs exact':>10} {'ms/CV':>7} {'x ref':>6}")
    for (kind, layout), items in cases.items():
        right = total = exact = 0
        for path, _ in items:
            expected, got = results[path]
            r, t = fields_right(expected, got)
            right, total, exact = right + r, total + t, exact + (got == expected)
        ms = statistics.median(times[(kind, layout)])
        print(f"{kind:6} {layout:24} {right:>5}/{total:<5} {right / total:6.1%} {exact:>4}/{len(items):<5}"
              f" {ms:7.2f} {ms / reference_median:6.2f}")
    print(f"reference-layout extractor on reference-layout DOCX: {reference_median:.2f} ms/CV "
          f"(median of {len(reference_ms)} runs)")
    if "pdf" in FORMATS:
        per_page, right, total = [], 0, 0
        for (kind, layout), items in cases.items():
            if kind != "pdf":
                continue
            paths = [path for path, _ in items] * args.repeat  # the order the timings were taken in
            per_page += [ms / PDF_PAGES[path] for path, ms in zip(paths, times[(kind, layout)])]
            for path, _ in items:
                r, t = fields_right(*results[path])
                right, total = right + r, total + t
        print(f"pdf: {right}/{total} fields right ({right / total:.1%}); {statistics.median(per_page):.1f} ms per page, "
              f"{statistics.median(PDF_CPU_MS):.1f} ms CPU per page (medians over {len(per_page)} runs, "
              f"{sum(PDF_PAGES.values()) / len(PDF_PAGES):.1f} pages per CV; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
