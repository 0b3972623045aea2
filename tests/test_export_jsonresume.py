"""JSON Resume export: every file valid against the published schema, the mapping, incrementality."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from cvextract.export.experience_heading import parse_heading
from cli_runs import run_cli
from fake_openai import chat
from sample_cvs import PROJECT_ROOT, TEMPLATE_PATH as TEMPLATE, make_cv_data, write_cv, write_samples
from workflow_runner import run_workflow, write_config

SCHEMA = json.loads((Path(__file__).parent / "data" / "jsonresume-schema-1.2.1" / "schema.json").read_text("utf-8"))
VALIDATOR = Draft7Validator(SCHEMA, format_checker=Draft7Validator.FORMAT_CHECKER)


def assert_valid(path: Path) -> dict:
    document = json.loads(path.read_text("utf-8"))
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(document)]
    assert problems == [], f"{path}: {problems}"
    return document


@pytest.mark.parametrize("heading, expected", [
    ("Lead Engineer – Acme Bank – 2020 – Present", ("Lead Engineer", "Acme Bank", "2020", None)),
    ("May 2029 – Present | Chief Artificial Intelligence Officer", ("Chief Artificial Intelligence Officer", None, "2029-05", None)),
    ("Sept 2016 – Feb 2021 | Senior Data Engineer", ("Senior Data Engineer", None, "2016-09", "2021-02")),
    ("02/2014 – 09/2019 | CFD Engineer", ("CFD Engineer", None, "2014-02", "2019-09")),
    ("Entwickler | Firma GmbH | Jan. 2018 – heute", ("Entwickler", "Firma GmbH", "2018-01", None)),
    ("Consultant – 2015-2020", ("Consultant", None, "2015", "2020")),
    ("Architect at large", ("Architect at large", None, None, None)),
    # An unspaced en dash or hyphen joins words; an unspaced em dash separates.
    ("Client–Server Engineer – Acme", ("Client–Server Engineer", "Acme", None, None)),
    ("Front-End Developer - Acme", ("Front-End Developer", "Acme", None, None)),
    ("Lead Engineer—Acme", ("Lead Engineer", "Acme", None, None)),
    # A single date is the period itself (no endDate would mean a current job); "since" is open.
    ("Consultant – Acme – 2018", ("Consultant", "Acme", "2018", "2018")),
    ("Consultant – Acme – since March 2018", ("Consultant", "Acme", "2018-03", None)),
    # Brackets around a removed date do not become a company.
    ("Engineer at Acme (2019)", ("Engineer at Acme", None, "2019", "2019")),
    ("Engineer, Acme [2016 – 2019]", ("Engineer, Acme", None, "2016", "2019")),
])
def test_headings_give_position_company_and_dates(heading, expected):
    parsed = parse_heading(heading)
    assert (parsed.position, parsed.company, parsed.start, parsed.end) == expected


def test_a_reference_cv_maps_field_by_field(tmp_path, reference_dir):
    result = run_cli("--extract", f"source={reference_dir / 'Sarah_Connor_CV.docx'}", "--export", "jsonresume",
                     "--target", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "export -> " in result.stdout
    resume = assert_valid(tmp_path / "jsonresume" / "Sarah_Connor_CV.json")
    cv = json.loads((reference_dir / "expected" / "Sarah_Connor_CV.json").read_text("utf-8"))

    assert resume["basics"] == {"name": "Sarah Connor", "label": "Senior Cybersecurity Architect",
                                "summary": cv["overview"]}
    assert [(w["position"], w.get("name"), w["startDate"], w.get("endDate")) for w in resume["work"]] == [
        ("Senior Threat Intelligence Engineer", None, "2019-01", None),
        ("Cybersecurity Architect", None, "2014-01", "2018-12"),
        ("Penetration Testing Specialist", None, "2009-01", "2013-12"),
    ]
    for work, experience in zip(resume["work"], cv["experiences"], strict=True):
        assert work["summary"] == experience["description"]
        assert work["highlights"] == experience["bullets"]
    assert resume["skills"] == [
        {"name": "Programming languages", "keywords": cv["sidebar"]["languages"]},
        {"name": "Tools", "keywords": cv["sidebar"]["tools"]},
        {"name": "Industries", "keywords": cv["sidebar"]["industries"]},
    ]  # sidebar.skills is empty in this CV: no "Skills" group
    assert resume["languages"] == [{"language": "English"}, {"language": "German"}, {"language": "Spanish"}]
    assert resume["education"] == [
        {"studyType": "M.S.", "institution": "Stanford University Computer Science"},
        {"studyType": "B.S.", "institution": "UC Berkeley Computer Engineering"},
    ]
    assert resume["certificates"] == [{"name": c} for c in cv["sidebar"]["certifications"]]
    assert set(resume) == {"basics", "work", "skills", "languages", "education", "certificates"}


def test_a_batch_exports_every_cv_valid_and_a_rerun_exports_nothing(tmp_path):
    written = write_samples(tmp_path / "cvs", 6)  # awkward names, one with {braces}
    extra = make_cv_data(40, special_chars=True)
    extra["overview"] += " Mail: someone@example.org, phone +44 20 7946 0958."
    extra["sidebar"]["spoken_languages"] = ["German (native)", "English – C1"]
    write_cv(tmp_path / "cvs" / "team" / "extra.docx", extra)
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                          apply={"template": str(TEMPLATE)}, export=["jsonresume"])
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()

    exports = sorted((tmp_path / "out" / "jsonresume").rglob("*.json"))
    assert len(exports) == len(written) + 1
    for path in exports:
        assert_valid(path)
    for path, cv in written:
        resume = json.loads((tmp_path / "out" / "jsonresume" / f"{path.stem}.json").read_text("utf-8"))
        assert resume["basics"]["name"] == cv["identity"]["full_name"]
        assert [w["highlights"] if "highlights" in w else [] for w in resume["work"]] == \
               [e["bullets"] for e in cv["experiences"]]
        assert (tmp_path / "out" / "documents" / f"{path.stem}_NEW.docx").is_file()
    resume = assert_valid(tmp_path / "out" / "jsonresume" / "team" / "extra.json")
    assert (resume["basics"]["email"], resume["basics"]["phone"]) == ("someone@example.org", "+44 20 7946 0958")
    assert resume["languages"] == [{"language": "German", "fluency": "native"}, {"language": "English", "fluency": "C1"}]

    rerun = run_workflow(tmp_path, config)
    assert rerun.nothing_to_do, rerun.jobs()

    (tmp_path / "out" / "jsonresume" / "team" / "extra.json").unlink()
    again = run_workflow(tmp_path, config)
    assert again.returncode == 0 and again.jobs() == [("jsonresume", "team/extra")]


def test_the_export_reads_the_adjusted_cv(tmp_path, fake_openai):
    def reverse_bullets(request):
        cv = request.user_json()["original_json"]
        for experience in cv["experiences"]:
            experience["bullets"] = list(reversed(experience["bullets"]))
        return chat(cv)

    fake_openai.default = reverse_bullets
    cvs = {f"cv{i}": make_cv_data(i, special_chars=False) for i in range(3)}
    for rel, cv in cvs.items():
        write_cv(tmp_path / "cvs" / f"{rel}.docx", cv)
    out = tmp_path / "out"
    args = ["--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract",
            "--adjust", "name=openai-job-specific", "job-description=Data platform work",
            "--export", "jsonresume", "--target", str(out)]
    result = run_cli(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Completed: 3/3 files succeeded, 0 failed" in result.stdout
    for rel, cv in cvs.items():
        resume = assert_valid(out / "jsonresume" / f"{rel}.json")
        assert resume["work"][0]["highlights"] == list(reversed(cv["experiences"][0]["bullets"]))
    rerun = run_cli(*args)
    assert rerun.returncode == 0 and "Nothing to do" in rerun.stdout, rerun.stdout


def test_an_unknown_export_format_is_a_usage_error(tmp_path):
    result = run_cli("--extract", "source=x.docx", "--export", "europass", "--target", str(tmp_path))
    assert result.returncode == 2
    assert "--export: unknown format 'europass' (known: jsonresume)" in result.stderr
    assert not any(tmp_path.iterdir())


def test_the_config_rejects_an_unknown_export_format(tmp_path):
    shutil.copytree(PROJECT_ROOT / "examples" / "cvs", tmp_path / "cvs")
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(tmp_path / "out"),
                          export=["pdf-resume"])
    run = run_workflow(tmp_path, config, "--dry-run")
    assert run.returncode != 0
    assert "export" in run.messages() and "pdf-resume" in run.messages()
    assert not (tmp_path / "out").exists()
