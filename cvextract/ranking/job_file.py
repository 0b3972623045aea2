"""A job file's requirements: the bullet list under a ``Requirements`` / ``Must have`` /
``Nice to have`` / ``Skills`` heading, or the lists of its YAML front matter.

Each requirement keeps the name the job file writes (``Kubernetes (K8s)``); the names it is matched
on are its alternatives (``Kubernetes``, ``K8s``; ``Python or Go``: either) and their aliases.
Must-have requirements weigh 2, nice-to-have ones 1. The job file is untrusted text: it is read
with a size cap, its front matter with ``yaml.safe_load``, and nothing in it runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, InputError
from .aliases import alias_groups, expand
from .words import words

MUST, NICE = 2, 1  # the weights of a must-have and a nice-to-have requirement
MAX_JOB_BYTES = 1_000_000  # a job description is a page or two; a bigger file is not one
MAX_REQUIREMENTS, MAX_NAME_CHARS = 100, 200  # as requirements.schema.json: a list, not a document
HOW_TO_LIST = ("list the requirements as bullets under a 'Requirements' (or 'Must have', 'Nice to have', "
               "'Skills') heading, or as 'requirements:' in YAML front matter (docs/ranking.md)")

_NICE_HEADINGS = ("nice to have", "nice to haves", "preferred", "desirable", "bonus", "optional", "a plus",
                  "good to have", "would be nice")
_MUST_HEADINGS = ("must", "requirement", "required", "essential", "mandatory", "skills", "qualifications",
                  "tech stack", "technologies", "what you bring", "you have")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BOLD_HEADING = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_COLON_HEADING = re.compile(r"^\s*([^\s\-*+•][^:]{0,60}):\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•▪‣◦]|\d{1,3}[.)])\s+(.+?)\s*$")
_ALTERNATIVES = re.compile(r"\s+(?:or|/|\|)\s+|\s*[,;]\s*", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass
class Requirement:
    name: str                # as the job file writes it
    weight: int
    terms: list[str] = field(default_factory=list)  # the names it is matched on, aliases included

    def to_json(self) -> dict:
        return {"name": self.name, "weight": self.weight, "terms": self.terms}


def read_job_text(path: str | Path) -> str:
    """The text of a job file, with a one-line error naming it when it cannot be one."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_JOB_BYTES + 1)
    except FileNotFoundError:
        raise InputError(path, "job file not found") from None
    except IsADirectoryError:
        raise InputError(path, "job file is a folder, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read the job file ({exc.strerror or exc})") from None
    if len(raw) > MAX_JOB_BYTES:
        raise InputError(path, f"job file is larger than {MAX_JOB_BYTES // 1_000_000} MB: not a job description")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "job file is not text (Markdown or plain text in UTF-8)") from None
    if "\0" in text:
        raise InputError(path, "job file is not text (Markdown or plain text in UTF-8)")
    if not text.strip():
        raise InputError(path, "job file is empty")
    return text


def listed_requirements(text: str, origin: str | Path | None = None) -> list[tuple[str, int]]:
    """``(name, weight)`` of each requirement the job text lists (front matter first, then the
    bullets under requirement headings), first mention kept; empty when it lists none."""
    found = _front_matter_requirements(text, origin)
    if not found:
        found = _heading_requirements(_FRONT_MATTER.sub("", text, count=1))
    kept: dict[tuple[str, ...], tuple[str, int]] = {}
    for name, weight in found:
        if len(name) > MAX_NAME_CHARS:
            raise ConfigError(origin, f"requirement '{name[:40]}…' is longer than {MAX_NAME_CHARS} characters: "
                                      "name it in a few words")
        key = words(name)
        if key and key not in kept:
            kept[key] = (name, weight)
    if len(kept) > MAX_REQUIREMENTS:
        raise ConfigError(origin, f"the job lists {len(kept)} requirements; at most {MAX_REQUIREMENTS} are ranked on")
    return list(kept.values())


def build_requirements(listed: list[tuple[str, int]], aliases: dict | None = None) -> list[Requirement]:
    """Requirements with the terms each is matched on: its alternatives and their aliases."""
    groups = alias_groups(aliases)
    return [Requirement(name, weight, expand(alternatives(name), groups)) for name, weight in listed]


def alternatives(name: str) -> list[str]:
    """``"Kubernetes (K8s)"`` -> ``["Kubernetes (K8s)", "Kubernetes", "K8s"]``; ``"Python or Go"`` ->
    ``["Python or Go", "Python", "Go"]``: a requirement is held when the CV has any of them."""
    outside = re.sub(r"\([^)]*\)", " ", name)
    inside = re.findall(r"\(([^)]*)\)", name)
    parts = [name, *_ALTERNATIVES.split(outside.strip()), *(p for group in inside for p in _ALTERNATIVES.split(group))]
    return [p.strip() for p in parts if p and p.strip() and words(p)]


def _front_matter_requirements(text: str, origin) -> list[tuple[str, int]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return []
    import yaml

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(origin, f"the job file's YAML front matter cannot be read ({problem})") from None
    if not isinstance(data, dict):
        return []
    found: list[tuple[str, int]] = []
    for key, value in data.items():
        weight = _heading_weight(str(key).replace("_", " ").replace("-", " "))
        if weight is None or not isinstance(value, list):
            continue
        for item in value:
            if isinstance(item, dict):  # {name: Kubernetes, weight: 3}
                name, item_weight = item.get("name"), item.get("weight", weight)
                if not isinstance(item_weight, int) or isinstance(item_weight, bool) or not 1 <= item_weight <= 10:
                    raise ConfigError(origin, f"requirement {name!r}: weight must be a whole number from 1 to 10")
            else:
                name, item_weight = item, weight
            if isinstance(name, (str, int, float)) and not isinstance(name, bool) and str(name).strip():
                found.append((_clean(str(name)), item_weight))
    return found


def _heading_requirements(text: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    weight: int | None = None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        heading = _heading_text(line, lines[i + 1] if i + 1 < len(lines) else "")
        if heading is not None:
            weight = _heading_weight(heading)
            continue
        if _SETEXT_UNDERLINE.match(line) and i and _heading_text(lines[i - 1], line) is not None:
            continue
        bullet = _BULLET.match(line)
        if bullet and weight is not None:
            name = _clean(bullet.group(1))
            if words(name):
                found.append((name, weight))
    return found


def _heading_text(line: str, next_line: str) -> str | None:
    for pattern in (_MARKDOWN_HEADING, _BOLD_HEADING):
        match = pattern.match(line)
        if match:
            return match.group(match.lastindex)
    if _BULLET.match(line):
        return None
    match = _COLON_HEADING.match(line)
    if match:
        return match.group(1)
    if line.strip() and _SETEXT_UNDERLINE.match(next_line) and not _BULLET.match(line):
        return line.strip()
    return None


def _heading_weight(heading: str) -> int | None:
    """The weight of the requirements under a heading, or None when it lists no requirements."""
    text = " ".join(words(heading))
    if any(key in text for key in _NICE_HEADINGS):
        return NICE
    if any(key in text for key in _MUST_HEADINGS):
        return MUST
    return None


def _clean(name: str) -> str:
    """A bullet's text without Markdown emphasis, code marks or a trailing full stop."""
    name = re.sub(r"(\*\*|__|`)", "", name)
    name = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", name)  # [text](link) -> text
    return " ".join(name.split()).rstrip(".;,")
