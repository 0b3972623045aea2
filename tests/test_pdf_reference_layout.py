"""A CV in the reference layout printed to PDF reads back as its DOCX does: printed by LibreOffice
(the generated CVs in both reference layouts, a CV long enough that the page header with the name
and sidebar repeats on every page, the bundled examples, and ../shared/reference when present) and
by headless Chromium from an HTML rendering of the same CV."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from cli_runs import run_cli
from cvextract.extract.any_file import extract_cv_file
from html_cvs import print_html, reference_html_cv
from sample_cvs import CVS_DIR, EXAMPLE_LAYOUTS, EXAMPLES, LAYOUTS, make_cv_data, write_cv
from system_packages import require_command
from test_pdf_layouts import converted

# One xdist worker runs the whole module: the module's PDFs, printed once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_pdf_reference_layout")

CONTACT = "Lyon, FR | +33 4 00 00 00 00 | someone@example.org"


@pytest.fixture(scope="module")
def soffice() -> str:
    return require_command("soffice", package="libreoffice-writer-nogui", extra_packages=("python3-uno",))


def long_cv(i: int) -> dict:
    """A generated CV with eight experiences: three pages, the page header on each."""
    cv = make_cv_data(i, special_chars=False)
    template = cv["experiences"][0]
    cv["experiences"] = [dict(copy.deepcopy(template), heading=f"March {2016 - n} – May {2017 - n} | Consultant {n}",
                              bullets=[f"Delivered release {n}.{k} of the platform for 12 teams" for k in range(4)])
                         for n in range(8)]
    return cv


def generated_cases() -> list[tuple[str, dict, str, str | None]]:
    """(name, CV data, reference layout, contact line) for the generated CVs."""
    cases = [(f"cv{i}", make_cv_data(i), LAYOUTS[i % 2], CONTACT if i % 3 else None) for i in range(8)]
    cases += [(f"long-{layout}", long_cv(20 + n), layout, CONTACT) for n, layout in enumerate(LAYOUTS)]
    return cases


def test_reference_layout_cvs_printed_by_libreoffice_read_back_exactly(soffice, tmp_path):
    docx = {}
    for name, cv, layout, contact in generated_cases():
        write_cv(tmp_path / f"{name}.docx", cv, layout, contact=contact)
        docx[name] = cv
    for rel in EXAMPLES:
        shutil.copy(CVS_DIR / rel, tmp_path / Path(rel).name)
        docx[Path(rel).stem] = EXAMPLES[rel]
    pdfs = converted([tmp_path / f"{name}.docx" for name in docx], "pdf")
    got = {pdf.stem: extract_cv_file(pdf) for pdf in pdfs}
    assert {name: cv == docx[name] for name, cv in got.items()} == {name: True for name in docx}, \
        {name: cv for name, cv in got.items() if cv != docx[name]}
    assert {cv.extractor for cv in got.values()} == {"reference-layout"}
    from cvextract.extract.pdf_input import read_pdf_blocks

    pages = {block.page for block in read_pdf_blocks(tmp_path / "long-plain.pdf")}
    assert len(pages) >= 2  # the long CV does run over pages: its repeated header is read once


def test_reference_cvs_printed_to_pdf_read_as_their_docx(soffice, reference_dir, tmp_path):
    names = sorted(path.stem for path in (reference_dir / "expected").glob("*.json"))
    for name in names:
        shutil.copy(reference_dir / f"{name}.docx", tmp_path / f"{name}.docx")
    pdfs = converted([tmp_path / f"{name}.docx" for name in names], "pdf")
    for pdf in pdfs:
        expected = json.loads((reference_dir / "expected" / f"{pdf.stem}.json").read_text("utf-8"))
        assert extract_cv_file(pdf) == extract_cv_file(tmp_path / f"{pdf.stem}.docx") == expected, pdf.name


def test_batch_over_the_bundled_examples_printed_to_pdf_writes_their_docx_json(soffice, tmp_path):
    source = tmp_path / "cvs"
    for rel in EXAMPLES:
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CVS_DIR / rel, source / rel)
    for folder in {path.parent for path in source.rglob("*.docx")}:
        for pdf in converted(sorted(folder.glob("*.docx")), "pdf"):
            pdf.with_suffix(".docx").unlink()
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={source}", "file-type=*.pdf", "--extract", "--target", out, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    for rel, cv in EXAMPLES.items():
        written = out / "structured_data" / Path(rel).with_suffix(".json")
        assert json.loads(written.read_text("utf-8")) == cv, rel


@pytest.mark.parametrize("case", ["generated", "examples"])
def test_reference_layout_cvs_printed_by_chromium_read_back_exactly(tmp_path, case, chromium_browser):
    """Another producer: the same CVs as HTML (the sidebar a column beside the body), printed by Chromium."""
    if case == "generated":
        cases = {name: (cv, contact) for name, cv, _, contact in generated_cases() if not name.startswith("long")}
    else:
        cases = {Path(rel).stem: (cv, EXAMPLE_LAYOUTS[rel]["contact"]) for rel, cv in EXAMPLES.items()}
    for name, (cv, contact) in cases.items():
        pdf = print_html(chromium_browser, tmp_path / f"{name}.pdf", reference_html_cv(cv, contact))
        got = extract_cv_file(pdf)
        assert got == cv and got.extractor == "reference-layout", name


def test_a_cv_of_another_layout_using_the_reference_headings_is_not_read_as_the_reference_layout(tmp_path):
    """Name first in the largest font, then title and contact, then SKILLS before OVERVIEW: the
    reference rules (title first, then the name) would take the name for the title; the any-layout
    rules read it."""
    from pdf_files import Text, write_pdf

    lines = [("Jane Doe", 22, True), ("Cloud Engineer", 13, False), ("Berlin | jane@example.org", 10, False),
             ("SKILLS", 11, True), ("Terraform, Kubernetes", 10, False), ("OVERVIEW", 13, True),
             ("Builds platforms.", 10, False), ("PROFESSIONAL EXPERIENCE", 13, True),
             ("Jan 2020 – Present | Platform Engineer", 11, True), ("Runs the platform team.", 10, False)]
    pdf = write_pdf(tmp_path / "jane.pdf", [[Text(text, 60, 40 + 26 * n, size=size, bold=bold)
                                             for n, (text, size, bold) in enumerate(lines)]])
    cv = extract_cv_file(pdf)
    assert cv.extractor == "any-layout"
    assert (cv["identity"]["full_name"], cv["identity"]["title"]) == ("Jane Doe", "Cloud Engineer")
