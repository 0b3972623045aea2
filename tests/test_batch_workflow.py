"""The Snakemake batch, run for real on generated CVs: outputs, incremental reruns, failures."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from docx_files import docx_text
from sample_cvs import CVS_DIR, TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow, write_config


def make_batch(root: Path, names: list[str]) -> dict[str, dict]:
    """Write one generated CV per relative name below root/cvs; returns rel -> data."""
    data = {}
    for i, name in enumerate(names):
        cv = make_cv_data(i, special_chars=False)
        write_cv(root / "cvs" / name, cv)
        data[name.rsplit(".", 1)[0]] = cv
    return data


def batch_config(root: Path, **overrides) -> Path:
    config = {"source": str(root / "cvs"), "target": str(root / "out"), "apply": {"template": str(TEMPLATE_PATH)}}
    config.update(overrides)
    return write_config(root / "config.json", **config)


def test_default_config_runs_on_the_bundled_examples(tmp_path):
    run = run_workflow(tmp_path, None)
    assert run.returncode == 0, run.messages()
    examples = sorted(p.relative_to(CVS_DIR) for p in CVS_DIR.rglob("*.docx"))
    assert examples
    for rel in examples:
        stem = rel.with_suffix("")
        data = json.loads((tmp_path / "results" / "structured_data" / f"{stem}.json").read_text("utf-8"))
        doc = tmp_path / "results" / "documents" / f"{stem}_NEW.docx"
        assert data["identity"]["full_name"] in docx_text(doc)


def test_outputs_mirror_awkward_names_and_reruns_are_incremental(tmp_path):
    names = ["plain.docx", "with space/CV Ünïcödé, Jr..docx", "CV {draft}.docx",
             "brackets [x]/a.b.c (v2).docx", "deep/er/{team}/x.docx"]
    data = make_batch(tmp_path, names)
    config = batch_config(tmp_path)

    first = run_workflow(tmp_path, config)
    assert first.returncode == 0, first.messages()
    assert first.jobs("extract") == sorted(("extract", rel) for rel in data)
    for rel, cv in data.items():
        extracted = json.loads((tmp_path / "out" / "structured_data" / f"{rel}.json").read_text("utf-8"))
        assert extracted == cv
        assert cv["overview"][:40] in docx_text(tmp_path / "out" / "documents" / f"{rel}_NEW.docx")
        assert (tmp_path / "out" / "logs" / "extract" / f"{rel}.log").read_text("utf-8").startswith("OK extract")

    again = run_workflow(tmp_path, config)
    assert again.nothing_to_do, again.messages()

    # A deleted document is rebuilt, and only it; the same behind the marker for braced names. The
    # extract job renders the document too (BatchPlan.renders_in): one job per CV, one log per stage.
    assert (tmp_path / "out" / "logs" / "apply" / "plain.log").read_text("utf-8").startswith("OK apply")
    (tmp_path / "out" / "documents" / "plain_NEW.docx").unlink()
    (tmp_path / "out" / "documents" / "CV {draft}_NEW.docx").unlink()
    rebuilt = run_workflow(tmp_path, config)
    assert rebuilt.jobs() == [("extract", "CV {draft}"), ("extract", "plain")]
    assert (tmp_path / "out" / "documents" / "plain_NEW.docx").is_file()

    # A new CV runs only its own jobs.
    write_cv(tmp_path / "cvs" / "new one.docx", make_cv_data(42, special_chars=False))
    added = run_workflow(tmp_path, config)
    assert added.returncode == 0, added.messages()
    assert added.jobs() == [("extract", "new one")]

    # Editing one CV reruns only its jobs.
    write_cv(tmp_path / "cvs" / "plain.docx", make_cv_data(7, special_chars=False))
    edited = run_workflow(tmp_path, config)
    assert edited.jobs() == [("extract", "plain")]
    assert json.loads((tmp_path / "out" / "structured_data" / "plain.json").read_text("utf-8")) == make_cv_data(7, special_chars=False)

    # A different template reruns every CV's job (extracting again costs milliseconds), which
    # renders it anew; the extracted JSON comes out the same.
    other_template = tmp_path / "other template.docx"
    shutil.copy(TEMPLATE_PATH, other_template)
    config = batch_config(tmp_path, apply={"template": str(other_template)})
    before = {rel: (tmp_path / "out" / "structured_data" / f"{rel}.json").read_text("utf-8") for rel in data}
    retemplated = run_workflow(tmp_path, config)
    assert retemplated.returncode == 0, retemplated.messages()
    assert retemplated.jobs() == sorted([("extract", rel) for rel in data] + [("extract", "new one")])
    for rel in data:
        assert (tmp_path / "out" / "structured_data" / f"{rel}.json").read_text("utf-8") == before[rel]


def test_a_broken_cv_fails_alone_and_a_rerun_after_the_fix_processes_only_it(tmp_path):
    make_batch(tmp_path, [f"cv{i}.docx" for i in range(4)])
    (tmp_path / "cvs" / "broken.docx").write_text("this is not a Word file", encoding="utf-8")
    config = batch_config(tmp_path)

    run = run_workflow(tmp_path, config)
    assert run.returncode != 0
    for i in range(4):
        assert (tmp_path / "out" / "documents" / f"cv{i}_NEW.docx").is_file()
    assert not (tmp_path / "out" / "structured_data" / "broken.json").exists()
    log = (tmp_path / "out" / "logs" / "extract" / "broken.log").read_text("utf-8")
    assert "broken.docx" in log and "not a DOCX" in log

    # A CV that breaks after a good run loses its old document (it no longer describes the CV)
    # and keeps failing until it is fixed.
    (tmp_path / "cvs" / "cv1.docx").write_bytes(b"PK\x03\x04 truncated")
    broke = run_workflow(tmp_path, config)
    assert broke.returncode != 0 and ("extract", "cv1") in broke.jobs()
    assert not (tmp_path / "out" / "documents" / "cv1_NEW.docx").exists()
    still = run_workflow(tmp_path, config)
    assert still.returncode != 0 and ("extract", "cv1") in still.jobs()

    write_cv(tmp_path / "cvs" / "broken.docx", make_cv_data(9, special_chars=False))
    write_cv(tmp_path / "cvs" / "cv1.docx", make_cv_data(1, special_chars=False))
    rerun = run_workflow(tmp_path, config)
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs() == [("extract", "broken"), ("extract", "cv1")]


def test_extract_only_batch_and_file_type_glob(tmp_path):
    make_batch(tmp_path, ["a.docx", "b.docx"])
    (tmp_path / "cvs" / "~$a.docx").write_bytes(b"lock file")
    (tmp_path / "cvs" / "notes.txt").write_text("not a CV", encoding="utf-8")
    config = batch_config(tmp_path, apply=None, file_type="*.docx")
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()
    assert sorted(p.name for p in (tmp_path / "out" / "structured_data").iterdir()) == ["a.json", "b.json"]
    assert not (tmp_path / "out" / "documents").exists()


def job_pids(target: Path, stage: str) -> dict[str, int]:
    """CV -> the process that ran its ``stage`` job, from the job logs ("OK extract: ... pid N)")."""
    logs = target / "logs" / stage
    return {str(log.relative_to(logs).with_suffix("")): int(re.search(r"pid (\d+)\)", log.read_text("utf-8"))[1])
            for log in logs.rglob("*.log")}


def test_a_rerun_that_adds_a_cv_does_its_work_in_snakemakes_own_process(tmp_path):
    # Worker processes cost about a second to start: a few jobs are done without them.
    make_batch(tmp_path, ["team/a.docx", "team/b.docx"])
    config = batch_config(tmp_path)
    assert run_workflow(tmp_path, config).returncode == 0
    late = make_cv_data(7, special_chars=False)
    write_cv(tmp_path / "cvs" / "team" / "late.docx", late)
    rerun = run_workflow(tmp_path, config)
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs() == [("extract", "team/late")]  # which renders its document too
    assert job_pids(tmp_path / "out", "extract")["team/late"] == rerun.pid
    assert job_pids(tmp_path / "out", "apply")["team/late"] == rerun.pid
    assert late["identity"]["full_name"] in docx_text(tmp_path / "out" / "documents" / "team" / "late_NEW.docx")


@pytest.mark.parametrize("bad, expected", [
    ({"sorce": "x"}, "unknown key 'sorce'"),
    ({"llm": {"max_concurrent": "four"}}, "llm.max_concurrent"),
    ({"apply": {"template": "/nonexistent/t.docx"}}, "template not found"),
    ({"extract": {"name": "nope"}}, "unknown extractor 'nope'"),
    ({"adjust": [{"name": "openai-translate", "langauge": "German"}]}, "langauge"),
])
def test_a_bad_config_stops_before_any_job_and_names_the_key(tmp_path, bad, expected):
    make_batch(tmp_path, ["a.docx"])
    config = json.loads(batch_config(tmp_path).read_text())
    config.update(bad)
    run = run_workflow(tmp_path, write_config(tmp_path / "bad.json", **config))
    assert run.returncode != 0
    assert expected in run.messages()
    assert run.jobs() == []


def test_llm_cap_is_a_resource_the_command_line_can_override(tmp_path, fake_openai):
    from fake_openai import chat

    # Every call lingers in flight a while: calls the cap lets overlap do, and the server counts them.
    fake_openai.default = fake_openai.overlapping(lambda request: chat(request.user_json()["original_json"]),
                                                  together=1, linger=0.5)
    make_batch(tmp_path, [f"cv{i}.docx" for i in range(4)])
    config = batch_config(tmp_path, llm={"max_concurrent": 3}, apply=None,
                          adjust=[{"name": "openai-job-specific", "job-description": "Cloud engineer"}])
    run = run_workflow(tmp_path, config, "--resources", "llm=1", cores=4)
    assert run.returncode == 0, run.messages()
    assert len(run.jobs("adjust")) == 4
    assert fake_openai.peak_in_flight == 1  # four workers, a config cap of 3: the command line's 1 holds


def test_adjust_steps_without_an_llm_endpoint_stop_before_any_job(tmp_path, llm_env):
    make_batch(tmp_path, ["a.docx", "b.docx"])
    config = batch_config(tmp_path, adjust=[{"name": "openai-company-research", "customer-url": "https://example.com"}])
    run = run_workflow(tmp_path, config)
    assert run.returncode != 0
    assert "OPENAI_API_KEY" in run.messages() and "OPENAI_BASE_URL" in run.messages()
    assert run.jobs() == [] and not (tmp_path / "out" / "structured_data").exists()


def revise(template: Path) -> None:
    """Give a template new content: a paragraph saying "Template revision 2"."""
    from docx import Document

    revised = Document(str(template))
    revised.add_paragraph("Template revision 2")
    revised.save(str(template))


def test_a_template_with_new_content_renders_again_and_a_touch_does_not(tmp_path):
    import os

    make_batch(tmp_path, ["a.docx", "b.docx"])
    template = tmp_path / "template.docx"
    shutil.copy(TEMPLATE_PATH, template)
    config = batch_config(tmp_path, apply={"template": str(template)})
    assert run_workflow(tmp_path, config).returncode == 0

    later = template.stat().st_mtime + 10
    os.utime(template, (later, later))
    touched = run_workflow(tmp_path, config)
    assert touched.nothing_to_do, touched.messages()

    revise(template)
    rerun = run_workflow(tmp_path, config)
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs() == [("extract", "a"), ("extract", "b")]  # each renders its CV's document too
    for rel in ("a", "b"):
        assert "Template revision 2" in docx_text(tmp_path / "out" / "documents" / f"{rel}_NEW.docx")
        assert (tmp_path / "out" / "structured_data" / f"{rel}.json").is_file()


def _tailor(request):
    """An adjuster's answer: the CV back, bullets reversed when the job description asks for it."""
    from fake_openai import chat

    cv = request.user_json()["original_json"]
    if "reverse the bullets" in request.user:
        for experience in cv["experiences"]:
            experience["bullets"] = list(reversed(experience["bullets"]))
    return chat(cv)


def test_changed_adjust_steps_rerun_adjust_and_its_rendering_only(tmp_path, fake_openai):
    fake_openai.default = _tailor
    data = make_batch(tmp_path, ["a.docx", "b.docx"])
    steps = [{"name": "openai-job-specific", "job-description": "Cloud engineer"}]
    first = run_workflow(tmp_path, batch_config(tmp_path, adjust=steps))
    assert first.returncode == 0, first.messages()
    adjusted = tmp_path / "out" / "adjusted_structured_data"
    assert json.loads((adjusted / "a.json").read_text("utf-8"))["experiences"] == data["a"]["experiences"]

    steps = [{"name": "openai-job-specific", "job-description": "Cloud engineer; reverse the bullets"}]
    rerun = run_workflow(tmp_path, batch_config(tmp_path, adjust=steps))
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs() == [("adjust", "a"), ("adjust", "b")]  # each renders its CV's document too
    for rel, cv in data.items():
        bullets = json.loads((adjusted / f"{rel}.json").read_text("utf-8"))["experiences"][0]["bullets"]
        assert bullets == list(reversed(cv["experiences"][0]["bullets"]))
        assert bullets[0] in docx_text(tmp_path / "out" / "documents" / f"{rel}_NEW.docx")


def test_a_new_template_renders_every_tailored_cv_again_without_asking_the_model(tmp_path, fake_openai):
    fake_openai.default = _tailor
    make_batch(tmp_path, ["a.docx", "b.docx"])
    steps = [{"name": "openai-job-specific", "job-description": "Cloud engineer; reverse the bullets"}]
    template = tmp_path / "template.docx"
    shutil.copy(TEMPLATE_PATH, template)
    config = batch_config(tmp_path, adjust=steps, apply={"template": str(template)})
    assert run_workflow(tmp_path, config).returncode == 0
    adjusted = tmp_path / "out" / "adjusted_structured_data"
    before = {rel: (adjusted / f"{rel}.json").read_text("utf-8") for rel in ("a", "b")}
    calls = fake_openai.calls

    revise(template)
    rerun = run_workflow(tmp_path, config)
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs() == [("adjust", "a"), ("adjust", "b")]
    assert fake_openai.calls == calls  # the answers came from the answer cache
    usage = json.loads((tmp_path / "out" / "logs" / "llm-usage.json").read_text("utf-8"))
    assert (usage["calls"], usage["cache_hits"]) == (0, 2)
    for rel in ("a", "b"):
        assert (adjusted / f"{rel}.json").read_text("utf-8") == before[rel]
        text = docx_text(tmp_path / "out" / "documents" / f"{rel}_NEW.docx")
        assert "Template revision 2" in text
        assert json.loads(before[rel])["experiences"][0]["bullets"][0] in text


def test_one_job_per_tailored_cv_keeps_its_extraction_when_the_model_fails_and_reruns_what_changed(tmp_path,
                                                                                                 fake_openai):
    # The adjust job extracts its CV itself (BatchPlan.extracts_in): one Snakemake job per CV, the
    # outputs and job logs as with an extract job of its own.
    from fake_openai import error

    refuse_b = [True]

    def tailor_but_b(request):
        if refuse_b[0] and "C-00001" in request.user_json()["original_json"]["overview"]:
            return error(401, "Incorrect API key provided", type="invalid_request_error")
        return _tailor(request)

    fake_openai.default = tailor_but_b
    data = make_batch(tmp_path, ["a.docx", "team/b.docx", "c.docx"])
    steps = [{"name": "openai-job-specific", "job-description": "Cloud engineer; reverse the bullets"}]
    config = batch_config(tmp_path, adjust=steps)
    out = tmp_path / "out"

    first = run_workflow(tmp_path, config)
    assert first.returncode == 1
    assert sorted(set(first.jobs())) == [("adjust", "a"), ("adjust", "c"), ("adjust", "team/b")]
    for rel in ("a", "c"):
        assert json.loads((out / "structured_data" / f"{rel}.json").read_text("utf-8")) == data[rel]
        bullets = json.loads((out / "adjusted_structured_data" / f"{rel}.json").read_text("utf-8"))
        assert bullets["experiences"][0]["bullets"] == list(reversed(data[rel]["experiences"][0]["bullets"]))
        assert (out / "logs" / "extract" / f"{rel}.log").read_text("utf-8").startswith("OK extract: ")
        assert data[rel]["identity"]["full_name"] in docx_text(out / "documents" / f"{rel}_NEW.docx")
    # b's model call failed: its extraction stays, with its log; its later outputs are not there.
    assert json.loads((out / "structured_data" / "team" / "b.json").read_text("utf-8")) == data["team/b"]
    assert (out / "logs" / "extract" / "team" / "b.log").read_text("utf-8").startswith("OK extract: ")
    assert (out / "logs" / "adjust" / "team" / "b.log").read_text("utf-8").startswith("FAILED adjust: ")
    assert not (out / "adjusted_structured_data" / "team" / "b.json").exists()
    assert not (out / "documents" / "team" / "b_NEW.docx").exists()
    report = (out / "report.html").read_text("utf-8")
    page = json.loads(report.split('<script type="application/json" id="batch-data">')[1].split("</script>")[0])
    [b] = [cv for cv in page["cvs"] if cv["n"] == "team/b.docx"]
    assert page["statuses"][b["s"]] == "failed" and b["f"] == "adjust" and "HTTP 401" in b["c"]
    assert b["o"]["structured"] is True and b["o"]["adjusted"] is False

    refuse_b[0] = False  # the provider is back: only b is done again
    calls = fake_openai.calls
    resumed = run_workflow(tmp_path, config)
    assert resumed.returncode == 0, resumed.messages()
    assert resumed.jobs() == [("adjust", "team/b")] and fake_openai.calls == calls + 1
    assert data["team/b"]["identity"]["full_name"] in docx_text(out / "documents" / "team" / "b_NEW.docx")
    assert run_workflow(tmp_path, config).nothing_to_do

    write_cv(tmp_path / "cvs" / "a.docx", make_cv_data(7, special_chars=False))  # an edited CV: its job only
    edited = run_workflow(tmp_path, config)
    assert edited.returncode == 0 and edited.jobs() == [("adjust", "a")] and fake_openai.calls == calls + 2
    assert json.loads((out / "structured_data" / "a.json").read_text("utf-8")) == make_cv_data(7, special_chars=False)

    # Changed extract options extract every CV again; the same JSON asks the same: answers from the cache.
    config = batch_config(tmp_path, adjust=steps, extract={"name": "default-docx-cv-extractor",
                                                           "sections": {"skills": ["Core toolkit"]}})
    reextracted = run_workflow(tmp_path, config)
    assert reextracted.returncode == 0, reextracted.messages()
    assert reextracted.jobs() == [("adjust", "a"), ("adjust", "c"), ("adjust", "team/b")]
    assert fake_openai.calls == calls + 2
    usage = json.loads((out / "logs" / "llm-usage.json").read_text("utf-8"))
    assert (usage["calls"], usage["cache_hits"]) == (0, 3)


def failing_for(path: Path, name: str) -> Path:
    """A template that renders every CV but the one named ``name`` (a ZeroDivisionError for it)."""
    from docx_files import bare_template

    return bare_template(path, ["{{ identity.full_name }}", "{{ overview }}",
                                f"{{{{ 1 / 0 if identity.full_name == {name!r} else '' }}}}"])


@pytest.mark.parametrize("stage", ["extract", "adjust"])
def test_a_cv_whose_document_fails_to_render_keeps_its_json_and_only_it_is_redone(tmp_path, fake_openai, stage):
    # Its extract (or adjust) job renders the document; Snakemake keeps a failed job's outputs
    # (keep-incomplete in profiles/default), and the job removes only what its render left outdated.
    fake_openai.default = _tailor
    data = make_batch(tmp_path, ["a.docx", "b.docx", "c.docx"])
    steps = [{"name": "openai-job-specific", "job-description": "Cloud engineer"}] if stage == "adjust" else []
    template = failing_for(tmp_path / "template.docx", data["b"]["identity"]["full_name"])
    config = batch_config(tmp_path, adjust=steps, apply={"template": str(template)})
    out = tmp_path / "out"
    kept = out / ("adjusted_structured_data" if steps else "structured_data") / "b.json"

    run = run_workflow(tmp_path, config)
    assert run.returncode == 1
    assert run.jobs("apply") == []
    assert [job for job in run.jobs(stage) if job[1] == "b"] == [(stage, "b")] * 2  # the profile's one retry
    for rel in ("a", "c"):  # the other CVs go on
        assert data[rel]["identity"]["full_name"] in docx_text(out / "documents" / f"{rel}_NEW.docx")
    assert not (out / "documents" / "b_NEW.docx").exists()
    assert json.loads(kept.read_text("utf-8"))["identity"] == data["b"]["identity"]
    cause = (out / "logs" / "apply" / "b.log").read_text("utf-8").splitlines()
    assert cause == [f"FAILED apply: {template}: template failed to render in word/document.xml: ZeroDivisionError"
                     ": division by zero"] or (cause[0].startswith(f"FAILED apply: {template}: ")
                                               and "ZeroDivisionError" in cause[0] and len(cause) == 1)
    assert (out / "logs" / stage / "b.log").read_text("utf-8").startswith(f"OK {stage}")
    report = (out / "report.html").read_text("utf-8")
    page = json.loads(report.split('<script type="application/json" id="batch-data">')[1].split("</script>")[0])
    assert {cv["n"]: page["statuses"][cv["s"]] for cv in page["cvs"]} == {
        "a.docx": "done", "b.docx": "failed", "c.docx": "done"}
    calls = fake_openai.calls

    again = run_workflow(tmp_path, config)
    assert again.returncode == 1 and {rel for _, rel in again.jobs()} == {"b"}
    assert kept.is_file() and fake_openai.calls == calls  # a tailored CV's answer comes from the cache

    shutil.copy(TEMPLATE_PATH, template)  # fixed: every CV renders again, b too
    fixed = run_workflow(tmp_path, config)
    assert fixed.returncode == 0, fixed.messages()
    assert data["b"]["overview"][:40] in docx_text(out / "documents" / "b_NEW.docx")
    assert run_workflow(tmp_path, config).nothing_to_do


def test_a_batch_ends_with_snakemakes_status_its_last_lines_and_no_temporary_folder(tmp_path):
    # The Snakemake process ends without Python's teardown (SnakemakeRuntime.exit_without_teardown),
    # yet every exit handler runs: what it printed last arrives, its temporary folders are removed.
    import subprocess

    from workflow_runner import snakemake_command, snakemake_env

    make_batch(tmp_path, ["a.docx", "b.docx"])
    (tmp_path / "tmp").mkdir()
    env = dict(snakemake_env(), XDG_CACHE_HOME=str(tmp_path / "cache"), TMPDIR=str(tmp_path / "tmp"))
    command = snakemake_command(tmp_path, "--cores", "2", "--configfile", str(batch_config(tmp_path)))
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "steps (100%) done" in done.stderr and "Complete log(s):" in done.stderr
    runtime_cache = tmp_path / "cache" / "snakemake" / "snakemake" / "source-cache" / "snakemake-runtime-cache"
    assert runtime_cache.is_dir() and list(runtime_cache.iterdir()) == []
    assert list((tmp_path / "tmp").iterdir()) == []

    (tmp_path / "cvs" / "b.docx").write_bytes(b"PK\x03\x04 truncated")
    failed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=240)
    assert failed.returncode == 1
    assert "Complete log(s):" in failed.stderr and list(runtime_cache.iterdir()) == []


def test_a_cv_that_breaks_loses_its_old_adjusted_json_and_document(tmp_path, fake_openai):
    fake_openai.default = _tailor
    make_batch(tmp_path, ["a.docx", "b.docx"])
    config = batch_config(tmp_path, adjust=[{"name": "openai-job-specific", "job-description": "Cloud engineer"}])
    assert run_workflow(tmp_path, config).returncode == 0
    out = tmp_path / "out"
    assert (out / "adjusted_structured_data" / "b.json").is_file() and (out / "documents" / "b_NEW.docx").is_file()

    (tmp_path / "cvs" / "b.docx").write_bytes(b"PK\x03\x04 truncated")
    broke = run_workflow(tmp_path, config)
    assert broke.returncode != 0 and ("adjust", "b") in broke.jobs()  # which extracts it (BatchPlan.extracts_in)
    assert not (out / "structured_data" / "b.json").exists()
    assert not (out / "adjusted_structured_data" / "b.json").exists()
    assert not (out / "documents" / "b_NEW.docx").exists()
    assert (out / "adjusted_structured_data" / "a.json").is_file() and (out / "documents" / "a_NEW.docx").is_file()


def test_a_program_hosting_snakemake_keeps_its_own_exit(tmp_path):
    # Ending without Python's teardown is for Snakemake's command line only: a program that runs a
    # workflow through Snakemake's API goes on afterwards and exits with its own status.
    import subprocess
    import sys

    program = (
        "import sys\n"
        "from cvextract.batch.snakemake_runtime import SnakemakeRuntime\n"
        "SnakemakeRuntime.__new__(SnakemakeRuntime).exit_without_teardown()\n"
        "try:\n    sys.exit(0)\nexcept SystemExit:\n    pass\n"
        "print('went on')\n"
        "raise SystemExit(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert (done.returncode, done.stdout) == (3, "went on\n"), done.stderr
