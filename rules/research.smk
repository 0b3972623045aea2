# Once per batch, before any adjust job: the customer profile for each company-research step.
rule research:
    output:
        BATCH.research_outputs,
    log:
        BATCH.pattern("research_log"),
    threads: SNAKEMAKE.job_threads
    resources:
        llm=1,
    params:
        steps=BATCH.adjust_steps,
        target=BATCH.target,
    run:
        run_job(
            research_job,
            params.steps,
            params.target,
            log[0],
            calls_model=True,
            stale=tuple(output),
        )
