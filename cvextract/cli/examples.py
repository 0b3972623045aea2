"""``cvextract examples DIR``: a copy of the bundled example CVs, template and batch config to try.

A pip install keeps them inside the package (``cvextract/workflow``); this puts them where a user
can open, edit and run them: ``DIR/config.yaml`` with ``DIR/examples/cvs`` and
``DIR/examples/templates``, so ``cd DIR`` and the config runs as it is. Files already there are
kept, never overwritten (a config the user edited stays theirs).
"""

from __future__ import annotations

from pathlib import Path

from .. import atomic
from ..errors import OutputError
from ..workflow import WORKFLOW_DIR

# What is copied: the source below the installed workflow -> where it goes in DIR.
BUNDLED = {"config/config.yaml": "config.yaml", "examples/cvs": "examples/cvs",
           "examples/templates": "examples/templates"}


def copy_examples(dest: Path) -> tuple[list[Path], list[Path]]:
    """Copy the bundled examples into ``dest``; returns (written, kept because they existed)."""
    written: list[Path] = []
    kept: list[Path] = []
    for source_rel, dest_rel in BUNDLED.items():
        source = WORKFLOW_DIR / source_rel
        files = [source] if source.is_file() else sorted(p for p in source.rglob("*.docx") if p.is_file())
        for path in files:
            out = dest / dest_rel / path.relative_to(source) if path != source else dest / dest_rel
            if out.exists():
                kept.append(out)
                continue
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(out.parent, f"cannot write here ({exc.strerror or exc})") from None
            atomic.write_bytes(out, path.read_bytes())
            written.append(out)
    return written, kept


def print_examples(dest: Path) -> int:
    written, kept = copy_examples(dest)
    print(f"Examples in {dest}: {len(written)} file(s) written" + (f", {len(kept)} kept as they were" if kept else ""))
    print(f"Try: cd {dest} && cvextract --parallel source=examples/cvs --extract "
          "--apply template=examples/templates/cv_template.docx --target results")
    return 0
