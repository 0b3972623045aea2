"""One JSON answer from a Chat Completions endpoint: structured output, fallbacks, retries, cache.

The ``openai`` package is imported inside :func:`ask_json` only, so importing the adjusters or the
CLI stays cheap and works without the SDK until a model is actually asked.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable

from ..errors import CvError
from .answer_cache import AnswerCache, answer_key
from .errors import LLMError
from .json_reply import parse_json_reply
from .response_format import response_formats
from .retry_policy import backoff_delay, is_retryable
from .settings import LLMSettings, check_llm_settings, settings_from_env

log = logging.getLogger("cvextract.llm")

# Words in a 400/422 error that mean "this server does not do that response_format".
_FORMAT_REJECTION_HINTS = ("response_format", "json_schema", "json_object", "structured output",
                           "schema", "strict", "not supported", "unsupported")


def ask_json(messages: list[dict], *, schema: dict | None, schema_name: str, purpose: str,
             source: str | Path | None = None, model: str | None = None,
             cache_dir: str | Path | None = None, temperature: float | None = None,
             accept: Callable[[dict], None] | None = None,
             settings: LLMSettings | None = None) -> dict:
    """Ask the model for one JSON object and return it parsed.

    ``schema`` goes out as a json_schema response format (strict when possible); a server that
    rejects it is asked again with json_object, then with no response format. ``accept`` checks
    the answer (raising a :class:`CvError`); only accepted answers enter the answer cache, and a
    cached answer is returned without any request. Failures raise :class:`LLMError` naming
    ``purpose`` and ``source``.
    """
    settings = settings or settings_from_env(model, cache_dir)
    if not settings.api_key and not settings.base_url:
        check_llm_settings()  # raises the ConfigError naming the variables
    formats = response_formats(schema, schema_name)
    key = answer_key(settings.model, messages, formats[0], temperature=temperature)
    cache = AnswerCache(settings.cache_dir) if settings.cache_dir else None

    if cache is not None:
        cached = cache.get(key)
        if cached is not None:
            try:
                if accept is not None:
                    accept(cached)
                log.debug("%s: %s answer from cache %s", source, purpose, cache.path(key))
                return cached
            except CvError as exc:
                log.info("%s: cached %s answer no longer accepted (%s); asking again", source, purpose, exc.cause)

    text = _complete(messages, formats, settings, temperature, purpose, source)
    try:
        answer = parse_json_reply(text)
    except ValueError as exc:
        raise LLMError(source, f"{purpose}: model {settings.model} gave no usable JSON: {exc}") from None
    if accept is not None:
        accept(answer)
    if cache is not None:
        cache.put(key, answer, model=settings.model)
    return answer


def _complete(messages, formats, settings: LLMSettings, temperature, purpose, source) -> str:
    """The reply text, trying each response format in turn."""
    import openai

    client = openai.OpenAI(api_key=settings.effective_api_key, base_url=settings.base_url,
                           timeout=settings.timeout, max_retries=0)
    send_temperature = temperature is not None
    try:
        for index, fmt in enumerate(formats):
            while True:
                kwargs = {"model": settings.model, "messages": messages}
                if fmt is not None:
                    kwargs["response_format"] = fmt
                if send_temperature:
                    kwargs["temperature"] = temperature
                try:
                    completion = _create_with_retries(client, kwargs, settings, purpose, source)
                except openai.BadRequestError as exc:
                    if send_temperature and "temperature" in _error_text(exc).lower():
                        log.info("%s: %s: server rejects temperature; asking without it", source, purpose)
                        send_temperature = False
                        continue
                    if fmt is not None and index + 1 < len(formats) and _rejects_format(exc):
                        log.info("%s: %s: server rejects response_format %s; falling back",
                                 source, purpose, fmt["type"])
                        break
                    raise LLMError(source, f"{purpose}: {_describe(exc, settings)}") from None
                except openai.UnprocessableEntityError as exc:
                    if fmt is not None and index + 1 < len(formats) and _rejects_format(exc):
                        log.info("%s: %s: server rejects response_format %s; falling back",
                                 source, purpose, fmt["type"])
                        break
                    raise LLMError(source, f"{purpose}: {_describe(exc, settings)}") from None
                return _reply_text(completion, settings, purpose, source)
        raise LLMError(source, f"{purpose}: server rejected every response format")  # not reached
    finally:
        client.close()


def _create_with_retries(client, kwargs, settings: LLMSettings, purpose, source):
    """``chat.completions.create`` with our retry policy (the SDK's own retries are off)."""
    import openai

    for attempt in range(settings.attempts):
        try:
            return client.chat.completions.create(**kwargs)
        except (openai.BadRequestError, openai.UnprocessableEntityError):
            raise  # the caller may fall back to another format
        except openai.OpenAIError as exc:
            if not is_retryable(exc):
                raise LLMError(source, f"{purpose}: {_describe(exc, settings)}") from None
            if attempt + 1 >= settings.attempts:
                raise LLMError(source, f"{purpose}: gave up after {settings.attempts} attempt(s): "
                                       f"{_describe(exc, settings)}") from None
            delay = backoff_delay(attempt, settings, exc)
            log.warning("%s: %s: %s; retry %d of %d in %.2f s", source, purpose,
                        _describe(exc, settings), attempt + 1, settings.attempts - 1, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def _reply_text(completion, settings: LLMSettings, purpose, source) -> str:
    choices = getattr(completion, "choices", None)
    if not choices:
        raise LLMError(source, f"{purpose}: model {settings.model} returned no choices")
    choice = choices[0]
    message = getattr(choice, "message", None)
    refusal = getattr(message, "refusal", None)
    if refusal:
        raise LLMError(source, f"{purpose}: model {settings.model} refused: {_one_line(refusal)}")
    if choice.finish_reason == "length":
        raise LLMError(source, f"{purpose}: model {settings.model} reply was cut off at its token limit")
    if choice.finish_reason == "content_filter":
        raise LLMError(source, f"{purpose}: model {settings.model} reply was blocked by a content filter")
    content = getattr(message, "content", None)
    if not isinstance(content, str) or not content.strip():
        raise LLMError(source, f"{purpose}: model {settings.model} returned an empty reply")
    return content


def _rejects_format(exc) -> bool:
    text = _error_text(exc).lower()
    return any(hint in text for hint in _FORMAT_REJECTION_HINTS)


def _error_text(exc) -> str:
    return f"{getattr(exc, 'message', '')} {getattr(exc, 'body', '')}"


def _describe(exc, settings: LLMSettings) -> str:
    import openai

    endpoint = settings.base_url or "api.openai.com"
    if isinstance(exc, openai.APITimeoutError):
        return f"request to {endpoint} timed out after {settings.timeout:g} s"
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        return f"cannot connect to {endpoint}" + (f" ({_one_line(str(cause))})" if cause else "")
    if isinstance(exc, openai.APIStatusError):
        hint = " (check OPENAI_API_KEY)" if exc.status_code in (401, 403) else ""
        return f"HTTP {exc.status_code} from {endpoint} for model {settings.model}: {_one_line(exc.message)}{hint}"
    return f"{type(exc).__name__}: {_one_line(str(exc))}"


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
