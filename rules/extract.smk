rule extract:
    input:
        cv=SNAKEMAKE.settled(BATCH.cv_source),
    output:
        BATCH.pattern("structured"),
    log:
        BATCH.pattern("extract_log"),
    params:
        extractor=BATCH.extractor,
    threads: SNAKEMAKE.job_threads
    resources:
        llm=BATCH.llm_units("extract"),
        pool_slots=0 if BATCH.calls_model("extract") else SNAKEMAKE.pool_slot,
    run:
        run_job(
            extract_job,
            input.cv,
            output[0],
            log[0],
            extractor=params.extractor,
            pooled=not BATCH.calls_model("extract"),
            stale=BATCH.downstream("extract", wildcards.rel),
        )
