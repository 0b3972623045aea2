"""Running the ``cvextract`` command in tests, as a user would or in this process.

    from cli_runs import cli, run_cli

* ``run_cli(*args, timeout=300, **kwargs)``: ``python -m cvextract.cli ARGS`` in a subprocess (text
  output captured); ``kwargs`` go to ``subprocess.run`` (``cwd``, ``env``, ``preexec_fn``). For what
  only a real process shows: exit status, no traceback, the modules it imports, signals.
* ``cli(capsys, *args)``: ``cvextract.cli.main(ARGS)`` in this process (fast), returning
  ``(exit status, stdout, stderr)``; argparse's usage errors (``SystemExit``) give their status too.
"""

from __future__ import annotations

import subprocess
import sys

from cvextract.cli import main


def run_cli(*args, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    """The CLI in a subprocess; ``timeout`` is only a last guard against a hang."""
    return subprocess.run([sys.executable, "-m", "cvextract.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, **kwargs)


def cli(capsys, *args) -> tuple[int, str, str]:
    """Run ``main`` in-process; (exit status, stdout, stderr)."""
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err
