"""The errors a user is expected to meet, each carrying the file it is about.

Everything the CLI or a batch job reports in one line derives from :class:`CvError`; anything else
is a bug and shows a traceback (or, without ``--debug``, a one-line "unexpected error").
"""

from __future__ import annotations

from pathlib import Path


class CvError(Exception):
    """An expected failure about one file: ``str(err)`` is ``"<path>: <cause>"``."""

    def __init__(self, path: str | Path | None, cause: str):
        self.path = None if path is None else str(path)
        self.cause = cause
        super().__init__(f"{self.path}: {cause}" if self.path else cause)

    def __reduce__(self):  # survive pickling across a process pool with the same fields
        return _rebuild, (type(self), dict(self.__dict__))

    def about(self, path: str | Path, cause: str | None = None) -> "CvError":
        """The same error about another file: the source CV when the file it named was rolled back, the
        original when a file was read through a converted copy."""
        return _rebuild(type(self), {**self.__dict__, "path": str(path),
                                     "cause": self.cause if cause is None else cause})


def _rebuild(cls, state):
    err = cls.__new__(cls)
    err.__dict__.update(state)
    Exception.__init__(err, f"{err.path}: {err.cause}" if err.path else err.cause)
    return err


class InputError(CvError):
    """The input file is missing, unreadable, or not the kind of document the stage reads."""


class OutputError(CvError):
    """An output cannot be written (read-only or missing target, full disk, a file in the way)."""


class ValidationError(CvError):
    """Data failed a verifier (schema, completeness, fabrication guard). ``problems`` lists each."""

    def __init__(self, path, cause: str, problems: list[str] | None = None):
        super().__init__(path, cause)
        self.problems = list(problems or [])


class TemplateError(CvError):
    """The DOCX template is missing, not a DOCX, or not a valid Jinja template."""


class ConfigError(CvError):
    """A configuration or command-line value is wrong; the user must fix it before any work starts."""


class UnreadableLayoutError(InputError):
    """The layout rules could not find a part every CV needs (name, title, experiences, sidebar).

    ``missing`` names those parts; ``extract: {fallback: ...}`` sends exactly these files to the model."""

    def __init__(self, path, cause: str, missing: list[str] | None = None):
        super().__init__(path, cause)
        self.missing = list(missing or [])
