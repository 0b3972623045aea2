"""Check a template once, before a batch starts: its variables against the CV contract, then a
sample CV rendered with it (nothing is written).

A template that reads a path the contract does not have, falls into one of Word's traps, or cannot
render (not a DOCX, too large, a Jinja syntax error, refused by the sandbox, too slow) then stops the
batch with one line per problem, instead of failing every CV job or silently leaving data out.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_CV = {
    "identity": {"title": "Senior Consultant", "full_name": "Sam Sample", "first_name": "Sam",
                 "last_name": "Sample"},
    "sidebar": {
        "skills": ["Architecture", "Testing"], "languages": ["Python", "SQL"], "tools": ["Git"],
        "certifications": ["Certified Example"], "industries": ["Banking"],
        "spoken_languages": ["English", "German"], "academic_background": ["MSc Computer Science"],
    },
    "overview": "Builds reliable systems.\nSecond line.",
    "experiences": [
        {"heading": "Jan 2020 – Present | Example Corp", "description": "Led the platform team.",
         "bullets": ["Cut costs by 20%", "Mentored four engineers"], "environment": ["Python", "AWS"]},
        {"heading": "2015 – 2019 | Sample Ltd", "description": "Developer.", "bullets": [],
         "environment": None},
    ],
}


def check_template(template: str | Path, *, unshown_ok=(), require_all_fields: bool = False) -> list[str]:
    """Raise :class:`~cvextract.errors.TemplateError` (one line per problem, each naming the template)
    unless every variable ``template`` reads is in the CV contract and a sample CV renders with it.

    Returns the warnings (one line each, naming the template): the contract fields it never shows,
    less ``unshown_ok`` (``apply.unshown-ok``); ``require_all_fields`` makes them an error."""
    from ..template_fields import analyse_template, problems_error
    from .docx_template import render_document

    fields = analyse_template(template, unshown_ok=unshown_ok, require_all_fields=require_all_fields)
    if fields.errors():
        raise problems_error(template, fields.errors())
    render_document(SAMPLE_CV, template)
    return [f"{template}: {line}" for line in fields.warnings()]
