"""One rate limiter per endpoint and process, shared by every thread that calls the model.

Three sources slow the calls down, and every caller of the process obeys all of them:

* a refusal (HTTP 429) pauses *all* callers until the server's ``retry-after-ms`` / ``Retry-After``
  (or our own backoff) has passed, so a burst of refusals slows the batch instead of each caller
  hammering on alone;
* the ``x-ratelimit-{limit,remaining,reset}-{requests,tokens}`` headers an answer carries (OpenAI and
  compatible gateways) keep a picture of the provider's budget: when it runs out, new calls wait for
  it to refill instead of being refused;
* the configured ``requests_per_minute`` / ``tokens_per_minute`` pace calls before the provider
  has anything to refuse.

Headers are hints (Azure sends ``-1`` or ``0`` on some endpoints, local servers none at all):
values that make no sense are ignored.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass

LONGEST_RESET = 900.0  # seconds; a reset header beyond this is taken as this (a hint must not hang a batch)
_GO_DURATION = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(h|ms|us|µs|ns|m|s)")
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}


def parse_duration(text: str | None) -> float | None:
    """``6m0s`` -> 360.0, ``12ms`` -> 0.012, ``1.5`` -> 1.5 (plain numbers are seconds); else ``None``."""
    if text is None:
        return None
    raw = str(text).strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        pass
    else:
        return value if value >= 0 else None
    pos, total = 0, 0.0
    for match in _GO_DURATION.finditer(raw):
        if match.start() != pos:
            return None
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
        pos = match.end()
    return total if pos == len(raw) and pos > 0 else None


def _number(text) -> float | None:
    try:
        value = float(str(text).strip())
    except (TypeError, ValueError):
        return None
    return value if value >= 0 else None


@dataclass
class _Bucket:
    """A token bucket that may run into debt: a caller waits until the level is back to ``needed``."""

    capacity: float
    rate: float          # units per second
    level: float
    stamp: float

    def refill(self, now: float) -> None:
        if now > self.stamp:
            self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
            self.stamp = now

    def wait_for(self, needed: float, now: float) -> float:
        """Seconds until ``needed`` units are available (0 when they are)."""
        self.refill(now)
        needed = min(needed, self.capacity)
        if self.level >= needed:
            return 0.0
        return (needed - self.level) / self.rate if self.rate > 0 else 1.0


class _ServerBudget:
    """The provider's own budget for one unit (requests or tokens), as its headers describe it."""

    def __init__(self):
        self.bucket: _Bucket | None = None
        self.full_at = 0.0   # without a refill rate: the budget is back when the reset has passed

    def update(self, limit, remaining, reset, sent_after: float, now: float, caution: float = 1.0) -> None:
        limit, remaining, reset = _number(limit), _number(remaining), parse_duration(reset)
        reset = min(reset, LONGEST_RESET) if reset is not None else None
        if limit is None or remaining is None or limit <= 0 or remaining > limit:
            return  # absent, or Azure's -1/0 placeholders
        level = remaining - sent_after
        if reset and reset > 0 and remaining < limit:
            rate = (limit - remaining) / reset
        else:
            rate = limit / 60.0  # the usual unit is per minute
        # ``caution`` < 1 after refusals: the provider's window refills less evenly than a bucket.
        self.bucket = _Bucket(capacity=max(1.0, limit * caution), rate=rate * caution, level=level, stamp=now)
        self.full_at = now + (reset or 0.0)

    def wait_for(self, needed: float, now: float) -> float:
        if self.bucket is None:
            return 0.0
        return self.bucket.wait_for(needed, now)

    def take(self, amount: float, now: float) -> None:
        if self.bucket is not None:
            self.bucket.refill(now)
            self.bucket.level -= amount


class RateLimiter:
    """Gate every request of one endpoint in this process (see the module docstring)."""

    def __init__(self, requests_per_minute: float | None = None, tokens_per_minute: float | None = None,
                 clock=time.monotonic):
        self.clock = clock
        self.cond = threading.Condition()
        self.paused_until = 0.0
        self.outstanding: set[int] = set()  # tickets of the requests sent and not answered yet
        self.next_ticket = 0
        self.learned_ticket = 0  # the newest request whose headers the budgets reflect
        self.successes = 0       # answers received, for "the endpoint keeps answering"
        self.last_answer = None  # clock() of the latest answer
        self.refusals = 0        # 429s received
        self.caution = 1.0       # shrinks with each refusal, recovers with answers (AIMD on the header pace)
        self.quota_exhausted: str | None = None  # set by an insufficient_quota answer: fatal for every caller
        self.requests = _ServerBudget()
        self.tokens = _ServerBudget()
        self.configure(requests_per_minute, tokens_per_minute)

    def configure(self, requests_per_minute: float | None, tokens_per_minute: float | None) -> None:
        now = self.clock()
        with self.cond:
            self.rpm, self.tpm = requests_per_minute, tokens_per_minute
            # About one second's worth of burst for requests; a whole request's tokens may go into debt.
            self.own_requests = (_Bucket(max(1.0, requests_per_minute / 60), requests_per_minute / 60,
                                         max(1.0, requests_per_minute / 60), now)
                                 if requests_per_minute else None)
            self.own_tokens = (_Bucket(tokens_per_minute / 60, tokens_per_minute / 60, tokens_per_minute / 60, now)
                               if tokens_per_minute else None)

    # --- around one request ------------------------------------------------------------------
    @property
    def in_flight(self) -> int:
        return len(self.outstanding)

    def acquire(self, estimated_tokens: float) -> int:
        """Block until this request may go out, then count it as sent; its ticket for the outcome."""
        with self.cond:
            while True:
                now = self.clock()
                wait = self._delay(estimated_tokens, now)
                if wait <= 0:
                    break
                self.cond.wait(wait)
            if self.own_requests is not None:
                _take(self.own_requests, 1, now)
            self.requests.take(1, now)
            if self.own_tokens is not None:
                _take(self.own_tokens, estimated_tokens, now)
            self.tokens.take(estimated_tokens, now)
            self.next_ticket += 1
            self.outstanding.add(self.next_ticket)
            return self.next_ticket

    def delay(self, estimated_tokens: float = 0.0) -> float:
        """Seconds a request sent now would wait (0: it goes at once)."""
        with self.cond:
            return self._delay(estimated_tokens, self.clock())

    def _delay(self, estimated_tokens: float, now: float) -> float:
        return max(self.paused_until - now,
                   self.own_requests.wait_for(1, now) if self.own_requests else 0.0,
                   self.own_tokens.wait_for(estimated_tokens, now) if self.own_tokens else 0.0,
                   self.requests.wait_for(1, now),
                   self.tokens.wait_for(estimated_tokens, now))

    def answered(self, ticket: int, headers, estimated_tokens: float, used_tokens: float | None) -> None:
        """A request came back with an answer: learn from its headers."""
        now = self.clock()
        with self.cond:
            self.outstanding.discard(ticket)
            self.successes += 1
            self.last_answer = now
            self.caution = min(1.0, self.caution + 0.02)
            if used_tokens is not None:  # settle the estimate against what the call really used
                if self.own_tokens is not None:
                    _take(self.own_tokens, used_tokens - estimated_tokens, now)
                self.tokens.take(used_tokens - estimated_tokens, now)
            self._learn(ticket, headers, now)
            self.cond.notify_all()

    def answering(self, within: float) -> bool:
        """Whether any call of this process got an answer in the last ``within`` seconds."""
        with self.cond:
            return self.last_answer is not None and self.clock() - self.last_answer <= within

    def failed(self, ticket: int) -> None:
        """A request ended without an answer worth learning from (timeout, connection error)."""
        with self.cond:
            self.outstanding.discard(ticket)
            self.cond.notify_all()

    def refused(self, ticket: int, headers, wait: float) -> None:
        """HTTP 429: every caller of this process waits ``wait`` seconds before its next request."""
        now = self.clock()
        with self.cond:
            self.outstanding.discard(ticket)
            self.refusals += 1
            self.caution = max(0.25, self.caution * 0.8)
            self.paused_until = max(self.paused_until, now + wait)
            self._learn(ticket, headers, now)
            self.cond.notify_all()

    def _learn(self, ticket: int, headers, now: float) -> None:
        if not headers or ticket < self.learned_ticket:
            return  # an older request's view of the budget: a newer one's is already in force
        self.learned_ticket = ticket
        # Sent after this request: the provider had not counted them in this answer's ``remaining``.
        sent_after = sum(1 for other in self.outstanding if other > ticket)
        get = headers.get
        self.requests.update(get("x-ratelimit-limit-requests"), get("x-ratelimit-remaining-requests"),
                             get("x-ratelimit-reset-requests"), sent_after, now, self.caution)
        self.tokens.update(get("x-ratelimit-limit-tokens"), get("x-ratelimit-remaining-tokens"),
                           get("x-ratelimit-reset-tokens"), 0, now, self.caution)


def _take(bucket: _Bucket, amount: float, now: float) -> None:
    bucket.refill(now)
    bucket.level -= amount


_limiters: dict[str, RateLimiter] = {}
_limiters_lock = threading.Lock()


def limiter_for(endpoint: str, requests_per_minute: float | None, tokens_per_minute: float | None) -> RateLimiter:
    """The process's limiter for ``endpoint`` (pacing follows the latest settings)."""
    with _limiters_lock:
        limiter = _limiters.get(endpoint)
        if limiter is None:
            limiter = _limiters[endpoint] = RateLimiter(requests_per_minute, tokens_per_minute)
        elif (limiter.rpm, limiter.tpm) != (requests_per_minute, tokens_per_minute):
            limiter.configure(requests_per_minute, tokens_per_minute)
        return limiter
