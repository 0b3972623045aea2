# <target>/report.html: every CV's status, cause, warnings, times, links and what the model changed.
# It is written when a batch that ran jobs ends (BatchPlan.finish), success or not. This rule puts it
# in the DAG, so that `snakemake --report` includes it; it runs only when the page is missing (writing
# a "batch running" page). Forcing it every run would cost a 1,000-CV no-op rerun ~0.9 s of CPU.
localrules:
    batch_report,


rule batch_report:
    output:
        report(BATCH.report_path, caption="report.rst", category="cvextract"),
    log:
        BATCH.pattern("report_log"),
    run:
        BATCH.report_pending()
