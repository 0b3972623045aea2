"""The stage functions: file on disk -> stage -> file on disk.

The CLI, the Snakemake rules and the tests all call these and nothing else, so a stage behaves the
same wherever it runs. Each either writes its complete output atomically and returns a
:class:`StageResult`, or raises a :class:`~cvextract.errors.CvError` and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_json
from .json_files import read_json_object
from .registry import DEFAULT_EXTRACTOR, DEFAULT_RENDERER


@dataclass
class StageResult:
    stage: str
    source: Path | str  # a file, or a URL for research
    output: Path
    warnings: list[str] = field(default_factory=list)
    extractor: str | None = None  # extract: the extractor that read the CV (the default one chooses)


def extract_cv(source: str | Path, output: str | Path, *, extractor: str = DEFAULT_EXTRACTOR,
               fallback: str | None = None, sections: dict | None = None) -> StageResult:
    """Extract ``source`` with the named extractor, verify it (schema, completeness), write JSON.

    ``fallback``: the extractor (``openai-extractor``) for a CV whose layout the rules cannot read
    (:class:`~cvextract.errors.UnreadableLayoutError`), and for no other failure. ``sections``:
    section names added to the default extractor's vocabulary (``extract.sections``)."""
    from .errors import UnreadableLayoutError
    from .registry import EXTRACTORS
    from .verify import verify_extraction

    source, output = Path(source), Path(output)
    options = {"sections": sections} if sections and extractor == DEFAULT_EXTRACTOR else {}
    notes: list[str] = []
    try:
        data = EXTRACTORS.load(extractor)(source, **options)
    except UnreadableLayoutError as exc:
        if not fallback:
            raise
        data = EXTRACTORS.load(fallback)(source)
        notes.append(f"the rules could not read it ({'; '.join(exc.missing)}): read by {fallback}")
        extractor = fallback
    warnings = notes + list(getattr(data, "notes", ())) + verify_extraction(data, source)
    write_json(output, data)
    return StageResult("extract", source, output, warnings, extractor=getattr(data, "extractor", extractor))


def read_cv_json(path: str | Path) -> dict:
    """Read a CV JSON file, with a one-line error naming it when it is missing or not JSON."""
    return read_json_object(path, "CV JSON file")


def apply_cv(data: str | Path | dict, template: str | Path, output: str | Path,
             *, renderer: str = DEFAULT_RENDERER) -> StageResult:
    """Render CV data (a dict, or a JSON file) into ``template``, writing the DOCX at ``output``."""
    from .registry import RENDERERS
    from .verify import verify_schema

    source = Path("<data>") if isinstance(data, dict) else Path(data)
    cv = data if isinstance(data, dict) else read_cv_json(source)
    verify_schema(cv, source)
    output = Path(output)
    RENDERERS.load(renderer)(cv, Path(template), output)
    return StageResult("apply", source, output)


def pdf_cv(document: str | Path, output: str | Path, *, warm: bool = False) -> StageResult:
    """Convert a rendered DOCX to PDF through LibreOffice (headless), writing ``output`` atomically.

    ``warm``: through this process's kept-running LibreOffice (batch jobs), else a one-off run.
    """
    from .pdf import convert_to_pdf

    document, output = Path(document), Path(output)
    convert_to_pdf(document, output, warm=warm)
    return StageResult("pdf", document, output)


def export_cv(data: str | Path, output: str | Path, *, format: str) -> StageResult:
    """Convert a CV JSON (the final one: adjusted when there are adjust steps) into an export format."""
    from .export import FORMATS
    from .verify import verify_schema

    data, output = Path(data), Path(output)
    cv = read_cv_json(data)
    verify_schema(cv, data)
    write_json(output, FORMATS[format](cv))
    return StageResult(f"export {format}", data, output)


def research_outputs(steps: list[dict], layout) -> list[Path]:
    """The research files a batch's adjust steps need (one per company-research step); no calls."""
    from .adjust import research_files

    return research_files(steps, layout.research_dir)


def research_customers(steps: list[dict], *, layout) -> StageResult:
    """Research every customer named by the steps, once; reruns reuse the cached profiles."""
    from .adjust import prepare_research

    paths = prepare_research(steps, layout.research_dir, layout.llm_cache_dir)
    urls = ", ".join(str(s.get("customer-url") or s.get("customer_url")) for s in steps
                     if s.get("customer-url") or s.get("customer_url"))
    return StageResult("research", urls or "-", paths[0] if paths else layout.research_dir)


def adjust_cv(data: str | Path, output: str | Path, steps: list[dict], *, layout, rel: str,
              mask_personal_data: bool = True, guard: str = "revert") -> StageResult:
    """Run the adjust steps in order on a CV JSON; each answer passes the fabrication guard and,
    when it tailors, the claims check under ``guard`` (``revert`` or ``fail``).

    ``mask_personal_data`` (``llm.mask_personal_data``): prompts carry placeholders, not the person's data.
    Each reverted claim is a warning of the result (the job log's ``warning:`` lines)."""
    from .adjust.chain import run_chain
    from .claims import reverted_lines
    from .verify import verify_schema

    data, output = Path(data), Path(output)
    cv = read_cv_json(data)
    verify_schema(cv, data)
    adjusted, verdicts = run_chain(cv, steps, research_dir=layout.research_dir, cache_dir=layout.llm_cache_dir,
                                   intermediate_dir=layout.adjust_steps_dir(rel), source=data,
                                   mask_personal_data=mask_personal_data, guard=guard)
    write_json(output, adjusted)
    return StageResult("adjust", data, output, reverted_lines(verdicts))


def check_adjust_ready(steps: list[dict]) -> None:
    """Fail before any work when adjust steps are misconfigured or no LLM endpoint is set."""
    from .adjust import check_adjust_steps

    check_adjust_steps(steps)
