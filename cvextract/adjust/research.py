"""Company research: a customer's web site (when reachable) and URL -> a validated CompanyProfile.

One research file per customer URL, ``<research_dir>/<domain>-<md5(url)[:8]>.research.json``,
reused while it validates, so a batch researches each customer once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import urllib.parse
from pathlib import Path
from typing import Callable

from ..atomic import write_json
from ..contracts import RESEARCH_SCHEMA, load_schema, schema_errors
from ..json_files import read_json_object
from ..errors import CvError, ValidationError
from ..llm import LLMError, ask_json
from .web_page import FetchError, fetch_page_text

logger = logging.getLogger("cvextract.research")

SYSTEM_PROMPT = """You are a company research analyst preparing a profile of a prospective customer.
Use the text of the customer's web site when it is given, the URL, and what is publicly known about
the company. Reply with one JSON object that fits this JSON Schema (no other fields):
{schema}
Guidelines:
- "domains" are the business domains the company works in (e.g. "retail banking", "cybersecurity").
- "technology_signals" are technologies the company uses or is likely interested in, each with the
  evidence ("signals") and a conservative "confidence" between 0 and 1.
- Leave out any optional field you cannot support; never invent precise figures.
Reply with the JSON object only."""


def research_file_name(customer_url: str) -> str:
    """``https://www.example.com/about`` -> ``example.com-7925c8fb.research.json``."""
    url = customer_url.strip()
    digest = hashlib.md5(url.lower().encode("utf-8")).hexdigest()[:8]
    parts = urllib.parse.urlsplit(url if "://" in url else "//" + url)
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    domain = re.sub(r"[^a-z0-9.-]", "_", host) or "unknown"
    return f"{domain}-{digest}.research.json"


def research_path(customer_url: str, research_dir: str | Path) -> Path:
    return Path(research_dir) / research_file_name(customer_url)


def load_research(path: str | Path) -> dict:
    """A research file's profile, validated against the research schema."""
    path = Path(path)
    data = read_json_object(path, "research file")
    problems = schema_errors(data, RESEARCH_SCHEMA)
    if problems:
        raise ValidationError(path, "research file does not match the research schema: "
                              + "; ".join(problems[:3]), problems)
    return data


def research_company(customer_url: str, research_dir: Path, *, model: str | None = None,
                     cache_dir: Path | None = None,
                     log: logging.Logger | Callable[[str], None] | None = None) -> Path:
    """The research file for ``customer_url``, researched now unless a valid one exists.

    An unreachable site is a warning (research proceeds from the URL alone); a model answer that
    does not fit the research schema raises :class:`LLMError` and writes nothing.
    """
    warn = _warner(log)
    path = research_path(customer_url, research_dir)
    if path.exists():
        try:
            load_research(path)
            logger.debug("%s: reusing research %s", customer_url, path)
            return path
        except CvError as exc:
            warn(f"{path}: ignoring invalid research file ({exc.cause}); researching again")

    try:
        site_text = fetch_page_text(customer_url)
    except FetchError as exc:
        warn(f"{customer_url}: web site unreachable ({exc.cause}); researching from the URL alone")
        site_text = None

    schema = load_schema(RESEARCH_SCHEMA)
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT.format(schema=json.dumps(_prompt_schema(schema)))},
        {"role": "user", "content": json.dumps({
            "customer_url": customer_url,
            "website_text": site_text,
            "note": None if site_text else "The web site could not be fetched; use the URL and public knowledge.",
        }, ensure_ascii=False)},
    ]

    def accept(answer: dict) -> None:
        problems = schema_errors(_without_nulls(answer), RESEARCH_SCHEMA)
        if problems:
            raise LLMError(customer_url, "company research: model answer does not match the research schema: "
                           + "; ".join(problems[:3]) + (f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""))

    answer = ask_json(messages, schema=schema, schema_name="company_profile", purpose="company research",
                      source=customer_url, model=model, cache_dir=cache_dir, temperature=0.2, accept=accept)
    write_json(path, _without_nulls(answer))
    return path


def _without_nulls(value):
    """Drop ``null`` members (models write them for unknown optional fields)."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _prompt_schema(schema: dict) -> dict:
    return {k: v for k, v in schema.items() if k not in ("$schema", "$id")}


def _warner(log) -> Callable[[str], None]:
    if log is None:
        return logger.warning
    if isinstance(log, logging.Logger):
        return log.warning
    return log
