# <target>/report.html: every CV's status, cause, warnings, times, links and what the model changed.
# It is written when the batch ends (BatchPlan.finish), success or not. This rule puts it in the DAG,
# so that `snakemake --report` includes it and a batch with nothing else to do still ends with a fresh
# report: its `started` param differs every batch, so it always runs (writing a "batch running" page).
localrules:
    batch_report,


rule batch_report:
    output:
        report(BATCH.report_path, caption="report.rst", category="cvextract"),
    params:
        started=BATCH.started,
    run:
        BATCH.report_pending()
