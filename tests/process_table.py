"""The machine's processes as ``/proc`` shows them, for tests that check what a run started or left.

    from process_table import process, processes

* ``processes()``: every process readable now, as :class:`Process` (pid, state, parent, group,
  session, command line); one that ends while being read is left out.
* ``process(pid)``: one process, or ``None`` once it is gone.
* ``Process.alive``: running, not a zombie waiting for its reaper.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Process:
    pid: int
    state: str
    ppid: int
    pgid: int
    sid: int
    cmdline: str  # arguments joined by spaces

    @property
    def alive(self) -> bool:
        return self.state != "Z"


def process(pid: int) -> Process | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        # The command name in (...) may hold spaces and parentheses: the fields start after the last ")".
        state, ppid, pgid, sid = stat[stat.rindex(")") + 2:].split()[:4]
        return Process(pid, state, int(ppid), int(pgid), int(sid),
                       cmdline.replace(b"\0", b" ").decode("utf-8", "replace").strip())
    except (OSError, ValueError):
        return None


def processes() -> list[Process]:
    return [p for p in map(process, (int(e.name) for e in Path("/proc").glob("[0-9]*"))) if p is not None]
