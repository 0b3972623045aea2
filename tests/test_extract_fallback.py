"""extract.fallback: exactly the CVs whose layout the rules cannot read go to the model.

The model is the loopback fake server (tests/fake_openai.py) reached through the real openai client.
"""

from __future__ import annotations

import json

import pytest

from cli_runs import run_cli
from cvextract import stages
from cvextract.errors import InputError, UnreadableLayoutError
from fake_openai import chat, sample_cv
from layout_cvs import expected_cv, person_for, write_layout_cv
from sample_cvs import make_cv_data, write_cv
from test_extract_any_layout import small_docx
from test_report_batch import report_data


def unreadable_cv(path):
    """A CV the rules cannot read: no dates, no section names they know."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return small_docx(path, "Jo Example, a consultant who writes prose only.",
                      "Worked for many clients on many things over many years.")


def test_only_the_unreadable_cv_goes_to_the_model(tmp_path, fake_openai):
    fake_openai.push(chat(sample_cv()))
    person = person_for("german", 0)
    readable = write_layout_cv(tmp_path / "readable.docx", person, "german")
    unreadable = unreadable_cv(tmp_path / "prose.docx")

    read = stages.extract_cv(readable, tmp_path / "readable.json", fallback="openai-extractor")
    assert fake_openai.calls == 0 and read.extractor == "any-layout"
    assert json.loads((tmp_path / "readable.json").read_text("utf-8")) == expected_cv(person)

    result = stages.extract_cv(unreadable, tmp_path / "prose.json", fallback="openai-extractor")
    assert fake_openai.calls == 1 and "many clients" in fake_openai.requests[0].user
    assert result.extractor == "openai-extractor"
    assert result.warnings[0] == ("the rules could not read it (no name found; no experience section found; "
                                  "no skills, tools, languages, certifications, industries or education found): "
                                  "read by openai-extractor")
    assert json.loads((tmp_path / "prose.json").read_text("utf-8"))["identity"] == sample_cv()["identity"]


def test_without_a_fallback_the_cv_fails_and_no_model_is_called(tmp_path, fake_openai):
    with pytest.raises(UnreadableLayoutError):
        stages.extract_cv(unreadable_cv(tmp_path / "prose.docx"), tmp_path / "prose.json")
    assert fake_openai.calls == 0 and not (tmp_path / "prose.json").exists()


def test_a_fallback_without_an_llm_endpoint_names_the_cv_and_why_it_needed_the_model(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    prose = unreadable_cv(tmp_path / "prose.docx")
    result = run_cli("--extract", f"source={prose}", "fallback=openai-extractor", "--target", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"ERROR: {prose}: the rules could not read it (no name found; no experience section found; no skills, "
        "tools, languages, certifications, industries or education found) and the fallback openai-extractor "
        "cannot run: no LLM endpoint configured: set OPENAI_API_KEY (OpenAI or a gateway) or OPENAI_BASE_URL "
        "(a local OpenAI-compatible server such as Ollama or vLLM)")
    assert not (tmp_path / "out" / "structured_data" / "prose.json").exists()


def test_a_corrupt_file_is_not_sent_to_the_model(tmp_path, fake_openai):
    corrupt = tmp_path / "corrupt.docx"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a valid ZIP"):
        stages.extract_cv(corrupt, tmp_path / "corrupt.json", fallback="openai-extractor")
    assert fake_openai.calls == 0


def test_batch_sends_exactly_the_unreadable_cvs_and_counts_them(tmp_path, fake_openai):
    fake_openai.default = lambda request: chat(sample_cv())
    source = tmp_path / "cvs"
    write_cv(source / "reference.docx", make_cv_data(1, special_chars=False))
    write_layout_cv(source / "table.docx", person_for("two-column-table", 2), "two-column-table")
    unreadable_cv(source / "prose.docx")
    unreadable_cv(source / "notes.docx")
    out = tmp_path / "out"

    result = run_cli("--parallel", f"source={source}", "n=2", "--extract", "fallback=openai-extractor",
                     "--target", str(out))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Completed: 4/4 files succeeded, 0 failed" in result.stdout
    assert fake_openai.calls == 2
    assert sorted(r.user.count("many clients") for r in fake_openai.requests) == [1, 1]
    usage = json.loads((out / "logs" / "llm-usage.json").read_text("utf-8"))
    assert usage["calls"] == 2 and sorted(usage["cvs"]) == ["notes", "prose"]
    logs = {name: (out / "logs" / "extract" / f"{name}.log").read_text("utf-8")
            for name in ("reference", "table", "prose")}
    assert "extractor: reference-layout" in logs["reference"]
    assert "extractor: any-layout" in logs["table"]
    assert "extractor: openai-extractor" in logs["prose"]

    report = report_data(out / "report.html")
    rows = {cv["n"]: cv for cv in report["cvs"]}
    assert {name: cv.get("e") for name, cv in rows.items()} == {
        "reference.docx": "reference-layout", "table.docx": "any-layout",
        "prose.docx": "openai-extractor", "notes.docx": "openai-extractor"}
    assert any("the rules could not read it (no name found" in w for w in rows["prose.docx"]["w"])
    assert any(w.startswith("extract: read by the any-layout extractor") for w in rows["table.docx"]["w"])
    assert report["llm"] is not None


def test_fallback_calls_and_adjust_calls_share_the_llm_cap(tmp_path, fake_openai):
    """`--resources llm=1`: an extract job's fallback call and the adjust jobs' calls are never in
    flight together, though the extract job claims no `llm` of its own."""
    from test_batch_workflow import batch_config
    from workflow_runner import run_workflow

    def answer(request):
        try:  # an adjust call sends the CV JSON; a fallback extraction the CV's text
            return chat(request.user_json()["original_json"])
        except (ValueError, KeyError, TypeError):
            return chat(sample_cv())

    # Every call is held until a second one is in flight (or 1.5 s), so calls that may overlap do.
    fake_openai.default = fake_openai.overlapping(answer, together=2, linger=0.2, guard=1.5)
    source = tmp_path / "cvs"
    for i in range(2):
        write_cv(source / f"reference{i}.docx", make_cv_data(i, special_chars=False))
        unreadable_cv(source / f"prose{i}.docx")
    config = batch_config(tmp_path, apply=None, extract={"fallback": "openai-extractor"},
                          adjust=[{"name": "openai-job-specific", "job-description": "Cloud engineer"}])
    run = run_workflow(tmp_path, config, "--resources", "llm=1", cores=2)
    assert run.returncode == 0, run.messages()
    assert len(run.jobs("adjust")) == 4
    assert sum("many clients" in r.user for r in fake_openai.requests) == 2  # the two fallbacks
    assert fake_openai.peak_in_flight == 1
