"""``python -m cvextract.cli`` / ``cvextract``: the single-file and batch front door.

Exit status: 0 success, 1 any error (a CV failed, bad input), 2 usage error, 130 after Ctrl-C, 143
after SIGTERM of a ``--parallel`` run, 141 when the reader of its output went away
(``cvextract template fields | head``). Expected failures are one line naming the file and the cause;
tracebacks only with ``--debug``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys

from ..errors import CvError
from .arguments import UsageError, parse_invocation

log = logging.getLogger("cvextract")


def _configure_logging(log_file, debug: bool) -> list[logging.Handler]:
    """Console (and file) handlers on the root logger; returns them so ``main`` can remove them."""
    added: list[logging.Handler] = []
    if log_file:  # first: an unwritable path raises OSError before anything is installed
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setLevel(logging.DEBUG)
        handler.setFormatter(logging.Formatter("%(asctime)s | %(levelname)s | %(message)s"))
        added.append(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if debug else logging.INFO)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    added.append(console)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    for handler in added:
        root.addHandler(handler)
    if not debug:
        for noisy in ("httpx", "httpx2", "httpcore", "openai"):  # one INFO line per HTTP request
            logging.getLogger(noisy).setLevel(logging.WARNING)
    return added


def main(argv: list[str] | None = None) -> int:
    try:
        status = _main(argv)
        sys.stdout.flush()  # here, not at exit, so a closed pipe is caught below
        return status
    except BrokenPipeError:  # `cvextract template fields | head`: the reader stopped; no traceback
        with contextlib.suppress(OSError, ValueError):  # and none when Python flushes stdout at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a command killed by the closed pipe


def _main(argv: list[str] | None) -> int:
    try:
        inv = parse_invocation(argv)
    except UsageError as exc:
        print(f"cvextract: error: {exc}", file=sys.stderr)
        return 2
    if inv.list_kind:
        from .listing import print_listing

        return print_listing(inv.list_kind)
    if inv.template_command is not None:
        from .template_command import template_main

        return template_main(inv.template_command)

    try:
        handlers = _configure_logging(inv.log_file, inv.debug)
    except OSError as exc:
        print(f"cvextract: error: --log-file {inv.log_file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        return _run(inv)
    finally:  # main() may be called again in the same process: no duplicate lines, no open file
        for handler in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _run(inv) -> int:
    try:
        if inv.examples:
            from .examples import print_examples

            return print_examples(inv.target)
        if inv.report:
            from ..report import write_report

            print(f"Report: {write_report(inv.target)}")
            return 0
        if inv.parallel is not None:
            from .batch_run import run_batch

            return run_batch(inv)
        from .single_run import run_single

        return run_single(inv)
    except CvError as exc:
        if inv.debug:
            log.exception("error")
        for line in str(exc).splitlines():  # a template's problems: one line each
            log.error("%s", line)
        return 1
    except KeyboardInterrupt as exc:
        log.error("interrupted" + (f": {exc}" if str(exc) else ""))
        return 130
    except Exception as exc:  # a bug: say so on one line, the traceback with --debug
        if inv.debug:
            raise
        log.error("unexpected error: %s: %s (rerun with --debug for the traceback)", type(exc).__name__, exc)
        return 1
