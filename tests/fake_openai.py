"""A scriptable OpenAI-compatible server and a tiny web site, both on 127.0.0.1, for LLM tests
(and for scripts/bench_llm.py).

Recorded request headers have lower-cased names. A request with ``"stream": true`` gets a 200
completion as server-sent events (usage in a last chunk when ``stream_options.include_usage``),
like the OpenAI API; errors stay plain JSON. The server counts what a provider would: answers
served, their tokens, refusals (429), and calls in flight (``peak_in_flight``). With
``requests_per_second`` it refuses what goes over that rate (a token bucket, as OpenAI) with a 429 and
``retry-after-ms``, and reports ``x-ratelimit-*`` headers on every answer, as OpenAI does.

The real ``openai`` client talks to :class:`FakeOpenAI` through ``OPENAI_BASE_URL``; each test
queues the replies it wants (status codes, Retry-After, delays, garbage, functions of the request)
and inspects the recorded requests. Import the fixtures into a test module to use them::

    from fake_openai import fake_openai, fake_site, chat, error  # noqa: F401
"""

from __future__ import annotations

import copy
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict = b""
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (longer than the client timeout = a timeout)
    content_type: str = "application/json"
    chunk_delay: float = 0.0  # streamed answers: seconds between chunks (a slow but progressing model)
    chunks: int = 4           # streamed answers: pieces the content is sent in


@dataclass
class Request:
    path: str
    headers: dict
    body: dict

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", [])

    @property
    def response_format(self) -> dict | None:
        return self.body.get("response_format")

    @property
    def system(self) -> str:
        return "\n".join(m["content"] for m in self.messages if m["role"] == "system")

    @property
    def user(self) -> str:
        return "\n".join(m["content"] for m in self.messages if m["role"] == "user")

    def user_json(self) -> dict:
        return json.loads(self.user)


def completion(content: str, *, finish_reason: str = "stop", model: str = "fake-model",
               prompt_tokens: int = 7) -> dict:
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "finish_reason": finish_reason,
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 1 + len(content) // 4,
                  "total_tokens": prompt_tokens + 1 + len(content) // 4},
    }


def chat(content: str | dict, *, finish_reason: str = "stop", delay: float = 0.0, chunk_delay: float = 0.0,
         chunks: int = 4) -> Reply:
    """A 200 chat completion whose message is ``content`` (a dict is sent as JSON text)."""
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    return Reply(200, completion(text, finish_reason=finish_reason), delay=delay, chunk_delay=chunk_delay,
                 chunks=chunks)


def hashed_words(text: str, dimensions: int = 64) -> list[float]:
    """A deterministic stand-in for an embedding: the text's lower-cased words hashed into buckets."""
    import hashlib

    vector = [0.0] * dimensions
    for word in text.lower().split():
        vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % dimensions] += 1.0
    return vector if any(vector) else [1.0] + [0.0] * (dimensions - 1)


def error(status: int, message: str = "error", *, headers: dict | None = None,
          type: str = "server_error", param: str | None = None, code: str | None = None) -> Reply:
    return Reply(status, {"error": {"message": message, "type": type, "param": param, "code": code}},
                 headers=headers or {})


def go_duration(seconds: float) -> str:
    """How OpenAI writes a reset time: ``6m0s``, ``1.5s``, ``12ms``."""
    if seconds < 1:
        return f"{max(1, round(seconds * 1000))}ms"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}m{rest:.3g}s" if minutes else f"{rest:.3g}s"


Script = Reply | Callable[[Request], Reply]


class _Server:
    def __init__(self, handler_factory):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_factory)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def _send(handler: BaseHTTPRequestHandler, reply: Reply, *, stream: bool = False, include_usage: bool = False,
          extra_headers: dict | None = None) -> None:
    if reply.delay:
        time.sleep(reply.delay)
    if stream and reply.status == 200 and isinstance(reply.body, dict) and "choices" in reply.body:
        return _send_stream(handler, reply, include_usage, extra_headers or {})
    body = reply.body
    if isinstance(body, dict):
        body = json.dumps(body).encode()
    elif isinstance(body, str):
        body = body.encode()
    try:
        handler.send_response(reply.status)
        handler.send_header("Content-Type", reply.content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in {**(extra_headers or {}), **reply.headers}.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up (timeout test)


def _send_stream(handler: BaseHTTPRequestHandler, reply: Reply, include_usage: bool, extra_headers: dict) -> None:
    """A completion as server-sent events: role, the content in ``reply.chunks`` pieces, the finish
    reason, then (when asked) the usage, then ``[DONE]``; ``reply.chunk_delay`` between events."""
    data = reply.body
    choice = data["choices"][0]
    content = choice["message"].get("content") or ""
    size = max(1, -(-len(content) // max(1, reply.chunks)))
    base = {"id": data["id"], "object": "chat.completion.chunk", "created": 0, "model": data["model"]}

    def event(choices, usage=None):
        return {**base, "choices": choices, **({"usage": usage} if usage is not None else {})}

    events = [event([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])]
    events += [event([{"index": 0, "delta": {"content": content[i:i + size]}, "finish_reason": None}])
               for i in range(0, len(content), size)]
    if choice["message"].get("refusal"):
        events.append(event([{"index": 0, "delta": {"refusal": choice["message"]["refusal"]}, "finish_reason": None}]))
    events.append(event([{"index": 0, "delta": {}, "finish_reason": choice.get("finish_reason")}]))
    if include_usage:
        events.append(event([], data.get("usage")))
    try:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Cache-Control", "no-cache")
        for key, value in {**extra_headers, **reply.headers}.items():
            handler.send_header(key, value)
        handler.end_headers()  # HTTP/1.0: the body ends when the connection closes
        for index, item in enumerate(events):
            if index and reply.chunk_delay:
                time.sleep(reply.chunk_delay)
            handler.wfile.write(f"data: {json.dumps(item)}\n\n".encode())
            handler.wfile.flush()
        handler.wfile.write(b"data: [DONE]\n\n")
        handler.wfile.flush()
    except (BrokenPipeError, ConnectionResetError):
        pass


class FakeOpenAI:
    """POST /v1/chat/completions answered from a queue, then from ``default``; every request recorded."""

    def __init__(self, *, requests_per_second: float | None = None, latency: float = 0.0):
        self.queue: deque[Script] = deque()
        self.default: Script | None = None
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self.requests_per_second = requests_per_second
        self.latency = latency          # seconds added before every answer (not refusals)
        self.in_flight = 0
        self.peak_in_flight = 0
        self.answered = 0               # 200 completions served
        self.refused = 0                # 429s sent
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self._bucket: list[float] | None = None  # [tokens, when] of the rate limit
        self.changed = threading.Condition(self.lock)  # notified whenever in_flight changes
        self.guard_releases = 0         # requests ``overlapping`` let go after its guard, not with the others
        # POST /v1/embeddings: each input text's vector from ``embed`` (default: its words, hashed)
        self.embed: Callable[[str], list[float]] = hashed_words
        self.embedding_requests: list[Request] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                if self.path.rstrip("/") == "/v1/embeddings":
                    return _send(self, fake._embeddings(request))
                if self.path.rstrip("/") != "/v1/chat/completions":
                    return _send(self, error(404, f"no route {self.path}", type="not_found"))
                with fake.lock:
                    fake.requests.append(request)
                    limit_headers, refusal = fake._admit()
                    if refusal is None:
                        script = fake.queue.popleft() if fake.queue else fake.default
                        fake.in_flight += 1
                        fake.peak_in_flight = max(fake.peak_in_flight, fake.in_flight)
                        fake.changed.notify_all()
                if refusal is not None:
                    return _send(self, refusal)
                try:
                    if script is None:
                        return _send(self, error(418, "fake server has no reply queued", type="test_error"))
                    reply = script(copy.deepcopy(request)) if callable(script) else script
                    if fake.latency:
                        time.sleep(fake.latency)
                    with fake.lock:
                        if reply.status == 429:
                            fake.refused += 1
                        elif reply.status == 200 and isinstance(reply.body, dict) and "usage" in reply.body:
                            fake.answered += 1
                            fake.prompt_tokens += reply.body["usage"]["prompt_tokens"]
                            fake.completion_tokens += reply.body["usage"]["completion_tokens"]
                    options = body.get("stream_options") or {}
                    _send(self, reply, stream=bool(body.get("stream")),
                          include_usage=bool(options.get("include_usage")), extra_headers=limit_headers)
                finally:
                    with fake.lock:
                        fake.in_flight -= 1
                        fake.changed.notify_all()

        self.server = _Server(Handler)

    def _embeddings(self, request: Request) -> Reply:
        with self.lock:
            self.embedding_requests.append(request)
        texts = request.body.get("input") or []
        data = [{"object": "embedding", "index": i, "embedding": self.embed(text)} for i, text in enumerate(texts)]
        tokens = sum(len(text.split()) for text in texts)
        return Reply(200, {"object": "list", "data": data, "model": request.body.get("model"),
                           "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})

    def _admit(self) -> tuple[dict, Reply | None]:
        """Under the lock: the rate-limit headers, and a 429 when this request is over the rate.

        A token bucket like OpenAI's: ``requests_per_second`` tokens at most (a second's burst),
        refilled continuously; the reset header is the time until the bucket is full again.
        """
        if not self.requests_per_second:
            return {}, None
        now, rate = time.monotonic(), self.requests_per_second
        limit = max(1, int(rate))
        if self._bucket is None:
            self._bucket = [float(limit), now]
        level = min(limit, self._bucket[0] + (now - self._bucket[1]) * rate)
        self._bucket[:] = [level, now]
        if level < 1:
            self.refused += 1
            return {}, error(429, "Rate limit reached for requests", type="requests", code="rate_limit_exceeded",
                             headers={"retry-after-ms": str(max(1, round((1 - level) / rate * 1000))),
                                      "x-ratelimit-limit-requests": str(limit),
                                      "x-ratelimit-remaining-requests": "0",
                                      "x-ratelimit-reset-requests": go_duration((limit - level) / rate)})
        self._bucket[0] = level - 1
        return {"x-ratelimit-limit-requests": str(limit), "x-ratelimit-remaining-requests": str(int(level - 1)),
                "x-ratelimit-reset-requests": go_duration((limit - level + 1) / rate)}, None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}/v1"

    def overlapping(self, script: Script, *, together: int, linger: float = 0.5, guard: float = 15.0) -> Script:
        """``script``, each request held until ``together`` requests are in flight at once (at most
        ``guard`` seconds, counted in ``guard_releases``), then ``linger`` seconds more: calls that may
        overlap do, on any machine load, and one more than allowed would show in ``peak_in_flight``.

        A barrier: when the count is reached, every request held then goes, even if the first ones
        let go have answered (and left the count) before a slower thread looks again."""
        rounds = [0]  # how many times ``together`` were in flight at once

        def held(request: Request) -> Reply:
            with self.changed:
                arrived = rounds[0]

                def released() -> bool:
                    if rounds[0] == arrived and self.in_flight >= together:
                        rounds[0] += 1
                        self.changed.notify_all()
                    return rounds[0] > arrived

                if not self.changed.wait_for(released, timeout=guard):
                    self.guard_releases += 1
            time.sleep(linger)
            return script(request) if callable(script) else script
        return held

    @property
    def calls(self) -> int:
        return len(self.requests)

    def push(self, *scripts: Script) -> "FakeOpenAI":
        self.queue.extend(scripts)
        return self

    def start(self):
        self.server.start()
        return self

    def stop(self):
        self.server.stop()


class FakeSite:
    """GET on 127.0.0.1: ``pages[path] = Reply``; requests recorded (path, headers)."""

    def __init__(self):
        self.pages: dict[str, Reply] = {}
        self.requests: list[tuple[str, dict]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                reply = site.pages.get(self.path) or Reply(404, "not found", content_type="text/plain")
                _send(self, reply)

        self.server = _Server(Handler)

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.server.port}{path}"

    def page(self, path: str, html: str, *, status: int = 200, content_type: str = "text/html; charset=utf-8",
             headers: dict | None = None) -> str:
        self.pages[path] = Reply(status, html, headers=headers or {}, content_type=content_type)
        return self.url(path)

    def start(self):
        self.server.start()
        return self

    def stop(self):
        self.server.stop()


def unused_port_url(path: str = "/") -> str:
    """An http URL on 127.0.0.1 where nothing listens (a port just bound and released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


@pytest.fixture
def llm_env(monkeypatch, tmp_path_factory):
    """A clean LLM environment: no endpoint, quick backoff, no proxy for 127.0.0.1, and a temporary
    folder of its own (where a run without an answer cache keeps its rate-limit budget: a new server
    may reuse an earlier one's port)."""
    import tempfile

    private_tmp = tmp_path_factory.mktemp("tmpdir")
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "CVEXTRACT_LLM_CACHE",
                 "CVEXTRACT_LLM_ATTEMPTS", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CVEXTRACT_LLM_BACKOFF_BASE", "0.001")
    monkeypatch.setenv("CVEXTRACT_LLM_BACKOFF_CAP", "0.01")
    monkeypatch.setenv("CVEXTRACT_LLM_RETRY_AFTER_CAP", "0.05")
    monkeypatch.setenv("CVEXTRACT_LLM_TIMEOUT", "5")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    return monkeypatch


@pytest.fixture
def fake_openai(llm_env):
    from cvextract.llm import rate_limit, response_format

    # A new server may reuse an earlier one's port: nothing learned about that one may carry over.
    response_format.forget_server_quirks()
    rate_limit._limiters.clear()
    server = FakeOpenAI().start()
    llm_env.setenv("OPENAI_BASE_URL", server.base_url)
    llm_env.setenv("OPENAI_API_KEY", "test-key")
    yield server
    server.stop()


@pytest.fixture
def fake_site(llm_env):
    site = FakeSite().start()
    yield site
    site.stop()


# --- a CV the adjuster tests share ---------------------------------------------------------------

SAMPLE_CV = {
    "identity": {"title": "Senior Cloud Engineer", "full_name": "Jane Doe", "first_name": "Jane", "last_name": "Doe"},
    "sidebar": {
        "skills": ["Architecture", "Mentoring"],
        "languages": ["Python", "Go"],
        "tools": ["Terraform", "Docker"],
        "certifications": ["AWS Solutions Architect"],
        "industries": ["Banking", "Retail"],
        "spoken_languages": ["English", "German"],
        "academic_background": ["MSc Computer Science"],
    },
    "overview": "Cloud engineer with ten years of experience. Contact: jane.doe@example.com.",
    "experiences": [
        {"heading": "Lead Engineer – Acme Bank – 2020 – Present",
         "description": "Led the platform team building Terraform modules.",
         "bullets": ["Built CI pipelines with Docker", "Mentored five engineers"],
         "environment": ["Terraform", "AWS"]},
        {"heading": "Engineer – Shop GmbH – 2015 – 2020",
         "description": "Developed retail services in Go.",
         "bullets": ["Wrote Go services", "Introduced code review"],
         "environment": None},
    ],
}


def sample_cv() -> dict:
    return copy.deepcopy(SAMPLE_CV)


def from_original(transform: Callable[[dict], dict] | None = None, key: str = "original_json") -> Callable[[Request], Reply]:
    """A reply computed from the request: the CV the adjuster sent, passed through ``transform``."""
    def reply(request: Request) -> Reply:
        cv = request.user_json()[key]
        return chat(transform(cv) if transform else cv)
    return reply
