"""What the adapter changes in Snakemake's settings once it knows how jobs run (before the
scheduler is built): checked on a stand-in for Snakemake's workflow object."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from cvextract.batch.snakemake_runtime import SnakemakeRuntime


def workflow(*, dryrun: bool = False, subsample: int | None = 100, cores: int = 2) -> SimpleNamespace:
    return SimpleNamespace(
        cores=cores, is_main_process=True, local_exec=True, remote_exec=False, use_threads=True, dryrun=dryrun,
        execution_settings=SimpleNamespace(use_threads=True, keep_going=True),
        scheduling_settings=SimpleNamespace(max_jobs_per_timespan="1000/1s", subsample=subsample),
        resource_settings=SimpleNamespace(cores=cores),
    )


def settle(wf: SimpleNamespace, held: int) -> SimpleNamespace:
    runtime = SnakemakeRuntime(wf)
    runtime.hold_jobs_without_cores(held)
    runtime.runtime()
    return wf


def test_a_pooled_batch_samples_twice_as_many_ready_jobs_as_can_run_at_once() -> None:
    # --cores 2, llm cap 4 and 8 pool slots: 14 jobs at once, so a round samples 28 of the ready jobs
    wf = settle(workflow(), held=12)
    assert wf.scheduling_settings.subsample == 28
    assert wf.resource_settings.cores == 14  # a thread for every job that may run at once
    assert wf.scheduling_settings.max_jobs_per_timespan is None


@pytest.mark.parametrize("wf, expected", [
    (workflow(subsample=20), 20),          # already smaller: kept
    (workflow(subsample=None), None),      # no subsampling asked for (no profile): none
    (workflow(dryrun=True), 100),          # a dry run schedules nothing in threads
])
def test_the_sample_is_left_alone_where_it_costs_nothing_or_was_not_asked_for(wf, expected) -> None:
    assert settle(wf, held=12).scheduling_settings.subsample == expected


def test_a_pooled_batch_schedules_without_reading_input_sizes_and_within_every_resource(tmp_path) -> None:
    import asyncio
    import logging
    from collections import defaultdict

    from snakemake.io import AnnotatedString
    from snakemake.scheduling.greedy import Scheduler, SchedulerSettings
    from snakemake.scheduling.job_scheduler import JobScheduler
    from snakemake_interface_scheduler_plugins.tests import DummyDAG, DummyJob

    settle(workflow(), held=12)
    cvs = [tmp_path / f"cv_{i}.docx" for i in range(5)]
    for i, cv in enumerate(cvs):
        cv.write_bytes(b"x" * (100 + i))  # sizes the scheduler would prefer the largest of
    jobs = [DummyJob(input=[AnnotatedString(str(cv))], output=[AnnotatedString(f"{cv}.json")],
                     resources={"_cores": 0, "pool_slots": 1, "llm": 1 if i % 2 else 0})
            for i, cv in enumerate(cvs)]
    scheduler = SimpleNamespace(_input_sizes={})

    asyncio.run(JobScheduler.update_input_sizes(scheduler, jobs))
    assert all(scheduler._input_sizes[path] == 0 for job in jobs for path in job.input)  # not read

    greedy = Scheduler(DummyDAG(), SchedulerSettings(), logging.getLogger("test"))
    selected = greedy.select_jobs(jobs, jobs, {"_cores": 2, "pool_slots": 3, "llm": 1}, scheduler._input_sizes)
    assert len(selected) == 3  # every pool slot used ...
    assert sum(job.scheduler_resources["llm"] for job in selected) == 1  # ... and the llm cap kept
    assert isinstance(scheduler._input_sizes, defaultdict)
