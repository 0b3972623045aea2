"""One JSON answer from a Chat Completions endpoint: structured output, fallbacks, retries, cache.

The ``openai`` package is imported when a model is actually asked (not by importing this module),
so importing the adjusters or the CLI stays cheap and works without the SDK.

Every call of a process goes through one shared client (:mod:`.connection`) and one rate limiter
per endpoint (:mod:`.rate_limit`), whose budget every process calling the endpoint shares
(:mod:`.shared_budget`); answers are streamed, so the timeout catches a stalled
connection, not a slow model; usage and cache hits are recorded (:mod:`.usage`).
"""

from __future__ import annotations

import functools
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import CvError
from . import usage
from .answer_cache import AnswerCache, answer_key
from .connection import shared_client
from .errors import LLMError
from .json_reply import parse_json_reply
from .rate_limit import RateLimiter, limiter_for
from .response_format import response_formats, server_quirks
from .retry_policy import backoff_delay, is_retryable
from .shared_budget import budget_path
from .settings import LLMSettings, check_llm_settings, settings_from_env

log = logging.getLogger("cvextract.llm")

# Words in a 400/422 error that mean "this server does not do that response_format".
_FORMAT_REJECTION_HINTS = ("response_format", "json_schema", "json_object", "structured output",
                           "schema", "strict", "not supported", "unsupported")
# A refusal (429) counts against CVEXTRACT_LLM_ATTEMPTS only when no call of the process got an
# answer in the last ANSWERING_WINDOW seconds (providers count per minute): while the endpoint keeps
# answering, a call waits its turn instead of failing, for at most RATE_LIMIT_PATIENCE seconds.
ANSWERING_WINDOW = 60.0
RATE_LIMIT_PATIENCE = 600.0
MAX_ANSWER_CHARS = 4_000_000  # a CV answer is tens of kB; a server that never stops is cut off
CHARS_PER_TOKEN = 4  # estimate for pacing by tokens per minute, settled against the real usage after


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
                usage.record(cache_hits=1)
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


@dataclass
class _Reply:
    text: str | None
    finish_reason: str | None
    refusal: str | None
    prompt_tokens: int | None
    completion_tokens: int | None


def _complete(messages, formats, settings: LLMSettings, temperature, purpose, source) -> str:
    """The reply text, trying each response format the server has not turned down, in turn."""
    import openai

    client = shared_client(settings)
    endpoint = _endpoint(settings)
    limiter = limiter_for(endpoint, settings.requests_per_minute, settings.tokens_per_minute,
                          shared=budget_path(endpoint, settings.effective_api_key, settings.cache_dir))
    quirks = server_quirks(settings.base_url, settings.model, settings.cache_dir)
    usable = quirks.usable(formats)
    estimate = len(json.dumps(messages, ensure_ascii=False)) / CHARS_PER_TOKEN * 2  # prompt + a like answer
    for index, fmt in enumerate(usable):
        while True:
            kwargs = {"model": settings.model, "messages": messages, "stream": True}
            if "stream_options" not in quirks.rejected:
                kwargs["stream_options"] = {"include_usage": True}
            if fmt is not None:
                kwargs["response_format"] = fmt
            if temperature is not None and "temperature" not in quirks.rejected:
                kwargs["temperature"] = temperature
            try:
                reply = _create_with_retries(client, limiter, kwargs, estimate, settings, purpose, source)
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                text = _error_text(exc).lower()
                if "stream_options" in kwargs and "stream_options" in text:
                    log.info("%s: %s: server rejects stream_options; asking without it", source, purpose)
                    quirks.reject("stream_options")
                    continue
                if "temperature" in kwargs and "temperature" in text:
                    log.info("%s: %s: server rejects temperature; asking without it", source, purpose)
                    quirks.reject("temperature")
                    continue
                if fmt is not None and index + 1 < len(usable) and _rejects_format(exc):
                    log.info("%s: %s: server rejects response_format %s; falling back",
                             source, purpose, fmt["type"])
                    quirks.reject(fmt["type"])
                    break
                raise LLMError(source, f"{purpose}: {_describe(exc, settings)}") from None
            return _reply_text(reply, settings, purpose, source)
    raise LLMError(source, f"{purpose}: server rejected every response format")  # not reached


def _create_with_retries(client, limiter: RateLimiter, kwargs, estimate: float, settings: LLMSettings,
                         purpose, source) -> _Reply:
    """One answer, with our retry policy (the SDK's own retries are off) and the shared limiter.

    A refusal (429) pauses every caller of the process; it counts against the attempts only when
    no call of the process got an answer within ANSWERING_WINDOW, so no call fails from refusals
    while the endpoint keeps answering (for at most RATE_LIMIT_PATIENCE).
    """
    import openai

    attempts = refusals = 0
    first_refusal = None
    while True:
        if limiter.quota_exhausted:
            raise LLMError(source, f"{purpose}: {limiter.quota_exhausted}")
        ticket = limiter.acquire(estimate)
        try:
            # The headers come before the answer streams in: they seed and update the budget then.
            reply, headers = _stream_answer(client, kwargs, settings,
                                            on_headers=functools.partial(limiter.heard, ticket))
        except openai.RateLimitError as exc:
            headers = _headers(exc)
            if _error_code(exc) == "insufficient_quota":
                limiter.quota_exhausted = (
                    f"{_endpoint(settings)} refused for insufficient quota (HTTP 429 insufficient_quota): "
                    "the account has no credit or hit its spending limit; waiting will not help")
                limiter.failed(ticket)
                raise LLMError(source, f"{purpose}: {limiter.quota_exhausted}") from None
            usage.record(rate_limited=1)
            refusals += 1
            first_refusal = first_refusal if first_refusal is not None else time.monotonic()
            if not limiter.answering(within=ANSWERING_WINDOW):
                attempts += 1  # nobody got an answer lately: the endpoint is not answering
            delay = backoff_delay(min(refusals - 1, 10), settings, exc)
            limiter.refused(ticket, headers, delay)
            if attempts >= settings.attempts or time.monotonic() - first_refusal + delay > RATE_LIMIT_PATIENCE:
                raise LLMError(source, f"{purpose}: rate limited by {_endpoint(settings)}: still refused after "
                                       f"{refusals} attempt(s) (HTTP 429: {_one_line(exc.message, 120)})") from None
            log.info("%s: %s: rate limited (HTTP 429); every call of this process waits %.2f s",
                     source, purpose, delay)
            continue
        except (openai.BadRequestError, openai.UnprocessableEntityError):
            limiter.failed(ticket)
            raise  # the caller may fall back to another format
        except _EndlessAnswer as exc:
            limiter.failed(ticket)
            raise LLMError(source, f"{purpose}: answer from {_endpoint(settings)} {exc}; gave up") from None
        except ValueError as exc:  # an event that is not JSON, a chunk that is not a completion chunk
            limiter.failed(ticket)
            raise LLMError(source, f"{purpose}: malformed answer stream from {_endpoint(settings)}: "
                                   f"{_one_line(str(exc), 120)}") from None
        except openai.OpenAIError as exc:
            limiter.failed(ticket)
            attempts += 1
            if not is_retryable(exc):
                raise LLMError(source, f"{purpose}: {_describe(exc, settings)}") from None
            if attempts >= settings.attempts:
                raise LLMError(source, f"{purpose}: gave up after {attempts} attempt(s): "
                                       f"{_describe(exc, settings)}") from None
            delay = backoff_delay(attempts - 1, settings, exc)
            log.warning("%s: %s: %s; retry %d of %d in %.2f s", source, purpose,
                        _describe(exc, settings), attempts, settings.attempts - 1, delay)
            time.sleep(delay)
            continue
        used = None
        if reply.prompt_tokens is not None or reply.completion_tokens is not None:
            used = (reply.prompt_tokens or 0) + (reply.completion_tokens or 0)
        limiter.answered(ticket, None, estimate, used)  # its headers were learned as they came
        usage.record(calls=1, prompt_tokens=reply.prompt_tokens or 0, completion_tokens=reply.completion_tokens or 0)
        return reply


class _EndlessAnswer(Exception):
    """The answer kept streaming past the time or size any CV answer needs."""


def _stream_answer(client, kwargs, settings: LLMSettings, on_headers) -> tuple[_Reply, dict]:
    """Send the request and read the answer as it streams in (a plain JSON answer is read whole);
    ``on_headers(headers)`` as soon as the answer's headers are in.

    The SDK sends the request and decodes the event stream (its auth, status errors, timeouts and
    error events), but hands each chunk over as the plain dict it read: ``chat.completions.create``
    would build typed objects of every chunk, one per token of a real answer (about 60 us each,
    most of a call's CPU in a batch), and run the request through its parameter types first."""
    import openai

    started = time.monotonic()
    stream = client.post("/chat/completions", body=kwargs, cast_to=object, stream=True,
                         stream_cls=openai.Stream[object], options={"security": {"bearer_auth": True}})
    response = stream.response
    headers = {k.lower(): v for k, v in response.headers.items()}
    try:
        on_headers(headers)
        if "text/event-stream" not in headers.get("content-type", ""):
            return _whole_answer(response), headers  # a server that ignores stream=True
        parts: list[str] = []
        refusal: list[str] = []
        finish = prompt = completion = None
        size = 0
        for chunk in stream:
            if time.monotonic() - started > settings.max_answer_seconds:
                raise _EndlessAnswer(f"still streaming after {settings.max_answer_seconds:g} s "
                                     "(CVEXTRACT_LLM_MAX_ANSWER_SECONDS)")
            if not isinstance(chunk, dict):
                raise ValueError(f"an event that is not a completion chunk: {json.dumps(chunk)[:80]}")
            used = chunk.get("usage")
            if isinstance(used, dict):
                prompt, completion = used.get("prompt_tokens"), used.get("completion_tokens")
            choices = chunk.get("choices")
            for choice in choices if isinstance(choices, list) else ():
                if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                    continue
                delta = choice.get("delta") if isinstance(choice.get("delta"), dict) else {}
                content = delta.get("content")
                if content and isinstance(content, str):
                    parts.append(content)
                    size += len(content)
                    if size > MAX_ANSWER_CHARS:
                        raise _EndlessAnswer(f"longer than {MAX_ANSWER_CHARS:,} characters")
                if delta.get("refusal") and isinstance(delta["refusal"], str):
                    refusal.append(delta["refusal"])
                if choice.get("finish_reason"):
                    finish = choice["finish_reason"]
        return _Reply("".join(parts) if parts else None, finish, "".join(refusal) or None, prompt, completion), headers
    finally:
        stream.close()


def _whole_answer(response) -> _Reply:
    try:
        data = json.loads(response.read())
    except ValueError:
        return _Reply(None, None, None, None, None)
    choices = data.get("choices") if isinstance(data, dict) else None
    choice = choices[0] if isinstance(choices, list) and choices and isinstance(choices[0], dict) else {}
    message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
    used = data.get("usage") if isinstance(data, dict) and isinstance(data.get("usage"), dict) else {}
    return _Reply(message.get("content") if isinstance(message.get("content"), str) else None,
                  choice.get("finish_reason"), message.get("refusal"),
                  used.get("prompt_tokens"), used.get("completion_tokens"))


def _headers(exc) -> dict:
    response = getattr(exc, "response", None)
    return {k.lower(): v for k, v in getattr(response, "headers", {}).items()} if response is not None else {}


def _error_code(exc) -> str | None:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error") if isinstance(body.get("error"), dict) else body
        code = error.get("code") or error.get("type")
        return str(code) if code else None
    return getattr(exc, "code", None)


def _endpoint(settings: LLMSettings) -> str:
    return settings.base_url or "api.openai.com"


def _reply_text(reply: _Reply, settings: LLMSettings, purpose, source) -> str:
    refusal = reply.refusal
    if refusal:
        raise LLMError(source, f"{purpose}: model {settings.model} refused: {_one_line(refusal)}")
    if reply.finish_reason == "length":
        raise LLMError(source, f"{purpose}: model {settings.model} reply was cut off at its token limit")
    if reply.finish_reason == "content_filter":
        raise LLMError(source, f"{purpose}: model {settings.model} reply was blocked by a content filter")
    content = reply.text
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

    endpoint = _endpoint(settings)
    if isinstance(exc, openai.APITimeoutError):
        return f"no answer from {endpoint} for {settings.timeout:g} s (stalled; CVEXTRACT_LLM_TIMEOUT)"
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
