"""One sync per batch: the marker a running batch leaves, and what the next batch does when the
machine restarted before the batch's files were on disk (a different boot id in the marker)."""

from __future__ import annotations

import json
import os
import time

from cvextract.batch import batch_sync
from docx_files import docx_text
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from workflow_runner import run_workflow, write_config


def marker(target):
    return target / "logs" / batch_sync.MARKER


def test_a_batch_marks_its_target_until_its_files_are_synced(tmp_path):
    target = tmp_path / "out"
    batch_sync.mark(target)
    mark = json.loads(marker(target).read_text("utf-8"))
    assert mark["boot_id"] == batch_sync._boot_id() and mark["started"] <= time.time()
    batch_sync.end(target)
    assert not marker(target).exists()


def test_after_a_restart_what_the_unsynced_batch_wrote_is_removed_and_nothing_older(tmp_path):
    target = tmp_path / "out"
    old, new, missing = tmp_path / "old.json", tmp_path / "new.json", tmp_path / "missing.json"
    old.write_text("{}")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    new.write_text("")  # what a machine that stopped may leave: an empty file Snakemake counts as done
    marker(target).parent.mkdir(parents=True)
    marker(target).write_text(json.dumps({"boot_id": "another boot", "started": time.time() - 60}))
    assert batch_sync.recover(target, [str(old), str(new), str(missing)]) == 1
    assert old.exists() and not new.exists() and not marker(target).exists()
    # The same boot (only the processes were killed): the files are still in memory, nothing goes,
    # and the earlier batch's start carries over to the next batch's marker.
    new.write_text("{}")
    started = time.time() - 30
    marker(target).write_text(json.dumps({"boot_id": batch_sync._boot_id(), "started": started}))
    assert batch_sync.recover(target, [str(old), str(new)]) == 0
    batch_sync.mark(target)
    assert new.exists() and json.loads(marker(target).read_text("utf-8"))["started"] == started


def test_a_batch_after_a_restart_redoes_the_cvs_the_unsynced_batch_wrote(tmp_path):
    for i in range(3):
        write_cv(tmp_path / "cvs" / f"cv{i}.docx", make_cv_data(i, special_chars=False))
    out = tmp_path / "out"
    config = write_config(tmp_path / "config.json", source=str(tmp_path / "cvs"), target=str(out),
                          apply={"template": str(TEMPLATE_PATH)})
    first = run_workflow(tmp_path, config)
    assert first.returncode == 0, first.messages()
    assert not marker(out).exists()  # synced and unmarked at its end
    # As if the machine had stopped before the end: the marker of a batch started a minute ago on an
    # earlier boot, and one document that never reached the disk (empty).
    marker(out).write_text(json.dumps({"boot_id": "an earlier boot", "started": time.time() - 60}))
    (out / "documents" / "cv1_NEW.docx").write_bytes(b"")
    rerun = run_workflow(tmp_path, config)
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs("extract") == [("extract", f"cv{i}") for i in range(3)]
    assert make_cv_data(1, special_chars=False)["overview"][:40] in docx_text(out / "documents" / "cv1_NEW.docx")
    assert not marker(out).exists()
    noop = run_workflow(tmp_path, config)
    assert noop.nothing_to_do and not marker(out).exists()
