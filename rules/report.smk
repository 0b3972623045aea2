# <target>/report.html: every CV's status, cause, warnings, times, links and what the model changed.
# Written again when the batch ends (BatchPlan.finish), success or not; this rule makes it part of
# the DAG, so `snakemake --report` includes it. Its `started` param differs every batch: it always runs.
localrules:
    batch_report,


rule batch_report:
    output:
        report(BATCH.report_path, caption="report.rst", category="cvextract"),
    params:
        started=BATCH.started,
    run:
        BATCH.write_report(workflow)
