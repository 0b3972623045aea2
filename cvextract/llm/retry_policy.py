"""Which failed requests are worth repeating, and how long to wait before the next one."""

from __future__ import annotations

import email.utils
import random
import time

from .settings import LLMSettings

RETRYABLE_STATUS = {408, 409, 429}


def is_retryable(exc: BaseException) -> bool:
    """429, 408/409, 5xx, timeouts and connection errors; anything else fails at once."""
    import openai

    if isinstance(exc, openai.APIConnectionError):  # APITimeoutError included
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUS or exc.status_code >= 500
    return False


def retry_after_seconds(exc: BaseException) -> float | None:
    """The server's ``retry-after-ms`` / ``Retry-After`` (seconds or an HTTP date), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(retry: int, settings: LLMSettings, exc: BaseException | None = None) -> float:
    """Seconds to wait before retry number ``retry`` (0-based).

    A Retry-After header is honoured up to ``retry_after_cap``; otherwise full jitter over
    ``backoff_base * 2**retry``, at most ``backoff_cap``.
    """
    hinted = retry_after_seconds(exc) if exc is not None else None
    if hinted is not None:
        return min(hinted, settings.retry_after_cap)
    return random.uniform(0, min(settings.backoff_cap, settings.backoff_base * (2 ** retry)))
