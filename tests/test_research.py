"""Company research: site fetching, the model call, validation and the research cache."""

from __future__ import annotations

import json
import logging

import pytest

from cvextract.adjust import load_research, research_company, research_file_name
from cvextract.adjust.web_page import FetchError, fetch_page_text
from cvextract.atomic import write_json
from cvextract.llm import LLMError
from fake_openai import chat, unused_port_url

PROFILE = {"name": "Acme Bank", "description": "A retail bank.", "domains": ["retail banking", "payments"],
           "technology_signals": [{"technology": "AWS", "interest_level": "high", "confidence": 0.7}]}
SITE = """<!doctype html><html><head><title>Acme Bank</title>
<meta name="description" content="Banking for everyone">
<style>body { color: red }</style><script>window.secret = "do-not-send";</script></head>
<body><nav>Home | About</nav><h1>Welcome to   Acme</h1>
<p>We run our payments platform on AWS.</p><noscript>enable js</noscript>
<template><p>hidden template</p></template></body></html>"""


@pytest.mark.parametrize("url, name", [
    ("https://www.example.com/about", "example.com-7925c8fb.research.json"),
    ("HTTP://Shop.Example.CO.UK:8443/x?y=1#z", "shop.example.co.uk-"),
    ("example.org", "example.org-"),
    ("https://bücher.example/", "b_cher.example-"),
])
def test_research_file_name(url, name):
    assert research_file_name(url).startswith(name)
    assert research_file_name(url).endswith(".research.json")


def test_research_sends_the_site_text_and_writes_a_valid_profile(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/", SITE)
    fake_openai.push(chat(PROFILE))
    path = research_company(url, tmp_path / "research")

    assert path == tmp_path / "research" / research_file_name(url)
    assert json.loads(path.read_text(encoding="utf-8")) == PROFILE
    request = fake_openai.requests[0]
    payload = request.user_json()
    assert payload["customer_url"] == url
    assert "Welcome to Acme We run our payments platform on AWS." in payload["website_text"]
    assert "Banking for everyone" in payload["website_text"]
    for hidden in ("do-not-send", "color: red", "enable js", "hidden template"):
        assert hidden not in request.user
    assert request.response_format["json_schema"]["name"] == "company_profile"
    assert '"technology_signals"' in request.system  # the schema is in the prompt too, for fallbacks
    assert fake_site.requests[0][1]["user-agent"].startswith("cvextract/")


def test_unreachable_site_proceeds_from_the_url_with_a_warning(fake_openai, tmp_path, caplog):
    url = unused_port_url("/")
    fake_openai.push(chat(PROFILE), chat(PROFILE))
    with caplog.at_level(logging.WARNING, logger="cvextract.research"):
        path = research_company(url, tmp_path / "a")
    assert path.exists()
    assert any("web site unreachable" in r.getMessage() and url in r.getMessage() for r in caplog.records)
    payload = fake_openai.requests[0].user_json()
    assert payload["website_text"] is None and "could not be fetched" in payload["note"]

    warnings: list[str] = []
    research_company(url, tmp_path / "b", log=warnings.append)
    assert len(warnings) == 1 and "researching from the URL alone" in warnings[0]


def test_existing_valid_research_is_reused_without_a_call(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/", SITE)
    fake_openai.push(chat(PROFILE))
    first = research_company(url, tmp_path)
    assert research_company(url, tmp_path) == first
    assert fake_openai.calls == 1
    assert len(fake_site.requests) == 1  # not even the site is fetched again


def test_invalid_existing_research_is_redone(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/", SITE)
    write_json(tmp_path / research_file_name(url), {"name": "Acme"})
    fake_openai.push(chat(PROFILE))
    path = research_company(url, tmp_path)
    assert fake_openai.calls == 1
    assert load_research(path) == PROFILE


def test_schema_invalid_answer_raises_and_writes_nothing(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/", SITE)
    fake_openai.push(chat({"name": "Acme", "domains": [], "founded_year": 1200, "ceo": "X"}))
    with pytest.raises(LLMError, match="does not match the research schema"):
        research_company(url, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_null_optional_fields_are_dropped(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/", SITE)
    fake_openai.push(chat({**PROFILE, "founded_year": None, "headquarters": None}))
    path = research_company(url, tmp_path)
    assert load_research(path) == PROFILE


def test_research_answer_cache(fake_openai, fake_site, tmp_path):
    url = fake_site.page("/", SITE)
    fake_openai.default = chat(PROFILE)
    research_company(url, tmp_path / "r1", cache_dir=tmp_path / "cache")
    research_company(url, tmp_path / "r2", cache_dir=tmp_path / "cache")
    assert fake_openai.calls == 1


def test_fetch_limits(fake_site):
    fake_site.page("/loop", "", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="HTTP 302: too many redirects"):
        fetch_page_text(fake_site.url("/loop"))
    for n in range(7):
        fake_site.page(f"/r{n}", "", status=302, headers={"Location": f"/r{n + 1}"})
    fake_site.page("/r7", "<p>too far</p>")
    with pytest.raises(FetchError, match="too many redirects") as excinfo:
        fetch_page_text(fake_site.url("/r0"))
    assert "\n" not in str(excinfo.value)
    fake_site.page("/r2", "<p>close enough</p>")
    assert fetch_page_text(fake_site.url("/r0")) == "close enough"

    fake_site.page("/a", "", status=301, headers={"Location": "/b"})
    fake_site.page("/b", "<p>arrived</p>")
    assert fetch_page_text(fake_site.url("/a")) == "arrived"

    big = fake_site.page("/big", "<p>" + "word " * 1_000_000 + "</p>")
    assert len(fetch_page_text(big)) == 8000
    assert len(fetch_page_text(big, max_bytes=1000, max_chars=10**6)) < 1000

    pdf = fake_site.page("/x.pdf", "%PDF-1.4", content_type="application/pdf")
    with pytest.raises(FetchError, match="not a web page"):
        fetch_page_text(pdf)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_page_text(fake_site.url("/missing"))
    with pytest.raises(FetchError, match="only http"):
        fetch_page_text("file:///etc/passwd")


def test_a_site_that_does_not_answer_in_time_is_researched_from_the_url(fake_openai, fake_site, tmp_path,
                                                                        monkeypatch):
    from functools import partial

    from cvextract.adjust import research as research_module
    from fake_openai import Reply

    fake_site.pages["/slow"] = Reply(200, "<p>too late</p>", content_type="text/html", delay=3.0)
    url = fake_site.url("/slow")
    with pytest.raises(FetchError, match="timed out"):
        fetch_page_text(url, timeout=0.3)
    monkeypatch.setattr(research_module, "fetch_page_text", partial(fetch_page_text, timeout=0.3))
    fake_openai.push(chat(PROFILE))
    warnings: list[str] = []
    path = research_company(url, tmp_path / "r", log=warnings.append)
    assert json.loads(path.read_text(encoding="utf-8")) == PROFILE
    assert len(warnings) == 1 and "web site unreachable" in warnings[0] and "timed out" in warnings[0]
    assert fake_openai.requests[0].user_json()["website_text"] is None
