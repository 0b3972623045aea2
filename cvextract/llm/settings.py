"""Where the model lives and how patiently to talk to it, read from the environment.

``OPENAI_BASE_URL`` and ``OPENAI_API_KEY`` select the endpoint (OpenAI, a gateway, Ollama, vLLM);
the model is an explicit ``openai-model`` parameter, else ``OPENAI_MODEL``, else ``gpt-4o-mini``.
The ``CVEXTRACT_LLM_*`` variables tune timeouts, retries, pacing and the answer cache; a batch sets
the pacing ones from its config (``llm.requests_per_minute``, ``llm.tokens_per_minute``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

DEFAULT_MODEL = "gpt-4o-mini"
# Sent when only OPENAI_BASE_URL is set: local servers ignore the key but the SDK wants one.
PLACEHOLDER_API_KEY = "not-needed"


@dataclass(frozen=True)
class LLMSettings:
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = None
    timeout: float = 60.0           # seconds without a byte of the answer (a stall), not a total
    max_answer_seconds: float = 900.0  # the whole answer, however steadily it streams (a bound, not a pace)
    attempts: int = 6               # requests per answer, the first included
    backoff_base: float = 1.0       # seconds; full jitter over base * 2**retry
    backoff_cap: float = 20.0       # longest computed wait
    retry_after_cap: float = 20.0   # longest wait a server's Retry-After may impose
    cache_dir: Path | None = None   # answer cache; None disables it
    requests_per_minute: float | None = None  # pace calls below the provider's limits; None: no pacing
    tokens_per_minute: float | None = None

    @property
    def effective_api_key(self) -> str:
        return self.api_key or PLACEHOLDER_API_KEY


# Where a batch's config hands its pacing to every process that calls the model.
REQUESTS_PER_MINUTE_ENV = "CVEXTRACT_LLM_REQUESTS_PER_MINUTE"
TOKENS_PER_MINUTE_ENV = "CVEXTRACT_LLM_TOKENS_PER_MINUTE"


def _env_number(name: str, default, kind=float, minimum: float = 0):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(None, f"{name}={raw!r} is not a number") from None
    if value < minimum:
        raise ConfigError(None, f"{name}={raw!r} must be at least {minimum}")
    return value


def settings_from_env(model: str | None = None, cache_dir: str | Path | None = None) -> LLMSettings:
    """The settings in force: explicit arguments first, then the environment, then defaults."""
    cache = cache_dir if cache_dir is not None else os.environ.get("CVEXTRACT_LLM_CACHE") or None
    return LLMSettings(
        model=(model or "").strip() or os.environ.get("OPENAI_MODEL", "").strip() or DEFAULT_MODEL,
        base_url=os.environ.get("OPENAI_BASE_URL", "").strip() or None,
        api_key=os.environ.get("OPENAI_API_KEY", "").strip() or None,
        timeout=_env_number("CVEXTRACT_LLM_TIMEOUT", 60.0, minimum=0.001),
        max_answer_seconds=_env_number("CVEXTRACT_LLM_MAX_ANSWER_SECONDS", 900.0, minimum=0.001),
        attempts=_env_number("CVEXTRACT_LLM_ATTEMPTS", 6, kind=int, minimum=1),
        backoff_base=_env_number("CVEXTRACT_LLM_BACKOFF_BASE", 1.0),
        backoff_cap=_env_number("CVEXTRACT_LLM_BACKOFF_CAP", 20.0),
        retry_after_cap=_env_number("CVEXTRACT_LLM_RETRY_AFTER_CAP", 20.0),
        cache_dir=Path(cache) if cache else None,
        requests_per_minute=_env_number(REQUESTS_PER_MINUTE_ENV, None, minimum=0.001),
        tokens_per_minute=_env_number(TOKENS_PER_MINUTE_ENV, None, minimum=1),
    )


def export_pacing(llm_config: dict) -> None:
    """Hand a batch's ``llm.requests_per_minute``/``llm.tokens_per_minute`` to the LLM client.

    Through the environment, so the job processes a batch starts (pool workers, cluster jobs that
    parse the same config) pace their calls the same way. A value in the config wins over one
    already in the environment.
    """
    for key, name in (("requests_per_minute", REQUESTS_PER_MINUTE_ENV), ("tokens_per_minute", TOKENS_PER_MINUTE_ENV)):
        value = llm_config.get(key)
        if value is not None:
            os.environ[name] = f"{value:g}" if isinstance(value, float) else str(value)


def check_llm_settings() -> None:
    """Fail before any work starts when no endpoint is configured.

    A key alone means OpenAI; a base URL alone means a local server (a placeholder key is sent).
    """
    if not os.environ.get("OPENAI_API_KEY", "").strip() and not os.environ.get("OPENAI_BASE_URL", "").strip():
        raise ConfigError(None, "no LLM endpoint configured: set OPENAI_API_KEY (OpenAI or a gateway) "
                                "or OPENAI_BASE_URL (a local OpenAI-compatible server such as Ollama or vLLM)")
    settings_from_env()  # reject malformed CVEXTRACT_LLM_* numbers now, not mid-batch
