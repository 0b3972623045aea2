rule apply:
    input:
        data=BATCH.apply_input,
        template=BATCH.template_input,
    output:
        BATCH.pattern("document"),
    log:
        BATCH.pattern("apply_log"),
    threads: lambda wildcards: BATCH.job_threads(workflow)
    resources:
        pool_slots=lambda wildcards: BATCH.job_pool_slots(workflow),
    run:
        run_job("apply", input.data, input.template, output[0], log[0], workers=workers(),
                stale=BATCH.downstream("apply", wildcards.rel))


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
