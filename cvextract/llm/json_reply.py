"""Reading a JSON object out of a model's text reply, tolerating fences and chatter."""

from __future__ import annotations

import json
import re

_FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*\s*\n?(.*?)\n?\s*```\s*$", re.DOTALL)


def parse_json_reply(text: str | None) -> dict:
    """The JSON object in ``text``: fences stripped, else the span from the first ``{`` to the last ``}``.

    Raises ``ValueError`` saying why when there is no JSON object.
    """
    if text is None or not text.strip():
        raise ValueError("empty reply")
    body = text.strip()
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group(1).strip()
    try:
        data = json.loads(body)
    except json.JSONDecodeError:
        start, end = body.find("{"), body.rfind("}")
        if start < 0 or end <= start:
            raise ValueError(f"reply is not JSON: {_preview(text)}") from None
        try:
            data = json.loads(body[start:end + 1])
        except json.JSONDecodeError as exc:
            raise ValueError(f"reply is not valid JSON ({exc.msg} at char {exc.pos}): {_preview(text)}") from None
    if not isinstance(data, dict):
        raise ValueError(f"reply is JSON but not an object ({type(data).__name__})")
    return data


def _preview(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit] + "…")
