rule adjust:
    input:
        data=BATCH.pattern("structured"),
        research=BATCH.research_outputs,
    output:
        BATCH.pattern("adjusted"),
    log:
        BATCH.pattern("adjust_log"),
    threads: SNAKEMAKE.job_threads
    resources:
        llm=1,
    params:
        options=BATCH.adjust_options,
    run:
        run_job(
            adjust_job,
            input.data,
            output[0],
            log[0],
            rel=wildcards.rel,
            calls_model=True,
            stale=BATCH.downstream("adjust", wildcards.rel),
            **params.options,
        )
