"""Embeddings from the same OpenAI-compatible endpoint: texts -> vectors, cached on disk.

For the ranking's optional semantic matches (``rank.embeddings``). The model is
``OPENAI_EMBEDDING_MODEL``, else ``text-embedding-3-small``. Each vector is cached by model and text
in one file per model below the cache folder, so a rerun asks only for texts it has not seen.
The ``openai`` package is imported when a request is made.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from ..atomic import write_text
from . import usage
from .connection import shared_client
from .errors import LLMError
from .retry_policy import backoff_delay, is_retryable
from .settings import check_llm_settings, settings_from_env

DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small"
TEXTS_PER_REQUEST = 256
MAX_TEXT_CHARS = 2000  # a sidebar item or a requirement name; longer text is cut


def embedding_model() -> str:
    return os.environ.get("OPENAI_EMBEDDING_MODEL") or DEFAULT_EMBEDDING_MODEL


def embed(texts: list[str], *, cache_dir: str | Path | None = None, source: str | None = None) -> dict[str, list[float]]:
    """Each distinct text's vector; only texts not in the cache are sent (256 per request)."""
    settings = settings_from_env(None, cache_dir)
    if not settings.api_key and not settings.base_url:
        check_llm_settings()  # the one-line error naming the variables
    model = embedding_model()
    cache_file = Path(cache_dir) / f"embeddings-{hashlib.sha256(model.encode()).hexdigest()[:12]}.json" \
        if cache_dir else None
    cached = _read_cache(cache_file)
    key = {text: hashlib.sha256(text[:MAX_TEXT_CHARS].encode("utf-8")).hexdigest() for text in texts}
    missing = [text for text in dict.fromkeys(texts) if key[text] not in cached]
    for start in range(0, len(missing), TEXTS_PER_REQUEST):
        chunk = missing[start:start + TEXTS_PER_REQUEST]
        for text, vector in zip(chunk, _request(chunk, model, settings, source)):
            cached[key[text]] = vector
    if missing and cache_file is not None:
        write_text(cache_file, json.dumps(cached, separators=(",", ":")) + "\n")
    if len(missing) < len(set(texts)):
        usage.record(cache_hits=1)
    return {text: cached[key[text]] for text in texts}


def _read_cache(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _request(texts: list[str], model: str, settings, source) -> list[list[float]]:
    client = shared_client(settings)
    for attempt in range(settings.attempts):
        try:
            response = client.embeddings.create(model=model, input=[t[:MAX_TEXT_CHARS] for t in texts])
        except Exception as exc:
            if not is_retryable(exc) or attempt + 1 >= settings.attempts:
                raise LLMError(source, f"embeddings ({model}): {type(exc).__name__}: {exc}") from None
            time.sleep(backoff_delay(attempt, settings, exc))
            continue
        vectors = [item.embedding for item in sorted(response.data, key=lambda item: item.index)]
        if len(vectors) != len(texts) or not all(isinstance(v, list) and v for v in vectors):
            raise LLMError(source, f"embeddings ({model}): the server answered {len(vectors)} vectors "
                                   f"for {len(texts)} texts")
        tokens = getattr(getattr(response, "usage", None), "prompt_tokens", 0) or 0
        usage.record(calls=1, prompt_tokens=tokens)
        return [[round(float(x), 6) for x in v] for v in vectors]
    raise AssertionError("unreachable")
