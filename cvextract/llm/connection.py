"""One ``openai.OpenAI`` client per endpoint and process, shared by every thread that calls the model.

The client owns an HTTP connection pool: building one per call would pay a new connection (and TLS
handshake) each time. It is safe to share between threads. Its timeout is a *stall* timeout: the
longest wait for the next bytes of an answer (answers are streamed), not a limit on the whole
answer, so a slow but progressing model is never cut off.
"""

from __future__ import annotations

import os
import threading

from .settings import LLMSettings

CONNECT_TIMEOUT = 10.0  # seconds; a server that does not even accept the connection is down

_clients: dict[tuple, object] = {}
_lock = threading.Lock()


def shared_client(settings: LLMSettings):
    """The process's client for the settings' endpoint, key and timeout (created on first use)."""
    import openai

    key = (os.getpid(), settings.base_url, settings.effective_api_key, settings.timeout)
    with _lock:
        client = _clients.get(key)
        if client is None:
            if any(k[0] != key[0] for k in _clients):  # inherited through fork: never reuse a parent's pool
                _clients.clear()
            client = openai.OpenAI(
                api_key=settings.effective_api_key, base_url=settings.base_url, max_retries=0,
                timeout=openai.Timeout(settings.timeout, connect=min(CONNECT_TIMEOUT, settings.timeout)))
            _clients[key] = client
        return client
