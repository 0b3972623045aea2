"""Ranking, without the workflow: reading a job's requirements, matching CVs, the ranking table."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cvextract import stages
from cvextract.atomic import write_json
from cvextract.errors import ConfigError, InputError
from cvextract.layout import TargetLayout
from cvextract.ranking.job_file import build_requirements, listed_requirements, read_job_text
from cvextract.ranking.matching import match_cv
from cvextract.ranking.ranking_table import csv_text, rank_rows
from ranking_samples import EXPECTED_ORDER, JOB_MD, JOB_REQUIREMENTS, KNOWN, known_cv


def cv_strings(cv: dict) -> list[str]:
    """Every text of a CV outside its identity."""
    texts = [cv["overview"]]
    for items in cv["sidebar"].values():
        texts += items
    for exp in cv["experiences"]:
        texts += [exp["description"], *exp["bullets"], *(exp["environment"] or [])]
    return texts


def test_job_file_lists_the_requirements_under_their_headings_with_weights():
    assert dict(listed_requirements(JOB_MD)) == JOB_REQUIREMENTS  # Responsibilities bullets are not requirements


@pytest.mark.parametrize("text, expected", [
    ("---\ntitle: Data role\nrequirements:\n  - SQL\n  - dbt\nnice-to-have: [Airflow]\n---\nWe need data people.\n",
     {"SQL": 2, "dbt": 2, "Airflow": 1}),
    ("---\nrequirements:\n  - {name: Kafka, weight: 5}\n  - Spark\n---\n", {"Kafka": 5, "Spark": 2}),
    ("Requirements:\n* C#\n* .NET\n\nPreferred:\n1. Azure\n2) SQL Server.\n", {"C#": 2, ".NET": 2, "Azure": 1, "SQL Server": 1}),
    ("**Skills**\n- `Python`\n- [Django](https://djangoproject.com)\n", {"Python": 2, "Django": 2}),
    ("Skills\n======\n- Go\n- go\n", {"Go": 2}),  # setext heading; a repeat is one requirement
    ("# About us\n- free coffee\n- Python fans\n", {}),  # bullets under no requirement heading
])
def test_job_file_formats(text, expected):
    assert dict(listed_requirements(text)) == expected


def test_bad_front_matter_and_weights_are_one_line_errors_naming_the_job():
    with pytest.raises(ConfigError, match=r"^job.md: the job file's YAML front matter cannot be read"):
        listed_requirements("---\nrequirements: [a\n---\n", "job.md")
    with pytest.raises(ConfigError, match=r"^job.md: requirement 'Kafka': weight must be a whole number"):
        listed_requirements("---\nrequirements:\n  - {name: Kafka, weight: 0}\n---\n", "job.md")
    # A list, not a document: what would make every match slow is refused.
    with pytest.raises(ConfigError, match=r"^job.md: the job lists 101 requirements; at most 100 are ranked on$"):
        listed_requirements("## Skills\n" + "".join(f"- skill{i}\n" for i in range(101)), "job.md")
    with pytest.raises(ConfigError, match=r"^job.md: requirement 'a or a or .*' is longer than 200 characters"):
        listed_requirements("## Skills\n- " + "a or " * 50 + "b\n", "job.md")


@pytest.mark.parametrize("content, cause", [
    (None, "job file not found"), (b"", "job file is empty"), (b"  \n\n", "job file is empty"),
    (b"\xff\xfe\x00\x01binary", "job file is not text"), (b"x" * 1_000_001, "larger than 1 MB"),
])
def test_unreadable_job_files(tmp_path, content, cause):
    job = tmp_path / "job.md"
    if content is not None:
        job.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_job_text(job)
    assert str(err.value).startswith(f"{job}: ") and cause in str(err.value)


def test_a_job_without_a_list_and_no_model_says_how_to_write_one(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    job = tmp_path / "job.md"
    job.write_text("We need someone good with clouds.\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        stages.check_rank_ready(job)
    assert str(err.value).startswith(f"{job}: the job lists no requirements") and "'Requirements'" in str(err.value)
    assert "\n" not in str(err.value)


def test_alternatives_and_aliases_are_matched_on_whole_words():
    reqs = build_requirements([("Kubernetes (K8s)", 2), ("JS", 2), ("Java", 2), ("C++", 1), ("GCP", 1),
                               ("CI/CD", 1), ("OpenShift", 1)], aliases={"OpenShift": ["OKD"]})
    cv = known_cv(5, languages=["JavaScript", "C"], tools=["kubernetes"], environment=["Google Cloud", "OKD"],
                  bullets=["Set up ci/cd for 12 teams"])
    result = match_cv(cv, reqs)
    assert result["matched"] == ["Kubernetes (K8s)", "JS", "GCP", "CI/CD", "OpenShift"]
    assert result["missing"] == ["Java", "C++"]  # JavaScript is not Java, C is not C++
    places = {e["requirement"]: e["places"][0] for e in result["evidence"]}
    assert places["GCP"]["words"] == "Google Cloud" and places["GCP"]["where"].endswith("(environment)")
    assert places["Kubernetes (K8s)"] == {"quote": "kubernetes", "words": "kubernetes", "term": "Kubernetes",
                                          "where": "sidebar: tools",
                                          "location": {"section": "sidebar", "field": "tools"}}


@pytest.mark.parametrize("rel", sorted(KNOWN))
def test_known_cvs_hold_exactly_their_skills_with_their_own_words_as_evidence(tmp_path, rel):
    cv, held = KNOWN[rel]
    result = match_cv(cv, build_requirements(list(JOB_REQUIREMENTS.items())))
    assert result["matched"] == held
    assert result["missing"] == [name for name in JOB_REQUIREMENTS if name not in held]
    assert result["score"] == round(100 * sum(JOB_REQUIREMENTS[n] for n in held) / sum(JOB_REQUIREMENTS.values()), 1)
    texts = cv_strings(cv)
    for evidence in result["evidence"]:
        for place in evidence["places"]:
            assert any(place["quote"] in text for text in texts), place
            assert place["words"] in place["quote"]


def test_evidence_prefers_what_the_consultant_did_and_quotes_long_pieces_around_the_match():
    long_bullet = ("Moved the whole billing estate of a large retailer, some two hundred services written over "
                   "ten years, onto K8s with zero downtime during the peak season and trained the support staff")
    cv = known_cv(7, tools=["Kubernetes"], bullets=[long_bullet])
    place = match_cv(cv, build_requirements([("Kubernetes", 2)]))["evidence"][0]["places"]
    assert place[0]["where"].startswith('experience "') and place[0]["words"] == "K8s"
    assert place[0]["quote"] in long_bullet and len(place[0]["quote"]) < len(long_bullet)
    assert place[1]["where"] == "sidebar: tools"


def test_ranking_table_best_first_with_failures_last_and_safe_cells():
    reqs = build_requirements(list(JOB_REQUIREMENTS.items()))
    entries = [{"cv": f"{rel}.docx", "match": match_cv(cv, reqs)} for rel, (cv, _) in KNOWN.items()]
    entries.append({"cv": "=broken.docx", "match": None, "error": "=broken.docx: not a DOCX file"})
    rows = list(csv.DictReader(io.StringIO(csv_text(rank_rows(entries)))))
    assert [r["cv"] for r in rows] == EXPECTED_ORDER + ["'=broken.docx"]
    assert [r["rank"] for r in rows] == ["1", "2", "3", "4", ""]
    assert rows[0]["score"] == "90.9" and rows[3]["score"] == "0"
    assert rows[0]["matched"] == "Python;Kubernetes (K8s);Terraform;Postgres;German;Go or Rust"
    assert rows[0]["missing"] == "CKA"
    assert rows[0]["evidence"].split(" | ")[1] == 'Kubernetes (K8s): "Ran 40 services on K8s clusters in production"'
    assert rows[4]["error"] == "'=broken.docx: not a DOCX file"


def test_stage_functions_write_requirements_matches_and_the_ranking(tmp_path):
    layout = TargetLayout(tmp_path / "out")
    job = tmp_path / "job.md"
    job.write_text(JOB_MD, encoding="utf-8")
    stages.rank_requirements(job, layout.requirements, aliases={"Terraform": ["OpenTofu"]})
    saved = json.loads(layout.requirements.read_text("utf-8"))
    assert saved["source"] == "job file" and saved["job"] == str(job)
    assert {r["name"]: r["weight"] for r in saved["requirements"]} == JOB_REQUIREMENTS
    assert "OpenTofu" in saved["requirements"][2]["terms"] and "K8s" in saved["requirements"][1]["terms"]
    for rel, (cv, _) in KNOWN.items():
        write_json(layout.structured(rel), cv)
    (layout.target / "logs" / "extract").mkdir(parents=True)
    (layout.target / "logs" / "extract" / "lost.log").write_text("FAILED extract: lost.docx: not a DOCX\n")
    cvs = [(rel, ".docx") for rel in KNOWN] + [("lost", ".docx"), ("late", ".docx")]
    stages.gather_ranking(cvs, layout=layout)
    ranking = json.loads(layout.ranking_json.read_text("utf-8"))
    assert [row["cv"] for row in ranking["cvs"]] == EXPECTED_ORDER + ["late.docx", "lost.docx"]
    assert [row["error"] for row in ranking["cvs"][-2:]] == ["not extracted", "lost.docx: not a DOCX"]
    assert ranking["cvs"][0]["matched"] == KNOWN["alpha"][1]

    # A CV's match is kept while its JSON and the requirements stay the same, and redone otherwise.
    kept = json.loads(layout.match_cache.read_text("utf-8"))
    assert sorted(kept) == sorted(KNOWN) and "stamp" not in ranking["cvs"][0]
    kept["alpha"]["score"] = 99.9
    layout.match_cache.write_text(json.dumps(kept), encoding="utf-8")
    stages.gather_ranking(cvs, layout=layout)
    assert json.loads(layout.ranking_json.read_text("utf-8"))["cvs"][0]["score"] == 99.9
    write_json(layout.structured("alpha"), KNOWN["alpha"][0])  # the same JSON again: still kept
    stages.gather_ranking(cvs, layout=layout)
    assert json.loads(layout.ranking_json.read_text("utf-8"))["cvs"][0]["score"] == 99.9
    alpha = json.loads(json.dumps(KNOWN["alpha"][0]))
    alpha["sidebar"]["certifications"].append("CKA")
    write_json(layout.structured("alpha"), alpha)
    stages.gather_ranking(cvs, layout=layout)
    assert json.loads(layout.ranking_json.read_text("utf-8"))["cvs"][0]["score"] == 100
    assert layout.ranking_csv.read_text("utf-8").startswith("rank,cv,score,matched,missing,evidence,error\n")
