"""A job's requests answered by another process: a batch's per-answer CPU work apart from its calls.

In a batch, an adjust job's own work (reading the CV, the personal-data mask, the fabrication
guard, the claims check, the writes, the render) runs in the worker pool, one worker per core, and
only its requests go to the model-call process, whose threads wait on the provider: that one
process's GIL then serves the calls alone, not the checks of every answer as well.

A pool worker cannot wait out an answer's latency (it would hold a core's worth of jobs back), so
the job runs in passes. The first runs in the model-call process (:func:`calling_first`) up to the
job's first request, makes that call (``cvextract.llm.client.answer_request``) and ends with
:class:`Answered`, holding the reply; so the call goes out at once, not after a pool worker is free.
Then the pool runs the job again from the start with the reply (:func:`replaying`); a further
request without a reply ends that pass with :class:`NeedsAnswer`, the model-call process answers it,
and so on until the job ends. What comes before a request is cheap and deterministic (reading the
CV, building the prompt, the answer cache's look-up: about a millisecond), and a pass that ends
early writes nothing that the next pass does not write again the same. A reply holds
the call's outcome whole: its text or the error the call raised (raised again where the call was
made, so the job fails exactly as it would have), and the usage the call recorded (calls, tokens,
HTTP 429s), counted once, by the pass that uses it.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator

from . import usage
from .settings import LLMSettings


@dataclass(frozen=True)
class Request:
    """What one call needs, as the client's ``_complete`` takes it; ``key``: the answer cache's key."""
    messages: list
    formats: list
    settings: LLMSettings
    temperature: float | None
    purpose: str
    source: str | Path | None
    key: str


@dataclass(frozen=True)
class Reply:
    """A call's outcome: its text, or the error it raised; and what it used."""
    text: str | None
    error: BaseException | None
    used: usage.Usage


class NeedsAnswer(BaseException):
    """A job run by :func:`replaying` asked for an answer it has no reply to; ``request_id`` names the
    reply that the next pass needs. A BaseException, like KeyboardInterrupt: no ``except Exception``
    of the job's code takes it for a failure."""

    def __init__(self, request_id: tuple[str, int], request: Request):
        super().__init__(request_id, request)
        self.request_id, self.request = request_id, request


class Answered(NeedsAnswer):
    """Raised by a job run with :func:`calling_first` (in the model-call process) where it needs its first
    answer: ``reply`` holds the call's outcome; ``request_id`` None when the answer cache has the answer
    (no call made: the pool checks it)."""

    def __init__(self, request_id: tuple[str, int] | None, reply: Reply | None):
        BaseException.__init__(self, request_id, reply)
        self.request_id, self.reply = request_id, reply


class _Pass:
    def __init__(self, replies: dict, call=None):
        self.replies = replies
        self.call = call  # calling_first: how to make the first call
        self.asked: Counter = Counter()


_pass: contextvars.ContextVar[_Pass | None] = contextvars.ContextVar("cvextract_llm_relay", default=None)


@contextlib.contextmanager
def replaying(replies: dict) -> Iterator[None]:
    """Within the block, this thread's requests are answered from ``replies`` (``request_id`` -> :class:`Reply`)
    and a request without one raises :class:`NeedsAnswer`."""
    token = _pass.set(_Pass(replies))
    try:
        yield
    finally:
        _pass.reset(token)


@contextlib.contextmanager
def calling_first(call) -> Iterator[None]:
    """Within the block, this thread's first request is made here (``call(request)`` -> :class:`Reply`)
    and ends the pass with :class:`Answered`, as does an answer found in the cache: the rest of the
    job runs with :func:`replaying`, elsewhere. The model-call process builds the first request
    itself, so that the call goes out without waiting for a pool worker."""
    token = _pass.set(_Pass({}, call))
    try:
        yield
    finally:
        _pass.reset(token)


def active() -> bool:
    return _pass.get() is not None


def cached() -> None:
    """The answer cache holds the answer asked for: in a :func:`calling_first` pass, the pass ends here."""
    current = _pass.get()
    if current is not None and current.call is not None:
        raise Answered(None, None)


def replied(request: Request) -> str:
    """The reply's text to ``request`` in this pass (its usage recorded, its error raised), or
    :class:`NeedsAnswer`. The n-th request with the same key in a pass takes the n-th reply: a job that
    asks the same thing twice made two calls, and makes them again."""
    current = _pass.get()
    request_id = (request.key, current.asked[request.key])
    current.asked[request.key] += 1
    reply = current.replies.get(request_id)
    if reply is None and current.call is not None:
        raise Answered(request_id, current.call(request))
    if reply is None:
        raise NeedsAnswer(request_id, request)
    usage.record(**asdict(reply.used))
    if reply.error is not None:
        raise reply.error
    return reply.text
