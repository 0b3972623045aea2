# apply: {pdf: true}: a PDF beside each document, converted by a LibreOffice kept warm in each worker
# (cvextract.pdf). Reruns when the document changes; a failed apply removes the CV's old PDF.
rule pdf:
    input:
        document=BATCH.pattern("document"),
    output:
        BATCH.pattern("pdf"),
    log:
        BATCH.pattern("pdf_log"),
    threads: SNAKEMAKE.job_threads
    resources:
        pool_slots=SNAKEMAKE.pool_slot,
    run:
        # Warm LibreOffice when jobs share a long-lived process (the pool, threads of a cluster
        # job); a job that is a process of its own converts one-off, cheaper than a warm start.
        run_job(
            pdf_job,
            input.document,
            output[0],
            log[0],
            warm=SNAKEMAKE.runtime().threads,
            pooled=True,
            stale=BATCH.outdated_by("pdf", wildcards.rel),
        )
