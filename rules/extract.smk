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
        options=BATCH.extract_options,
        pooled=not BATCH.calls_model("extract"),
    run:
        extract_with_fallback(
            input.cv,
            output[0],
            log[0],
            pooled=params.pooled,
            stale=BATCH.downstream("extract", wildcards.rel),
            **params.options,
        )
