"""``openai-extractor``: a CV as plain text (``.txt``, any ``.docx``, a ``.pdf``'s text layer in reading
order, or a ``.doc``/``.odt``/``.rtf`` converted to DOCX by LibreOffice) -> CV JSON, by a model.

For CVs the default DOCX extractor cannot read. The text goes to a Chat Completions endpoint with
the CV schema as structured output; the answer is brought into the schema's shape (missing
lists become ``[]``, unknown keys are dropped) and returned for the stage to verify.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..contracts import CV_SCHEMA, load_schema, schema_errors
from ..errors import InputError, ValidationError

NAME = "openai-extractor"
MAX_TEXT_CHARS = 60_000
SUFFIXES = (".txt", ".docx", ".pdf", ".doc", ".odt", ".rtf")
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
IDENTITY = ("title", "full_name", "first_name", "last_name")
SIDEBAR = ("skills", "languages", "tools", "certifications", "industries", "spoken_languages", "academic_background")

SYSTEM_PROMPT = """You convert the text of a consultant's CV into JSON that fits this JSON Schema exactly:
{schema}
Rules:
- identity: "title" is the consultant's job title; "full_name", "first_name", "last_name" their name.
- sidebar: "languages" are programming languages, "tools" are tools and platforms, "spoken_languages"
  are human languages; "skills", "certifications", "industries", "academic_background" as written.
  Use [] for a section the CV does not have.
- overview: the profile/summary paragraph(s), or "".
- experiences: one entry per position, in the CV's order. "heading" is the position's heading line as
  written (role, employer, dates); "description" the prose; "bullets" the bullet points; "environment"
  the technologies listed for that position (e.g. an "Environment:" line), or null if none.
- Copy text as written. Invent nothing; leave out nothing that fits the schema.
Reply with the JSON object only."""


def extract_with_openai(path: Path) -> dict:
    """The CV in ``path`` (``.txt`` or ``.docx``) as a CV dict, read by the configured model."""
    from ..llm import ask_json

    path = Path(path)
    text = cv_text(path)
    schema = load_schema(CV_SCHEMA)
    prompt_schema = {k: v for k, v in schema.items() if k not in ("$schema", "$id")}
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT.format(schema=json.dumps(prompt_schema))},
        {"role": "user", "content": f"CV file: {path.name}\n\n{text}"},
    ]

    def accept(answer: dict) -> None:
        problems = schema_errors(normalise_cv(answer), CV_SCHEMA)
        if problems:
            raise ValidationError(path, f"{NAME}: model answer does not match the CV schema: "
                                  + "; ".join(problems[:3]), problems)

    answer = ask_json(messages, schema=schema, schema_name="cv", purpose=NAME, source=path,
                      temperature=0.0, accept=accept)
    return normalise_cv(answer)


def cv_text(path: Path) -> str:
    """The plain text of a CV in one of :data:`SUFFIXES`; :class:`InputError` otherwise."""
    if not path.exists():
        raise InputError(path, "file not found")
    if path.is_dir():
        raise InputError(path, "is a directory, not a CV file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(path, f"{NAME} reads {', '.join(SUFFIXES[:-1])} and {SUFFIXES[-1]} files, "
                               f"not '{path.suffix or 'no suffix'}'")
    text = _read_text(path, suffix)
    text = text.strip()
    if not text:
        raise InputError(path, "no text to extract")
    return text[:MAX_TEXT_CHARS]


def _read_text(path: Path, suffix: str) -> str:
    if suffix == ".docx":
        return docx_text(path)
    if suffix == ".pdf":
        from .pdf_input import read_pdf_text

        return read_pdf_text(path)
    if suffix == ".txt":
        return _read_txt(path)
    from .legacy_formats import converted_docx

    with converted_docx(path) as converted:
        return docx_text(converted)


def _read_txt(path: Path) -> str:
    from .docx_package import open_regular_file

    with open_regular_file(path) as fh:
        try:
            data = fh.read(MAX_TEXT_CHARS * 4)  # UTF-8 takes at most 4 bytes a character
        except OSError as exc:
            raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def docx_text(path: Path) -> str:
    """Paragraph text of the headers, then the body, of a ``.docx``, read through the hardened
    package reader (size caps, no DTD or entities, malformed XML refused)."""
    from .docx_package import open_docx

    with open_docx(path) as package:
        headers = sorted(package.header_part_names(), key=lambda n: int(re.sub(r"\D", "", n) or 0))
        roots = [package.xml(name) for name in headers]
        document, namespace = package.document()
    return "\n".join(line for root in roots + [document] for line in _paragraphs(root, namespace))


def _paragraphs(root, w: str) -> list[str]:
    p_tag, t_tag = f"{{{w}}}p", f"{{{w}}}t"
    breaks = {f"{{{w}}}br": "\n", f"{{{w}}}cr": "\n", f"{{{w}}}tab": "\t"}
    lines = []
    for paragraph in root.iter(p_tag):
        if any(a.tag == _MC_FALLBACK for a in paragraph.iterancestors()):
            continue  # the Choice branch has the same text
        pieces = []
        for el in paragraph.iter(t_tag, *breaks):
            if next(el.iterancestors(p_tag), None) is not paragraph:
                continue  # belongs to a nested (text box) paragraph, listed on its own
            if el.tag == t_tag:  # unresolved entity references are children: keep only their tails
                pieces.append((el.text or "") + "".join(child.tail or "" for child in el))
            else:
                pieces.append(breaks[el.tag])
        text = "".join(pieces).replace("\u00a0", " ").strip()
        if text:
            lines.append(text)
    return lines


def _strings(value) -> list[str]:
    if isinstance(value, str):
        value = [value] if "," not in value else value.split(",")
    if not isinstance(value, list):
        return []
    seen: dict[str, None] = {}
    for item in value:
        if isinstance(item, (str, int, float)) and str(item).strip():
            seen.setdefault(str(item).strip(), None)
    return list(seen)


def _text(value) -> str:
    if isinstance(value, list):
        return " ".join(str(v).strip() for v in value if isinstance(v, (str, int, float)))
    return str(value).strip() if isinstance(value, (str, int, float)) else ""


def _bullets(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [text for text in (_text(v) for v in items if not isinstance(v, (dict, list))) if text]


def normalise_cv(answer: dict) -> dict:
    """The answer in the CV schema's shape: every key present, lists as lists, extras dropped."""
    identity = answer.get("identity") if isinstance(answer.get("identity"), dict) else {}
    identity = {f: _text(identity.get(f)) for f in IDENTITY}
    if identity["full_name"] and not (identity["first_name"] and identity["last_name"]):
        first, _, last = identity["full_name"].partition(" ")
        identity["first_name"] = identity["first_name"] or first
        identity["last_name"] = identity["last_name"] or last.strip()
    sidebar = answer.get("sidebar") if isinstance(answer.get("sidebar"), dict) else {}
    experiences = []
    for entry in answer.get("experiences") or []:
        if not isinstance(entry, dict):
            continue
        environment = _strings(entry.get("environment"))
        experiences.append({
            "heading": _text(entry.get("heading")),
            "description": _text(entry.get("description")),
            "bullets": _bullets(entry.get("bullets")),
            "environment": environment or None,
        })
    return {
        "identity": identity,
        "sidebar": {s: _strings(sidebar.get(s)) for s in SIDEBAR},
        "overview": _text(answer.get("overview")),
        "experiences": experiences,
    }
