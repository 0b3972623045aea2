"""Test helper: the CV generator of ``scripts/make_examples.py``, importable from any test module.

    from sample_cvs import write_cv, make_cv_data, sample_filename, write_samples, EXAMPLES

* ``write_cv(path, cv, layout="plain"|"textbox", *, contact=None)`` writes one CV DOCX in the
  reference input layout (about 10 ms); ``cv`` is the data the default extractor returns for it.
* ``make_cv_data(i, *, special_chars=None)`` gives a distinct valid CV dict per ``i``; every fourth one
  carries ``& < > {{ }} {% %} [ ]`` and quotes in its overview and a bullet.
* ``sample_filename(i, cv=None)`` gives a distinct awkward ``.docx`` name (spaces, unicode, ``,.{}[]()``).
* ``write_samples(folder, count, start=0)`` writes generated CVs, returning ``[(path, cv), ...]``.
* ``EXAMPLES`` / ``EXAMPLE_LAYOUTS``: the committed example CVs (path under ``examples/cvs`` -> data).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "make_examples.py"


def _load():
    module = sys.modules.get("make_examples")
    if module is None:
        spec = importlib.util.spec_from_file_location("make_examples", _SCRIPT)
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_examples"] = module
        spec.loader.exec_module(module)
    return module


make_examples = _load()

EXAMPLES = make_examples.EXAMPLES
EXAMPLE_LAYOUTS = make_examples.EXAMPLE_LAYOUTS
LAYOUTS = make_examples.LAYOUTS
SIDEBAR_SECTIONS = make_examples.SIDEBAR_SECTIONS
TEMPLATE_PATH = make_examples.TEMPLATE_PATH
CVS_DIR = make_examples.CVS_DIR
write_cv = make_examples.write_cv
make_cv_data = make_examples.make_cv_data
sample_filename = make_examples.sample_filename
write_samples = make_examples.write_samples
write_template = make_examples.write_template
write_examples = make_examples.write_examples

__all__ = ["EXAMPLES", "EXAMPLE_LAYOUTS", "LAYOUTS", "SIDEBAR_SECTIONS", "TEMPLATE_PATH", "CVS_DIR",
           "write_cv", "make_cv_data", "sample_filename", "write_samples", "write_template",
           "write_examples", "make_examples"]
