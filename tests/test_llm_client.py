"""The LLM client against a local OpenAI-compatible server, through the real ``openai`` SDK."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cvextract.contracts import CV_SCHEMA, RESEARCH_SCHEMA, load_schema
from cvextract.errors import ConfigError, ValidationError
from cvextract.llm import LLMError, ask_json, check_llm_settings
from cvextract.llm.json_reply import parse_json_reply
from cvextract.llm.response_format import strict_schema
from fake_openai import chat, error, Reply
from sample_cvs import PROJECT_ROOT

MESSAGES = [{"role": "system", "content": "Reply with JSON."}, {"role": "user", "content": "hello"}]
ANSWER = {"name": "Acme", "domains": ["banking"]}


def ask(**kwargs):
    kwargs.setdefault("schema", load_schema(RESEARCH_SCHEMA))
    return ask_json(MESSAGES, schema_name="company_profile", purpose="test", source="unit", **kwargs)


def test_success_sends_json_schema_and_disables_sdk_retries(fake_openai, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "1")
    fake_openai.push(chat(ANSWER))
    assert ask() == ANSWER
    request = fake_openai.requests[0]
    assert request.response_format["type"] == "json_schema"
    assert request.response_format["json_schema"]["strict"] is False  # research schema has optional fields
    assert request.body["model"] == "gpt-4o-mini"
    assert request.headers["authorization"] == "Bearer test-key"

    fake_openai.push(error(500, "boom"))
    with pytest.raises(LLMError, match="HTTP 500"):
        ask()
    assert fake_openai.calls == 2  # one request: the SDK did not retry on its own


def test_cv_schema_goes_out_strict():
    strict = strict_schema(load_schema(CV_SCHEMA))
    text = repr(strict)
    assert strict is not None
    assert "oneOf" not in text and "minLength" not in text and "$ref" not in text and "$schema" not in text
    assert strict_schema(load_schema(RESEARCH_SCHEMA)) is None


def test_429_burst_and_500s_are_retried(fake_openai):
    fake_openai.push(error(429, "slow down", headers={"Retry-After": "0"}),
                     error(429, "slow down", headers={"Retry-After": "0"}),
                     error(500, "oops"), error(503, "unavailable"), chat(ANSWER))
    assert ask() == ANSWER
    assert fake_openai.calls == 5


def test_retry_after_is_honoured_and_capped(fake_openai, llm_env):
    from cvextract.llm.retry_policy import backoff_delay, retry_after_seconds
    from cvextract.llm.settings import settings_from_env

    class Refusal:  # what the SDK's errors carry: the response and its headers
        def __init__(self, headers):
            self.response = type("Response", (), {"headers": headers})()

    assert retry_after_seconds(Refusal({"retry-after-ms": "250", "retry-after": "9"})) == 0.25  # ms first
    assert retry_after_seconds(Refusal({"retry-after": "2"})) == 2.0
    llm_env.setenv("CVEXTRACT_LLM_RETRY_AFTER_CAP", "0.3")
    assert backoff_delay(0, settings_from_env(), Refusal({"retry-after": "0.2"})) == 0.2
    assert backoff_delay(0, settings_from_env(), Refusal({"retry-after": "120"})) == 0.3

    # Through the server: a 120 s Retry-After is capped, so the answer comes (a hang would not).
    fake_openai.push(error(429, "wait long", headers={"Retry-After": "120"}), chat(ANSWER))
    assert _within(60, ask) == ANSWER
    assert fake_openai.calls == 2


def test_backoff_settings_bound_the_wait(llm_env):
    from cvextract.llm.retry_policy import backoff_delay
    from cvextract.llm.settings import settings_from_env

    llm_env.setenv("CVEXTRACT_LLM_BACKOFF_BASE", "100")
    llm_env.setenv("CVEXTRACT_LLM_BACKOFF_CAP", "0.5")
    settings = settings_from_env()
    assert settings.backoff_base == 100 and settings.backoff_cap == 0.5
    assert all(0 <= backoff_delay(retry, settings) <= 0.5 for retry in range(8) for _ in range(20))
    llm_env.setenv("CVEXTRACT_LLM_BACKOFF_CAP", "0")
    assert backoff_delay(3, settings_from_env()) == 0
    for name in ("CVEXTRACT_LLM_BACKOFF_BASE", "CVEXTRACT_LLM_BACKOFF_CAP", "CVEXTRACT_LLM_RETRY_AFTER_CAP"):
        llm_env.setenv("OPENAI_API_KEY", "k")
        llm_env.setenv(name, "-1")
        with pytest.raises(ConfigError, match=name):
            check_llm_settings()
        llm_env.setenv(name, "0.01")


def _within(seconds: float, call):
    """``call()`` in a thread, failing the test when it has not returned after ``seconds`` (a hang)."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(call).result(timeout=seconds)


def test_timeout_then_success(fake_openai, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_TIMEOUT", "0.3")
    fake_openai.push(chat(ANSWER, delay=1.0), chat(ANSWER))
    assert ask() == ANSWER
    assert fake_openai.calls == 2


def test_a_slow_but_streaming_answer_is_not_cut_off_and_a_stalled_one_is(fake_openai, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_TIMEOUT", "0.5")
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "2")
    # Eight pieces 0.2 s apart: far longer in all than the timeout, but never silent for that long.
    fake_openai.push(chat(ANSWER, chunk_delay=0.2, chunks=8))
    assert ask() == ANSWER
    assert fake_openai.calls == 1
    assert fake_openai.requests[0].body["stream"] is True
    assert fake_openai.requests[0].body["stream_options"] == {"include_usage": True}
    # Silent mid-answer for longer than the timeout: a stall, asked again.
    fake_openai.push(chat(ANSWER, chunk_delay=2.0, chunks=2), chat(ANSWER))
    assert ask() == ANSWER
    assert fake_openai.calls == 3
    # Progressing, but past the bound on a whole answer: one line, not asked again.
    llm_env.setenv("CVEXTRACT_LLM_MAX_ANSWER_SECONDS", "0.5")
    fake_openai.push(chat(ANSWER, chunk_delay=0.2, chunks=8))
    with pytest.raises(LLMError, match=r"unit: test: answer from http://127\.0\.0\.1:\d+/v1 still streaming after "
                                       r"0\.5 s \(CVEXTRACT_LLM_MAX_ANSWER_SECONDS\); gave up"):
        ask()
    assert fake_openai.calls == 4


def test_exhausted_retries_raise_and_never_pass_through(fake_openai, llm_env):
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "3")
    fake_openai.default = error(502, "bad gateway")
    with pytest.raises(LLMError, match=r"unit: test: gave up after 3 attempt\(s\): HTTP 502"):
        ask()
    assert fake_openai.calls == 3


def test_auth_error_is_not_retried(fake_openai):
    fake_openai.push(error(401, "invalid api key"))
    with pytest.raises(LLMError, match="OPENAI_API_KEY"):
        ask()
    assert fake_openai.calls == 1


def test_garbage_reply_is_an_error(fake_openai):
    fake_openai.push(chat("I am sorry, I cannot produce that."))
    with pytest.raises(LLMError, match="no usable JSON"):
        ask()
    assert fake_openai.calls == 1


def test_truncated_and_empty_replies_are_errors(fake_openai):
    fake_openai.push(chat('{"name": "Ac', finish_reason="length"), chat(""))
    with pytest.raises(LLMError, match="token limit"):
        ask()
    with pytest.raises(LLMError, match="empty reply"):
        ask()


def test_non_json_http_body_is_an_error(fake_openai):
    fake_openai.push(Reply(200, "<html>gateway</html>", content_type="text/html"))
    with pytest.raises(LLMError, match="unit: test: model gpt-4o-mini returned an empty reply"):
        ask()


def test_a_malformed_event_stream_is_a_one_line_error(fake_openai):
    fake_openai.push(Reply(200, "data: {not json\n\ndata: [DONE]\n\n", content_type="text/event-stream"))
    with pytest.raises(LLMError, match=r"^unit: test: malformed answer stream from http://127\.0\.0\.1:\d+/v1: "):
        ask()


def test_an_answer_streamed_a_token_at_a_time_is_read_whole_with_its_usage(fake_openai):
    from cvextract.llm.usage import recording

    answer = {"name": "Zürich Logistik AG — “Cloud”", "domains": [f"domain {i}" for i in range(40)]}
    text = json.dumps(answer, ensure_ascii=False)
    fake_openai.push(chat(answer, chunks=len(text) // 4))  # about a token a chunk, as a real model streams
    with recording() as used:
        assert ask() == answer
    assert (used.calls, used.prompt_tokens, used.completion_tokens) == (1, 7, 1 + len(text) // 4)


def test_an_event_that_is_not_a_completion_chunk_is_a_one_line_error(fake_openai):
    fake_openai.push(Reply(200, 'data: ["not", "a", "chunk"]\n\ndata: [DONE]\n\n', content_type="text/event-stream"))
    with pytest.raises(LLMError, match=r"^unit: test: malformed answer stream from http://127\.0\.0\.1:\d+/v1: "
                                       r"an event that is not a completion chunk: \[\"not\""):
        ask()


def test_a_server_that_ignores_stream_is_read_whole(fake_openai):
    from fake_openai import completion

    # A body given as text is sent as it is: one JSON completion, no event stream.
    fake_openai.push(Reply(200, json.dumps(completion('{"name": "Acme", "domains": ["banking"]}'))))
    assert ask() == ANSWER


def test_fenced_and_chatty_replies_are_parsed(fake_openai):
    fake_openai.push(chat('```json\n{"name": "Acme", "domains": ["banking"]}\n```'),
                     chat('Sure! Here it is: {"name": "Acme", "domains": ["banking"]} Hope this helps.'))
    assert ask() == ANSWER
    assert ask() == ANSWER


def test_rejected_json_schema_falls_back_to_json_object_then_text(fake_openai):
    fake_openai.push(error(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported",
                           type="invalid_request_error", param="response_format"),
                     chat(ANSWER), chat(ANSWER))
    assert ask() == ANSWER
    assert ask() == ANSWER  # learned once: the second call goes straight to json_object
    assert [r.response_format["type"] for r in fake_openai.requests] == ["json_schema", "json_object", "json_object"]

    fake_openai.push(error(400, "response_format json_schema unsupported"),
                     error(400, "response_format json_object unsupported"),
                     chat("```json\n" + '{"name": "Acme", "domains": ["banking"]}' + "\n```"))
    assert ask(model="other-model") == ANSWER  # another model of the server is learned on its own
    assert [r.response_format and r.response_format["type"] for r in fake_openai.requests[3:]] == \
        ["json_schema", "json_object", None]


def test_other_400_is_not_a_format_fallback(fake_openai):
    fake_openai.push(error(400, "context length exceeded", type="invalid_request_error"))
    with pytest.raises(LLMError, match="HTTP 400"):
        ask()
    assert fake_openai.calls == 1


def test_rejected_temperature_is_dropped(fake_openai):
    fake_openai.push(error(400, "Unsupported value: 'temperature' does not support 0.2"), chat(ANSWER))
    assert ask(temperature=0.2) == ANSWER
    assert "temperature" in fake_openai.requests[0].body
    assert "temperature" not in fake_openai.requests[1].body


def test_answer_cache_hit_makes_no_call(fake_openai, tmp_path):
    fake_openai.default = chat(ANSWER)
    assert ask(cache_dir=tmp_path) == ANSWER
    assert ask(cache_dir=tmp_path) == ANSWER
    assert fake_openai.calls == 1
    ask_json(MESSAGES + [{"role": "user", "content": "changed"}], schema=load_schema(RESEARCH_SCHEMA),
             schema_name="company_profile", purpose="test", cache_dir=tmp_path)
    assert fake_openai.calls == 2
    ask(cache_dir=tmp_path, model="other-model")
    assert fake_openai.calls == 3


def test_rejected_answers_are_not_cached(fake_openai, tmp_path):
    fake_openai.default = chat(ANSWER)

    def reject(answer):
        raise ValidationError("unit", "not good enough")

    with pytest.raises(ValidationError):
        ask(cache_dir=tmp_path, accept=reject)
    assert ask(cache_dir=tmp_path) == ANSWER
    assert fake_openai.calls == 2
    assert list(tmp_path.rglob("*.tmp")) == []


def test_cache_dir_from_environment(fake_openai, llm_env, tmp_path):
    llm_env.setenv("CVEXTRACT_LLM_CACHE", str(tmp_path / "cache"))
    fake_openai.default = chat(ANSWER)
    ask()
    ask()
    assert fake_openai.calls == 1
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1


def test_model_selection(fake_openai, llm_env):
    fake_openai.default = chat(ANSWER)
    llm_env.setenv("OPENAI_MODEL", "env-model")
    ask()
    ask(model="explicit-model")
    assert [r.body["model"] for r in fake_openai.requests] == ["env-model", "explicit-model"]


def test_no_endpoint_is_a_config_error(llm_env):
    with pytest.raises(ConfigError) as excinfo:
        check_llm_settings()
    assert "OPENAI_API_KEY" in str(excinfo.value) and "OPENAI_BASE_URL" in str(excinfo.value)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        ask()


def test_base_url_without_key_uses_a_placeholder_key(fake_openai, llm_env):
    llm_env.delenv("OPENAI_API_KEY")
    check_llm_settings()
    fake_openai.push(chat(ANSWER))
    assert ask() == ANSWER
    assert fake_openai.requests[0].headers["authorization"] == "Bearer not-needed"


def test_bad_numeric_setting_is_a_config_error(llm_env):
    llm_env.setenv("OPENAI_API_KEY", "k")
    llm_env.setenv("CVEXTRACT_LLM_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="CVEXTRACT_LLM_TIMEOUT"):
        check_llm_settings()


def test_connection_refused_is_retried_then_fails(llm_env):
    from fake_openai import unused_port_url

    llm_env.setenv("OPENAI_BASE_URL", unused_port_url("/v1"))
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "2")
    with pytest.raises(LLMError, match="gave up after 2 attempt.*cannot connect"):
        ask()


def test_parse_json_reply():
    assert parse_json_reply('{"a": 1}') == {"a": 1}
    assert parse_json_reply("```\n{\"a\": 1}\n```") == {"a": 1}
    assert parse_json_reply('text {"a": {"b": 2}} more') == {"a": {"b": 2}}
    for bad in ("", "nothing", "[1, 2]", "{broken"):
        with pytest.raises(ValueError):
            parse_json_reply(bad)


def test_importing_adjust_and_llm_does_not_import_openai():
    code = ("import sys, cvextract.adjust, cvextract.llm, cvextract.adjust.translate, "
            "cvextract.adjust.company_research, cvextract.adjust.job_specific, "
            "cvextract.extract.openai_extractor, cvextract.registry as r; "
            "[r.ADJUSTERS.load(n) for n in r.ADJUSTERS.names()]; "
            "assert 'openai' not in sys.modules, 'openai was imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PROJECT_ROOT)


def test_validating_a_cv_leaves_the_schema_sent_to_the_model_as_shipped():
    from cvextract.contracts import is_valid

    before = repr(load_schema(CV_SCHEMA))
    is_valid({}, CV_SCHEMA)
    assert repr(load_schema(CV_SCHEMA)) == before
    assert strict_schema(load_schema(CV_SCHEMA)) is not None
