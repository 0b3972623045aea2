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

Until the first answer's headers say what the budget is (or that the server sends none, as local
servers do), one request at a time goes out: a batch that starts 16 calls at once would otherwise learn the
limit by drawing refusals. With a budget file (:mod:`.shared_budget`) all of this is shared by every
process calling the endpoint (the batch's model-call process, cluster jobs, single runs side by
side); without one, by the threads of this process.

Headers are hints (Azure sends ``-1`` or ``0`` on some endpoints, local servers none at all):
values that make no sense are ignored.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .shared_budget import SharedBudget

log = logging.getLogger("cvextract.llm")

LONGEST_RESET = 900.0  # seconds; a reset header beyond this is taken as this (a hint must not hang a batch)
PROBE_PATIENCE = 30.0  # seconds a first request may hold the others back before another one goes
SHARED_POLL = 0.5      # longest wait before a shared budget is read again (another process may have freed it)
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

    def take(self, amount: float, now: float) -> None:
        self.refill(now)
        self.level -= amount

    def stored(self) -> list[float]:
        return [self.capacity, self.rate, self.level, self.stamp]

    @classmethod
    def from_stored(cls, value) -> "_Bucket | None":
        try:
            capacity, rate, level, stamp = (float(v) for v in value)
        except (TypeError, ValueError):
            return None
        return cls(capacity, rate, level, stamp)


def _wait(bucket: _Bucket | None, needed: float, now: float) -> float:
    return bucket.wait_for(needed, now) if bucket is not None else 0.0


def _take(bucket: _Bucket | None, amount: float, now: float) -> None:
    if bucket is not None:
        bucket.take(amount, now)


def _server_bucket(limit, remaining, reset, sent_after: float, now: float, caution: float,
                   bounds: list | None) -> tuple[_Bucket | None, list | None]:
    """The provider's budget for one unit (requests or tokens) as an answer's headers describe it
    (``None`` when they say nothing usable: absent, or Azure's -1/0 placeholders), and the bounds on
    its refill rate.

    ``remaining`` is a whole number, rounded down: the rate lies between ``(limit - remaining - 1) /
    reset`` and ``(limit - remaining) / reset``. Taken from one answer alone the upper end runs up
    to a third too fast (then the provider refuses); each answer narrows the interval the earlier
    ones left, and the pace takes its lower end (its middle while the lower end is 0).
    """
    limit, remaining, reset = _number(limit), _number(remaining), parse_duration(reset)
    reset = min(reset, LONGEST_RESET) if reset is not None else None
    if limit is None or remaining is None or limit <= 0 or remaining > limit:
        return None, bounds
    if reset and reset > 0 and remaining < limit:
        low, high = max(0.0, limit - remaining - 1) / reset, (limit - remaining) / reset
        if bounds and len(bounds) == 2 and bounds[0] <= high and low <= bounds[1]:  # agrees with earlier answers
            low, high = max(low, bounds[0]), min(high, bounds[1])
        bounds = [low, high]
        rate = low if low > 0 else high / 2  # nothing below yet: the middle, until answers narrow it
    else:
        rate = limit / 60.0  # the usual unit is per minute
    # ``caution`` < 1 after refusals: the provider's window refills less evenly than a bucket.
    return _Bucket(capacity=max(1.0, limit * caution), rate=rate * caution, level=remaining - sent_after,
                   stamp=now), bounds


class RateLimiter:
    """Gate every request of one endpoint (see the module docstring).

    ``shared``: the budget file every process calling the endpoint uses; its state is read and
    written under the file's lock around each step (the clock is then wall time, which processes share).
    """

    def __init__(self, requests_per_minute: float | None = None, tokens_per_minute: float | None = None,
                 clock=None, shared: str | Path | None = None):
        self.shared = SharedBudget(shared) if shared else None
        self.clock = clock or (time.time if self.shared else time.monotonic)
        self.cond = threading.Condition()  # reentrant: a step inside acquire's wait loop takes it again
        self.me = [socket.gethostname(), os.getpid()]
        # The state below is the shared one (loaded from and stored to the budget file, when there is one).
        self.paused_until = 0.0
        self.outstanding: dict[int, list] = {}  # ticket -> [sent at, host, pid]: sent, not answered yet
        self.next_ticket = 0
        self.learned_ticket = 0  # the newest request whose headers the budgets reflect
        self.answers = 0         # answers begun: until the first one's headers, a request at a time
        self.last_answer = None  # clock() of the latest answer, for "the endpoint keeps answering"
        self.refusals = 0        # 429s received
        self.caution = 1.0       # shrinks with each refusal, recovers with answers (AIMD on the header pace)
        self.requests: _Bucket | None = None  # the provider's budgets, from its headers
        self.tokens: _Bucket | None = None
        self.request_rate: list | None = None  # [low, high] bounds on their refill rates
        self.token_rate: list | None = None
        self.quota_exhausted: str | None = None  # set by an insufficient_quota answer: fatal for every caller
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

    # --- the shared state --------------------------------------------------------------------
    @contextlib.contextmanager
    def _state(self):
        """Hold this limiter, and the budget file's lock with its state loaded; store it after."""
        with self.cond, contextlib.ExitStack() as stack:
            stored = None
            if self.shared is not None:
                try:
                    stored = stack.enter_context(self.shared.locked())
                except OSError as exc:
                    log.warning("%s: rate-limit budget not shared with other processes (%s)",
                                self.shared.path, exc.strerror or exc)
                    self.shared = None
            if stored is not None:
                self._load(stored, self.clock())
            yield
            if stored is not None:
                self._save(stored)

    def _load(self, stored: dict, now: float) -> None:
        if not isinstance(stored.get("saved"), (int, float)) or now - stored["saved"] > LONGEST_RESET:
            stored.clear()  # nothing, or a picture too old to tell anything: learn afresh
        number = _number
        self.paused_until = number(stored.get("paused_until")) or 0.0
        self.next_ticket = int(number(stored.get("next_ticket")) or 0)
        self.learned_ticket = int(number(stored.get("learned_ticket")) or 0)
        self.answers = int(number(stored.get("answers")) or 0)
        self.last_answer = number(stored.get("last_answer"))
        self.refusals = int(number(stored.get("refusals")) or 0)
        self.caution = min(1.0, max(0.25, number(stored.get("caution")) or 1.0))
        self.requests = _Bucket.from_stored(stored.get("requests"))
        self.tokens = _Bucket.from_stored(stored.get("tokens"))
        self.request_rate, self.token_rate = stored.get("request_rate"), stored.get("token_rate")
        if stored.get("pace") == [self.rpm, self.tpm]:  # the configured pace, spent by every process
            self.own_requests = _Bucket.from_stored(stored.get("own_requests")) if self.rpm else None
            self.own_tokens = _Bucket.from_stored(stored.get("own_tokens")) if self.tpm else None
        self.outstanding = {}
        outstanding = stored.get("outstanding")
        for ticket, entry in (outstanding.items() if isinstance(outstanding, dict) else ()):
            if _alive(entry, self.me, now):
                self.outstanding[int(ticket)] = entry

    def _save(self, stored: dict) -> None:
        stored.clear()
        stored.update(saved=self.clock(), paused_until=self.paused_until, next_ticket=self.next_ticket,
                      learned_ticket=self.learned_ticket, answers=self.answers, last_answer=self.last_answer,
                      refusals=self.refusals, caution=self.caution,
                      requests=self.requests.stored() if self.requests else None,
                      tokens=self.tokens.stored() if self.tokens else None, pace=[self.rpm, self.tpm],
                      request_rate=self.request_rate, token_rate=self.token_rate,
                      own_requests=self.own_requests.stored() if self.own_requests else None,
                      own_tokens=self.own_tokens.stored() if self.own_tokens else None,
                      outstanding={str(ticket): entry for ticket, entry in self.outstanding.items()})

    # --- around one request ------------------------------------------------------------------
    @property
    def in_flight(self) -> int:
        return len(self.outstanding)

    def acquire(self, estimated_tokens: float) -> int:
        """Block until this request may go out, then count it as sent; its ticket for the outcome."""
        with self.cond:
            while True:
                with self._state():
                    now = self.clock()
                    wait = self._delay(estimated_tokens, now)
                    if wait <= 0:
                        for bucket, amount in ((self.own_requests, 1), (self.requests, 1),
                                               (self.own_tokens, estimated_tokens), (self.tokens, estimated_tokens)):
                            _take(bucket, amount, now)
                        self.next_ticket += 1
                        self.outstanding[self.next_ticket] = [now, *self.me]
                        return self.next_ticket
                # Woken by this process's answers; another process's are seen at the next look.
                self.cond.wait(wait if self.shared is None else min(wait, SHARED_POLL))

    def delay(self, estimated_tokens: float = 0.0) -> float:
        """Seconds a request sent now would wait (0: it goes at once)."""
        with self._state():
            return self._delay(estimated_tokens, self.clock())

    def _delay(self, estimated_tokens: float, now: float) -> float:
        probing = 0.0
        if not self.answers and any(now - entry[0] < PROBE_PATIENCE for entry in self.outstanding.values()):
            probing = SHARED_POLL  # the budget is not known yet: the first request is still out
        return max(probing, self.paused_until - now,
                   _wait(self.own_requests, 1, now), _wait(self.own_tokens, estimated_tokens, now),
                   _wait(self.requests, 1, now), _wait(self.tokens, estimated_tokens, now))

    def heard(self, ticket: int, headers) -> None:
        """A request's answer has begun (its headers are in, the body streams): learn from them."""
        with self._state():
            self.answers += 1
            self._learn(ticket, headers, self.clock())
            self.cond.notify_all()

    def answered(self, ticket: int, headers, estimated_tokens: float, used_tokens: float | None) -> None:
        """A request came back with an answer: learn from its headers."""
        with self._state():
            now = self.clock()
            self.outstanding.pop(ticket, None)
            self.answers += 1
            self.last_answer = now
            self.caution = min(1.0, self.caution + 0.02)
            if used_tokens is not None:  # settle the estimate against what the call really used
                _take(self.own_tokens, used_tokens - estimated_tokens, now)
                _take(self.tokens, used_tokens - estimated_tokens, now)
            self._learn(ticket, headers, now)
            self.cond.notify_all()

    def answering(self, within: float) -> bool:
        """Whether any call got an answer in the last ``within`` seconds."""
        with self._state():
            return self.last_answer is not None and self.clock() - self.last_answer <= within

    def failed(self, ticket: int) -> None:
        """A request ended without an answer worth learning from (timeout, connection error)."""
        with self._state():
            self.outstanding.pop(ticket, None)
            self.cond.notify_all()

    def refused(self, ticket: int, headers, wait: float) -> None:
        """HTTP 429: every caller waits ``wait`` seconds before its next request."""
        with self._state():
            now = self.clock()
            self.outstanding.pop(ticket, None)
            self.refusals += 1
            self.caution = max(0.25, self.caution * 0.8)
            self.paused_until = max(self.paused_until, now + wait)
            self._learn(ticket, headers, now)
            self.cond.notify_all()

    def _learn(self, ticket: int, headers, now: float) -> None:
        if not headers or ticket < self.learned_ticket:
            return  # an older request's view of the budget: a newer one's is already in force
        get = headers.get
        requests, self.request_rate = _server_bucket(
            get("x-ratelimit-limit-requests"), get("x-ratelimit-remaining-requests"), get("x-ratelimit-reset-requests"),
            # sent after this request: the provider had not counted them in ``remaining``
            sum(1 for other in self.outstanding if other > ticket), now, self.caution, self.request_rate)
        tokens, self.token_rate = _server_bucket(
            get("x-ratelimit-limit-tokens"), get("x-ratelimit-remaining-tokens"), get("x-ratelimit-reset-tokens"),
            0, now, self.caution, self.token_rate)
        if requests is None and tokens is None:
            return
        self.learned_ticket = ticket
        self.requests = requests or self.requests
        self.tokens = tokens or self.tokens


def _alive(entry, me: list, now: float) -> bool:
    """Whether a request in flight still counts: not older than any answer takes, and, when sent
    from this machine, its process still runs (a killed process leaves its requests behind)."""
    try:
        sent, host, pid = float(entry[0]), entry[1], int(entry[2])
    except (TypeError, ValueError, IndexError):
        return False
    if now - sent > LONGEST_RESET:
        return False
    if host != me[0] or pid == me[1]:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


_limiters: dict[tuple, RateLimiter] = {}
_limiters_lock = threading.Lock()


def limiter_for(endpoint: str, requests_per_minute: float | None, tokens_per_minute: float | None,
                shared: str | Path | None = None) -> RateLimiter:
    """The process's limiter for ``endpoint`` and budget file (pacing follows the latest settings)."""
    key = (endpoint, str(shared) if shared else None)
    with _limiters_lock:
        limiter = _limiters.get(key)
        if limiter is None:
            limiter = _limiters[key] = RateLimiter(requests_per_minute, tokens_per_minute, shared=shared)
        elif (limiter.rpm, limiter.tpm) != (requests_per_minute, tokens_per_minute):
            limiter.configure(requests_per_minute, tokens_per_minute)
        return limiter
