"""The warm converter's server process: ``unoserver`` (PyPI) in front of one LibreOffice.

Run as a script, by path, with a Python that can import LibreOffice's ``uno`` module (Debian's
``python3``), with ``PYTHONPATH`` holding just the ``unoserver`` package::

    python3 unoserver_main.py <parent pid> <unoserver options...>

It is started as the leader of its own process group, and LibreOffice joins that group. When the
process that started it goes away without stopping it (a worker killed by SIGKILL or the OOM
killer), the whole group is killed within half a second: no LibreOffice outlives its batch.
Nothing from cvextract is imported here: this Python is not the one cvextract is installed in.
"""

import os
import signal
import sys
import threading
import time

PARENT_POLL_SECONDS = 0.5


def _end_with_parent(parent_pid: int) -> None:
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os.killpg(0, signal.SIGKILL)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main() -> int:
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]
    _end_with_parent(int(sys.argv[1]))
    sys.argv = ["unoserver", *sys.argv[2:]]
    from unoserver.server import main as serve

    return serve() or 0


if __name__ == "__main__":
    sys.exit(main())
