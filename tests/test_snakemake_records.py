"""Snakemake's records of a batch's outputs (``.snakemake/metadata``), written over each output's
"incomplete" marker (``SnakemakeRuntime.write_records_over_markers``): what reruns read from them."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

from docx_files import docx_text
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow, write_config


def files_by_key(folder: Path) -> dict[str, Path]:
    """Snakemake's record or marker files below ``folder``, by the output path each one names."""
    return {base64.urlsafe_b64decode(path.name).decode("utf-8"): path
            for path in folder.rglob("*") if path.is_file()}


def batch(root: Path, names: list[str]) -> Path:
    for i, name in enumerate(names):
        write_cv(root / "cvs" / name, make_cv_data(i, special_chars=False))
    shutil.copy(TEMPLATE_PATH, root / "template.docx")
    return write_config(root / "config.json", source=str(root / "cvs"), target=str(root / "out"),
                        apply={"template": str(root / "template.docx")})


def test_every_output_has_its_record_and_no_marker_is_left(tmp_path):
    config = batch(tmp_path, ["a.docx", "team/b.docx", "team/c.docx"])
    run = run_workflow(tmp_path, config)
    assert run.returncode == 0, run.messages()

    records = files_by_key(tmp_path / ".snakemake" / "metadata")
    out = tmp_path / "out"
    for rel in ("a", "team/b", "team/c"):
        for output in (out / "structured_data" / f"{rel}.json", out / "documents" / f"{rel}_NEW.docx"):
            record = json.loads(records[str(output)].read_text("utf-8"))
            assert record["rule"] == "extract" and record["incomplete"] is False
            # the input checksums by which a touched template reruns nothing
            assert set(record["input_checksums"]) == {str(tmp_path / "cvs" / f"{rel}.docx"),
                                                      str(tmp_path / "template.docx")}
    assert files_by_key(tmp_path / ".snakemake" / "incomplete") == {}
    assert run_workflow(tmp_path, config).nothing_to_do


def test_a_record_left_where_its_marker_was_has_its_cv_done_again(tmp_path):
    # A batch killed after writing a record over its marker but before the rename leaves this.
    config = batch(tmp_path, ["a.docx", "b.docx"])
    assert run_workflow(tmp_path, config).returncode == 0
    document = tmp_path / "out" / "documents" / "b_NEW.docx"
    record = files_by_key(tmp_path / ".snakemake" / "metadata")[str(document)]
    incomplete = tmp_path / ".snakemake" / "incomplete"
    incomplete.mkdir(exist_ok=True)
    record.rename(incomplete / record.name)

    rerun = run_workflow(tmp_path, config)
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs() == [("extract", "b")]
    assert docx_text(document)
    assert files_by_key(incomplete) == {}
    assert str(document) in files_by_key(tmp_path / ".snakemake" / "metadata")


def test_a_record_is_the_marker_file_renamed_not_a_new_file(tmp_path):
    from snakemake.persistence import MetadataRecord
    from snakemake.persistence.file import FilePersistence

    from cvextract.batch.snakemake_runtime import SnakemakeRuntime

    SnakemakeRuntime(None).write_records_over_markers()
    persistence = FilePersistence.__new__(FilePersistence)  # only its file layout: no workflow needed
    persistence._max_len, persistence._incomplete_cache = None, None
    persistence._incomplete_path = str(tmp_path / "incomplete")
    persistence._metadata_path = str(tmp_path / "metadata")
    for folder in ("incomplete", "metadata"):
        (tmp_path / folder).mkdir()  # as Snakemake makes them before any job
    key = str(tmp_path / "out" / "documents" / "a_NEW.docx")

    persistence._mark_incomplete(key, None)  # as the job starts
    (marker,) = files_by_key(tmp_path / "incomplete").values()
    inode = marker.stat().st_ino
    persistence._write_record(key, MetadataRecord(rule="extract", incomplete=False))  # as it ends

    assert files_by_key(tmp_path / "incomplete") == {}
    record = files_by_key(tmp_path / "metadata")[key]
    assert record.stat().st_ino == inode
    assert json.loads(record.read_text("utf-8"))["rule"] == "extract"


MARKED_WORKFLOW = '''
from cvextract.batch.snakemake_runtime import SnakemakeRuntime

SNAKEMAKE = SnakemakeRuntime(workflow)
NAMES = [f"cv_{i}" for i in range(6)]


rule all:
    input:
        SNAKEMAKE.settled(lambda wildcards: expand("out/{name}.txt", name=NAMES)),


rule one:
    input:
        "in/{name}.txt",
    output:
        "out/{name}.txt",
    run:
        import base64, os

        marker = os.path.join(".snakemake", "incomplete", base64.urlsafe_b64encode(output[0].encode()).decode())
        with open(output[0] + ".seen", "w") as seen:
            seen.write(f"marked={os.path.isfile(marker)} old_output={os.path.exists(output[0])}")
        with open(output[0], "w") as out:
            out.write("new")
'''


def test_a_job_runs_with_its_outputs_marked_incomplete_and_its_old_outputs_removed(tmp_path):
    # What keeps a batch killed mid-job safe (the next run redoes the job) and a rerun clean, now
    # that each job marks its outputs in its own thread (SnakemakeRuntime, pooled batches).
    import subprocess
    import sys

    from workflow_runner import snakemake_env

    (tmp_path / "Snakefile").write_text(MARKED_WORKFLOW, encoding="utf-8")
    for i in range(6):
        for folder, text in (("in", "cv"), ("out", "old")):
            (tmp_path / folder).mkdir(exist_ok=True)
            (tmp_path / folder / f"cv_{i}.txt").write_text(text, encoding="utf-8")

    run = subprocess.run([sys.executable, "-m", "snakemake", "-s", str(tmp_path / "Snakefile"), "-d", str(tmp_path),
                          "--cores", "2", "--force-use-threads", "--forceall", "--quiet", "all"],
                         capture_output=True, text=True, env=snakemake_env(), timeout=240)

    assert run.returncode == 0, run.stderr
    for i in range(6):
        out = tmp_path / "out" / f"cv_{i}.txt"
        assert (out.parent / f"{out.name}.seen").read_text("utf-8") == "marked=True old_output=False"
        assert out.read_text("utf-8") == "new"
        assert f"out/cv_{i}.txt" in files_by_key(tmp_path / ".snakemake" / "metadata")
    assert files_by_key(tmp_path / ".snakemake" / "incomplete") == {}
