"""The batch's worker pool: the first jobs run in the scheduling process, then worker processes
take over; what a job writes is complete on disk when its call returns, wherever it ran."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from cvextract.atomic import TEMP_SUFFIX, write_json
from cvextract.batch import worker_pool


def write_and_tell_pid(path: str, value: int) -> int:
    write_json(path, {"value": value})
    return os.getpid()


@pytest.fixture
def pool():
    worker_pool.configure(2)
    yield worker_pool
    worker_pool.shutdown()
    worker_pool.configure(0)


def test_the_first_jobs_run_here_then_worker_processes_take_over(tmp_path: Path, pool) -> None:
    here = os.getpid()
    first = [pool.call(write_and_tell_pid, str(tmp_path / f"{i}.json"), i) for i in range(pool.IN_PLACE_JOBS)]
    assert first == [here] * pool.IN_PLACE_JOBS

    # Then the workers start; jobs go on here until they are ready (a last guard, not a timing).
    deadline = time.monotonic() + 120
    i = pool.IN_PLACE_JOBS
    while (pid := pool.call(write_and_tell_pid, str(tmp_path / f"{i}.json"), i)) == here:
        assert time.monotonic() < deadline, "the worker processes never took over"
        i += 1
    assert pid != here
    assert pool.call(write_and_tell_pid, str(tmp_path / "last.json"), -1) != here

    for n in range(i + 1):
        assert json.loads((tmp_path / f"{n}.json").read_text("utf-8")) == {"value": n}
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}"))


def test_a_stopped_pool_takes_no_more_work(tmp_path: Path, pool) -> None:
    pool.stop_pending()
    with pytest.raises(KeyboardInterrupt, match="stopping"):
        pool.call(write_and_tell_pid, str(tmp_path / "x.json"), 1)
    assert not (tmp_path / "x.json").exists()


def worker_pids() -> set[int]:
    return {child.pid for child in multiprocessing.active_children() if child.name.startswith("SpawnProcess")}


def test_the_end_of_a_batch_lets_the_workers_exit_while_it_writes_its_report(tmp_path: Path, pool) -> None:
    pool.configure(2)
    here, deadline, i = os.getpid(), time.monotonic() + 120, 0
    while pool.call(write_and_tell_pid, str(tmp_path / f"{i}.json"), i) == here:  # until the workers take over
        assert time.monotonic() < deadline, "the worker processes never took over"
        i += 1
    workers = [process for process in multiprocessing.active_children() if process.name.startswith("SpawnProcess")]
    pool.shutdown(wait=False)
    assert not pool.configured() or pool.call(write_and_tell_pid, str(tmp_path / "here.json"), 0) == os.getpid()
    pool.shutdown()
    assert workers and not any(process.is_alive() for process in workers)


def leave_a_note_at_exit(path: str, scheduler: int) -> int:
    """In a worker: what a job may leave running (a PDF batch's warm LibreOffice) is stopped by a
    multiprocessing finalizer at the worker's exit; this one writes ``path`` instead (not in the
    ``scheduler`` process, where the first jobs run in place)."""
    import multiprocessing.util

    if os.getpid() != scheduler:
        multiprocessing.util.Finalize(None, write_json, args=(path, {"pid": os.getpid()}), exitpriority=100)
    return os.getpid()


def test_a_worker_ends_without_a_teardown_but_runs_its_finalizers(tmp_path: Path, pool) -> None:
    """Workers end at once when the batch ends (no teardown of their modules), yet what their jobs
    registered to stop at exit still stops: each worker's note is on disk once the pool has shut down."""
    here, deadline, i = os.getpid(), time.monotonic() + 120, 0
    while (pid := pool.call(leave_a_note_at_exit, str(tmp_path / f"note-{i}.json"), here)) == here:
        assert time.monotonic() < deadline, "the worker processes never took over"
        i += 1
    pool.shutdown()
    noted = {json.loads(note.read_text("utf-8"))["pid"] for note in tmp_path.glob("note-*.json")}
    assert pid in noted and here not in noted


def test_workers_started_ahead_take_the_jobs_once_ready(tmp_path: Path, pool) -> None:
    """A batch that knows many CPU-bound jobs are ahead (an LLM batch's research call) starts the
    workers before any job, once; jobs run in this process only until they are ready."""
    before = worker_pids()
    pool.start_now()
    workers = worker_pids() - before
    pool.start_now()
    assert len(workers) == 2 and worker_pids() - before == workers
    here, deadline, i = os.getpid(), time.monotonic() + 120, 0
    while pool.call(write_and_tell_pid, str(tmp_path / f"{i}.json"), i) == here:  # until they are ready
        assert time.monotonic() < deadline, "the worker processes never took over"
        i += 1
    assert json.loads((tmp_path / f"{i}.json").read_text("utf-8")) == {"value": i}
