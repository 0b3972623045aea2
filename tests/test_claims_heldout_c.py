"""Held-out set C for the free-text claims guard (issue 20): the set's shape always holds; the
guard's targets (every injected claim caught, at most 1% of honest texts touched) are measured by
``scripts/bench_claims_heldout_c.py`` and asserted here as expected failures until the guard meets them."""

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from claims_heldout_c import AMBIGUOUS, CVS, FABRICATED, HONEST, POSITIONS, honest_fields, text_at

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "cvextract" / "contracts" / "cv.schema.json").read_text(encoding="utf-8"))
REQUIRED_KINDS = {
    "number",
    "metric",
    "tool",
    "customer",
    "certification",
    "certified",
    "degree",
    "years",
    "team size",
    "duration",
    "date",
    "version",
    "recognition",
    "new bullet",
    "moved bullet",
}


def _part(field):
    return "overview" if field == "overview" else field.split(".")[1].split("[")[0]


def test_every_cv_is_a_full_contract_cv_with_a_job_and_an_honest_tailoring():
    assert len(CVS) >= 8
    for key, case in CVS.items():
        source, honest = case["source"], case["honest"]
        jsonschema.validate(source, SCHEMA)
        jsonschema.validate(honest, SCHEMA)
        assert case["prompt"].strip(), key
        assert source["overview"] and any(source["sidebar"].values()), key
        assert 2 <= len(source["experiences"]) <= 3, key
        for entry in source["experiences"]:
            assert re.search(r"\b(19|20)\d{2}\b", entry["heading"]), entry["heading"]
            assert entry["description"] and entry["environment"], key
            assert 2 <= len(entry["bullets"]) <= 5, key
        assert [e["heading"] for e in honest["experiences"]] == [e["heading"] for e in source["experiences"]]
        assert honest["sidebar"] == source["sidebar"] and honest["identity"] == source["identity"]


def test_every_honest_text_is_reworded_not_copied():
    assert len(HONEST) >= 90
    for key, field, text in HONEST:
        source = CVS[key]["source"]
        assert text not in [text_at(source, f) for f in honest_fields(source)], (key, field)


def test_fabrications_cover_every_kind_field_and_position_one_edit_each():
    assert len(FABRICATED) >= 90
    assert REQUIRED_KINDS <= {case["kind"] for case in FABRICATED}
    assert set(Counter(_part(c["field"]) for c in FABRICATED)) == {"overview", "description", "bullets"}
    assert set(Counter(c["position"] for c in FABRICATED)) == set(POSITIONS)
    for part in ("overview", "description", "bullets"):
        assert {c["position"] for c in FABRICATED if _part(c["field"]) == part} == set(POSITIONS), part
    for case in FABRICATED + AMBIGUOUS:
        jsonschema.validate(case["adjusted"], SCHEMA)
        honest = CVS[case["cv"]]["honest"]
        changed = [f for f in honest_fields(case["adjusted"]) if text_at(case["adjusted"], f) != text_at(honest, f)]
        assert changed == [case["field"]], case["text"]
    assert all(case["reason"] for case in AMBIGUOUS)


@pytest.fixture(scope="module")
def figures():
    spec = importlib.util.spec_from_file_location(
        "bench_claims_heldout_c", ROOT / "scripts" / "bench_claims_heldout_c.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.measure()


@pytest.mark.xfail(
    strict=False,
    reason="measured on set C, never used for tuning: 114/122 injected claims caught (93.4%; 102/122 before "
    "the fixes from sets A and B); misses: lower-case tools, a changed figure the CV has elsewhere, a shifted "
    "quarter, 'certified' beside a held certificate",
)
def test_the_guard_catches_every_injected_claim(figures):
    missed = [(c["cv"], c["field"], c["text"]) for c in figures["fabricated"] if not c["caught"]]
    assert missed == []


@pytest.mark.xfail(
    strict=False,
    reason="measured on set C, never used for tuning: 3/102 honest texts touched (2.9%; 7/102 before the fixes "
    "from sets A and B): a figure moved inside a compound (3.2-million-member) and acronyms the source spells out",
)
def test_the_guard_touches_at_most_one_percent_of_honest_texts(figures):
    assert len(figures["touched"]) <= 0.01 * figures["honest"], [(t["cv"], t["field"]) for t in figures["touched"]]
