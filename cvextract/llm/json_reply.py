"""Reading a JSON object out of a model's text reply, tolerating fences, reasoning and chatter."""

from __future__ import annotations

import json
import re

_FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*\s*\n?(.*?)\n?\s*```\s*$", re.DOTALL)
# Reasoning models served by Ollama, vLLM or llama.cpp think aloud first; the thoughts may hold braces.
_THINKING = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.DOTALL | re.IGNORECASE)
_UNCLOSED_THINKING = re.compile(r"^\s*<(think|thinking|reasoning)>.*", re.DOTALL | re.IGNORECASE)
_MAX_CANDIDATES = 200  # "{" positions tried when the reply is not pure JSON


def strip_reasoning(text: str) -> str:
    """``text`` without ``<think>…</think>`` blocks (and a stray closing tag left by a cut prefix)."""
    text = _THINKING.sub("", text)
    if "</think>" in text.lower():  # some servers drop the opening tag: everything before the close is thought
        text = text[text.lower().rindex("</think>") + len("</think>"):]
    return text


def parse_json_reply(text: str | None) -> dict:
    """The JSON object in ``text``: reasoning blocks and fences stripped, else the first ``{`` that
    starts a whole JSON object (text before and after it is ignored).

    Raises ``ValueError`` saying why when there is no JSON object.
    """
    if text is None or not text.strip():
        raise ValueError("empty reply")
    body = strip_reasoning(text).strip()
    if not body:
        raise ValueError(f"reply holds only reasoning, no JSON: {_preview(text)}")
    if _UNCLOSED_THINKING.match(body):
        raise ValueError(f"reply is reasoning that never finished, no JSON: {_preview(text)}")
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group(1).strip()
    try:
        data = json.loads(body)
    except json.JSONDecodeError as first_error:
        data = _first_object(body)
        if data is None:
            if "{" not in body:
                raise ValueError(f"reply is not JSON: {_preview(text)}") from None
            raise ValueError(f"reply is not valid JSON ({first_error.msg} at char {first_error.pos}): "
                             f"{_preview(text)}") from None
    if not isinstance(data, dict):
        raise ValueError(f"reply is JSON but not an object ({type(data).__name__})")
    return data


def _first_object(body: str) -> dict | None:
    decoder = json.JSONDecoder()
    start = body.find("{")
    tried = 0
    while start >= 0 and tried < _MAX_CANDIDATES:
        try:
            value, _ = decoder.raw_decode(body, start)
        except json.JSONDecodeError:
            value = None
        if isinstance(value, dict):
            return value
        tried += 1
        start = body.find("{", start + 1)
    return None


def _preview(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit] + "…")
