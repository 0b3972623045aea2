# Without adjust steps and with a template, the extract job of a CV renders its document too
# (BatchPlan.renders_in): one Snakemake job per CV instead of two. A new template reruns it. With
# adjust steps and no ranking, the adjust job extracts the CV itself (BatchPlan.extracts_in).
if not BATCH.extracts_in:

    rule extract:
        input:
            cv=SNAKEMAKE.settled(BATCH.cv_source),
            template=BATCH.template_input_of("extract"),
        output:
            BATCH.outputs_of("extract"),
        log:
            BATCH.logs_of("extract"),
        threads: SNAKEMAKE.job_threads
        resources:
            llm=BATCH.llm_units("extract"),
            pool_slots=0 if BATCH.calls_model("extract") else SNAKEMAKE.pool_slot,
        params:
            options=BATCH.extract_options,
            pooled=not BATCH.calls_model("extract"),
        run:
            extract_and_render(
                input.cv,
                output,
                log,
                template=input.template,
                pooled=params.pooled,
                stale=BATCH.outdated_by("extract", wildcards.rel),
                stale_after_render=BATCH.outdated_by("apply", wildcards.rel),
                **params.options,
            )
