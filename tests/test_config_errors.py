"""Every config error of a plain ``snakemake`` run is one line naming the file or key and the cause,
exit 1, no job run, no Snakemake traceback lines; ``output=`` naming a folder is one line too."""

from __future__ import annotations

import json

import pytest

from cli_runs import run_cli
from cvextract.batch.batch_config import check_config
from cvextract.errors import ConfigError
from sample_cvs import PROJECT_ROOT, TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow

# What Snakemake itself prints on stderr before and around a run that stops in its onstart handler.
SNAKEMAKE_CHATTER = ("Using workflow specific profile", "Assuming unrestricted", "Building DAG", "Using shell",
                     "Provided ", "Rules claiming", "Job stats", "job ", "---", "total ", "SNAKEMAKE", "=====",
                     "  ", "Select jobs", "Execute ")


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith(SNAKEMAKE_CHATTER)
            and line.split()[0] not in ("extract", "apply", "adjust", "research", "all", "batch_report",
                                         "batch_complete")]


@pytest.mark.parametrize("bad, expected", [
    ({"sorce": "x"}, "{config}: invalid configuration: unknown key 'sorce' in (top level) (did you mean 'source'?)"),
    ({"llm": {"max_concurrent": "four"}}, "{config}: invalid configuration: key 'llm.max_concurrent': "
                                          "'four' is not of type 'integer'"),
    ({"apply": {"template": "/nonexistent/t.docx"}}, "/nonexistent/t.docx: template not found"),
    ({"extract": {"name": "nope"}}, "config 'extract.name': unknown extractor 'nope' "
                                    "(known: default-docx-cv-extractor, openai-extractor)"),
    ({"extract": {"fallback": "nope"}}, "config 'extract.fallback': unknown extractor 'nope' "
                                        "(known: default-docx-cv-extractor, openai-extractor)"),
    ({"extract": {"sections": {"hobbies": ["Hobbys"]}}}, "{config}: invalid configuration: key 'extract.sections'"),
    ({"adjust": [{"name": "openai-translate", "langauge": "German"}]}, "langauge"),
    ({"adjust": [{"name": "openai-translate", "language": "German"}]}, "no LLM endpoint configured"),
    ({"file_type": "*.pdf"}, "{source}: no files matching '*.pdf'"),
    ({"rank": {"job": "job.md", "job-url": "https://example.com/job"}},
     "config 'rank': give job: <file> or job-url: <url>, not both"),
    ({"llm": {"tokens_per_minute": 0.5}}, "{config}: invalid configuration: key 'llm.tokens_per_minute': "
                                          "0.5 is less than the minimum of 1"),
    # The CLI's data=/output= steer a single-file run; a batch writes its own layout.
    ({"adjust": [{"name": "openai-translate", "language": "German", "output": "x.json"}]},
     "adjuster 'openai-translate' does not take output"),
    ({"adjust": [{"name": "openai-translate", "language": "German", "skip-verify": True}]},
     "adjuster 'openai-translate' does not take skip-verify"),
])
def test_a_config_error_of_plain_snakemake_is_one_line(tmp_path, llm_env, bad, expected):
    source = tmp_path / "cvs"
    write_cv(source / "a.docx", make_cv_data(1, special_chars=False))
    config = tmp_path / "config.json"
    config.write_text(json.dumps({"source": str(source), "target": str(tmp_path / "out"), **bad}), encoding="utf-8")
    run = run_workflow(tmp_path, config)
    assert run.returncode == 1
    lines = error_lines(run.stderr)
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("cvextract: error: ") and expected.format(config=config, source=source) in lines[0]
    assert "Traceback" not in run.stderr and "ConfigError in file" not in run.stderr
    assert run.jobs() == []
    assert not (tmp_path / "out" / "structured_data").exists()


def test_output_naming_a_folder_is_one_line(tmp_path):
    source = tmp_path / "cv.docx"
    write_cv(source, make_cv_data(1, special_chars=False))
    (tmp_path / "folder").mkdir()
    for stage in (["--extract", f"source={source}", f"output={tmp_path / 'folder'}"],
                  ["--extract", f"source={source}", "--apply", f"template={TEMPLATE_PATH}", "output=folder"]):
        result = run_cli(*stage, "--target", tmp_path)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [f"ERROR: {tmp_path / 'folder'}: is a folder, not a file: "
                                              "name a file to write"]
        assert list((tmp_path / "folder").iterdir()) == []


@pytest.mark.parametrize("config, cause", [
    ({"rank": {"job": "job.md"}}, "missing key 'source' in (top level)"),
    ({"source": "cvs", "apply": {"pdf": True}}, "missing key 'template' in apply"),
])
def test_a_missing_key_is_named_as_missing(config, cause):
    """A config file holding only ``rank:`` (or an ``apply:`` without its template) names the key to add."""
    with pytest.raises(ConfigError) as exc:
        check_config(config, PROJECT_ROOT / "config" / "config.schema.json", "my.yaml")
    assert str(exc.value) == f"my.yaml: invalid configuration: {cause}"


@pytest.mark.parametrize("entry, expected", [
    ("rank={jb: job.md}", "cvextract: error: --config: invalid configuration: unknown key 'jb' in rank (did you mean 'job'?)"),
    ("rank={job: nojob.md}", "cvextract: error: nojob.md: job file not found"),
])
def test_a_config_error_from_config_over_the_bundled_defaults_names_what_the_user_gave(tmp_path, entry, expected):
    """``snakemake --config rank=…`` without a config file: the error is in the user's --config, not in
    the bundled config.yaml, and a missing job file is named where the user runs, not in the package."""
    run = run_workflow(tmp_path, None, "--config", entry)
    assert run.returncode == 1
    assert error_lines(run.stderr) == [expected], run.stderr
    assert not (tmp_path / "results").exists()


def test_an_unknown_key_nothing_like_a_known_one_lists_the_keys_of_its_place():
    config = {"source": "cvs", "apply": {"template": "t.docx", "colour": "blue"}}
    with pytest.raises(ConfigError) as exc:
        check_config(config, PROJECT_ROOT / "config" / "config.schema.json", "my.yaml")
    message = str(exc.value)
    assert message.startswith("my.yaml: invalid configuration: unknown key 'colour' in apply (known: template, ")
    assert "pdf" in message and "\n" not in message
