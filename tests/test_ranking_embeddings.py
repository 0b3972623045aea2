"""Semantic matches (rank.embeddings, off by default) through the loopback fake server's
/v1/embeddings and the real openai client: marked with their similarity, cached, and absent
unless asked for."""

from __future__ import annotations

import csv
import json

from cli_runs import run_cli
from cvextract import stages
from cvextract.layout import TargetLayout
from fake_openai import hashed_words
from ranking_samples import known_cv
from sample_cvs import write_cv

JOB = "## Must have\n- Container orchestration\n- Python\n\n## Nice to have\n- Quantum annealing\n"
SAME = {"Container orchestration", "Kubernetes"}


def embed(text: str) -> list[float]:
    """"Container orchestration" and "Kubernetes" point the same way; every other text elsewhere."""
    return [1.0, 0.0] + [0.0] * 62 if text in SAME else [0.0, 0.0] + hashed_words(text, 62)


def requirements(tmp_path) -> TargetLayout:
    layout = TargetLayout(tmp_path / "out")
    (tmp_path / "job.md").write_text(JOB, encoding="utf-8")
    stages.rank_requirements(tmp_path / "job.md", layout.requirements)
    return layout


def test_a_requirement_missing_in_words_is_held_by_a_close_item_marked_with_its_similarity(tmp_path, fake_openai):
    fake_openai.embed = embed
    layout = requirements(tmp_path)
    cv = known_cv(4, languages=["Python"], tools=["Kubernetes", "Docker"])
    _, words_only = stages.rank_cv(cv, layout.requirements)
    assert words_only["matched"] == ["Python"] and fake_openai.embedding_requests == []  # off by default

    _, match = stages.rank_cv(cv, layout.requirements, embeddings=True, cache_dir=layout.llm_cache_dir)
    assert match["matched"] == ["Container orchestration", "Python"] and match["missing"] == ["Quantum annealing"]
    assert match["score"] == 80.0
    place = match["evidence"][0]["places"][0]
    assert place["quote"] == "Kubernetes" and place["semantic"] is True and place["similarity"] == 1.0
    assert place["where"] == "sidebar: tools"
    sent = fake_openai.embedding_requests[0].body
    assert sent["model"] == "text-embedding-3-small" and "Kubernetes" in sent["input"]

    stages.rank_cv(cv, layout.requirements, embeddings=True, cache_dir=layout.llm_cache_dir)
    assert len(fake_openai.embedding_requests) == 1  # cached


def test_a_batch_with_embeddings_marks_semantic_evidence_in_the_ranking(tmp_path, fake_openai):
    fake_openai.embed = embed
    write_cv(tmp_path / "cvs" / "kube.docx", known_cv(4, languages=["Python"], tools=["Kubernetes"]))
    write_cv(tmp_path / "cvs" / "plain.docx", known_cv(5, languages=["Python"], tools=["Excel"]))
    (tmp_path / "job.md").write_text(JOB, encoding="utf-8")
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "--extract", "--rank", f"job={tmp_path / 'job.md'}",
                     "embeddings=true", "--target", tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    with open(tmp_path / "out" / "ranking.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [row["cv"] for row in rows] == ["kube.docx", "plain.docx"]
    assert rows[0]["evidence"] == 'Container orchestration: "Kubernetes" (similarity 1) | Python: "Python"'
    assert rows[1]["matched"] == "Python"
    config = json.loads((tmp_path / "out" / "logs" / "batch-config.json").read_text("utf-8"))
    assert config["rank"]["embeddings"] is True
