# rank: {job: <file>}: the job's requirements once per batch, then the ranking, a checkpoint: it
# matches each CV's extracted JSON against them (kept in <target>/ranking/matches.json, redone only
# for a CV whose JSON or the requirements changed) and writes ranking.csv / ranking.json. With rank.top, the
# CVs it shortlists are the only ones adjusted and applied (BatchPlan.shortlist_targets).
#
# The matches are not a job per CV: a Snakemake job costs ~12 ms of scheduling, more than the match
# (~0.5 ms); 1,000 of them added 60% to an extract-only batch (docs/ranking.md, scripts/bench_rank.py).
localrules:
    rank_requirements,
    ranking,
    braced_extracts,


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
        llm=1 if BATCH.requirements_from_model else 0,
    params:
        options=BATCH.rank_options,
    run:
        run_job(
            requirements_job,
            input[0] if input else None,
            output[0],
            log[0],
            calls_model=BATCH.requirements_from_model,
            stale=tuple(output),
            **params.options,
        )


checkpoint ranking:
    input:
        extracted=BATCH.ranking_inputs,
        requirements=BATCH.pattern("requirements"),
    output:
        csv=BATCH.pattern("ranking_csv"),
        json=BATCH.pattern("ranking_json"),
    log:
        BATCH.pattern("ranking_log"),
    threads: SNAKEMAKE.job_threads
    resources:
        llm=1 if BATCH.rank_embeddings else 0,
    params:
        embeddings=BATCH.rank_embeddings,
    run:
        run_job(
            ranking_job,
            BATCH.ranked_cvs,
            BATCH.target,
            log[0],
            embeddings=params.embeddings,
            calls_model=params.embeddings,
            stale=tuple(output),
        )


# The extracted JSON of CVs whose paths hold "{name}", for the ranking (see rule batch_complete).
rule braced_extracts:
    input:
        BATCH.braced_extracts,
    output:
        touch(BATCH.braced_extracts_pattern),
