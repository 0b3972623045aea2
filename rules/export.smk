# The final CV JSON (adjusted when there are adjust steps) in other formats, one job per CV and format.
rule jsonresume:
    input:
        unpack(SNAKEMAKE.settled(BATCH.export_input)),
    output:
        BATCH.pattern("jsonresume"),
    log:
        BATCH.pattern("jsonresume_log"),
    threads: SNAKEMAKE.job_threads
    resources:
        pool_slots=SNAKEMAKE.pool_slot,
    run:
        run_job(
            export_job,
            input.data,
            output[0],
            log[0],
            format="jsonresume",
            pooled=True,
            stale=BATCH.outdated_by("jsonresume", wildcards.rel),
        )
