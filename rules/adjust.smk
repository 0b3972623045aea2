# With a template, the adjust job of a CV renders its document too (BatchPlan.adjust_renders): one
# Snakemake job per CV fewer on the LLM path. A new template reruns it, its answers from the cache.
rule adjust:
    input:
        data=BATCH.pattern("structured"),
        research=BATCH.research_outputs,
        template=BATCH.adjust_template_input,
    output:
        BATCH.adjust_outputs,
    log:
        BATCH.adjust_logs,
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
            stale=BATCH.downstream("adjust", wildcards.rel),
            stale_after_render=BATCH.downstream("apply", wildcards.rel),
            **params.options,
        )
