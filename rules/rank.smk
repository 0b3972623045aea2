# rank: {job: <file>}: the job's requirements once per batch, each CV's extracted JSON matched against
# them (one job per CV), and the batch's ranking.csv / ranking.json, a checkpoint: with rank.top, the
# CVs it shortlists are the only ones adjusted and applied (BatchPlan.shortlist_outputs).
localrules:
    rank_requirements,
    ranking,
    braced_matches,


BATCH.ranking_file = lambda: SNAKEMAKE.checkpoint_output("ranking", "json")


rule rank_requirements:
    input:
        BATCH.rank_job_input,
    output:
        BATCH.pattern("requirements"),
    log:
        BATCH.pattern("requirements_log"),
    threads: SNAKEMAKE.job_threads
    resources:
        llm=1 if BATCH.calls_model_for_requirements() else 0,
    params:
        options=BATCH.rank_options,
    run:
        run_job(
            requirements_job,
            input[0] if input else None,
            output[0],
            log[0],
            calls_model=BATCH.calls_model_for_requirements(),
            **params.options,
        )


rule rank:
    input:
        data=BATCH.pattern("structured"),
        requirements=BATCH.pattern("requirements"),
    output:
        BATCH.pattern("match"),
    log:
        BATCH.pattern("rank_log"),
    threads: SNAKEMAKE.job_threads
    run:
        run_job(rank_job, input.data, input.requirements, output[0], log[0])


checkpoint ranking:
    input:
        matches=BATCH.match_outputs,
        requirements=BATCH.pattern("requirements"),
    output:
        csv=BATCH.pattern("ranking_csv"),
        json=BATCH.pattern("ranking_json"),
    log:
        BATCH.pattern("ranking_log"),
    run:
        run_job(ranking_job, BATCH.ranked_cvs, BATCH.target, log[0])


# The matches of CVs whose paths hold "{name}", for the ranking (see rule batch_complete).
rule braced_matches:
    input:
        BATCH.braced_matches,
    output:
        touch(BATCH.braced_matches_pattern),
