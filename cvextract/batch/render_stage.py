"""Which job of a batch renders a CV's document: one rule for the workflow (:class:`BatchPlan`) and
for ``cvextract --parallel``'s progress, kept out of :mod:`.batch_plan` so that the CLI does not
import the worker pool and the model-call process to know it."""

from __future__ import annotations


def render_stage(*, template: bool, adjust: bool, rank: bool) -> str | None:
    """The stage whose job renders a CV's document, so that no apply job is needed: one Snakemake
    job per CV fewer, so less of its per-job work (dispatch, metadata, job selection) on the cores the
    work itself needs. With adjust steps it is ``adjust`` (a new template reruns it, its model answers
    from the answer cache); without them ``extract`` (a new template re-extracts too: milliseconds a
    CV), unless a ranking needs every extracted JSON before any rendering. None: an apply job renders
    (or there is no template)."""
    if not template:
        return None
    if adjust:
        return "adjust"
    return None if rank else "extract"
