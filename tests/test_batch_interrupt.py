"""A batch killed mid-run: what is on disk, what keeps running, and how the batch is resumed.

The CLI runs 40 generated CVs in its own session; once some documents exist it is killed. Every
output left behind must be whole (atomic writes: a killed write leaves only a hidden
``.<name>.<random>.cvextract-tmp``), nothing of the batch may keep running, and both documented recoveries
must finish the batch:

* Snakemake alone: a plain rerun refuses (LockException); ``snakemake --unlock`` with the same
  config, then the same command again, completes (``rerun-incomplete`` is in profiles/default);
* the CLI: the same command again clears the stale lock itself and completes.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from cvextract.atomic import TEMP_SUFFIX
from cvextract.cli.snakemake_process import ask_to_stop
from cvextract.layout import TARGET_MARKER

from process_table import processes
from sample_cvs import TEMPLATE_PATH, write_samples
from workflow_runner import run_workflow

# Enough CVs that a stop or a kill sent after the first documents lands well before the end: the
# worker processes are ready from the first jobs on (they start while the DAG is built), so the
# batch is at full speed by then and finishes a few more documents while the signal travels.
COUNT = 80


def cli_args(root: Path) -> list[str]:
    return [sys.executable, "-m", "cvextract.cli", "--parallel", f"source={root / 'cvs'}", "n=2", "--extract",
            "--apply", f"template={TEMPLATE_PATH}", "--target", str(root / "out")]


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_batch(root: Path, *, background: bool = False) -> subprocess.Popen:
    """The CLI in a session of its own (its process group holds Snakemake and the pool workers).

    ``background``: as `cvextract ... &` from a script, which starts it with SIGINT ignored; else as
    from a terminal, SIGINT not ignored even when this suite runs in the background.
    """
    proc = subprocess.Popen(cli_args(root), stdout=(root / "cli.out").open("w"), stderr=(root / "cli.err").open("w"),
                            text=True, start_new_session=True, preexec_fn=_ignore_sigint if background else _default_sigint)
    STARTED.append(proc.pid)
    return proc


def documents(out: Path) -> list[Path]:
    folder = out / "documents"
    return [p for p in folder.iterdir() if not p.name.startswith(".")] if folder.is_dir() else []


def wait_for_documents(proc: subprocess.Popen, out: Path, at_least: int) -> None:
    deadline = time.monotonic() + 60
    while len(documents(out)) < at_least:
        assert proc.poll() is None, "the batch ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)


def live_members(pgid: int) -> list[str]:
    """Processes of the batch's session (the CLI started it: its pid is the session's and the group's id)
    that are still running; zombies waiting for a reaper do not count."""
    return [f"{p.pid}: {p.cmdline[:120]!r}" for p in processes() if pgid in (p.pgid, p.sid) and p.alive]


def wait_until_gone(pgid: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while live_members(pgid):
        assert time.monotonic() < deadline, f"still running after {timeout} s: {live_members(pgid)}"
        time.sleep(0.05)


def assert_outputs_whole(out: Path) -> None:
    """Every JSON parses, every DOCX is a Word package, and a partial write is only a hidden temp."""
    for path in out.rglob("*"):
        if not path.is_file() or ".snakemake" in path.relative_to(out).parts:
            continue
        if path.name.endswith(TEMP_SUFFIX):
            assert path.name.startswith("."), f"visible temporary file {path}"
            continue
        if path.name.startswith(".batch-complete") or path.name == TARGET_MARKER:  # the workflow's own markers
            continue
        assert not path.name.startswith("."), f"unexpected hidden file {path}"
        if path.suffix == ".json":
            json.loads(path.read_text("utf-8"))
        elif path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                assert "word/document.xml" in archive.namelist()
                assert archive.testzip() is None


def assert_batch_complete(out: Path, samples: list[tuple[Path, dict]], cvs: Path) -> None:
    assert len(documents(out)) == COUNT
    for path, cv in samples:
        rel = path.relative_to(cvs).with_suffix("")
        assert json.loads((out / "structured_data" / f"{rel}.json").read_text("utf-8")) == cv
        with zipfile.ZipFile(out / "documents" / f"{rel}_NEW.docx") as archive:
            assert "word/document.xml" in archive.namelist()
    assert_outputs_whole(out)


@pytest.fixture
def batch(tmp_path):
    yield tmp_path, write_samples(tmp_path / "cvs", COUNT)
    for pgid in STARTED:  # whatever a failed test left running
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    STARTED.clear()


STARTED: list[int] = []


def kill_mid_run(root: Path, victim: str) -> subprocess.Popen:
    """Start the batch, wait for the first documents, SIGKILL ``victim`` ('group' or 'snakemake')."""
    proc = start_batch(root)
    out = root / "out"
    try:
        wait_for_documents(proc, out, 3)
        if victim == "group":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            os.kill(_snakemake_child(proc.pid), signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert len(documents(out)) < COUNT, "the kill came too late to test anything"
    # Nothing of the batch runs any more (pool workers notice that Snakemake is gone and exit), so
    # nothing can write: what is on disk now is what the rerun finds.
    wait_until_gone(proc.pid)
    assert_outputs_whole(out)
    return proc


def _snakemake_child(pid: int) -> int:
    for p in processes():
        if p.ppid == pid and "snakemake" in p.cmdline:
            return p.pid
    raise AssertionError("no snakemake process under the CLI")


def test_sigkill_of_the_whole_batch_then_snakemake_unlock_and_rerun(batch):
    root, samples = batch
    out = root / "out"
    kill_mid_run(root, "group")
    config = out / "logs" / "batch-config.json"  # what the CLI ran Snakemake with

    plain = run_workflow(out, config)
    assert plain.returncode != 0
    assert "LockException" in plain.messages() and plain.jobs() == []

    unlock = run_workflow(out, config, "--unlock")
    assert unlock.returncode == 0 and "Unlocked working directory" in unlock.messages()

    rerun = run_workflow(out, config)
    assert rerun.returncode == 0, rerun.messages()
    assert rerun.jobs("extract"), "the rerun had nothing left to do: the kill came too late"
    assert_batch_complete(out, samples, root / "cvs")


@pytest.mark.parametrize("victim", ["group", "snakemake"])
def test_sigkill_then_the_same_cli_command_clears_the_lock_and_completes(batch, victim):
    root, samples = batch
    out = root / "out"
    proc = kill_mid_run(root, victim)
    if victim == "snakemake":  # what the OOM killer would do: the CLI sees it and says so in one line
        assert proc.returncode == 1
        assert (root / "cli.err").read_text("utf-8").splitlines() == [
            "ERROR: the batch stopped: snakemake was killed (SIGKILL); rerun the same command to resume"]
    assert any((out / ".snakemake" / "locks").iterdir())

    rerun = subprocess.run(cli_args(root), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert rerun.stderr.splitlines() == [f"WARNING: cleared a stale lock left by an interrupted run in {out}"]
    *_, summary, report = rerun.stdout.splitlines()
    assert report == f"Report: {out / 'report.html'}"
    done, total, up_to_date = _summary_numbers(summary)
    assert done == total and total + up_to_date == COUNT and total > 0, summary
    assert_batch_complete(out, samples, root / "cvs")
    assert not [p for p in out.rglob(f"*{TEMP_SUFFIX}")], "the rerun leaves no temporary file behind"


def _summary_numbers(line: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"Completed: (\d+)/(\d+) files succeeded, 0 failed(?:, \d+ not processed)?"
                         r"(?: \((\d+) already up to date\))?", line)
    assert match, line
    return int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)


def stop_mid_run(root: Path, send, *, background: bool = False) -> subprocess.Popen:
    """Start the batch, wait for the first documents, call ``send(proc)``, wait until all is gone."""
    proc = start_batch(root, background=background)
    try:
        wait_for_documents(proc, root / "out", 3)
        send(proc)
        proc.wait(timeout=120)  # a last guard: a stop takes about a second
        wait_until_gone(proc.pid, timeout=120)
    finally:
        if proc.poll() is None or live_members(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc


def assert_stopped_cleanly(out: Path) -> None:
    """Snakemake was told to stop (it did not just run on to the end), released its lock, and left
    no partial output. The interrupt shows in its log as the user's request or, when it landed in a
    job's bookkeeping, as that job's KeyboardInterrupt.

    The stop came after the first 3 documents: only the work already running in a pool worker may
    finish after it, not the dozens of jobs Snakemake had handed out (before, a stop ran most of
    the batch to the end first, and on a loaded machine outlasted the CLI's grace: killed, lock kept)."""
    assert len(documents(out)) < COUNT // 2, "the batch ran on after the stop request"
    (snakemake_log,) = (out / ".snakemake" / "log").glob("*.snakemake.log")
    text = snakemake_log.read_text("utf-8")
    assert "Terminating processes on user request" in text or "KeyboardInterrupt" in text, \
        "Snakemake ignored the stop request"
    locks = out / ".snakemake" / "locks"
    assert not locks.exists() or not any(locks.iterdir())
    assert_outputs_whole(out)


@pytest.mark.parametrize("signum, to_group", [(signal.SIGTERM, False), (signal.SIGKILL, False), (signal.SIGINT, True)],
                         ids=["SIGTERM to the CLI", "SIGKILL to the CLI", "Ctrl-C in a terminal"])
def test_stopping_the_cli_stops_the_whole_batch_and_releases_the_lock(batch, signum, to_group):
    root, _ = batch
    proc = stop_mid_run(root, lambda p: os.killpg(p.pid, signum) if to_group else os.kill(p.pid, signum))
    if signum == signal.SIGTERM:
        assert proc.returncode == 128 + signal.SIGTERM
        err = (root / "cli.err").read_text("utf-8").splitlines()
        assert err == ["ERROR: terminated: the batch was stopped; rerun the same command to process the rest"]
        assert (root / "cli.out").read_text("utf-8").splitlines()[-3] == "=" * 60
    if signum == signal.SIGINT:
        assert proc.returncode == 130
        assert (root / "cli.err").read_text("utf-8").splitlines() == [
            "ERROR: interrupted: the batch was stopped; rerun the same command to process the rest"]
        assert (root / "cli.out").read_text("utf-8").splitlines()[-2].startswith("Completed: ")
    assert_stopped_cleanly(root / "out")


def test_sigterm_to_snakemake_itself_stops_it_cleanly(batch):
    """kill, timeout, systemd or a batch system's time limit send SIGTERM to Snakemake directly."""
    root, _ = batch
    proc = stop_mid_run(root, lambda p: os.kill(_snakemake_child(p.pid), signal.SIGTERM))
    assert proc.returncode == 1
    assert (root / "cli.err").read_text("utf-8").splitlines() == [
        "ERROR: the batch stopped: snakemake was told to stop (a signal sent to it, not to cvextract); "
        "rerun the same command to process the rest"]
    (summary,) = [line for line in (root / "cli.out").read_text("utf-8").splitlines() if line.startswith("Completed: ")]
    done, total, _ = _summary_numbers(summary)
    assert done < total == COUNT, "cut-short jobs are neither done nor failed"
    assert_stopped_cleanly(root / "out")
    rerun = subprocess.run(cli_args(root), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr


def test_sigterm_stops_a_batch_started_in_the_background_by_a_script(batch):
    root, _ = batch
    proc = stop_mid_run(root, lambda p: os.kill(p.pid, signal.SIGTERM), background=True)
    assert proc.returncode == 128 + signal.SIGTERM
    assert_stopped_cleanly(root / "out")


# Stands for a Snakemake that loses the first stop request (it landed in a job's bookkeeping) and
# says it is stopping on the next one; prints how many it got once its stdin closes.
LOSES_THE_FIRST_REQUEST = """
import signal, sys
count = 0
def on_sigint(signum, frame):
    global count
    count += 1
    if count == 2:
        print("stopping", flush=True)
signal.signal(signal.SIGINT, on_sigint)
print("ready", flush=True)
sys.stdin.read()
print(count, flush=True)
"""


def test_a_lost_stop_request_is_sent_again_until_snakemake_says_it_stops():
    child = subprocess.Popen([sys.executable, "-c", LOSES_THE_FIRST_REQUEST], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "ready\n"
        stopping = threading.Event()
        watcher = threading.Thread(target=lambda: child.stdout.readline() == "stopping\n" and stopping.set())
        watcher.start()
        asking = threading.Thread(target=ask_to_stop, args=(child, stopping))
        asking.start()
        asking.join(timeout=120)  # returns once the child said it stops
        assert not asking.is_alive() and stopping.is_set()
        child.stdin.close()
        assert int(child.stdout.read()) >= 2, "the lost request was not repeated"
    finally:
        child.kill()
        child.wait()
