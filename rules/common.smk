# What every rule file shares: the validated configuration, the CVs of this batch, the output
# patterns, and how a job body reaches the stage functions. The logic lives in cvextract.batch.
from cvextract.batch.batch_plan import plan_batch
from cvextract.batch.jobs import run_job

BATCH = plan_batch(workflow, config)

if "llm" not in workflow.global_resources:
    workflow.register_resource("llm", BATCH.llm_max_concurrent)
# Pooled jobs claim no core (see BatchPlan.job_threads); this bounds how many are handed out at once.
if "pool_slots" not in workflow.global_resources:
    workflow.register_resource("pool_slots", BATCH.pool_slots(workflow))

# Jobs run in threads of this process (profiles/default sets --force-use-threads) and hand their
# work to a pool of worker processes: no Python start-up per job, no GIL shared with the scheduler.
# Elsewhere (a cluster job, a run without threads) they run in the job's own process.
def workers():
    return BATCH.pool_size(workflow)

wildcard_constraints:
    lb=r"\x7b",
    rb=r"\x7d",


onstart:
    BATCH.start(workflow)


onsuccess:
    BATCH.finish(workflow)


onerror:
    BATCH.finish(workflow)
