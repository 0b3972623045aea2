"""Snakemake's work for every job, made lighter with the same result
(``SnakemakeRuntime.lighten_per_job_work``): checked against Snakemake's own functions."""

from __future__ import annotations

import inspect
from types import SimpleNamespace

from snakemake.io import IOFile, pipe, temp
from snakemake.io.fmt import fmt_iofile

from cvextract.batch.snakemake_runtime import SnakemakeRuntime


def lightened(workflow=None) -> None:
    SnakemakeRuntime(workflow or SimpleNamespace(rules=[])).lighten_per_job_work()


def test_a_jobs_log_record_names_its_files_as_snakemake_writes_them() -> None:
    import snakemake.jobs as jobs

    lightened()
    plain = [IOFile("out/structured_data/team/a.json"), IOFile("out/documents/team/a_NEW.docx")]
    flagged = [IOFile(pipe("out/stream.txt")), IOFile(temp("out/scratch.json"))]
    for as_input, as_output in ((True, False), (False, True), (False, False)):
        for f in plain + flagged:
            formatted = jobs.fmt_iofile(f, as_input=as_input, as_output=as_output)
            assert formatted == fmt_iofile(f, as_input=as_input, as_output=as_output)
            assert type(formatted) is type(fmt_iofile(f, as_input=as_input, as_output=as_output))
    assert [jobs.fmt_iofile(f, as_output=True) for f in plain] == ["out/structured_data/team/a.json",
                                                                   "out/documents/team/a_NEW.docx"]
    assert jobs.fmt_iofile(flagged[0], as_output=True) == "out/stream.txt (pipe)"  # still annotated


def test_a_functions_parameters_are_read_once_and_are_what_inspect_reads() -> None:
    import snakemake.common as common
    import snakemake.rules as rules

    lightened()

    def pool_slot(wildcards, threads):
        return 1

    class Holder:
        def job_threads(self, wildcards=None):
            return 0

    for func in (pool_slot, Holder().job_threads, Holder().job_threads, lambda wildcards, **kw: 0):
        assert common.get_function_params(func) == inspect.signature(func).parameters
        assert rules.get_function_params(func) == inspect.signature(func).parameters
    assert common.get_function_params(pool_slot) is common.get_function_params(pool_slot)  # read once
    assert list(common.get_input_function_aux_params(pool_slot, {"threads": 2, "input": []})) == ["threads"]

    def overridden(*args):
        return args

    common.overwrite_function_params(overridden, ["wildcards", "input"])  # Snakemake's own override wins
    assert common.get_function_params(overridden) == ["wildcards", "input"]


def test_inputs_are_checked_for_pipes_only_in_a_workflow_whose_rules_write_pipes() -> None:
    from snakemake.jobs import Job

    class Dependency:
        def __init__(self, piped=()):
            self.pipe_or_service_output = set(piped)

    class StandInJob:
        def __init__(self, workflow, dependencies):
            self.dag = SimpleNamespace(workflow=workflow, dependencies={self: dependencies})


    without_pipes = SimpleNamespace(rules=[SimpleNamespace(output=["out/{rel}.json"])])
    lightened(without_pipes)
    # the walk over a job's dependencies is skipped: a dependency that is not a job is never read
    job = StandInJob(without_pipes, {object(): {"out/a.json"}})
    assert Job.is_pipe_or_service_input(job, "out/a.json") is False

    with_pipes = SimpleNamespace(rules=[SimpleNamespace(output=[pipe("out/{rel}.fifo")])])
    lightened(with_pipes)
    job = StandInJob(with_pipes, {Dependency(piped={"out/a.fifo"}): {"out/a.fifo"}, Dependency(): {"out/b.json"}})
    assert Job.is_pipe_or_service_input(job, "out/a.fifo") is True  # a rule writes a pipe: Snakemake's own walk
    assert Job.is_pipe_or_service_input(job, "out/b.json") is False
    assert Job.is_pipe_or_service_input(StandInJob(SimpleNamespace(rules=[]), {}), "out/a.json") is False
