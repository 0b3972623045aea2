"""What an adjuster is: a named step with its parameters, run on the previous step's CV."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..claims.policy import DEFAULT as DEFAULT_GUARD, FAIL
from ..contracts import CV_SCHEMA, load_schema
from ..errors import ConfigError
from ..llm import ask_json
from ..privacy import PersonalDataMask
from .cv_key_order import in_canonical_order
from .fabrication_guard import TAILOR, TRANSLATE, check_adjusted

# Keys a step may carry that are not the adjuster's own (the CLI takes the first --adjust group's
# data=/output= off before the steps are checked: they steer its single-file run, not a step).
GENERAL_KEYS = ("name", "openai-model")


def param_key(key: str) -> str:
    """``customer_url`` and ``Customer-URL`` both become ``customer-url``."""
    return key.strip().lower().replace("_", "-")


@dataclass(frozen=True)
class AdjustContext:
    source: Path                # the CV the chain started from, named in errors
    research_dir: Path
    cache_dir: Path | None
    model: str | None           # the step's openai-model, else None (OPENAI_MODEL / default)
    mask_personal_data: bool = True  # prompts carry placeholders for names, e-mails, phones, URLs
    guard: str = DEFAULT_GUARD       # what the claims check does with an invented claim: revert or fail
    reverted: list = field(default_factory=list)  # the claims check's findings (dicts) the step reverted


class StepParams:
    """One step's parameters, hyphen and underscore spellings alike."""

    def __init__(self, adjuster: str, raw: dict):
        self.adjuster = adjuster
        self.values = {param_key(k): ("" if v is None else str(v) if not isinstance(v, bool) else v)
                       for k, v in raw.items()}

    def get(self, *names: str) -> str | None:
        for name in names:
            value = self.values.get(param_key(name))
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    def require(self, *names: str) -> str:
        value = self.get(*names)
        if value is None:
            wanted = " or ".join(f"{n}=" for n in names)
            raise ConfigError(None, f"adjuster '{self.adjuster}' needs {wanted}")
        return value


@dataclass(frozen=True)
class Adjuster:
    name: str
    description: str
    params: tuple[str, ...]                    # its own keys, hyphenated
    check: Callable[[StepParams], None]         # raises ConfigError for missing/contradictory params
    # Returns what ask_adjusted_cv returned: the fabrication guard runs there before an answer may
    # enter the cache, and the claims check on every answer, cached ones too (the chain checks neither again).
    run: Callable[[dict, StepParams, AdjustContext], dict]

    def check_params(self, params: StepParams) -> None:
        unknown = sorted(set(params.values) - set(self.params) - set(GENERAL_KEYS))
        if unknown:
            raise ConfigError(None, f"adjuster '{self.name}' does not take {', '.join(unknown)} "
                                    f"(it takes: {', '.join(self.params + ('openai-model',))})")
        self.check(params)


def guard_claims(*args, **kwargs):
    """:func:`cvextract.claims.guard.guard_claims`, imported on first use: planning steps (a batch's
    research file names, while Snakemake parses the workflow) then never loads the claims check and
    its word-list library (about 0.2 s), and a first call sends its request before that import."""
    from ..claims.guard import guard_claims as guard

    return guard(*args, **kwargs)


def ask_adjusted_cv(cv: dict, system_prompt: str, user_payload: dict, ctx: AdjustContext, *,
                    adjuster: str, mode: str = TAILOR, temperature: float | None = 0.2,
                    postprocess: Callable[[dict], dict] | None = None,
                    extra_check: Callable[[dict], None] | None = None) -> dict:
    """Ask for the adjusted CV and return it once the fabrication guard accepts it.

    A tailoring answer then passes the claims check (:mod:`cvextract.claims`) under ``ctx.guard``,
    after the cache, so that a cached answer is checked by today's rules: ``fail`` rejects it (a
    cached one is asked again), ``revert`` puts the source text back and adds the findings to
    ``ctx.reverted``."""
    finish = postprocess or (lambda answer: answer)
    mask = PersonalDataMask.of_cv(cv) if ctx.mask_personal_data else PersonalDataMask({})
    # What the model read besides the CV (a job posting, a customer's research): its names are names
    # to the claims check even at the start of a sentence.
    prompt = json.dumps({k: v for k, v in user_payload.items() if k != "original_json"}, ensure_ascii=False)
    user_payload = mask.hide(user_payload)

    def final(answer: dict) -> dict:
        return in_canonical_order(finish(mask.reveal(answer)))

    def accept(answer: dict) -> None:
        result = final(answer)
        check_adjusted(cv, result, ctx.source, mode=mode, adjuster=adjuster)
        mask.check(user_payload, answer, ctx.source, purpose=adjuster)
        if extra_check is not None:
            extra_check(result)
        if mode == TAILOR and ctx.guard == FAIL:
            guard_claims(cv, result, ctx.source, adjuster=adjuster, policy=FAIL, prompt=prompt)

    messages = [{"role": "system", "content": mask.hide(system_prompt)},
                {"role": "user", "content": json.dumps(user_payload, ensure_ascii=False)}]
    answer = ask_json(messages, schema=load_schema(CV_SCHEMA), schema_name="cv", purpose=adjuster,
                      source=ctx.source, model=ctx.model, cache_dir=ctx.cache_dir,
                      temperature=temperature, accept=accept)
    result = final(answer)
    if mode == TRANSLATE:
        return result
    result, findings = guard_claims(cv, result, ctx.source, adjuster=adjuster, policy=ctx.guard, prompt=prompt)
    ctx.reverted.extend(finding.as_dict() for finding in findings)
    return result
