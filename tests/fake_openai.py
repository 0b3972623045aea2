"""A scriptable OpenAI-compatible server and a tiny web site, both on 127.0.0.1, for LLM tests.

Recorded request headers have lower-cased names.

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


def completion(content: str, *, finish_reason: str = "stop", model: str = "fake-model") -> dict:
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "finish_reason": finish_reason,
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def chat(content: str | dict, *, finish_reason: str = "stop", delay: float = 0.0) -> Reply:
    """A 200 chat completion whose message is ``content`` (a dict is sent as JSON text)."""
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    return Reply(200, completion(text, finish_reason=finish_reason), delay=delay)


def error(status: int, message: str = "error", *, headers: dict | None = None,
          type: str = "server_error", param: str | None = None) -> Reply:
    return Reply(status, {"error": {"message": message, "type": type, "param": param, "code": None}},
                 headers=headers or {})


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


def _send(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
    if reply.delay:
        time.sleep(reply.delay)
    body = reply.body
    if isinstance(body, dict):
        body = json.dumps(body).encode()
    elif isinstance(body, str):
        body = body.encode()
    try:
        handler.send_response(reply.status)
        handler.send_header("Content-Type", reply.content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in reply.headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up (timeout test)


class FakeOpenAI:
    """POST /v1/chat/completions answered from a queue, then from ``default``; every request recorded."""

    def __init__(self):
        self.queue: deque[Script] = deque()
        self.default: Script | None = None
        self.requests: list[Request] = []
        self.lock = threading.Lock()
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
                if self.path.rstrip("/") != "/v1/chat/completions":
                    return _send(self, error(404, f"no route {self.path}", type="not_found"))
                with fake.lock:
                    fake.requests.append(request)
                    script = fake.queue.popleft() if fake.queue else fake.default
                if script is None:
                    return _send(self, error(418, "fake server has no reply queued", type="test_error"))
                _send(self, script(copy.deepcopy(request)) if callable(script) else script)

        self.server = _Server(Handler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}/v1"

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
def llm_env(monkeypatch):
    """A clean LLM environment: no endpoint, quick backoff, no proxy for 127.0.0.1."""
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
