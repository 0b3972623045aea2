"""Snakemake logger plugin used by ``cvextract --parallel``: one JSON line per job event on stdout.

Enabled with ``--logger cvextract``. The CLI reads these lines to print one progress line per CV;
Snakemake's full log still goes to ``.snakemake/log/`` (and the CLI's ``--log-file``).
"""

from __future__ import annotations

import json
import sys
from logging import LogRecord

from snakemake_interface_logger_plugins.base import LogHandlerBase

_FIELDS = ("jobid", "job_id", "rule_name", "wildcards", "msg", "done", "total", "input", "output")


def _plain(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    return str(value)


class LogHandler(LogHandlerBase):
    closed_reader = False  # the CLI reading our stdout is gone (killed): stop writing, keep running

    def emit(self, record: LogRecord) -> None:
        if self.closed_reader:
            return
        event = getattr(record, "event", None)
        entry = {"event": str(event) if event is not None else None, "level": record.levelname}
        for name in _FIELDS:
            if hasattr(record, name):
                entry[name] = _plain(getattr(record, name))
        if event is None or "msg" not in entry:
            try:
                entry["message"] = record.getMessage()
            except Exception:  # a malformed record must not break the batch
                entry["message"] = str(record.msg)
        try:
            sys.stdout.write(json.dumps(entry, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        except (BrokenPipeError, OSError, ValueError):
            # Without a reader Snakemake must still shut down cleanly (the CLI's death sends it SIGINT).
            LogHandler.closed_reader = True

    @property
    def writes_to_stream(self) -> bool:
        return True

    @property
    def writes_to_file(self) -> bool:
        return False

    @property
    def has_filter(self) -> bool:
        return True

    @property
    def has_formatter(self) -> bool:
        return True

    @property
    def needs_rulegraph(self) -> bool:
        return False
