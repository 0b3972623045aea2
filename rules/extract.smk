rule extract:
    input:
        cv=SNAKEMAKE.settled(BATCH.cv_source),
    output:
        BATCH.pattern("structured"),
    log:
        BATCH.pattern("extract_log"),
    threads: SNAKEMAKE.job_threads
    resources:
        llm=BATCH.llm_units("extract"),
        pool_slots=0 if BATCH.calls_model("extract") else SNAKEMAKE.pool_slot,
    params:
        extractor=BATCH.extractor,
        pooled=not BATCH.calls_model("extract"),
    run:
        run_job(
            extract_job,
            input.cv,
            output[0],
            log[0],
            extractor=params.extractor,
            pooled=params.pooled,
            calls_model=not params.pooled,
            stale=BATCH.downstream("extract", wildcards.rel),
        )
