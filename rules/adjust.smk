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
        steps=BATCH.adjust_steps,
    run:
        run_job(
            adjust_job,
            input.data,
            output[0],
            log[0],
            steps=params.steps,
            target=BATCH.target,
            rel=wildcards.rel,
            mask_personal_data=BATCH.mask_personal_data,
            stale=BATCH.downstream("adjust", wildcards.rel),
        )
