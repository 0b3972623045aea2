# A CV's extract or adjust job renders its document (BatchPlan.renders_in), except in a batch that ranks
# its CVs and has no adjust steps: only then is there an apply job.
if not BATCH.renders_in:

    rule apply:
        input:
            data=SNAKEMAKE.settled(BATCH.apply_input),
            template=BATCH.template_input,
        output:
            BATCH.pattern("document"),
        log:
            BATCH.pattern("apply_log"),
        threads: SNAKEMAKE.job_threads
        resources:
            pool_slots=SNAKEMAKE.pool_slot,
        run:
            run_job(
                apply_job,
                input.data,
                input.template,
                output[0],
                log[0],
                pooled=True,
                stale=BATCH.outdated_by("apply", wildcards.rel),
            )


# CVs whose paths hold "{name}" ("CV {draft}.docx") are requested through this marker, whose
# wildcards match the literal braces: asked for directly, Snakemake would read them as wildcards.
# The marker is removed when the batch ends, so every run checks those CVs again.
localrules:
    batch_complete,


rule batch_complete:
    input:
        BATCH.braced_outputs,
    output:
        touch(BATCH.completion_pattern),
