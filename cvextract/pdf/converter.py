"""Warm converters: a LibreOffice kept running behind ``unoserver`` for the life of a process.

A batch's PDF jobs run in its pool workers; each worker starts one converter on its first PDF (a
few seconds) and then converts in ~0.1-0.6 s per document. A converter serves one conversion at a
time; a process running jobs in several threads gets one per concurrent conversion. Each converter has its
own LibreOffice user profile, ports and work folder, and runs in a process group of its own that is
killed when

- a conversion takes longer than ``CVEXTRACT_PDF_TIMEOUT`` (that CV fails with one line; the next
  conversion starts a fresh converter),
- the process that started it ends (normally: a finalizer; killed: the server watches its parent).

When no converter can be started (no ``uno`` Python, a start-up that fails) the process converts
cold from then on, with one warning saying why.
"""

from __future__ import annotations

import logging
import multiprocessing.util
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import xmlrpc.client
from pathlib import Path

from .libreoffice import (SOFFICE_OPTIONS, WORK_PREFIX, PdfError, PdfTimeout, check_libreoffice, convert_cold,
                          deliver, find_uno_python, new_profile, pdf_timeout, stage_input, stop_group, timed_out,
                          warm_unavailable_reason)

log = logging.getLogger("cvextract.pdf")

SERVER_SCRIPT = Path(__file__).with_name("unoserver_main.py")


class _StartFailed(Exception):
    pass


class _TimeoutTransport(xmlrpc.client.Transport):
    def __init__(self, timeout: float):
        super().__init__()
        self._timeout = timeout

    def make_connection(self, host):
        conn = super().make_connection(host)
        conn.timeout = self._timeout
        return conn


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _unoserver_path(folder: Path) -> Path:
    """A folder holding only the ``unoserver`` package (and its metadata), for the server's PYTHONPATH."""
    import unoserver

    package = Path(unoserver.__file__).resolve().parent
    folder.mkdir()
    (folder / "unoserver").symlink_to(package, target_is_directory=True)
    for meta in package.parent.glob("unoserver-*.dist-info"):
        (folder / meta.name).symlink_to(meta, target_is_directory=True)
    return folder


class WarmConverter:
    def __init__(self, soffice: str, python: str):
        self.soffice, self.python = soffice, python
        self.work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self, timeout: float) -> None:
        profile = new_profile(self.work)
        port, uno_port = _free_ports(2)
        env = dict(os.environ, PYTHONPATH=str(_unoserver_path(self.work / "pythonpath")))
        cmd = [self.python, str(SERVER_SCRIPT), str(os.getpid()), self.soffice, profile.as_uri(), str(port),
               str(uno_port), str(timeout), str(self.work), *SOFFICE_OPTIONS]
        with open(self.work / "server.log", "wb") as server_log:
            self.proc = subprocess.Popen(cmd, cwd=self.work, env=env, stdin=subprocess.DEVNULL,
                                         stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True)
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise _StartFailed(f"its server exited ({self._last_log_line()})")
            try:
                self._proxy(5).info()
                return
            except (OSError, xmlrpc.client.Error):
                pass
            if time.monotonic() > deadline:
                raise _StartFailed(f"not ready within {timeout:g} s (CVEXTRACT_PDF_TIMEOUT)")
            time.sleep(0.2)

    def _proxy(self, timeout: float) -> xmlrpc.client.ServerProxy:
        return xmlrpc.client.ServerProxy(self.url, allow_none=True, transport=_TimeoutTransport(timeout))

    def _last_log_line(self) -> str:
        try:
            lines = (self.work / "server.log").read_text("utf-8", "replace").splitlines()
        except OSError:
            lines = []
        meaningful = [ln.strip() for ln in lines if ln.strip() and "javaldx" not in ln]
        return meaningful[-1] if meaningful else "no output"

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def convert(self, document: Path, output: Path, timeout: float, to: str = "pdf") -> None:
        job = self.work / "job"
        shutil.rmtree(job, ignore_errors=True)
        job.mkdir()
        source, produced = stage_input(document, job), job / f"out.{to}"
        try:
            # The server stops LibreOffice itself after `timeout`; this one is the last guard.
            self._proxy(timeout + 10).convert(str(source), None, str(produced), to, None, [], True, None, None)
        except xmlrpc.client.Fault as fault:
            if "TimeoutError" in fault.faultString:
                raise timed_out(document, timeout) from None
            cause = fault.faultString.strip().splitlines()[-1] if fault.faultString.strip() else "unknown error"
            raise PdfError(document, f"LibreOffice could not convert it: {cause[:300]}") from None
        except TimeoutError:
            raise timed_out(document, timeout) from None
        except (OSError, xmlrpc.client.Error) as exc:
            raise PdfError(document, f"the LibreOffice converter stopped while converting it ({exc})") from None
        deliver(produced, output, document, to=to)

    def stop(self) -> None:
        if self.proc is not None:
            stop_group(self.proc, grace=0)  # nothing to save: the profile is thrown away
        shutil.rmtree(self.work, ignore_errors=True)


_lock = threading.Lock()
_idle: list[WarmConverter] = []
_running: set[WarmConverter] = set()
_cold_reason: str | None = None
_finalizer: multiprocessing.util.Finalize | None = None


def _take(soffice: str, timeout: float) -> WarmConverter | None:
    """An idle converter of this process, a newly started one, or None (convert cold)."""
    global _cold_reason, _finalizer
    with _lock:
        if _idle:
            return _idle.pop()
        if _cold_reason is None:
            _cold_reason = warm_unavailable_reason(soffice)
            if _cold_reason:
                log.warning("cvextract: %s", _cold_reason)
        if _cold_reason:
            return None
        if _finalizer is None:  # runs at exit of a pool worker and of a main process alike
            _finalizer = multiprocessing.util.Finalize(None, stop_all, exitpriority=100)
        converter = WarmConverter(soffice, find_uno_python(soffice))
        _running.add(converter)
    try:
        converter.start(timeout)
    except (_StartFailed, OSError) as exc:
        _retire(converter)
        with _lock:
            _cold_reason = f"the warm LibreOffice converter did not start: {exc}"
        log.warning("cvextract: %s; converting cold from now on", _cold_reason)
        return None
    return converter


def _retire(converter: WarmConverter) -> None:
    converter.stop()
    with _lock:
        _running.discard(converter)


def convert_warm(document: Path, output: Path, to: str = "pdf") -> None:
    soffice = check_libreoffice()
    timeout = pdf_timeout()
    converter = _take(soffice, timeout)
    if converter is None:
        convert_cold(document, output, to)
        return
    try:
        converter.convert(document, output, timeout, to)
    except PdfError as exc:
        if isinstance(exc, PdfTimeout) or not converter.alive():
            _retire(converter)  # a hung or dead LibreOffice is not reused
        else:
            with _lock:
                _idle.append(converter)  # the document was bad, not the converter
        raise
    except BaseException:
        _retire(converter)
        raise
    with _lock:
        _idle.append(converter)


def stop_all() -> None:
    """Stop every converter of this process (at exit, and whenever a caller wants them gone)."""
    with _lock:
        converters = list(_running)
        _running.clear()
        _idle.clear()
    for converter in converters:
        converter.stop()
