# What every rule file shares: Snakemake's runtime through one adapter, the validated configuration
# and CVs of this batch (plain values), and the job functions. The logic lives in cvextract.batch.
from cvextract.batch.batch_plan import plan_batch
from cvextract.batch.jobs import (
    adjust_and_render,
    apply_job,
    export_job,
    extract_and_render,
    pdf_job,
    ranking_job,
    requirements_job,
    research_job,
    run_job,
    share_llm_cap,
)
from cvextract.batch.snakemake_runtime import SnakemakeRuntime

SNAKEMAKE = SnakemakeRuntime(workflow)
# A CV named "Turing, Alan.docx" runs in a cluster job too (Snakemake splits the wildcards it hands
# on at commas).
SNAKEMAKE.carry_any_wildcard_value()
# Each output's metadata record is written over its "incomplete" marker: one new file, not two.
SNAKEMAKE.write_records_over_markers()
# Less of Snakemake's own work for every job, with the same result (see the method).
SNAKEMAKE.lighten_per_job_work()
BATCH = plan_batch(
    config,
    SNAKEMAKE.basedir,
    configfiles=SNAKEMAKE.configfiles,
    main_process=SNAKEMAKE.main_process,
)

# Jobs run in threads of this process (profiles/default sets --force-use-threads). CPU-bound ones
# (extract, apply) hand their work to a pool of --cores worker processes and claim no core; those
# whose time goes to model calls (research, adjust, openai-extractor) hand theirs to one model-call
# process, where each runs in a thread, up to the `llm` cap whatever --cores is; it starts while the
# DAG is built when the run will call the model. Elsewhere a job claims a core: inside a group job
# of cluster-generic it runs as a thread, in a run without threads (or under the slurm plugin's
# jobstep executor) in a process of its own.
SNAKEMAKE.when_settled(BATCH.warm_up)
# Jobs write without an fsync each; the batch syncs once at its end (cvextract.batch.batch_sync).
SNAKEMAKE.when_settled(BATCH.recover_unsynced)
# The cap in force (the report shows it): `--resources llm=N` wins over llm.max_concurrent.
BATCH.llm_max_concurrent = SNAKEMAKE.resource("llm", BATCH.llm_max_concurrent)
# ... and holds this process's model calls, an extract job's fallback included, to that cap.
share_llm_cap(BATCH.llm_max_concurrent)
SNAKEMAKE.hold_jobs_without_cores(
    BATCH.llm_max_concurrent
    + SNAKEMAKE.resource("pool_slots", BATCH.pool_slots(SNAKEMAKE.cores))
)


wildcard_constraints:
    lb=r"\x7b",
    rb=r"\x7d",


onstart:
    BATCH.start(SNAKEMAKE.runtime())


onsuccess:
    BATCH.finish(SNAKEMAKE.runtime())
    SNAKEMAKE.cancel_rate_timers()
    SNAKEMAKE.exit_without_teardown()


onerror:
    BATCH.finish(SNAKEMAKE.runtime())
    SNAKEMAKE.cancel_rate_timers()
    SNAKEMAKE.exit_without_teardown()
