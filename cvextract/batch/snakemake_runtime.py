"""Everything the batch takes from Snakemake's runtime, in one place.

The rest of ``cvextract.batch`` sees plain values: the batch plan gets the workflow's folder and
whether config files were given; job placement gets a :class:`Runtime`. Public Snakemake API is used
where it exists (``workflow.basedir``, ``workflow.cores``, the ``workflow`` properties that the
Snakefile documentation lists); where it does not, the reach-in is here, named, and exercised by the
batch tests, so a 9.x release that moves it fails a test instead of a user's batch.

What this module relies on (tested with Snakemake 9.x, see pyproject's range):

- ``workflow.cores``, ``workflow.basedir``, ``workflow.is_main_process``, ``workflow.local_exec``,
  ``workflow.remote_exec``, ``workflow.use_threads``, ``workflow.dryrun``,
  ``workflow.overwrite_configfiles`` (the ``--configfile`` list), ``workflow.global_resources``
  (a mapping of ``--resources``) and ``workflow.register_resource``;
- ``workflow.execution_settings.use_threads`` and ``.keep_going``: set inside a cluster job, where
  Snakemake does not pass ``--force-use-threads`` to group jobs (otherwise every ``run:`` job would
  start ``python -m snakemake``, ~1.2 s) and a group job's Snakemake would stop at its first failed CV;
- ``workflow.scheduling_settings.max_jobs_per_timespan`` (the job-rate limit, 100/1s by default,
  1000/1s in profiles/default): the scheduler re-checks it with a ``threading.Timer`` of that span
  after every scheduling round, and each timer runs a whole round again (over every ready job) a
  second later. When jobs are threads of this process the limit protects nothing (it is meant for a
  cluster's scheduler), so it is set to ``None`` (the API's "no limit"), as the Python API allows.
  Elsewhere the timers stay, and Python waits for the last one before the process exits: the
  workflow's end cancels them (:meth:`SnakemakeRuntime.cancel_rate_timers`). (The span cannot be
  made shorter: Snakemake 9.27 reads "100ms" as 100 minutes.)
- ``workflow.scheduling_settings.subsample`` (``--scheduler-subsample``, 100 in profiles/default):
  how many of the ready jobs a scheduling round samples. Every round (one after each finished job)
  reads the input sizes of each sampled job and weighs it, and picks no more jobs than can run at
  once; for jobs that are threads of this process the sample is held to twice that number, and
  the sizes are not read (``snakemake.scheduling.job_scheduler.JobScheduler.update_input_sizes``,
  which fills ``JobScheduler._input_sizes`` for the greedy selection: see
  :func:`_schedule_without_input_sizes`).
- ``workflow.resource_settings.cores`` sizes the local executor's thread pool (``cores + 5``
  threads). Jobs that claim no core (LLM-bound jobs, jobs that wait on the worker pool) need a
  thread each, so it is raised by what they may hold at once; the ``_cores`` resource that
  bounds core-claiming jobs keeps the user's ``--cores``.

These settings exist only once Snakemake executes, after the Snakefile is parsed, and are read when
the executor is created, after the DAG is built: they are applied by the first input function
wrapped with :meth:`SnakemakeRuntime.settled` (input functions run while the DAG is built; job
threads and resources are evaluated later, too late for this).

Also relied on:

- how a job's wildcards travel to a job run in another Snakemake process (a cluster job, a job spawned
  without threads): ``snakemake_interface_executor_plugins.executors.real.encode_target_jobs_cli_args``
  writes ``--target-jobs rule:rel=VALUE`` into a shell command, and the job's Snakemake reads it back
  into ``workflow.dag_settings.target_jobs`` (split at commas, snakemake/snakemake#2366; quotes
  stripped), which ``snakemake.dag.DAG.init`` turns into its jobs. Both are wrapped, once per
  process, by :meth:`SnakemakeRuntime.carry_any_wildcard_value`.
- ``snakemake.persistence.file.FilePersistence``: ``_write_record(key, record)`` (called once per
  output by ``PersistenceBase.finished`` before the output's marker is removed), ``_record_path``,
  ``_incomplete_path`` and ``_metadata_path``: a record is written over its marker
  (:meth:`SnakemakeRuntime.write_records_over_markers`);
- ``snakemake.executors.local.Executor``: ``cached_or_run(job, run_func, *args)`` and
  ``report_job_submission(job_info, register_job)``, and ``snakemake.jobs.Job.register``: a job of
  this process marks its outputs incomplete in its own thread, not in the scheduling thread
  (:func:`_mark_outputs_in_job_threads`);
- what Snakemake does for every job, lightened with the same result
  (:meth:`SnakemakeRuntime.lighten_per_job_work`): ``snakemake.common.get_function_params`` (and
  the names ``snakemake.rules`` and ``snakemake.jobs`` import of it; Snakemake's parameter override
  ``FUNC_OVERWRITE_PARAMS_ATTR`` still wins), ``snakemake.io.fmt.fmt_iofile`` as
  ``snakemake.jobs`` imports it (the file names of a job's log record), ``snakemake.jobs.Job``'s
  ``is_pipe_or_service_input(path)`` with ``job.dag.workflow``, ``workflow.rules`` and each rule's
  ``output`` (flags ``pipe`` and ``service``);
- ``workflow.globals["checkpoints"]`` (the Snakefile's ``checkpoints``) and ``checkpoints.<rule>.get()``:
  the ranking's shortlist (``rank.top``) is read from a checkpoint's output;
- the scheduler's log line when an interrupt reached it and it stops its jobs
  (:data:`STOPPING_MESSAGE`, logged on the ``snakemake.logging`` logger);
- ``snakemake.cli.main`` ending with ``sys.exit(status)`` once the workflow is over, its lock
  released and its temporary folders removed (:meth:`SnakemakeRuntime.exit_without_teardown`).
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

# What Snakemake's scheduler logs once an interrupt (KeyboardInterrupt) reached it: from then on it
# cancels its jobs, marks their outputs incomplete and releases its lock. The CLI's progress reader
# looks for it too.
STOPPING_MESSAGE = "Terminating processes on user request"


def watch_for_stopping(stopping: threading.Event) -> None:
    """Set ``stopping`` (in this process) when Snakemake's scheduler logs :data:`STOPPING_MESSAGE`."""

    class Watch(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            if isinstance(record.msg, str) and record.msg.startswith(STOPPING_MESSAGE):
                stopping.set()
            return True

    logging.getLogger("snakemake.logging").addFilter(Watch())


# A wildcard value that would not survive the trip to another Snakemake process travels as this
# prefix and its URL-safe base64 (letters, digits, "-" and "_": no comma, quote, backslash or "$").
ENCODED = "cvextract-b64-"


def _survives_the_command_line(value: str) -> bool:
    """Read back whole by the job's Snakemake, and only as a value: no comma (split there), no quote
    (stripped at the ends; and Snakemake quotes the argument with Python's repr, which switches to
    shell double quotes, inside which "$(...)" runs, when the value holds a single quote), no
    backslash or unprintable character (repr escapes them, the shell does not undo it)."""
    return (not value.startswith(ENCODED) and value.isprintable()
            and not any(c in value for c in ",'\"\\"))


def encode_wildcard(value: str) -> str:
    if _survives_the_command_line(value):
        return value
    return ENCODED + base64.urlsafe_b64encode(value.encode("utf-8")).decode("ascii").rstrip("=")


def decode_wildcard(value: str) -> str:
    if not value.startswith(ENCODED):
        return value
    data = value[len(ENCODED):]
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode("utf-8")


@dataclass(frozen=True)
class Runtime:
    """How this Snakemake process runs jobs."""

    main_process: bool  # the process that schedules (not a cluster job, not a spawned job)
    local: bool         # local executor (not a cluster/cloud executor)
    threads: bool       # job bodies run as threads of this process (--force-use-threads)
    cores: int          # --cores
    dryrun: bool

    @property
    def pooled(self) -> bool:
        """Job bodies run as threads of the scheduling process: CPU work goes to a worker pool."""
        return self.main_process and self.local and self.threads and not self.dryrun


class SnakemakeRuntime:
    """The adapter a Snakefile builds once: ``SNAKEMAKE = SnakemakeRuntime(workflow)``."""

    def __init__(self, workflow):
        self._workflow = workflow
        self._runtime: Runtime | None = None
        self._threads_needed = 0
        self._when_settled: list = []

    def carry_any_wildcard_value(self) -> None:
        """Let a job whose wildcards hold a comma, a quote or a backslash (a CV named
        ``Turing, Alan.docx`` or ``O'Brien $(x).docx``) run in another Snakemake process: a cluster
        job, or a job spawned without threads.

        Snakemake writes each job it hands on as ``--target-jobs rule:rel=VALUE`` into a shell
        command; the job's Snakemake splits VALUE at commas (snakemake/snakemake#2366) and strips
        quotes, and a single quote in VALUE makes the shell expand "$(...)" in it. Such values go out
        encoded (:func:`encode_wildcard`) and the job's Snakemake decodes them before it builds its
        DAG. Every process of the batch parses this Snakefile, so each one does both. Other values
        travel as before; local jobs in threads never take this path.
        """
        try:
            from snakemake.dag import DAG
            from snakemake_interface_executor_plugins.executors import real

            write_target_jobs, build_dag = real.encode_target_jobs_cli_args, DAG.init
        except (ImportError, AttributeError):  # not Snakemake 9 as tested: values travel as Snakemake writes them
            return
        if getattr(write_target_jobs, "cvextract_encoded", False):
            return  # once per process

        def encode_target_jobs(target_jobs):
            return write_target_jobs([spec._replace(wildcards_dict={name: encode_wildcard(value) for name, value
                                                                    in spec.wildcards_dict.items()})
                                      for spec in target_jobs])

        async def init(dag, *args, **kwargs):
            settings = dag.workflow.dag_settings
            if settings.target_jobs:
                settings.target_jobs = [spec._replace(wildcards_dict={name: decode_wildcard(value) for name, value
                                                                      in spec.wildcards_dict.items()})
                                        for spec in settings.target_jobs]
            return await build_dag(dag, *args, **kwargs)

        encode_target_jobs.cvextract_encoded = True
        real.encode_target_jobs_cli_args = encode_target_jobs
        DAG.init = init

    def write_records_over_markers(self) -> None:
        """Let each output's metadata record take the place of its "incomplete" marker instead of
        being a file of its own: one new file per output and job instead of two.

        Snakemake (file persistence, the default) creates a marker in ``.snakemake/incomplete`` for
        each output as its job starts, and when the job has finished writes the output's record, a
        new file in ``.snakemake/metadata``, then removes the marker. Creating a file is most of what
        that costs: 0.3-0.75 ms of CPU each on this project's test machine (a rename 0.02 ms), four
        a CV in the scheduling process. Here the record is written into the marker (still marking
        the output incomplete), which is then renamed to the record's path: a process killed before
        the rename leaves the marker, so the next run redoes the job as before; after it, the
        record is whole (Snakemake's own write, in place, could leave it cut short). Snakemake's
        removal of the marker then finds nothing to remove. Other persistence backends as Snakemake
        writes them.
        """
        try:
            from snakemake.persistence.file import FilePersistence

            write_record = FilePersistence._write_record
        except (ImportError, AttributeError):  # not Snakemake 9 as tested: records as Snakemake writes them
            return
        if getattr(write_record, "cvextract_over_marker", False):
            return  # once per process

        def write_over_marker(persistence, key, record):
            try:
                marker = persistence._record_path(persistence._incomplete_path, key)
                target = persistence._record_path(persistence._metadata_path, key)
                if not os.path.isfile(marker):
                    return write_record(persistence, key, record)
                # The marker exists (made readable and writable by Snakemake as it was created): its
                # content is replaced with the record, encoded in one call (Snakemake's json.dump
                # writes it piece by piece from Python, about 80 pieces a record).
                with open(marker, "w") as file:
                    file.write(json.dumps(dict(record.items())))
            except AttributeError:  # not the file persistence tested
                return write_record(persistence, key, record)
            try:
                os.replace(marker, target)
            except FileNotFoundError:  # the record's folder is new
                os.makedirs(os.path.dirname(target), exist_ok=True)
                os.replace(marker, target)
            if os.path.dirname(marker) != persistence._incomplete_path:  # a long key's folders, as Snakemake removes them
                with contextlib.suppress(OSError):
                    os.removedirs(os.path.dirname(marker))

        write_over_marker.cvextract_over_marker = True
        FilePersistence._write_record = write_over_marker

    def lighten_per_job_work(self) -> None:
        """Take work off what Snakemake does for every job that gives the same result for this
        workflow: the parameters of the functions a rule's resources and inputs are (each job's
        resources are evaluated through three ``inspect.signature`` calls per resource), the file
        names of each job's log record, and the pipe and service checks of each job's inputs (no
        rule of this workflow has such outputs). Applied in every Snakemake process of a batch; each
        part falls back to Snakemake's own when its internals differ (see the module's docstring)."""
        _cache_function_parameters()
        _format_plain_files_directly()
        _no_pipe_checks_without_pipes(self._workflow)

    # --- while the Snakefile is parsed ---------------------------------------------------------
    @property
    def basedir(self) -> Path:
        """The folder of the main Snakefile."""
        return Path(self._workflow.basedir)

    @property
    def main_process(self) -> bool:
        """The process that schedules the batch (not a cluster job, not a spawned job)."""
        return bool(self._workflow.is_main_process)

    @property
    def configfiles(self) -> list[str]:
        """The ``--configfile`` paths (none: the default config is loaded)."""
        return [str(path) for path in self._workflow.overwrite_configfiles or ()]

    @property
    def cores(self) -> int:
        """``--cores`` (1 when not given, as in a dry run)."""
        try:
            cores = self._workflow.cores
        except Exception:  # WorkflowError: no --cores (dry run, --lint)
            return 1
        return cores if isinstance(cores, int) and cores > 0 else 1

    def resource(self, name: str, default: int) -> int:
        """The batch-wide amount of resource ``name``: ``--resources name=N`` when given (CLI or
        profile), else ``default``, registered so that the scheduler enforces it."""
        given = self._workflow.global_resources.get(name)
        given = getattr(given, "value", given)
        if isinstance(given, int):
            return given
        self._workflow.register_resource(name, default)
        return default

    def hold_jobs_without_cores(self, count: int) -> None:
        """Let ``count`` jobs that claim no core run at once besides the core-claiming ones.

        Snakemake's local executor gives jobs ``--cores + 5`` threads; without this, the
        ``llm`` cap could never exceed that (with ``--cores 2``: 7 calls in flight).
        """
        self._threads_needed = max(self._threads_needed, count)

    # --- while the DAG is built and jobs run ---------------------------------------------------
    def runtime(self) -> Runtime:
        if self._runtime is None:
            self._runtime = self._settle()
            for callback in self._when_settled:
                callback(self._runtime)
        return self._runtime

    def when_settled(self, callback) -> None:
        """Call ``callback(runtime)`` once the runtime is known: as the DAG starts to be built."""
        self._when_settled.append(callback)

    def _settle(self) -> Runtime:
        wf = self._workflow
        settings = getattr(wf, "execution_settings", None)
        if settings is None:  # not executing (--lint, --list, parsing only)
            return Runtime(wf.is_main_process, True, False, self.cores, False)
        if wf.remote_exec:
            # Group jobs in a cluster job: threads, not subprocesses. And keep going: a group job's
            # Snakemake stops at the first failed job, and the main process then removes the outputs
            # of every job of the group (the cluster profiles set keep-incomplete, so finished CVs
            # keep theirs): one bad CV would take its whole group down.
            settings.use_threads = True
            settings.keep_going = True
        runtime = Runtime(wf.is_main_process, wf.local_exec, wf.use_threads, self.cores, wf.dryrun)
        scheduling = getattr(wf, "scheduling_settings", None)
        if runtime.pooled and getattr(scheduling, "max_jobs_per_timespan", None) is not None:
            scheduling.max_jobs_per_timespan = None  # no job-rate limit for threads of this process
        if runtime.pooled and self._threads_needed:
            resources = wf.resource_settings
            if resources.cores is not None and resources.cores < runtime.cores + self._threads_needed:
                resources.cores = runtime.cores + self._threads_needed
            # A scheduling round picks at most as many jobs as can run at once from a random sample
            # of the ready ones, and reads every sampled job's input sizes first: a sample larger
            # than twice that number only costs the scheduler time, after every finished job.
            sample = 2 * (runtime.cores + self._threads_needed)
            if isinstance(getattr(scheduling, "subsample", None), int) and scheduling.subsample > sample:
                scheduling.subsample = sample
        if runtime.pooled:
            _schedule_without_input_sizes()
            _mark_outputs_in_job_threads()
        return runtime

    def settled(self, input_function):
        """``input_function`` that first settles the runtime (once; then one attribute check)."""
        def inputs(wildcards):
            if self._runtime is None:
                self.runtime()
            return input_function(wildcards)

        return inputs

    def checkpoint_output(self, rule: str, name: str) -> str:
        """The output ``name`` of checkpoint ``rule`` once it has run. Called by an input function
        while the DAG is built before that, it raises Snakemake's IncompleteCheckpointException, by
        which Snakemake runs the checkpoint first and evaluates the function again after it."""
        return str(getattr(getattr(self._workflow.globals["checkpoints"], rule).get().output, name))

    def cancel_rate_timers(self) -> None:
        """At the workflow's end: cancel the job-rate limit's pending re-check timers, which would
        hold the process up to a second before it exits (nothing is scheduled any more)."""
        for thread in threading.enumerate():
            if isinstance(thread, threading.Timer):
                thread.cancel()

    def exit_without_teardown(self) -> None:
        """At the workflow's end: end this process as soon as Snakemake's command line exits, without
        Python's teardown of every module and object (0.5-0.9 s after a 120-CV LLM batch on this
        machine, a wait at the end of every batch).

        Snakemake's ``main()`` ends with ``sys.exit(0 if success else 1)``, after it has released its
        lock and removed its temporary folders. That status is recorded; then, first among the exit
        handlers, this one runs all the others (logging's flush, multiprocessing's, the finalizers
        that remove temporary folders, the helpers' shutdown), flushes stdout and stderr, and ends
        the process with that status. A process that ends any other way (an exception, a signal, a
        ``sys.exit`` with a message) has Python's usual exit, and so does a process that is not
        Snakemake's command line (a program calling Snakemake's API goes on after the workflow)."""
        import atexit
        import sys

        if getattr(sys.exit, "cvextract_recorded", False) or not _snakemake_command_line():
            return  # once per process; never in a process that only hosts Snakemake's API
        status: list[int] = []
        original = sys.exit

        def record_exit(code=0):
            if code is None or isinstance(code, int):
                status.append(int(code or 0))
            original(code)

        def end_now() -> None:
            run_others = getattr(atexit, "_run_exitfuncs", None)
            if not status or run_others is None:
                return
            atexit.unregister(end_now)
            run_others()
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:  # a closed pipe: nothing more to say there
                    pass
            os._exit(status[-1])

        record_exit.cvextract_recorded = True
        sys.exit = record_exit
        atexit.register(end_now)

    def job_threads(self, wildcards=None) -> int:
        """Cores a per-CV job claims: none when its thread only waits (on the worker pool or on a
        model call) in the scheduling process; elsewhere the job does its work itself and claims 1."""
        return 0 if self.runtime().pooled else 1

    def pool_slot(self, wildcards=None) -> int:
        """One unit of ``pool_slots`` for a job handed to the worker pool, none elsewhere."""
        return 1 if self.runtime().pooled else 0


def _schedule_without_input_sizes() -> None:
    """Scheduling rounds in this process no longer read the input sizes of the sampled jobs.

    Before each round (one after every finished job) Snakemake's scheduler reads the size of every
    input of every sampled job (a stat of each CV and of the template, through asyncio), only for
    the greedy selection to start the jobs with the largest inputs first. A batch's jobs are alike
    (one CV each, seconds at most): every size now reads as 0 (what the selections make of an empty
    or a missing file), so the greedy selection goes by priority, then sample order. It still fits
    every job within every resource; it no longer prefers the larger CVs."""
    import collections

    try:
        from snakemake.scheduling.job_scheduler import JobScheduler
    except ImportError:  # not Snakemake 9 as tested: sizes read as before
        return
    if getattr(JobScheduler.update_input_sizes, "cvextract_skipped", False):
        return

    async def no_input_sizes(scheduler, jobs):
        if not isinstance(getattr(scheduler, "_input_sizes", None), collections.defaultdict):
            scheduler._input_sizes = collections.defaultdict(int)

    no_input_sizes.cvextract_skipped = True
    JobScheduler.update_input_sizes = no_input_sizes


def _mark_outputs_in_job_threads() -> None:
    """Each job of this process's local executor creates its outputs' "incomplete" markers in its
    own thread, just before its body runs, instead of the scheduling thread doing it after handing
    the job over.

    On two cores the scheduling thread is a batch's critical path, and creating a file is most of
    what a marker costs (0.3-0.75 ms of kernel CPU each on this project's test machine, one per
    output: 600 over a 300-CV batch), time in which the thread holds no GIL: in the job's thread it
    overlaps the scheduler's own work. The marker is still written before any output (before, the
    body could already run while the scheduling thread wrote it), so a process killed mid-job
    leaves its outputs marked incomplete as before, and a job's end (in the scheduling thread)
    still finds it. Snakemake's own ``Job.register`` writes it, as it did; only with the file
    persistence (the default; the ``db`` backend's session belongs to the scheduling thread). The
    job's preparation (old outputs removed, folders made) stays in the scheduling thread: moved too,
    it saved that thread more CPU but, being Python work under the GIL, not wall time (measured).

    Relies on ``snakemake.executors.local.Executor.cached_or_run(job, run_func, *args)`` (what each
    job's thread runs, in a group job too) and ``report_job_submission(job_info, register_job)``."""
    import inspect

    try:
        from snakemake.executors.local import Executor
        from snakemake.persistence.file import FilePersistence

        run, report = Executor.cached_or_run, Executor.report_job_submission
        takes_register = "register_job" in inspect.signature(report).parameters
    except (ImportError, AttributeError, TypeError, ValueError):  # not Snakemake 9 as tested: markers as before
        return
    if not takes_register or getattr(run, "cvextract_marks", False):
        return

    def in_job_thread(executor) -> bool:
        return isinstance(getattr(getattr(executor, "workflow", None), "persistence", None), FilePersistence)

    def mark_then_run(executor, job, run_func, *args):
        if in_job_thread(executor):
            try:
                job.register()
            except OSError as error:  # as Snakemake: the job runs, without the kill safety
                executor.logger.info(f"Failed to set marker file for job started ({error}).")
        return run(executor, job, run_func, *args)

    def report_job_submission(executor, job_info, register_job=True):
        return report(executor, job_info, register_job=register_job and not in_job_thread(executor))

    mark_then_run.cvextract_marks = True
    Executor.cached_or_run = mark_then_run
    Executor.report_job_submission = report_job_submission


def _snakemake_command_line() -> bool:
    """Whether this process is Snakemake's command line (``snakemake`` or ``python -m snakemake``)."""
    import sys
    from pathlib import Path

    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    return (spec is not None and spec.name.split(".")[0] == "snakemake") or Path(sys.argv[0]).name == "snakemake"


def _cache_function_parameters() -> None:
    """Snakemake reads the parameters of an input, resource or params function each time it calls
    it (``snakemake.common.get_function_params``, ``inspect.signature`` underneath; about 11 times
    a job for this workflow's resources); they are read once per function here. Keyed by the
    function (a bound method by its function), held weakly; a function carrying Snakemake's own
    override of its parameters, and any other callable, go to Snakemake's as before."""
    import types
    import weakref

    try:
        import snakemake.common as common
        import snakemake.jobs as jobs
        import snakemake.rules as rules

        read = common.get_function_params
    except (ImportError, AttributeError):  # not Snakemake 9 as tested: parameters read each time
        return
    if getattr(read, "cvextract_cached", False):
        return
    override = getattr(common, "FUNC_OVERWRITE_PARAMS_ATTR", "_overwrite_params")
    functions: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    methods: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def get_function_params(func):
        if type(func) is types.FunctionType:
            known, key = functions, func
        elif type(func) is types.MethodType and type(func.__func__) is types.FunctionType:
            known, key = methods, func.__func__
        else:
            return read(func)
        if hasattr(key, override):
            return read(func)
        try:
            return known[key]
        except KeyError:
            params = known[key] = read(func)
            return params

    get_function_params.cvextract_cached = True
    for module in (common, rules, jobs):
        if getattr(module, "get_function_params", None) is read:
            module.get_function_params = get_function_params


def _format_plain_files_directly() -> None:
    """Each job's log record (``Job.log_info``, read by the CLI's progress) lists its input, output
    and log files, each through ``snakemake.io.fmt.fmt_iofile``, which checks seven flags to annotate
    the name ("pipe", "update", storage...). An input or output file with no flag is written as its
    name, as ``fmt_iofile`` writes it; flagged files and any other call still go through it."""
    try:
        import snakemake.jobs as jobs
        from snakemake.io import _IOFile

        fmt_iofile = jobs.fmt_iofile
    except (ImportError, AttributeError):  # not Snakemake 9 as tested: every file through fmt_iofile
        return
    if getattr(fmt_iofile, "cvextract_plain", False):
        return

    def plain_or_formatted(f, as_input: bool = False, as_output: bool = False):
        if (as_input or as_output) and type(f) is _IOFile and not f.flags:
            return f"{f}"
        return fmt_iofile(f, as_input=as_input, as_output=as_output)

    plain_or_formatted.cvextract_plain = True
    jobs.fmt_iofile = plain_or_formatted


# The workflows (by id) whose inputs are checked for pipes only when a rule writes one, with the
# rules last read and whether any of them flags a pipe or a service output.
_PIPE_CHECKS: dict[int, list] = {}


def _no_pipe_checks_without_pipes(workflow) -> None:
    """A job's preparation asks, for each of its inputs, whether a job it depends on writes it as a
    pipe or a service (``Job.is_pipe_or_service_input``: a walk over the job's dependencies each
    time, 300 x 600 steps for the final job of a 300-CV batch). Only an output flagged ``pipe()``
    or ``service()`` in a rule makes one, so in a workflow whose rules flag none the answer is no,
    without the walk. The rules are read again when the workflow's set of rules changes."""
    try:
        from snakemake.io import is_flagged
        from snakemake.jobs import Job

        check = Job.is_pipe_or_service_input
    except (ImportError, AttributeError):  # not Snakemake 9 as tested: inputs checked as before
        return
    _PIPE_CHECKS.setdefault(id(workflow), [workflow, None, False])
    if getattr(check, "cvextract_without_pipes", False):
        return

    def without_pipes(job_workflow) -> bool:
        known = _PIPE_CHECKS.get(id(job_workflow))
        if known is None or known[0] is not job_workflow:
            return False
        rules = tuple(getattr(job_workflow, "rules", ()) or ())
        if known[1] != rules:
            known[1] = rules
            known[2] = bool(rules) and not any(is_flagged(f, "pipe") or is_flagged(f, "service")
                                               for rule in rules for f in rule.output)
        return known[2]

    def is_pipe_or_service_input(job, path) -> bool:
        if without_pipes(job.dag.workflow):
            return False
        return check(job, path)

    is_pipe_or_service_input.cvextract_without_pipes = True
    Job.is_pipe_or_service_input = is_pipe_or_service_input
