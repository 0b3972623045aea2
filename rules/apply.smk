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
        run_job("apply", input.data, input.template, output[0], log[0], workers=workers())


# The default target: one marker over every CV's final output. Requesting the CVs through it lets
# file names contain braces ("CV {draft}.docx"), which Snakemake would otherwise read as wildcards.
localrules:
    batch_complete,


rule batch_complete:
    input:
        BATCH.final_outputs,
    output:
        touch(BATCH.completion_pattern),
