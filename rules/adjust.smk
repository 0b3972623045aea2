rule adjust:
    input:
        data=BATCH.pattern("structured"),
        research=BATCH.research_outputs,
    output:
        BATCH.pattern("adjusted"),
    log:
        BATCH.pattern("adjust_log"),
    params:
        steps=BATCH.adjust_steps,
        target=BATCH.target,
    resources:
        llm=1,
        pool_slots=lambda wildcards: BATCH.job_pool_slots(workflow),
    threads: lambda wildcards: BATCH.job_threads(workflow)
    run:
        run_job("adjust", input.data, output[0], log[0], steps=params.steps, target=params.target,
                rel=wildcards.rel, workers=workers(),
                stale=BATCH.downstream("adjust", wildcards.rel))
