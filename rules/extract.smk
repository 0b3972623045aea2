rule extract:
    input:
        cv=BATCH.cv_source,
    output:
        BATCH.pattern("structured"),
    log:
        BATCH.pattern("extract_log"),
    params:
        extractor=BATCH.extractor,
    threads: lambda wildcards: BATCH.job_threads(workflow)
    resources:
        pool_slots=lambda wildcards: BATCH.job_pool_slots(workflow),
    run:
        run_job("extract", input.cv, output[0], log[0], extractor=params.extractor, workers=workers(),
                stale=BATCH.downstream("extract", wildcards.rel))
