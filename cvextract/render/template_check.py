"""Check a template once, before a batch starts: render a sample CV with it (nothing is written).

A template that cannot render (not a DOCX, too large, a Jinja syntax error, refused by the sandbox,
too slow) then stops the batch with one line, instead of failing every CV job.
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


def check_template(template: str | Path) -> None:
    """Raise :class:`~cvextract.errors.TemplateError` (one line naming the template) unless a sample
    CV renders with ``template``."""
    from .docx_template import render_document

    render_document(SAMPLE_CV, template)
