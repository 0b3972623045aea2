"""The roundtrip verifier: tolerant comparison rules, and render -> re-extract end to end."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import docx
import pytest

from cvextract.verify.roundtrip import normalize_text, roundtrip_differences, verify_roundtrip
from sample_cvs import EXAMPLES, TEMPLATE_PATH, make_cv_data


def _cv() -> dict:
    return copy.deepcopy(EXAMPLES["Ada_Lovelace_CV.docx"])


# ---------------------------------------------------------------------------------------------------
# roundtrip_differences on plain dicts


def test_identical_data_has_no_differences() -> None:
    assert roundtrip_differences(_cv(), _cv()) == []


def test_normalize_text() -> None:
    assert normalize_text("  Senior Engineer – March 2020..  Present!! ") == "senior engineer march 2020 present"
    assert normalize_text("C++/Go; R&D") == "c go r d"


def test_strings_ignore_case_punctuation_and_spacing() -> None:
    a, b = _cv(), _cv()
    b["overview"] = b["overview"].upper().replace(".", "..").replace(" ", "   ")
    b["experiences"][0]["heading"] = "march 2021 - present / principal data engineer"
    b["identity"]["title"] = "principal-data-engineer"
    assert roundtrip_differences(a, b) == []


def test_changed_string_is_reported_with_its_path() -> None:
    a, b = _cv(), _cv()
    b["experiences"][1]["bullets"][2] = "Something else entirely"
    b["identity"]["last_name"] = "Byron"
    diffs = roundtrip_differences(a, b)
    assert len(diffs) == 2
    assert diffs[0].startswith("value mismatch at identity.last_name: 'Lovelace' vs 'Byron'")
    assert diffs[1].startswith("value mismatch at experiences[1].bullets[2]: ")


def test_type_mismatch() -> None:
    a, b = _cv(), _cv()
    b["experiences"][0]["environment"] = None
    b["overview"] = 42
    assert roundtrip_differences(a, b) == [
        "type mismatch at overview: str vs int",
        "type mismatch at experiences[0].environment: list vs NoneType",
    ]
    assert roundtrip_differences([], {}) == ["type mismatch at (root): list vs dict"]


def test_null_and_empty_list_are_equal() -> None:
    a, b = _cv(), _cv()
    a["experiences"][1]["environment"] = None
    b["experiences"][1]["environment"] = []
    assert roundtrip_differences(a, b) == []
    assert roundtrip_differences(b, a) == []


def test_missing_and_extra_keys() -> None:
    a, b = _cv(), _cv()
    del b["sidebar"]["skills"]           # non-empty in a: error
    del a["sidebar"]["certifications"]   # non-empty in b: error
    a["sidebar"]["extra_empty"] = []     # empty list: fine either way
    b["new_empty"] = []
    b["identity"]["middle_name"] = "Augusta"
    assert roundtrip_differences(a, b) == [
        "extra key at identity.middle_name (only in the re-extraction)",
        "missing key at sidebar.skills (only in the original)",
        "extra key at sidebar.certifications (only in the re-extraction)",
    ]


def test_missing_key_with_empty_list_value_is_fine() -> None:
    a, b = _cv(), _cv()
    a["sidebar"]["skills"] = []
    del b["sidebar"]["skills"]
    assert roundtrip_differences(a, b) == []
    assert roundtrip_differences(b, a) == []


def test_bullets_printed_inside_the_description_are_tolerated() -> None:
    a, b = _cv(), _cv()
    exp_a, exp_b = a["experiences"][1], b["experiences"][1]
    exp_b["description"] = exp_a["description"] + " " + " • ".join(exp_a["bullets"]) + "."
    exp_b["bullets"] = []
    assert roundtrip_differences(a, b) == []
    assert roundtrip_differences(b, a) == []


def test_bullets_missing_from_the_description_are_reported() -> None:
    a, b = _cv(), _cv()
    exp_a, exp_b = a["experiences"][1], b["experiences"][1]
    exp_b["description"] = exp_a["description"] + " " + exp_a["bullets"][0]
    exp_b["bullets"] = []
    diffs = roundtrip_differences(a, b)
    assert diffs[0].startswith("value mismatch at experiences[1].description: ...'")
    assert "Reduced the" not in diffs[0] and "Modelled the delivery" in diffs[0]  # shown where they differ
    assert diffs[1:] == ["length mismatch at experiences[1].bullets: 3 vs 0"]


def test_environment_lists_are_split_normalised_and_sorted() -> None:
    a, b = _cv(), _cv()
    a["experiences"][0]["environment"] = ["Kafka, Spark", "Delta Lake; Azure", "Python - Django"]
    b["experiences"][0]["environment"] = ["azure", "DJANGO", "delta lake", "kafka", "Python", "spark."]
    assert roundtrip_differences(a, b) == []
    b["experiences"][0]["environment"] = ["azure", "kafka", "python", "spark", "Flink", "django"]
    assert roundtrip_differences(a, b) == [
        "list mismatch at experiences[0].environment: only in the original: delta lake; "
        "only in the re-extraction: flink"
    ]


def test_sidebar_lists_are_split_normalised_and_sorted() -> None:
    a, b = _cv(), _cv()
    a["sidebar"]["languages"] = ["Python • Scala", "SQL", "Rust"]
    b["sidebar"]["languages"] = ["rust", "sql", "scala", "python"]
    assert roundtrip_differences(a, b) == []
    b["sidebar"]["tools"] = b["sidebar"]["tools"][:-1]
    assert roundtrip_differences(a, b) == ["list mismatch at sidebar.tools: only in the original: terraform"]


def test_other_lists_are_compared_pairwise() -> None:
    a, b = _cv(), _cv()
    b["experiences"][0]["bullets"].reverse()
    diffs = roundtrip_differences(a, b)
    assert [d.split(":")[0] for d in diffs] == [
        "value mismatch at experiences[0].bullets[0]", "value mismatch at experiences[0].bullets[2]"]
    b = _cv()
    b["experiences"].pop()
    assert roundtrip_differences(a, b) == ["length mismatch at experiences: 2 vs 1"]


# ---------------------------------------------------------------------------------------------------
# render -> re-extract


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_examples_roundtrip_through_the_example_template(tmp_path: Path, name: str) -> None:
    cv = copy.deepcopy(EXAMPLES[name])
    out = tmp_path / "verification" / "cv_NEW.json"
    assert verify_roundtrip(cv, TEMPLATE_PATH, tmp_path, reextracted_json=out) == []
    assert json.loads(out.read_text(encoding="utf-8")) == cv  # exact, not just tolerant
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verification"]  # temporary DOCX removed


@pytest.mark.parametrize("i", range(8))
def test_generated_cvs_roundtrip(tmp_path: Path, i: int) -> None:
    assert verify_roundtrip(make_cv_data(i), TEMPLATE_PATH, tmp_path) == []


def _template_without_environment(path: Path) -> Path:
    """The example template's body structure minus the Environment line (like the reference sample)."""
    doc = docx.Document()
    header = doc.sections[0].header
    header.is_linked_to_previous = False
    for text in ["{{ identity.title }}", "{{ identity.full_name }}"]:
        header.add_paragraph(text)
    for key, label in [("languages", "LANGUAGES"), ("tools", "TOOLS"), ("industries", "INDUSTRIES")]:
        header.add_paragraph(label)
        header.add_paragraph(f"{{{{ sidebar.{key}|join(', ') }}}}")
    doc.add_paragraph("OVERVIEW", style="Heading 2")
    doc.add_paragraph("{{ overview }}")
    doc.add_paragraph("PROFESSIONAL EXPERIENCE", style="Heading 2")
    doc.add_paragraph("{% for exp in experiences %}")
    doc.add_paragraph("{{ exp.heading }}", style="Heading 3")
    doc.add_paragraph("{{ exp.description }}")
    doc.add_paragraph("{% for bullet in exp.bullets %}")
    doc.add_paragraph("{{ bullet }}", style="List Bullet")
    doc.add_paragraph("{% endfor %}")
    doc.add_paragraph("{% endfor %}")
    doc.save(path)
    return path


def test_lossy_template_fails_the_roundtrip(tmp_path: Path) -> None:
    template = _template_without_environment(tmp_path / "lossy.docx")
    diffs = verify_roundtrip(_cv(), template, tmp_path / "work")
    assert "type mismatch at experiences[0].environment: list vs NoneType" in diffs
    assert "list mismatch at sidebar.skills: only in the original: data modelling, stream processing, " \
           "technical leadership" in diffs
    assert any(d.startswith("list mismatch at sidebar.spoken_languages") for d in diffs)
    assert not any("experiences[0].bullets" in d or "heading" in d for d in diffs)


def test_template_without_experience_section(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("OVERVIEW", style="Heading 2")
    doc.add_paragraph("{{ overview }}")
    doc.save(tmp_path / "short.docx")
    diffs = verify_roundtrip(_cv(), tmp_path / "short.docx", tmp_path)
    # Neither the reference-layout nor the any-layout rules find experiences in what it renders.
    assert len(diffs) == 1 and diffs[0].startswith("re-extraction failed: ") and "no experience section found" in diffs[0]
