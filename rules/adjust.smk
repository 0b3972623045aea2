# With a template, the adjust job of a CV renders its document too (BatchPlan.renders_in), and
# without a ranking it extracts the CV itself (BatchPlan.extracts_in): one Snakemake job per CV on
# the LLM path. A new template or changed extract options rerun it, its answers from the cache.
rule adjust:
    input:
        cv=SNAKEMAKE.settled(BATCH.adjust_source),
        data=BATCH.adjust_data,
        research=BATCH.research_outputs,
        template=BATCH.template_input_of("adjust"),
    output:
        BATCH.outputs_of("adjust"),
    log:
        BATCH.logs_of("adjust"),
    threads: SNAKEMAKE.job_threads
    resources:
        llm=1,
    params:
        options=BATCH.adjust_options,
        extract=BATCH.adjust_extracts,
    run:
        adjust_and_render(
            input.data,
            output,
            log,
            template=input.template,
            rel=wildcards.rel,
            source=input.cv,
            extract=params.extract,
            **BATCH.adjust_outdated(wildcards.rel),
            **params.options,
        )
