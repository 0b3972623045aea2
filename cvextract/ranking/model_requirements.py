"""A job without a requirement list: the model reads the job and lists its requirements, once.

The answer is validated against ``requirements.schema.json`` and cached like every model answer, so
a rerun with the same job asks nothing. Each name must be made of words of the job text: the model lists
what the job asks for, it does not add to it.
"""

from __future__ import annotations

import json

from ..contracts import load_schema, schema_errors
from ..llm import LLMError, ask_json
from .requirements_file import REQUIREMENTS_SCHEMA
from .words import words

MAX_JOB_CHARS = 12000
SYSTEM_PROMPT = """You read a job description and list the requirements a candidate's CV is checked
against: skills, technologies, tools, certifications, languages, industries. Reply with one JSON
object that fits this JSON Schema:
{schema}
Guidelines:
- One requirement per skill or technology, named as the job writes it (short: "Kubernetes", not
  "Experience running Kubernetes in production").
- weight 2 for what the job requires, 1 for what it calls optional, preferred or a plus.
- Only what the job asks for; at most 30 requirements.
Reply with the JSON object only."""


def extract_requirements(job_text: str, origin: str, *, cache_dir=None, model: str | None = None) -> list[tuple[str, int]]:
    """``(name, weight)`` of each requirement the model finds in the job text."""
    schema = load_schema(REQUIREMENTS_SCHEMA)
    prompt_schema = {k: v for k, v in schema.items() if k not in ("$schema", "$id")}
    text = job_text[:MAX_JOB_CHARS]
    job_words = set(words(text))

    def accept(answer: dict) -> None:
        problems = schema_errors(answer, REQUIREMENTS_SCHEMA)
        if problems:
            raise LLMError(origin, "requirements: model answer does not match the requirements schema: "
                           + "; ".join(problems[:3]))
        invented = [r["name"] for r in answer["requirements"] if not set(words(r["name"])) <= job_words]
        if invented:
            raise LLMError(origin, "requirements: the model named requirements the job does not write: "
                           + ", ".join(invented[:5]))

    answer = ask_json(
        [{"role": "system", "content": SYSTEM_PROMPT.format(schema=json.dumps(prompt_schema))},
         {"role": "user", "content": text}],
        schema=schema, schema_name="job_requirements", purpose="requirement extraction", source=origin,
        model=model, cache_dir=cache_dir, temperature=0, accept=accept)
    seen, out = set(), []
    for r in answer["requirements"]:
        key = words(r["name"])
        if key not in seen:
            seen.add(key)
            out.append((r["name"].strip(), r["weight"]))
    return out
