"""The committed examples (template and CVs) and the generator in tests/sample_cvs.py (`make examples`)."""

from __future__ import annotations

import copy
import json
import re
import time
import zipfile
from pathlib import Path

import pytest

from cvextract.extract.docx_cv import extract_docx_cv
from cvextract.verify import verify_extraction, verify_schema
from sample_cvs import (CVS_DIR, EXAMPLE_LAYOUTS, EXAMPLES, LAYOUTS, TEMPLATE_PATH, make_cv_data,
                        sample_filename, write_cv, write_examples, write_samples)

W_T = re.compile(r"<w:t(?: [^>]*)?>(.*?)</w:t>", re.S)


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture()
def extract():
    return extract_docx_cv


# ---------------------------------------------------------------------------------------------------
# The committed files


def test_committed_files_exist() -> None:
    assert TEMPLATE_PATH.is_file()
    assert (CVS_DIR / "Ada_Lovelace_CV.docx").is_file()  # used by `make run`
    assert set(EXAMPLES) == set(EXAMPLE_LAYOUTS)
    assert any("/" in rel for rel in EXAMPLES)  # one example lives in a subfolder
    assert {options["layout"] for options in EXAMPLE_LAYOUTS.values()} == set(LAYOUTS)
    committed = sorted(p.relative_to(CVS_DIR).as_posix() for p in CVS_DIR.rglob("*.docx"))
    assert committed == sorted(EXAMPLES)


def test_committed_files_are_up_to_date_with_the_script(tmp_path: Path) -> None:
    written = write_examples(tmp_path)
    assert len(written) == len(EXAMPLES) + 1
    for path in written:
        committed = TEMPLATE_PATH.parents[2] / path.relative_to(tmp_path)
        assert _members(path) == _members(committed), f"{committed} is stale: run `make examples`"


def test_generation_is_deterministic(tmp_path: Path, monkeypatch) -> None:
    """The second file is written with the clock a day and a second later: the current time stamped into
    a ZIP entry (2 s steps) or into docProps/core.xml (1 s steps) would make the files differ."""
    cv = make_cv_data(5)
    write_cv(tmp_path / "a.docx", cv, "textbox")
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 86_401)
    write_cv(tmp_path / "b.docx", cv, "textbox")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


@pytest.mark.parametrize("rel", sorted(EXAMPLES))
def test_example_extracts_to_its_source_data(extract, rel: str) -> None:
    path = CVS_DIR / rel
    data = extract(path)
    assert data == EXAMPLES[rel]
    assert list(data) == ["identity", "sidebar", "overview", "experiences"]
    assert verify_extraction(data, path) == []  # schema-valid, complete, no warnings


@pytest.mark.parametrize("rel", sorted(EXAMPLES))
def test_example_layout(rel: str) -> None:
    header = _members(CVS_DIR / rel)["word/header1.xml"].decode()
    document = _members(CVS_DIR / rel)["word/document.xml"].decode()
    if EXAMPLE_LAYOUTS[rel]["layout"] == "textbox":
        assert header.count("<mc:AlternateContent>") == 2
        assert header.count("<w:txbxContent>") == 4  # Choice and Fallback of two boxes
        assert "OVERVIEW.</w:t>" in document and "<w:numPr>" in document
    else:
        assert "txbxContent" not in header
        assert '<w:pStyle w:val="Heading3"/>' in document and '<w:pStyle w:val="ListBullet"/>' in document


# ---------------------------------------------------------------------------------------------------
# The example template


def test_template_structure() -> None:
    parts = _members(TEMPLATE_PATH)
    header, document = parts["word/header1.xml"].decode(), parts["word/document.xml"].decode()
    header_text = W_T.findall(header)
    body_text = W_T.findall(document)
    assert header_text[:2] == ["{{ identity.title }}", "{{ identity.full_name }}"]
    assert header_text[2:] == [
        part for label, key in [("SKILLS", "skills"), ("LANGUAGES", "languages"), ("TOOLS", "tools"),
                                ("CERTIFICATIONS", "certifications"), ("INDUSTRIES", "industries"),
                                ("SPOKEN LANGUAGES", "spoken_languages"),
                                ("ACADEMIC BACKGROUND", "academic_background")]
        for part in (label, f"{{% for item in sidebar.{key} %}}{{{{ item }}}}"
                            "{% if not loop.last %}, {% endif %}{% endfor %}")
    ]
    assert body_text == [
        "OVERVIEW", "{{ overview }}", "PROFESSIONAL EXPERIENCE", "{% for exp in experiences %}",
        "{{ exp.heading }}", "{{ exp.description }}", "{% for bullet in exp.bullets %}", "{{ bullet }}",
        "{% endfor %}",
        "{% if exp.environment %}Environment: {{ exp.environment|join(', ') }}{% endif %}",
        "{% endfor %}",
    ]
    for style, text in [("Heading2", "OVERVIEW"), ("Heading2", "PROFESSIONAL EXPERIENCE"),
                        ("Heading3", "{{ exp.heading }}"), ("ListBullet", "{{ bullet }}")]:
        assert re.search(rf'<w:pStyle w:val="{style}"/>.*?<w:t>{re.escape(text)}</w:t>', document), text
    for style in ("Heading2", "Heading3", "ListBullet"):
        assert f'w:styleId="{style}"' in parts["word/styles.xml"].decode()


# ---------------------------------------------------------------------------------------------------
# The generator API for other tests


def test_make_cv_data_is_distinct_valid_and_deterministic() -> None:
    seen = set()
    for i in range(200):
        cv = make_cv_data(i)
        assert cv == make_cv_data(i)
        verify_schema(cv, f"cv{i}")
        seen.add(json.dumps(cv, sort_keys=True))
        assert cv["identity"]["full_name"] == f"{cv['identity']['first_name']} {cv['identity']['last_name']}"
    assert len(seen) == 200
    assert "{{ braces }}" in make_cv_data(3)["overview"]
    assert "{{" not in make_cv_data(4)["overview"]
    assert "{{" in make_cv_data(4, special_chars=True)["overview"]


def test_sample_filenames_are_distinct_and_awkward() -> None:
    names = [sample_filename(i) for i in range(120)]
    assert len(set(names)) == len(names)
    assert all(name.endswith(".docx") and "/" not in name for name in names)
    joined = "".join(names[:12])
    for char in " ,.{}[]()":
        assert char in joined, char
    assert any(not name.isascii() for name in names[:12])


def test_write_cv_rejects_unknown_layout(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="layout"):
        write_cv(tmp_path / "x.docx", make_cv_data(0), "sidebar-left")


def test_generated_samples_extract_to_their_data(tmp_path: Path, extract) -> None:
    samples = write_samples(tmp_path / "batch", 12, start=40)
    assert len({path for path, _ in samples}) == 12
    for path, cv in samples:
        assert path.is_file()
        assert extract(path) == cv, path.name


@pytest.mark.parametrize("layout", LAYOUTS)
def test_write_cv_round_trips_example_data_in_both_layouts(tmp_path: Path, extract, layout: str) -> None:
    for rel, cv in EXAMPLES.items():
        if layout == "textbox" and not re.match(r"\w+ \d{4} |\d{2}/\d{4} |\d{4} ", cv["experiences"][0]["heading"]):
            continue  # the textbox layout writes unstyled headings, which must start with a date
        path = tmp_path / layout / Path(rel).name
        write_cv(path, copy.deepcopy(cv), layout, contact="Somewhere | someone@example.com")
        assert extract(path) == cv, rel
