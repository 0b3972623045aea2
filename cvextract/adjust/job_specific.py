"""``openai-job-specific``: tailor the CV to a job description (given, or fetched from a URL)."""

from __future__ import annotations

from .step import Adjuster, AdjustContext, StepParams, ask_adjusted_cv
from .web_page import fetch_page_text

NAME = "openai-job-specific"
MAX_JOB_CHARS = 8000

SYSTEM_PROMPT = """You tailor a consultant's CV, given as JSON, to the job description below.
Job description:
{job}
Rules:
- Reply with the whole CV as one JSON object with exactly the keys and structure of original_json.
- Invent nothing: no new employer, customer, role, date, number or metric, skill, tool, technology,
  certification, degree, language or environment item; never change the identity fields or the
  experience headings. Each bullet stays in its experience: reword, shorten or merge its bullets,
  never move one to another experience or add one.
- Keep the experiences in their order. Within an experience you may reorder bullets; in the sidebar you
  may reorder items, so that what the job asks for comes first.
- You may rephrase the overview, descriptions and bullets using only facts already in the CV, using the
  posting's terms where they mean the same thing. Keep the CV's language.
Reply with the JSON object only."""


def _check(params: StepParams) -> None:
    if params.get("job-description") is None:
        params.require("job-description", "job-url")


def _run(cv: dict, params: StepParams, ctx: AdjustContext) -> dict:
    job = params.get("job-description")
    if job is None:
        job = fetch_page_text(params.require("job-url"), max_chars=MAX_JOB_CHARS)
    job = job[:MAX_JOB_CHARS]
    return ask_adjusted_cv(
        cv, SYSTEM_PROMPT.format(job=job),
        {"job_description": job, "original_json": cv, "adjusted_json": ""},
        ctx, adjuster=NAME)


ADJUSTER = Adjuster(
    name=NAME,
    description="Tailors the CV to a job posting (job-description= text, or job-url= fetched).",
    params=("job-description", "job-url"),
    check=_check,
    run=_run,
)
