"""Single-file mode: run the chained stages for one CV (or one JSON) and print one status line."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from .. import stages
from ..errors import CvError, OutputError
from ..layout import TargetLayout
from .arguments import Invocation

log = logging.getLogger("cvextract")


def _resolve(target: Path, value: str | None, default: Path) -> Path:
    """A relative ``output=`` resolves under the target; an absolute one is used as is."""
    if not value:
        return default
    path = Path(value)
    return path if path.is_absolute() else target / path


def run_single(inv: Invocation) -> int:
    """Run the stages; when one fails, remove the outputs this run created (a failed command leaves
    no half-finished result, e.g. a JSON without its document)."""
    if inv.adjust:  # misconfigured steps or no LLM endpoint: fail before any work
        stages.check_adjust_ready(inv.adjust_steps())
    if inv.apply is not None:  # a template with unknown variables or that cannot render: fail before any work
        from ..render.template_check import check_template

        for warning in check_template(Path(inv.apply["template"]), unshown_ok=inv.unshown_ok(),
                                      require_all_fields=inv.require_all_fields()):
            log.warning("%s", warning)
    if inv.pdf():  # no LibreOffice: say so before any work
        from ..pdf import check_libreoffice

        check_libreoffice()
    created: list[Path] = []
    try:
        return _run_stages(inv, created)
    except CvError as exc:
        _roll_back(created)
        raise _naming_what_exists(exc, created, inv) from None
    except BaseException:
        _roll_back(created)
        raise


def _roll_back(created: list[Path]) -> None:
    for path in created:
        with contextlib.suppress(OSError):
            path.unlink()


def _naming_what_exists(exc: CvError, removed: list[Path], inv: Invocation) -> CvError:
    """An error about a file this run created and has just removed (the extracted JSON an adjust step
    read) names the source CV instead, and the fabrication guard's log when the step left one. An
    error writing such a file (an :class:`OutputError`) keeps naming the file it could not write."""
    if (isinstance(exc, OutputError) or exc.path is None or exc.path not in {str(path) for path in removed}
            or inv.extract is None):
        return exc
    from ..adjust.chain import GUARD_VERDICTS

    source = Path(inv.extract["source"])
    guard = TargetLayout(inv.target).adjust_steps_dir(source.stem) / GUARD_VERDICTS
    cause = exc.cause + (f" (the fabrication guard's log: {guard})" if guard.is_file() else "")
    return exc.about(source, cause)


def _run_stages(inv: Invocation, created: list[Path]) -> int:
    layout = TargetLayout(inv.target)
    done: list[str] = []
    warnings: list[str] = []
    data: Path | None = None

    def new(path: Path) -> Path:
        if not path.exists():
            created.append(path)
        return path

    if inv.extract is not None:
        from ..privacy import raw_text_warning

        warning = raw_text_warning(inv.extractor()) or raw_text_warning(inv.fallback() or "")
        if warning:
            log.warning("%s", warning)
        source = Path(inv.extract["source"])
        name = source.name
        stem = source.stem
        output = _resolve(inv.target, inv.extract.get("output"), layout.structured(stem))
        result = stages.extract_cv(source, new(output), extractor=inv.extractor(), fallback=inv.fallback())
        warnings += result.warnings
        data = result.output
        done.append(f"extract -> {result.output}")
    else:
        first = inv.adjust[0] if inv.adjust else inv.apply
        data = Path(first["data"])
        name, stem = data.name, data.stem

    if inv.adjust:
        first = inv.adjust[0]
        output = _resolve(inv.target, first.get("output"), layout.adjusted(stem))
        result = stages.adjust_cv(data, new(output), inv.adjust_steps(), layout=layout, rel=stem,
                                  mask_personal_data=inv.mask_personal_data, guard=inv.guard())
        warnings += result.warnings
        data = result.output
        done.append(f"adjust -> {result.output}")

    if inv.apply is not None:
        output = _resolve(inv.target, inv.apply.get("output"), layout.document(stem))
        result = stages.apply_cv(data, inv.apply["template"], new(output))
        done.append(f"apply -> {result.output}")
        if inv.pdf():
            from ..pdf import pdf_path

            result = stages.pdf_cv(result.output, new(pdf_path(result.output)))
            done.append(f"pdf -> {result.output}")

    for format in inv.export:
        result = stages.export_cv(data, new(layout.export(format, stem)), format=format)
        done.append(f"export -> {result.output}")

    layout.mark()  # a later batch whose source holds this target never takes its outputs for CVs
    status = "ok" if not warnings else f"ok, {len(warnings)} warning(s)"
    print(f"[{status}] {name}: " + "; ".join(done), flush=True)
    for w in warnings:
        log.warning("%s: %s", name, w)
    return 0


