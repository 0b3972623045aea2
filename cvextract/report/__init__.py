"""The batch report: ``<target>/report.html``, one self-contained page on what a batch did to each CV.

A batch calls :func:`record_batch` when it ends; ``cvextract report --target DIR`` calls
:func:`write_report`. Importing this package costs nothing: the work is imported on first call.
"""

from __future__ import annotations

from ..layout import REPORT


def record_batch(target, **batch):
    from .batch_report import record_batch

    return record_batch(target, **batch)


def write_pending(target, *, started: float):
    from .batch_report import write_pending

    return write_pending(target, started=started)


def write_report(target):
    from .batch_report import write_report

    return write_report(target)


__all__ = ["REPORT", "record_batch", "write_pending", "write_report"]
