"""Many callers of one process against one endpoint: a shared client, a shared rate limiter, usage.

Everything goes through the real ``openai`` client to the loopback server; the limiter's own
arithmetic is checked with a fake clock (no test waits on time).
"""

from __future__ import annotations

import concurrent.futures
import json
import subprocess
import sys
import threading

import pytest

from cvextract.contracts import RESEARCH_SCHEMA, load_schema
from cvextract.llm import LLMError, ask_json, settings_from_env
from cvextract.llm.connection import shared_client
from cvextract.llm.json_reply import parse_json_reply
from cvextract.llm.rate_limit import RateLimiter, limiter_for, parse_duration
from cvextract.llm.response_format import forget_server_quirks
from cvextract.llm.usage import recording
from fake_openai import chat, error

ANSWER = {"name": "Acme", "domains": ["banking"]}


def ask(n: int = 0, **kwargs):
    messages = [{"role": "system", "content": "Reply with JSON."}, {"role": "user", "content": f"company {n}"}]
    return ask_json(messages, schema=load_schema(RESEARCH_SCHEMA), schema_name="company_profile",
                    purpose="test", source=f"cv{n}", **kwargs)


@pytest.mark.parametrize("text, seconds", [
    ("6m0s", 360.0), ("12ms", 0.012), ("1s", 1.0), ("1.5s", 1.5), ("1h2m3.5s", 3723.5), ("250us", 0.00025),
    ("0.5", 0.5), ("7", 7.0), ("", None), ("-1", None), ("soon", None), ("6m0", None), ("s", None),
])
def test_reset_durations_are_read_the_way_openai_writes_them(text, seconds):
    assert parse_duration(text) == seconds


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_one_refusal_pauses_every_caller_then_they_recover():
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    ticket = limiter.acquire(10)
    limiter.refused(ticket, {}, wait=3.0)
    assert limiter.delay() == pytest.approx(3.0)  # any caller, not only the refused one
    clock.now += 3.0
    assert limiter.delay() == 0


def test_the_providers_headers_pace_calls_before_it_refuses():
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    ticket = limiter.acquire(10)
    # 8 a second, none left, full again in 1 s: the next call waits about 1/8 s, not a whole second
    # (1/7: "0" left may be up to one more, rounded down, so the pace is between 7 and 8 a second).
    limiter.answered(ticket, {"x-ratelimit-limit-requests": "8", "x-ratelimit-remaining-requests": "0",
                      "x-ratelimit-reset-requests": "1s"}, 10, 12)
    assert limiter.delay() == pytest.approx(1 / 7)
    clock.now += 1 / 7 + 1e-9
    assert limiter.delay() == 0
    # The next answer narrows the pace: none left, full in 0.95 s is 7.4 to 8.4 a second; with the
    # first answer's 7 to 8, 7.4 to 8.
    limiter.answered(limiter.acquire(10), {"x-ratelimit-limit-requests": "8", "x-ratelimit-remaining-requests": "0",
                                           "x-ratelimit-reset-requests": "950ms"}, 10, 12)
    assert limiter.delay() == pytest.approx(0.95 / 7)
    # Azure's placeholders (-1 / 0 limits) and a missing reset are ignored, not obeyed.
    fresh = RateLimiter(clock=clock)
    fresh.answered(fresh.acquire(0), {"x-ratelimit-limit-requests": "-1", "x-ratelimit-remaining-requests": "0"}, 0, None)
    fresh.answered(fresh.acquire(0), {"x-ratelimit-limit-requests": "0", "x-ratelimit-remaining-requests": "0"}, 0, None)
    assert fresh.delay() == 0


def seeded(limiter: RateLimiter) -> RateLimiter:
    """A limiter past its first request (answered without a budget in its headers)."""
    limiter.answered(limiter.acquire(0), {}, 0, None)
    return limiter


def test_until_the_first_answer_one_request_at_a_time():
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    first = limiter.acquire(10)
    assert limiter.delay() > 0  # the budget is unknown while the first request is out
    limiter.answered(first, {}, 10, None)  # no rate-limit headers: a server without a budget
    assert [limiter.delay() for _ in (limiter.acquire(10), limiter.acquire(10))] == [0, 0]
    # A first request that failed without an answer lets the next one go, alone again.
    fresh = RateLimiter(clock=clock)
    fresh.failed(fresh.acquire(0))
    fresh.acquire(0)
    assert fresh.delay() > 0


def test_requests_sent_after_an_answer_count_against_its_remaining_budget():
    clock = Clock()
    limiter = seeded(RateLimiter(clock=clock))
    before, answered, after = limiter.acquire(0), limiter.acquire(0), limiter.acquire(0)
    headers = {"x-ratelimit-limit-requests": "8", "x-ratelimit-remaining-requests": "1",
               "x-ratelimit-reset-requests": "1s"}
    limiter.answered(answered, headers, 0, None)
    # ``before`` is already counted in remaining=1; ``after`` is not: nothing left, and 6 to 7 come
    # back in the second the reset says: 1/6 s to the next.
    assert limiter.delay() == pytest.approx(1 / 6)
    limiter.answered(before, {**headers, "x-ratelimit-remaining-requests": "7"}, 0, None)
    assert limiter.delay() == pytest.approx(1 / 6)  # an older view of the budget does not override
    limiter.answered(after, {**headers, "x-ratelimit-remaining-requests": "3"}, 0, None)
    assert limiter.delay() == 0


def test_configured_requests_and_tokens_per_minute_pace_calls():
    clock = Clock()
    limiter = seeded(RateLimiter(requests_per_minute=120, tokens_per_minute=6000, clock=clock))  # 2 calls, 100 tokens a second
    clock.now += 1  # both buckets full again after the seeding call
    limiter.acquire(1)
    limiter.acquire(1)
    assert limiter.delay(1) == pytest.approx(0.5)  # the third call of the second waits for the next slot
    clock.now += 0.5
    assert limiter.delay(1) == 0
    limiter.answered(limiter.acquire(1), {}, 1, 300)  # the call really used 300 tokens, not the 1 estimated
    clock.now += 0.5
    assert limiter.delay(1) == pytest.approx(1.51)  # 150 tokens in debt + 1 needed, at 100 a second


def test_one_client_per_process_shared_by_threads(fake_openai):
    fake_openai.default = chat(ANSWER)
    settings = settings_from_env()
    clients = set()

    def one(n):
        clients.add(id(shared_client(settings_from_env())))
        return ask(n)

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        assert list(pool.map(one, range(16), timeout=60)) == [ANSWER] * 16
    assert clients == {id(shared_client(settings))}
    assert fake_openai.answered == 16


def test_a_429_burst_fails_no_call_while_the_endpoint_answers(fake_openai, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "2")  # fewer attempts than the refusals any one call may see
    fake_openai.requests_per_second = 4
    # A burst of refusals first, whatever the timing; then the rate limit refuses what goes over it.
    refusal = error(429, "Rate limit reached", headers={"retry-after-ms": "20"}, code="rate_limit_exceeded")
    fake_openai.push(chat(ANSWER), refusal, refusal, refusal)  # once the endpoint has answered
    fake_openai.default = chat(ANSWER)
    scopes = []

    def one(n):
        with recording() as usage:
            scopes.append(usage)
            return ask(n)

    with concurrent.futures.ThreadPoolExecutor(12) as pool:
        results = list(pool.map(one, range(24), timeout=120))
    assert results == [ANSWER] * 24
    assert fake_openai.refused >= 3 and fake_openai.answered == 24
    total = scopes[0]
    for usage in scopes[1:]:
        total.add(usage)
    assert total.calls == 24 and total.rate_limited == fake_openai.refused
    assert total.prompt_tokens == fake_openai.prompt_tokens and total.completion_tokens == fake_openai.completion_tokens


def test_refused_past_the_budget_is_one_line_saying_rate_limited(fake_openai, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "3")
    fake_openai.default = error(429, "Rate limit reached", headers={"retry-after-ms": "10"}, code="rate_limit_exceeded")
    with pytest.raises(LLMError) as excinfo:
        ask()
    message = str(excinfo.value)
    assert "\n" not in message
    assert message.startswith("cv0: test: rate limited by http://127.0.0.1:")
    assert "still refused after 3 attempt(s)" in message
    assert fake_openai.calls == 3


def test_insufficient_quota_is_fatal_at_once_for_every_caller(fake_openai):
    fake_openai.default = error(429, "You exceeded your current quota", type="insufficient_quota",
                                code="insufficient_quota")
    with pytest.raises(LLMError, match="insufficient quota.*waiting will not help"):
        ask(0)
    with pytest.raises(LLMError, match="insufficient quota"):
        ask(1)
    assert fake_openai.calls == 1  # not retried, and the next call did not even ask


def test_usage_is_recorded_per_scope_and_cache_hits_cost_nothing(fake_openai, tmp_path):
    fake_openai.default = chat(ANSWER)
    with recording() as first:
        ask(0, cache_dir=tmp_path)
        ask(1, cache_dir=tmp_path)
    assert (first.calls, first.cache_hits) == (2, 0)
    assert first.prompt_tokens == fake_openai.prompt_tokens > 0
    assert first.completion_tokens == fake_openai.completion_tokens > 0
    with recording() as rerun:
        ask(0, cache_dir=tmp_path)
        ask(1, cache_dir=tmp_path)
    assert (rerun.calls, rerun.prompt_tokens, rerun.completion_tokens, rerun.cache_hits) == (0, 0, 0, 2)

    # Threads keep their own scopes apart.
    scopes = {}

    def one(n):
        with recording() as usage:
            ask(10 + n)
            scopes[n] = usage

    threads = [threading.Thread(target=one, args=(n,)) for n in range(4)]
    [t.start() for t in threads]
    [t.join(60) for t in threads]
    assert [scopes[n].calls for n in range(4)] == [1, 1, 1, 1]


def test_a_rejected_response_format_is_learned_once_by_every_process(fake_openai, tmp_path):
    fake_openai.push(error(400, "response_format json_schema is not supported"))
    fake_openai.default = chat(ANSWER)
    ask(0, cache_dir=tmp_path)
    forget_server_quirks()  # as a fresh pool worker of the same batch: only the file in the cache is left
    ask(1, cache_dir=tmp_path)
    ask(2, cache_dir=tmp_path)
    assert [r.response_format["type"] for r in fake_openai.requests] == ["json_schema", "json_object",
                                                                         "json_object", "json_object"]
    forget_server_quirks(tmp_path)  # a new batch asks again
    ask(3, cache_dir=tmp_path)
    assert fake_openai.requests[-1].response_format["type"] == "json_schema"


REASONING = ('<think>The user wants {"name": ...}. Let me think about {braces} and } stray ones.\n'
             'Maybe {"name": "Wrong"}?</think>\n\nHere is the profile: {"name": "Acme", "domains": ["banking"]}')


def test_reasoning_blocks_and_text_before_the_json_are_stripped(fake_openai):
    fake_openai.push(chat(REASONING), chat("<think>\n{not json}\n</think>\n```json\n"
                                           '{"name": "Acme", "domains": ["banking"]}\n```'))
    assert ask(0) == ANSWER
    assert ask(1) == ANSWER


@pytest.mark.parametrize("text, expected", [
    (REASONING, ANSWER),
    ('Sure {of course}: {"a": {"b": 1}} and {"c": 2}', {"a": {"b": 1}}),
    ('reasoning without an opening tag {x}</think>{"a": 1}', {"a": 1}),
    ('<THINK>{"a": 0}</THINK>{"a": 1}', {"a": 1}),
])
def test_parse_json_reply_after_reasoning(text, expected):
    assert parse_json_reply(text) == expected


@pytest.mark.parametrize("text, cause", [
    ("<think>only {thinking} here</think>", "only reasoning"),
    ('<think>still {"a": 1} thinking when cut off', "reasoning that never finished"),
])
def test_reasoning_without_an_answer_says_so(text, cause):
    with pytest.raises(ValueError, match=cause):
        parse_json_reply(text)


def test_limiter_is_one_per_endpoint_and_follows_the_settings():
    one = limiter_for("http://a/v1", None, None)
    assert limiter_for("http://a/v1", None, None) is one
    assert limiter_for("http://b/v1", None, None) is not one
    assert limiter_for("http://a/v1", 60, None) is one and one.rpm == 60


def test_processes_sharing_a_budget_file_pace_as_one(tmp_path):
    # Two limiters on one file, as two processes of a batch (on one clock, standing for wall time).
    clock, path = Clock(), tmp_path / "budget.json"
    one, two = RateLimiter(shared=path, clock=clock), RateLimiter(shared=path, clock=clock)
    first = one.acquire(0)
    assert two.delay() > 0  # the other process's first request is still out: the budget is unknown
    one.answered(first, {"x-ratelimit-limit-requests": "8", "x-ratelimit-remaining-requests": "0",
                         "x-ratelimit-reset-requests": "1s"}, 0, None)
    assert two.delay() == pytest.approx(1 / 7)  # what one process learned paces the other
    clock.now += 1 / 7 + 1e-9
    two.refused(two.acquire(0), {}, wait=5.0)
    assert one.delay() == pytest.approx(5.0)  # and a refusal pauses every process
    # The configured pace is spent by all of them together: 60 a minute is one a second in all.
    seeded(RateLimiter(60, shared=tmp_path / "paced.json", clock=clock))
    assert RateLimiter(60, shared=tmp_path / "paced.json", clock=clock).delay() == pytest.approx(1.0)


WORKER = """
import concurrent.futures, json, sys
from cvextract.contracts import RESEARCH_SCHEMA, load_schema
from cvextract.llm import ask_json
from cvextract.llm.usage import recording

def one(n):
    with recording() as usage:
        answer = ask_json([{"role": "user", "content": f"company {sys.argv[1]}-{n}"}],
                          schema=load_schema(RESEARCH_SCHEMA), schema_name="company_profile",
                          purpose="test", source=f"cv{n}")
    return answer == {"name": "Acme", "domains": ["banking"]}, usage.rate_limited

with concurrent.futures.ThreadPoolExecutor(4) as pool:
    print(json.dumps(list(pool.map(one, range(20)))))
"""


def test_separate_processes_under_a_steady_limit_draw_almost_no_429(fake_openai):
    # Four processes (as cluster jobs or single runs side by side), four calls in flight each, 80
    # calls against a limit of 8 a second: alone, each would learn the limit by hitting it (about
    # half of the calls refused).
    fake_openai.requests_per_second = 8
    fake_openai.default = chat(ANSWER)
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(n)], stdout=subprocess.PIPE, text=True)
             for n in range(4)]
    results = [json.loads(proc.communicate(timeout=120)[0]) for proc in procs]
    assert [proc.returncode for proc in procs] == [0] * 4
    assert all(ok for answers in results for ok, _ in answers)  # every call answered: nothing lost
    assert fake_openai.answered == 80
    # Unshared, about half are refused. Shared, 0-4 in runs on a quiet machine; on a loaded one the four
    # processes' first calls can land in the same second (6 of 80 seen at load 7), hence the margin.
    assert fake_openai.refused <= 0.10 * 80
    assert sum(refused for answers in results for _, refused in answers) == fake_openai.refused
