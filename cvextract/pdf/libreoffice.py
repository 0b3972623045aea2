"""Finding LibreOffice, giving each instance a profile of its own, and the one-off (cold) conversion.

A document is never handed to LibreOffice under its own name: it is copied into a private work
folder as ``in.<suffix>`` (file names may hold anything), converted there, checked to be a PDF (or,
for a legacy CV converted to be read, a DOCX), and only then written to its destination atomically.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator

from ..atomic import atomic_path
from ..errors import ConfigError, CvError

PACKAGE = "libreoffice-writer-nogui"     # the Debian package that brings a headless `soffice`
UNO_PACKAGE = "python3-uno"              # the Debian package with the `uno` module warm converters need
DEFAULT_TIMEOUT = 60.0
WORK_PREFIX = "cvextract-pdf-"

# Written into every fresh profile: no macro ever runs, no linked content is fetched for a document
# from an untrusted origin (the documents are rendered from user-supplied templates).
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""

# What each target format is exported with, and the bytes its files start with.
EXPORT_FILTERS = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML"}
_SIGNATURES = {"pdf": b"%PDF-", "docx": b"PK\x03\x04"}

# Options both kinds of start share: no window, no dialogs, no recovery of earlier sessions.
SOFFICE_OPTIONS = ("--headless", "--invisible", "--nocrashreport", "--nodefault", "--nologo",
                   "--nofirststartwizard", "--norestore", "--nolockcheck")


class PdfError(CvError):
    """A document could not be converted to PDF (LibreOffice failed, timed out or wrote no PDF)."""


class PdfTimeout(PdfError):
    """LibreOffice did not finish in time; it was stopped."""


def pdf_timeout() -> float:
    """Seconds one LibreOffice step (a conversion, a converter's start-up) may take:
    ``CVEXTRACT_PDF_TIMEOUT``, default 60."""
    raw = os.environ.get("CVEXTRACT_PDF_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise ConfigError(None, f"CVEXTRACT_PDF_TIMEOUT={raw!r}: give a number of seconds > 0")
    return value


def find_soffice() -> str | None:
    """LibreOffice's ``soffice``: ``CVEXTRACT_SOFFICE`` when set, else the one on PATH."""
    override = os.environ.get("CVEXTRACT_SOFFICE", "").strip()
    if override:
        return shutil.which(override)
    return shutil.which("soffice")


def soffice_missing() -> str:
    """Why :func:`find_soffice` found none: a ``CVEXTRACT_SOFFICE`` that is not an executable, or
    no ``soffice`` on PATH."""
    override = os.environ.get("CVEXTRACT_SOFFICE", "").strip()
    return f"CVEXTRACT_SOFFICE={override!r} is not an executable" if override else "no 'soffice' on PATH"


def check_libreoffice() -> str:
    """The ``soffice`` to use, or one ConfigError naming the package to install."""
    soffice = find_soffice()
    if soffice is None:
        raise ConfigError(None, f"PDF output needs LibreOffice ({soffice_missing()}): install the Debian package "
                                f"{PACKAGE} (and {UNO_PACKAGE} for fast conversions), or set CVEXTRACT_SOFFICE")
    return soffice


@functools.lru_cache(maxsize=4)
def find_uno_python(soffice: str) -> str | None:
    """A Python that can import LibreOffice's ``uno`` module (to run the warm converter), or None.

    ``CVEXTRACT_UNO_PYTHON`` when set; else the Python bundled with LibreOffice (official builds),
    else the system's ``python3`` (Debian's ``python3-uno``). This process's own Python rarely
    qualifies: ``uno`` is compiled against the system interpreter.
    """
    override = os.environ.get("CVEXTRACT_UNO_PYTHON", "").strip()
    candidates = [override] if override else [
        str(Path(os.path.realpath(soffice)).parent / "python"), "/usr/bin/python3", shutil.which("python3")]
    for candidate in dict.fromkeys(c for c in candidates if c):
        if not os.access(candidate, os.X_OK) or os.path.isdir(candidate):
            continue
        try:
            probe = subprocess.run([candidate, "-c", "import uno, unohelper"], capture_output=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return candidate
    return None


def warm_unavailable_reason(soffice: str) -> str | None:
    """Why warm converters cannot run here (then conversions are cold), or None when they can."""
    if find_uno_python(soffice) is None:
        return (f"no Python with LibreOffice's 'uno' module (Debian package {UNO_PACKAGE}, or set "
                "CVEXTRACT_UNO_PYTHON): each PDF starts its own LibreOffice (1-9 s per document)")
    try:
        import unoserver  # noqa: F401
    except ImportError:
        return "the 'unoserver' package is not installed: each PDF starts its own LibreOffice (1-9 s per document)"
    return None


@contextlib.contextmanager
def work_dir() -> Iterator[Path]:
    """A private folder for one LibreOffice (profile, input copy, output), removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def new_profile(work: Path) -> Path:
    """A fresh LibreOffice user profile below ``work`` with macros and untrusted links disabled."""
    profile = work / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, encoding="utf-8")
    return profile


def stop_group(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """End ``proc`` and everything in its process group (it was started as a session leader):
    SIGTERM, up to ``grace`` seconds, then SIGKILL."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(grace)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)  # what is left of the group (soffice.bin outliving a wrapper)
    proc.wait()


def stage_input(document: Path, work: Path) -> Path:
    copy = work / f"in{document.suffix.lower() or '.docx'}"
    try:
        shutil.copyfile(document, copy)
    except OSError as exc:
        raise PdfError(document, f"cannot read the document ({exc.strerror or exc})") from None
    return copy


def deliver(produced: Path, output: Path, document: Path, detail: str = "", to: str = "pdf") -> None:
    """Check that LibreOffice wrote a file of format ``to`` at ``produced`` and put it at ``output`` atomically."""
    signature = _SIGNATURES[to]
    try:
        with produced.open("rb") as fh:
            written = fh.read(len(signature)) == signature
    except OSError:
        written = False
    if not written:
        raise PdfError(document, f"LibreOffice wrote no {to.upper()}" + (f" ({detail})" if detail else ""))
    with atomic_path(output) as tmp:
        shutil.copyfile(produced, tmp)


def timed_out(document: Path, seconds: float) -> PdfTimeout:
    return PdfTimeout(document, f"LibreOffice did not finish converting it within {seconds:g} s "
                              "(CVEXTRACT_PDF_TIMEOUT); stopped it")


def convert_cold(document: Path, output: Path, to: str = "pdf") -> None:
    """One ``soffice --convert-to pdf`` (or ``docx``) run with a profile of its own."""
    soffice = check_libreoffice()
    timeout = pdf_timeout()
    with work_dir() as work:
        profile = new_profile(work)
        source = stage_input(document, work)
        cmd = [soffice, *SOFFICE_OPTIONS, f"-env:UserInstallation={profile.as_uri()}",
               "--convert-to", EXPORT_FILTERS[to], "--outdir", str(work / "out"), str(source)]
        proc = subprocess.Popen(cmd, cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            stop_group(proc, grace=0)
            raise timed_out(document, timeout) from None
        finally:
            stop_group(proc, grace=0)
        said = [ln.strip() for ln in out.decode("utf-8", "replace").splitlines()
                if ln.strip() and "javaldx" not in ln]
        detail = said[-1] if said else f"exit status {proc.returncode}"
        deliver(work / "out" / f"in.{to}", output, document, detail, to)
