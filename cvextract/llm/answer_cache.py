"""A disk cache of model answers, so a rerun over unchanged inputs makes no call.

The key is the sha256 of the model, the messages, the requested response format and the sampling
parameters; the value is the parsed JSON answer in ``<cache_dir>/<key[:2]>/<key>.json``. Only
answers the caller accepted are stored, so a rejected answer is asked again next time.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from ..atomic import write_json

log = logging.getLogger("cvextract.llm")


def answer_key(model: str, messages: list[dict], response_format: dict | None, **params) -> str:
    material = {"model": model, "messages": messages, "response_format": response_format, "params": params}
    canonical = json.dumps(material, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AnswerCache:
    def __init__(self, directory: str | Path):
        self.directory = Path(directory)

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        """The stored answer, or ``None`` on a miss or an unreadable entry."""
        path = self.path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            log.warning("%s: ignoring unreadable cached answer (%s)", path, exc)
            return None
        answer = entry.get("answer") if isinstance(entry, dict) else None
        return answer if isinstance(answer, dict) else None

    def put(self, key: str, answer: dict, *, model: str) -> None:
        write_json(self.path(key), {"model": model, "answer": answer})
