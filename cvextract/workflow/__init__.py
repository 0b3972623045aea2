"""The batch workflow shipped with cvextract: its Snakefile, rules, profiles, default config and examples.

In a checkout these are the repository's top-level ``Snakefile``, ``rules/``, ``profiles/``, ``config/``
and ``examples/`` (this folder links to them); an installed package carries copies. Run the installed
workflow from any folder with plain Snakemake::

    snakemake -s "$(python -m cvextract.workflow)" --cores 2 --configfile my-batch.yaml
"""

from __future__ import annotations

from pathlib import Path

WORKFLOW_DIR = Path(__file__).resolve().parent
SNAKEFILE = WORKFLOW_DIR / "Snakefile"
PROFILES_DIR = WORKFLOW_DIR / "profiles"


def profile(name: str) -> Path:
    """The folder of one of the shipped Snakemake profiles (``default``, ``slurm``, ``cluster-generic``)."""
    return PROFILES_DIR / name
