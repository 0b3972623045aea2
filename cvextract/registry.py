"""Name -> implementation registries for the stages, resolved lazily.

Each entry names a ``module:attribute`` so that ``--list`` and a DOCX extraction never import a
stage they do not use (the OpenAI SDK alone costs about a second of start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from .errors import ConfigError

DEFAULT_EXTRACTOR = "default-docx-cv-extractor"
DEFAULT_RENDERER = "default-docx-cv-renderer"


@dataclass(frozen=True)
class Entry:
    name: str
    target: str  # "package.module:attribute"
    description: str
    calls_model: bool = False  # its time goes to LLM calls: a batch runs it under the `llm` cap

    def load(self):
        module, _, attribute = self.target.partition(":")
        return getattr(import_module(module), attribute)


class Registry:
    def __init__(self, kind: str, entries: list[Entry]):
        self.kind = kind
        self._entries = {e.name: e for e in entries}

    def names(self) -> list[str]:
        return list(self._entries)

    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def calls_model(self, name: str) -> bool:
        return name in self._entries and self._entries[name].calls_model

    def load(self, name: str):
        try:
            entry = self._entries[name]
        except KeyError:
            known = ", ".join(self._entries) or "none"
            raise ConfigError(None, f"unknown {self.kind} '{name}' (known: {known})") from None
        return entry.load()


EXTRACTORS = Registry("extractor", [
    Entry(DEFAULT_EXTRACTOR, "cvextract.extract.any_file:extract_cv_file",
          "Reads DOCX CVs without a model: the reference layout (identity and sidebar in the header, "
          "OVERVIEW and PROFESSIONAL EXPERIENCE in the body) exactly as before, any other layout by its "
          "headings, dates and lists (English, German, French, Dutch, Spanish section names); "
          "also PDF, and .doc/.odt/.rtf through LibreOffice."),
    Entry("openai-extractor", "cvextract.extract.openai_extractor:extract_with_openai",
          "Reads .txt, .docx, .pdf (its text layer) and .doc/.odt/.rtf CVs by asking an OpenAI-compatible "
          "model for the CV JSON.",
          calls_model=True),
])

RENDERERS = Registry("renderer", [
    Entry(DEFAULT_RENDERER, "cvextract.render.docx_template:render_docx",
          "Renders CV JSON into a docxtpl (Jinja2) Word template, autoescaped."),
])

ADJUSTERS = Registry("adjuster", [
    Entry("openai-company-research", "cvextract.adjust.company_research:ADJUSTER",
          "Tailors the CV to a customer researched from its web site (customer-url=, or research-file=)."),
    Entry("openai-job-specific", "cvextract.adjust.job_specific:ADJUSTER",
          "Tailors the CV to a job posting (job-description= text, or job-url= fetched)."),
    Entry("openai-translate", "cvextract.adjust.translate:ADJUSTER",
          "Translates the CV (language=), keeping names, tools, technologies, e-mails and URLs verbatim."),
])
