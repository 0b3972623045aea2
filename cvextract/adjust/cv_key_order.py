"""The CV's canonical key order, restored after a model has shuffled keys."""

from __future__ import annotations

TOP = ("identity", "sidebar", "overview", "experiences")
IDENTITY = ("title", "full_name", "first_name", "last_name")
SIDEBAR = ("skills", "languages", "tools", "certifications", "industries", "spoken_languages", "academic_background")
EXPERIENCE = ("heading", "description", "bullets", "environment")


def _ordered(mapping, order):
    if not isinstance(mapping, dict):
        return mapping
    known = {k: mapping[k] for k in order if k in mapping}
    return {**known, **{k: v for k, v in mapping.items() if k not in known}}


def in_canonical_order(cv):
    """``cv`` with known keys in schema order (unknown keys kept, last, for the schema check to see)."""
    if not isinstance(cv, dict):
        return cv
    out = _ordered(cv, TOP)
    if "identity" in out:
        out["identity"] = _ordered(out["identity"], IDENTITY)
    if "sidebar" in out:
        out["sidebar"] = _ordered(out["sidebar"], SIDEBAR)
    if isinstance(out.get("experiences"), list):
        out["experiences"] = [_ordered(e, EXPERIENCE) for e in out["experiences"]]
    return out
