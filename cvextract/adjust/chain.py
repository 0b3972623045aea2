"""Running the configured adjusters in order, each on the previous one's output."""

from __future__ import annotations

import logging
from pathlib import Path

from ..atomic import write_json
from ..claims import CHECKED as CLAIMS_CHECKED, DEFAULT as DEFAULT_GUARD, VERDICTS, claim_count
from ..errors import ConfigError, ValidationError
from ..verify import verify_schema
from .fabrication_guard import CHECKS, TRANSLATE, TAILOR
from .research import research_company, research_path
from .step import Adjuster, AdjustContext, StepParams
from .translate import NAME as TRANSLATE_ADJUSTER

log = logging.getLogger("cvextract.adjust")

COMPANY_RESEARCH = "openai-company-research"
TRANSLATING = {TRANSLATE_ADJUSTER}  # steps the fabrication guard checks as translations


def _adjuster(name: str) -> Adjuster:
    from ..registry import ADJUSTERS

    return ADJUSTERS.load(name)


def plan_steps(steps: list[dict]) -> list[tuple[Adjuster, StepParams]]:
    """Each step's adjuster and parameters; raises :class:`ConfigError` before any work is done."""
    if not steps:
        raise ConfigError(None, "no adjuster given")
    planned = []
    for index, step in enumerate(steps, 1):
        name = str(step.get("name") or "").strip()
        if not name:
            raise ConfigError(None, f"adjust step {index} has no name=")
        adjuster = _adjuster(name)
        params = StepParams(name, {k: v for k, v in step.items() if k != "name"})
        adjuster.check_params(params)
        planned.append((adjuster, params))
    return planned


def check_adjust_steps(steps: list[dict], *, require_endpoint: bool = True) -> None:
    """Validate every step's name and parameters and, by default, that an LLM endpoint is set.

    For the CLI, before any work starts; raises :class:`ConfigError`.
    """
    from ..llm import check_llm_settings

    plan_steps(steps)
    if require_endpoint:
        check_llm_settings()


def research_files(steps: list[dict], research_dir: Path) -> list[Path]:
    """The research files the company-research steps will read (no call, nothing fetched).

    A step with ``research-file=`` names its own file; the others get the cache file for their
    ``customer-url`` under ``research_dir`` (what :func:`prepare_research` writes).
    """
    paths: list[Path] = []
    for adjuster, params in plan_steps(steps):
        if adjuster.name != COMPANY_RESEARCH:
            continue
        given = params.get("research-file")
        path = Path(given) if given else research_path(params.require("customer-url"), research_dir)
        if path not in paths:
            paths.append(path)
    return paths


def intermediate_name(index: int, adjuster: str) -> str:
    return f"{index}-{adjuster}.json"


GUARD_VERDICTS = VERDICTS  # beside the steps' outputs: what the fabrication guard checked, and found


def adjust_cv_data(cv: dict, steps: list[dict], *, research_dir: Path, cache_dir: Path | None,
                   intermediate_dir: Path | None, source: Path, mask_personal_data: bool = True,
                   guard: str = DEFAULT_GUARD) -> dict:
    """The CV after every step in ``steps``; see :func:`run_chain`."""
    return run_chain(cv, steps, research_dir=research_dir, cache_dir=cache_dir, intermediate_dir=intermediate_dir,
                     source=source, mask_personal_data=mask_personal_data, guard=guard)[0]


def run_chain(cv: dict, steps: list[dict], *, research_dir: Path, cache_dir: Path | None,
              intermediate_dir: Path | None, source: Path, mask_personal_data: bool = True,
              guard: str = DEFAULT_GUARD) -> tuple[dict, list[dict]]:
    """The CV after every step in ``steps`` (``{"name": ..., **params}``), in order, and the guard's
    verdicts (one per step; a tailoring step's ``reverted`` lists each claim the claims check put back).

    Each step's result has passed the fabrication guard and, for tailoring, the claims check under
    the ``guard`` policy (in :func:`~.step.ask_adjusted_cv`); with ``intermediate_dir`` it is written
    as ``<n>-<adjuster>.json`` and the verdicts as ``guard.json``. With ``mask_personal_data`` the
    prompts carry placeholders instead of the person's names, e-mails, phones and personal URLs
    (:mod:`cvextract.privacy`); each answer is restored before the guards see it. Any failure raises
    a :class:`~cvextract.errors.CvError`.
    """
    source = Path(source)
    planned = plan_steps(steps)
    verify_schema(cv, source)
    current, verdicts = cv, []
    for index, (adjuster, params) in enumerate(planned, 1):
        ctx = AdjustContext(source=source, research_dir=Path(research_dir),
                            cache_dir=Path(cache_dir) if cache_dir else None,
                            model=params.get("openai-model"), mask_personal_data=mask_personal_data, guard=guard)
        log.info("%s: adjust step %d/%d: %s", source, index, len(planned), adjuster.name)
        mode = TRANSLATE if adjuster.name in TRANSLATING else TAILOR
        checked = list(CHECKS[mode]) + ([f"{CLAIMS_CHECKED} (guard: {guard})"] if mode == TAILOR else [])
        verdict = {"step": index, "adjuster": adjuster.name, "mode": mode, "checked": checked}
        try:  # guarded once, in ask_adjusted_cv, before it is cached
            result = adjuster.run(current, params, ctx)
        except ValidationError as exc:
            if intermediate_dir is not None:
                write_json(Path(intermediate_dir) / GUARD_VERDICTS,
                           verdicts + [{**verdict, "passed": False, "problems": exc.problems or [exc.cause]}])
            raise
        verdicts.append({**verdict, "passed": True, "problems": [], "reverted": ctx.reverted})
        if ctx.reverted:
            log.warning("%s: %s: %d invented claim(s) reverted", source, adjuster.name, claim_count(ctx.reverted))
        if intermediate_dir is not None:
            write_json(Path(intermediate_dir) / intermediate_name(index, adjuster.name), result)
            write_json(Path(intermediate_dir) / GUARD_VERDICTS, verdicts)
        current = result
    return current, verdicts


def prepare_research(steps: list[dict], research_dir: Path, cache_dir: Path | None) -> list[Path]:
    """Research every customer named by a company-research step (once per batch); their files."""
    paths: list[Path] = []
    for adjuster, params in plan_steps(steps):
        if adjuster.name != COMPANY_RESEARCH or params.get("research-file"):
            continue
        path = research_company(params.require("customer-url"), Path(research_dir),
                                model=params.get("openai-model"), cache_dir=cache_dir)
        if path not in paths:
            paths.append(path)
    return paths
