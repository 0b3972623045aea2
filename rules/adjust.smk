# With a template, the adjust job of a CV renders its document too (BatchPlan.renders_in): one
# Snakemake job per CV fewer on the LLM path. A new template reruns it, its answers from the cache.
rule adjust:
    input:
        data=BATCH.pattern("structured"),
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
    run:
        adjust_and_render(
            input.data,
            output,
            log,
            template=input.template,
            rel=wildcards.rel,
            stale=BATCH.outdated_by("adjust", wildcards.rel),
            stale_after_render=BATCH.outdated_by("apply", wildcards.rel),
            **params.options,
        )
