"""``openai-translate``: translate the CV's text, keeping names, tools and technologies verbatim."""

from __future__ import annotations

from ..errors import ConfigError, ValidationError
from .fabrication_guard import TRANSLATE
from .protected_terms import Placeholders, protected_terms
from .step import Adjuster, AdjustContext, StepParams, ask_adjusted_cv

NAME = "openai-translate"

SYSTEM_PROMPT = """You translate a consultant's CV, given as JSON, into {language}.
Rules:
- Translate the values only; keep every key, the structure, the order of all lists and their lengths.
- Never translate names, proper nouns, e-mail addresses, URLs, tools, technologies or programming
  languages. Placeholders such as __PROTECTED_0__ stand for such terms: copy each one unchanged.
- Keep dates and numbers as they are.
- Reply with the translated CV as one JSON object (the value of translated_json) and nothing else."""


def _check(params: StepParams) -> None:
    params.require("language", "target-language")
    _temperature(params)


def _temperature(params: StepParams) -> float:
    raw = params.get("temperature")
    if raw is None:
        return 0.0
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(None, f"adjuster '{NAME}': temperature={raw!r} is not a number") from None


def _run(cv: dict, params: StepParams, ctx: AdjustContext) -> dict:
    language = params.require("language", "target-language")
    placeholders = Placeholders(protected_terms(cv))
    protected = placeholders.protect(cv)

    def restore(answer: dict) -> dict:
        result = placeholders.restore(answer)
        return _copy_back(cv, result)

    def terms_kept(result: dict) -> None:
        leftovers = Placeholders.leftover_tokens(result)
        lost = placeholders.lost_terms(protected, result)
        problems = [f"unknown placeholder {t}" for t in leftovers] + [f"protected term {t!r} lost" for t in lost]
        if problems:
            raise ValidationError(ctx.source, f"adjust output invented or changed facts ({NAME}): "
                                  + "; ".join(problems[:3]) + (f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""),
                                  problems)

    system = SYSTEM_PROMPT.format(language=language)
    if placeholders.terms:
        system += "\nPlaceholders in this CV: " + ", ".join(placeholders.token_of.values())
    return ask_adjusted_cv(
        cv, system, {"language": language, "original_json": protected, "translated_json": ""},
        ctx, adjuster=NAME, mode=TRANSLATE, temperature=_temperature(params),
        postprocess=restore, extra_check=terms_kept)


def _copy_back(original: dict, translated: dict) -> dict:
    """Names, programming languages, tools and each experience's environment, from the source."""
    if not isinstance(translated, dict):
        return translated
    identity = translated.get("identity")
    if isinstance(identity, dict):
        for field in ("full_name", "first_name", "last_name"):
            identity[field] = original["identity"][field]
    sidebar = translated.get("sidebar")
    if isinstance(sidebar, dict):
        for section in ("languages", "tools"):
            sidebar[section] = list(original["sidebar"].get(section) or [])
    experiences = translated.get("experiences")
    if isinstance(experiences, list) and len(experiences) == len(original["experiences"]):
        for entry, source_entry in zip(experiences, original["experiences"]):
            if isinstance(entry, dict):
                env = source_entry.get("environment")
                entry["environment"] = None if env is None else list(env)
    return translated


ADJUSTER = Adjuster(
    name=NAME,
    description="Translates the CV (language=), keeping names, tools, technologies, e-mails and URLs verbatim.",
    params=("language", "target-language", "temperature"),
    check=_check,
    run=_run,
)
