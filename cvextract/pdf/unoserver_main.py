"""The warm converter's server process: one LibreOffice with ``unoserver``'s XML-RPC server in front.

Run as a script, by path, with a Python that can import LibreOffice's ``uno`` module (Debian's
``python3``) and with ``PYTHONPATH`` holding just the ``unoserver`` package::

    python3 unoserver_main.py PARENT_PID SOFFICE PROFILE_URI PORT UNO_PORT TIMEOUT TEMP_DIR [OPTION...]

unoserver's own ``start()`` waits a fixed 7 s for LibreOffice; this starts LibreOffice itself, waits
only until its UNO port accepts connections, then runs ``UnoServer.serve()`` (unoserver's bridge and
RPC server, unchanged). The process leads its own process group, and LibreOffice joins it. The group
is killed as a whole when LibreOffice exits (a conversion that timed out, a crash) and when the
process that started the converter goes away without stopping it (a worker killed by SIGKILL or the
OOM killer): no LibreOffice outlives its batch. Nothing from cvextract is imported here: this
Python is not the one cvextract is installed in.
"""

import os
import signal
import socket
import subprocess
import sys
import threading
import time

POLL_SECONDS = 0.1
PARENT_POLL_SECONDS = 0.5


def _kill_group() -> None:
    os.killpg(0, signal.SIGKILL)


def _watch(parent_pid: int, office: subprocess.Popen) -> None:
    def watch() -> None:
        while os.getppid() == parent_pid and office.poll() is None:
            time.sleep(PARENT_POLL_SECONDS)
        _kill_group()

    threading.Thread(target=watch, name="watch", daemon=True).start()


def _wait_for_port(port: int, office: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and office.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(POLL_SECONDS)
    raise SystemExit(f"LibreOffice did not accept UNO connections within {timeout:g} s "
                     f"(exit status {office.poll()})")


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]
    parent_pid, soffice, profile_uri, port, uno_port, timeout, temp_dir, *options = sys.argv[1:]
    from unoserver.server import UnoServer

    office = subprocess.Popen([soffice, *options, f"-env:UserInstallation={profile_uri}",
                               f"--accept=socket,host=127.0.0.1,port={uno_port},tcpNoDelay=1;urp;"
                               "StarOffice.ComponentContext"], stdin=subprocess.DEVNULL)
    try:
        _watch(int(parent_pid), office)
        _wait_for_port(int(uno_port), office, float(timeout))
        server = UnoServer(interface="127.0.0.1", port=port, uno_interface="127.0.0.1", uno_port=uno_port,
                           user_installation=profile_uri, conversion_timeout=float(timeout), temp_dir=temp_dir)
        server.libreoffice_process = office
        server.serve()  # returns only when it could not reach LibreOffice
    finally:
        _kill_group()
    return 1


if __name__ == "__main__":
    sys.exit(main())
