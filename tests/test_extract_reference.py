"""default-docx-cv-extractor against the reference CVs (../shared/reference; skipped when absent).

* Each reference CV extracts to exactly its expected JSON, key order included.
* Any CV rendered from the reference template (sidebar items without commas) extracts back to the
  data it was rendered from; the template renders neither ``skills`` nor ``environment``.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cvextract.extract.docx_cv import extract_docx_cv
from sample_cvs import PROJECT_ROOT

NAMES = ["Luke_Reese_CV", "Sarah_Connor_CV", "T800_Model_101_CV"]


def expected(reference_dir: Path, name: str) -> dict:
    return json.loads((reference_dir / "expected" / f"{name}.json").read_text(encoding="utf-8"))


def render_reference_template(reference_dir: Path, context: dict, output: Path) -> Path:
    docxtpl = pytest.importorskip("docxtpl")
    document = docxtpl.DocxTemplate(str(reference_dir / "CV_Template_Jinja2.docx"))
    document.render(copy.deepcopy(context), autoescape=True)
    document.save(str(output))
    return output


def without_unrendered(data: dict) -> dict:
    """What the reference template can carry: no skills, no environment."""
    data = copy.deepcopy(data)
    data["sidebar"]["skills"] = []
    for experience in data["experiences"]:
        experience["environment"] = None
    return data


@pytest.mark.parametrize("name", NAMES)
def test_reference_cv_extracts_to_expected_json(reference_dir, name):
    got = extract_docx_cv(reference_dir / f"{name}.docx")
    want = expected(reference_dir, name)
    assert got == want
    # Key order too, at every level.
    assert json.dumps(got, ensure_ascii=False, indent=2) == json.dumps(want, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("name", NAMES)
def test_reference_template_roundtrip(reference_dir, tmp_path, name):
    context = expected(reference_dir, name)
    rendered = render_reference_template(reference_dir, context, tmp_path / f"{name}_NEW.docx")
    assert extract_docx_cv(rendered) == without_unrendered(context)


SYNTHETIC = {
    "identity": {"title": "Principal R&D Engineer <Cloud>", "full_name": "Zoë Ann O’Brien-Smith",
                 "first_name": "Zoë", "last_name": "Ann O’Brien-Smith"},
    "sidebar": {
        "skills": ["Leadership"],                # not rendered by the template
        "languages": ["Go"],
        "tools": ["Go"],                         # the same line as languages: both must survive
        "certifications": [],
        "industries": ["Energy & Utilities", "Finance"],
        "spoken_languages": ["English", "Français"],
        "academic_background": ["MSc Physics (ETH Zürich)"],
    },
    "overview": "Builds <reliable> systems & teams. Second sentence with “quotes”.",
    "experiences": [
        {"heading": "Acme – 2020 – Present", "description": "Leads the platform team.",
         "bullets": ["Cut costs by 30% & latency < 50 ms", "Mentored 5 engineers"],
         "environment": ["Kubernetes", "Go"]},  # not rendered by the template
        {"heading": "Short Heading", "description": "", "bullets": [], "environment": None},
        {"heading": "Globex | Developer",
         "description": "A long description without final punctuation that is long enough to exceed "
                        "eighty characters in total",
         "bullets": ["One"], "environment": None},
    ],
}


def test_synthetic_cv_template_roundtrip(reference_dir, tmp_path):
    rendered = render_reference_template(reference_dir, SYNTHETIC, tmp_path / "synthetic.docx")
    assert extract_docx_cv(rendered) == without_unrendered(SYNTHETIC)


def test_extractor_imports_stay_cheap():
    code = ("import sys, cvextract.extract.docx_cv; "
            "print(sorted(m for m in ('openai', 'docxtpl', 'jsonschema', 'docx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
