# apply: {pdf: true}: a PDF beside each document, converted by a LibreOffice kept warm in each worker
# (cvextract.pdf). Reruns when the document changes; a failed apply removes the CV's old PDF.
rule pdf:
    input:
        document=BATCH.pattern("document"),
    output:
        BATCH.pattern("pdf"),
    log:
        BATCH.pattern("pdf_log"),
    threads: lambda wildcards: BATCH.job_threads(workflow)
    resources:
        pool_slots=lambda wildcards: BATCH.job_pool_slots(workflow),
    run:
        run_job("pdf", input.document, output[0], log[0], warm=BATCH.pdf_warm(workflow), workers=workers())
