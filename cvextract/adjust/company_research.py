"""``openai-company-research``: tailor the CV to a customer's research profile."""

from __future__ import annotations

from pathlib import Path

from .research import load_research, research_company
from .step import Adjuster, AdjustContext, StepParams, ask_adjusted_cv

NAME = "openai-company-research"

SYSTEM_PROMPT = """You tailor a consultant's CV, given as JSON, for a prospective customer.
Customer research:
{summary}
Rules:
- Reply with the whole CV as one JSON object with exactly the keys and structure of original_json.
- Invent nothing: no new employer, customer, role, date, number or metric, skill, tool, technology,
  certification, degree, language or environment item; never change the identity fields or the
  experience headings. Each bullet stays in its experience: reword, shorten or merge its bullets,
  never move one to another experience or add one.
- Keep the experiences in their order. Within an experience you may reorder bullets; in the sidebar you
  may reorder items, so that what matches the customer's domains and high-interest technologies comes first.
- You may rephrase the overview, descriptions and bullets using only facts already in the CV, and tone
  down wording that is irrelevant to the customer. Keep the CV's language.
Reply with the JSON object only."""


def research_summary(profile: dict) -> str:
    """The profile as a few prompt lines: name, description, domains, technology signals."""
    lines = [f"Company: {profile['name']}"]
    if profile.get("description"):
        lines.append(f"Description: {profile['description']}")
    lines.append("Domains: " + ", ".join(profile["domains"]))
    signals = profile.get("technology_signals") or []
    if signals:
        lines.append("Technology signals:")
        for signal in signals:
            details = [f"interest {signal['interest_level']}" if signal.get("interest_level") else "",
                       f"confidence {signal['confidence']:.2f}" if "confidence" in signal else ""]
            evidence = "; ".join((signal.get("signals") or [])[:2])
            lines.append(f"- {signal['technology']} ({', '.join(d for d in details if d) or 'no rating'})"
                         + (f": {evidence}" if evidence else ""))
    return "\n".join(lines)


def _check(params: StepParams) -> None:
    if params.get("research-file") is None:
        params.require("customer-url", "research-file")


def _run(cv: dict, params: StepParams, ctx: AdjustContext) -> dict:
    research_file = params.get("research-file")
    if research_file is None:
        research_file = research_company(params.require("customer-url"), ctx.research_dir,
                                         model=ctx.model, cache_dir=ctx.cache_dir)
    profile = load_research(Path(research_file))
    return ask_adjusted_cv(
        cv, SYSTEM_PROMPT.format(summary=research_summary(profile)),
        {"company_research": profile, "original_json": cv, "adjusted_json": ""},
        ctx, adjuster=NAME)


ADJUSTER = Adjuster(
    name=NAME,
    description="Tailors the CV to a customer researched from its web site (customer-url=, or research-file=).",
    params=("customer-url", "research-file"),
    check=_check,
    run=_run,
)
