"""``--parallel``: run the batch through the project's Snakefile and report one line per CV.

Snakemake runs as a subprocess (clean Ctrl-C/SIGTERM behaviour, stable across 9.x) with the
``cvextract`` logger plugin, whose JSON lines this module turns into progress lines.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from ..atomic import write_json
from ..batch.inputs import Skipped, patterns_text, scan_source
from ..batch.render_stage import render_stage
from ..batch.run_lock import clear_stale_lock
from ..errors import ConfigError
from ..layout import LOGS, TargetLayout
from ..report import REPORT
from ..workflow import SNAKEFILE, profile
from .arguments import Invocation
from .batch_progress import Progress, says_stopping
from .snakemake_process import end_with_parent, forward_sigterm, signal_name, stop

log = logging.getLogger("cvextract")

RETRIES = 1  # passed to Snakemake, so that progress knows when a failure is final


def batch_config(inv: Invocation, source: Path, pattern: str) -> dict:
    """The workflow configuration equivalent to this command line (absolute paths)."""
    apply = None
    if inv.apply is not None:
        apply = {"template": str(Path(inv.apply["template"]).resolve()), "pdf": inv.pdf(),
                 "require-all-fields": inv.require_all_fields(), "unshown-ok": inv.unshown_ok()}
    steps = inv.adjust_steps()
    return {
        "source": str(source.resolve()),
        "file_type": pattern,
        "target": str(inv.target.resolve()),
        "extract": {"name": inv.extractor(), **({"fallback": inv.fallback()} if inv.fallback() else {})},
        "adjust": steps,
        "apply": apply,
        "export": inv.export,
        "llm": {"mask_personal_data": inv.mask_personal_data},
        **({"rank": _rank_config(inv)} if inv.rank is not None else {}),
        "guard": inv.guard(),
    }


def _rank_config(inv: Invocation) -> dict:
    rank = {"job": str(Path(inv.rank["job"]).resolve())} if inv.rank.get("job") else {"job-url": inv.rank["job-url"]}
    if inv.rank_top():
        rank["top"] = inv.rank_top()
    if inv.rank_embeddings():
        rank["embeddings"] = True
    return rank


def run_batch(inv: Invocation) -> int:
    if not SNAKEFILE.is_file():
        raise ConfigError(SNAKEFILE, "the batch workflow is missing from this installation of cvextract: "
                                     "reinstall it")
    source = Path(inv.parallel["source"])
    pattern = inv.parallel.get("file-type") or inv.parallel.get("file_type") or "*.docx"
    workers = inv.workers
    scan = scan_source(source, pattern, target=inv.target)
    cvs = scan.cvs
    if not cvs:
        for entry in scan.skipped:
            log.warning("%s", entry.line())
        raise ConfigError(source, f"no files matching '{patterns_text(pattern)}'"
                          + (" that can be processed" if scan.skipped else ""))
    if inv.apply is not None:  # a template with unknown variables or that cannot render stops here
        from ..render.template_check import check_template

        for warning in check_template(Path(inv.apply["template"]), unshown_ok=inv.unshown_ok(),
                                      require_all_fields=inv.require_all_fields()):
            log.warning("%s", warning)
    if inv.pdf():  # no LibreOffice: one line naming the package, before the batch starts
        from ..pdf import check_libreoffice

        check_libreoffice()
    if inv.adjust:
        from ..stages import check_adjust_ready

        check_adjust_ready(inv.adjust_steps())
    if inv.rank is not None:  # a job that cannot be read or lists nothing (and no model): one line, now
        from ..stages import check_rank_ready

        check_rank_ready(inv.rank.get("job"), inv.rank.get("job-url"))
        if inv.rank_embeddings():
            from ..llm import check_llm_settings

            check_llm_settings()
    from ..privacy import raw_text_warning

    warning = raw_text_warning(inv.extractor(), inv.fallback())
    if warning:  # Snakemake's own copy of it reaches --log-file only
        log.warning("%s", warning)

    target = inv.target.resolve()
    # Before writing anything: a batch refused because another one runs here changes nothing.
    cleared = clear_stale_lock(target, SNAKEFILE)
    if cleared:
        log.warning("cleared a stale lock left by an interrupted run in %s", target)
    TargetLayout(target).mark()
    config_path = target / LOGS / "batch-config.json"
    write_json(config_path, batch_config(inv, source, pattern))
    started = time.time()  # for the report of a batch with nothing to do (Snakemake then runs no hook)

    # The extract or adjust job renders the document, unless an apply job does (render_stage).
    renders = render_stage(template=inv.apply is not None, adjust=bool(inv.adjust), rank=inv.rank is not None)
    final_rule = "jsonresume" if inv.export else "pdf" if inv.apply is not None and inv.pdf() \
        else renders or ("apply" if inv.apply is not None else "adjust" if inv.adjust else "extract")
    if inv.rank_top():
        final_rule = "extract"  # every CV is extracted and ranked; only the shortlisted go further
    progress = Progress(final_rule=final_rule, target=target, discovered=len(cvs), attempts=RETRIES + 1,
                        names={cv.rel: f"{cv.rel}{cv.suffix}" for cv in cvs})
    files = "file" if len(cvs) == 1 else "files"
    worker_word = "worker" if workers == 1 else "workers"
    print(f"Processing {len(cvs)} {files} matching '{pattern}' with {workers} parallel {worker_word}", flush=True)
    for entry in scan.skipped:
        print(entry.line(), flush=True)
    started = time.time()
    # n=N: up to N CVs in progress at once. Extract and apply are CPU work: min(N, CPUs) worker
    # processes (more would only share the same CPUs). Model calls wait on the network: up to N in
    # flight, as the `llm` resource.
    cores = min(workers, os.cpu_count() or 1)
    # The workflow profile named, not looked up: Snakemake would take a `default/` or
    # `profiles/default/` of the folder it is started from first.
    cmd = [sys.executable, "-m", "snakemake", "-s", str(SNAKEFILE), "-d", str(target),
           "--workflow-profile", str(profile("default")),
           "--cores", str(cores), "--resources", f"llm={workers}",
           "--configfile", str(config_path), "--logger", "cvextract", "--retries", str(RETRIES)]
    log.debug("running: %s", " ".join(cmd))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", errors="replace", preexec_fn=end_with_parent())
    stderr_lines: list[str] = []
    drain = threading.Thread(target=lambda: stderr_lines.extend(proc.stderr), daemon=True)
    drain.start()
    terminated = threading.Event()
    stopping = threading.Event()  # Snakemake said it is stopping: no more requests to stop
    restore = forward_sigterm(proc, terminated, stopping)
    try:
        for raw in proc.stdout:
            try:
                entry = json.loads(raw)
            except json.JSONDecodeError:
                log.debug("%s", raw.rstrip())
                continue
            log.debug("snakemake: %s", (entry.get("message") or entry.get("msg") or entry.get("event") or "").rstrip())
            progress.handle(entry)
            if progress.stopped:
                stopping.set()
    except KeyboardInterrupt:
        # Keep reading: Snakemake blocks on a full stdout pipe and would never get to exit.
        threading.Thread(target=_watch_for_stopping, args=(proc, stopping), daemon=True).start()
        stop(proc, stopping, first_wait=2.0)  # Ctrl-C in a terminal reached Snakemake too: let it stop itself
        # Jobs cut short by the interruption did not fail: they are simply not done (no flush).
        _print_summary(progress, len(cvs), source, scan.skipped)
        raise KeyboardInterrupt("the batch was stopped; rerun the same command to process the rest") from None
    finally:
        restore()
    returncode = proc.wait()
    if not terminated.is_set():  # after a stop request, cut-short jobs are not done, not failed
        progress.flush()
    drain.join(timeout=5)
    for line in stderr_lines:
        log.debug("snakemake stderr: %s", line.rstrip())

    if progress.total is None and returncode == 0:
        print("=" * 60)
        print(f"Nothing to do: all {len(cvs)} files are up to date.")
        _print_skipped(scan.skipped)
        _print_ranking(inv, target)
        from ..report import record_batch

        record_batch(target, config={**batch_config(inv, source, pattern), "llm": {}}, started=started,
                     cvs=[(cv.rel, cv.suffix) for cv in cvs], cores=workers)
        _print_report(target, [cv.rel for cv in cvs])
        return 0
    _print_summary(progress, len(cvs), source, scan.skipped)
    _print_ranking(inv, target)
    _print_llm_usage(target, started)
    if terminated.is_set():
        log.error("terminated: the batch was stopped; rerun the same command to process the rest")
        return 128 + signal.SIGTERM
    if returncode < 0:  # Snakemake itself was killed (OOM killer, kill -9): its lock stays behind
        log.error("the batch stopped: snakemake was killed (%s); rerun the same command to resume",
                  signal_name(-returncode))
    elif returncode != 0 and progress.stopped:
        log.error("the batch stopped: snakemake was told to stop (a signal sent to it, not to cvextract); "
                  "rerun the same command to process the rest")
    elif returncode != 0 and (not progress.failed or progress.not_processed()):
        detail = next((f"{rule}: {cause}" for rule, cause in progress.batch_failed.items()), None) \
            or _stop_reason(progress.errors, stderr_lines)
        log.error("the batch stopped: %s (full log: %s)", detail, target / ".snakemake" / "log")
    return 1 if (progress.failed or returncode != 0) else 0


def _watch_for_stopping(proc: subprocess.Popen, stopping: threading.Event) -> None:
    """Read Snakemake's remaining lines (it blocks on a full pipe) and note when it says it stops."""
    for raw in proc.stdout:
        try:
            if says_stopping(json.loads(raw)):
                stopping.set()
        except (ValueError, AttributeError):
            continue


def _print_summary(progress: Progress, discovered: int, source: Path, skipped: list[Skipped]) -> None:
    missing = progress.not_processed()
    ran = progress.total if progress.total is not None else len(progress.succeeded) + len(progress.failed) + missing
    up_to_date = discovered - (progress.total if progress.total is not None else discovered)
    print("=" * 60)
    note = f" ({up_to_date} already up to date)" if up_to_date > 0 else ""
    stopped = f", {missing} not processed" if missing else ""
    print(f"Completed: {len(progress.succeeded)}/{ran} files succeeded, {len(progress.failed)} failed{stopped}{note}",
          flush=True)
    for rel, cause in progress.failed.items():
        print(f"  - {progress.failure_line(rel, cause, source)}", flush=True)
    _print_skipped(skipped)
    _print_report(progress.target, list(progress.names))


def _print_report(target: Path, rels: list[str]) -> None:
    """The batch report, written by the workflow when it ended (see cvextract.report), and the
    claims the guard reverted in these CVs."""
    from ..claims.reverted import summary_line

    layout = TargetLayout(target)
    reverted = summary_line((layout.adjust_steps_dir(rel) for rel in rels), REPORT)
    if reverted:
        print(reverted, flush=True)
    if (target / REPORT).is_file():
        print(f"Report: {target / REPORT}", flush=True)


def _print_ranking(inv: Invocation, target: Path, shown: int = 5) -> None:
    """What the CVs were ranked on, the best of them, and where the whole ranking is."""
    if inv.rank is None:
        return
    from ..errors import CvError
    from ..ranking.ranking_table import ranked_rows, read_ranking, shortlist
    from ..ranking.requirements_file import ranked_on, read_requirements

    layout = TargetLayout(target)
    try:
        job, requirements = read_requirements(layout.requirements)
        ranking = read_ranking(layout.ranking_json)
    except CvError:
        return  # the batch stopped before the ranking; its failure is said above
    print(f"Ranked on {ranked_on(job, requirements)}", flush=True)
    top = inv.rank_top()
    chosen = set(shortlist(ranking, top)) if top else set()
    ranked = ranked_rows(ranking)
    for row in ranked[:max(shown, top or 0)]:
        mark = "  (shortlisted)" if row["cv"] in chosen else ""
        print(f"  {row['rank']:>3}. {row['score']:>5g}  {row['cv']}{mark}", flush=True)
    if top:
        print(_shortlist_line(ranked, top), flush=True)
    print(f"Ranking: {layout.ranking_csv}", flush=True)


def _shortlist_line(ranked: list[dict], top: int) -> str:
    """Which CVs ``top=K`` tailored and rendered, and, when the cut falls inside a tie, that the tie was
    broken by the number of requirements held, then the CV's path (docs/ranking.md)."""
    chosen = ranked[:top]
    line = f"Shortlist (top={top}): the best {len(chosen)} of {len(ranked)} ranked CVs go on to adjust and apply"
    if chosen and len(ranked) > top and ranked[top]["score"] == chosen[-1]["score"]:
        tied = sum(1 for row in ranked if row["score"] == chosen[-1]["score"])
        line += (f"; {tied} CVs share the score {chosen[-1]['score']:g} at the cut, ordered by the number "
                 "of requirements held, then by path")
    return line


def _print_skipped(skipped: list[Skipped]) -> None:
    if skipped:
        print(f"Skipped {len(skipped)} matching entries that are not CVs this batch can read:", flush=True)
        for entry in skipped:
            print(f"  - {entry.name}: {entry.reason}", flush=True)


def _print_llm_usage(target: Path, started: float) -> None:
    """The batch's model calls, tokens, cache hits and cost, from the logs/llm-usage.json it wrote."""
    from ..llm.usage import BATCH_USAGE_FILE, summary_line

    path = target / LOGS / BATCH_USAGE_FILE
    try:
        if path.stat().st_mtime < started:
            return  # an earlier batch's
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(report, dict) and (report.get("calls") or report.get("cache_hits") or report.get("rate_limited")):
        print(summary_line(report), flush=True)


def _stop_reason(errors: list[str], stderr_lines: list[str]) -> str:
    """Why Snakemake stopped: a system error (``[Errno 28] No space left on device``) wherever it was
    printed, else the first workflow error's first line, else Snakemake's last words."""
    for text in [*errors, *stderr_lines]:
        for line in text.splitlines():
            if "[Errno" in line:
                return line.strip()
    if errors:
        return errors[0].splitlines()[0]
    return _last_words(stderr_lines)


def _last_words(lines: list[str]) -> str:
    meaningful = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("Using ")]
    return meaningful[-1] if meaningful else "snakemake failed"
