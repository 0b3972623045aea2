"""Blind sets for the free-text claims guard (issue 20), each written without reading the guard's
rules or the other sets: every set's shape holds, the guard does no worse on a set than the figures
it records (``GUARD_FLOOR``), and the issue's targets (every injected claim caught, at most 1% of
honest texts touched) are asserted as strict expected failures while a set records that they are not met (``CATCH_NOT_MET``,
``TOUCH_NOT_MET``): a set that meets a target it says it misses fails too, so the record stays true.
``scripts/bench_claims_blind.py --set <x>`` prints the figures with every miss."""

import importlib
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from claims_blind_set import POSITIONS, honest_fields, text_at

# One xdist worker runs the whole module: the sets, imported once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_claims_blind_sets")

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "cvextract" / "contracts" / "cv.schema.json").read_text(encoding="utf-8"))
# One validator for every case (jsonschema.validate checks the schema itself again on each call).
CV_SCHEMA = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
SETS = sorted(p.stem.rsplit("_", 1)[1] for p in (ROOT / "tests").glob("claims_heldout_[c-z]*.py"))
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


@pytest.fixture(scope="module", params=SETS)
def blind(request):
    return importlib.import_module(f"claims_heldout_{request.param}")


def test_every_cv_is_a_full_contract_cv_with_a_job_and_an_honest_tailoring(blind):
    assert len(blind.CVS) >= 8
    for key, case in blind.CVS.items():
        source, honest = case["source"], case["honest"]
        CV_SCHEMA.validate(source)
        CV_SCHEMA.validate(honest)
        assert case["prompt"].strip(), key
        assert source["overview"] and any(source["sidebar"].values()), key
        assert 2 <= len(source["experiences"]) <= 3, key
        for entry in source["experiences"]:
            assert re.search(r"\b(19|20)\d{2}\b", entry["heading"]), entry["heading"]
            assert entry["description"] and entry["environment"], key
            assert 2 <= len(entry["bullets"]) <= 5, key
        assert [e["heading"] for e in honest["experiences"]] == [e["heading"] for e in source["experiences"]]
        assert honest["sidebar"] == source["sidebar"] and honest["identity"] == source["identity"]


def test_every_honest_text_is_reworded_not_copied(blind):
    assert len(blind.HONEST) >= 90
    for key, field, text in blind.HONEST:
        source = blind.CVS[key]["source"]
        assert text not in [text_at(source, f) for f in honest_fields(source)], (key, field)


def test_fabrications_cover_every_kind_field_and_position_one_edit_each(blind):
    assert len(blind.FABRICATED) >= 90
    assert REQUIRED_KINDS <= {case["kind"] for case in blind.FABRICATED}
    assert set(Counter(_part(c["field"]) for c in blind.FABRICATED)) == {"overview", "description", "bullets"}
    assert set(Counter(c["position"] for c in blind.FABRICATED)) == set(POSITIONS)
    for part in ("overview", "description", "bullets"):
        assert {c["position"] for c in blind.FABRICATED if _part(c["field"]) == part} == set(POSITIONS), part
    for case in blind.FABRICATED + blind.AMBIGUOUS:
        CV_SCHEMA.validate(case["adjusted"])
        honest = blind.CVS[case["cv"]]["honest"]
        changed = [f for f in honest_fields(case["adjusted"]) if text_at(case["adjusted"], f) != text_at(honest, f)]
        assert changed == [case["field"]], case["text"]
    assert all(case["reason"] for case in blind.AMBIGUOUS)


_MEASURED = {}


def _figures(blind):
    if blind.__name__ not in _MEASURED:
        spec = importlib.util.spec_from_file_location("bench_claims_blind", ROOT / "scripts" / "bench_claims_blind.py")
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
        _MEASURED[blind.__name__] = bench.measure(blind.__name__.rsplit("_", 1)[1])
    return _MEASURED[blind.__name__]


def test_the_guard_does_no_worse_than_the_set_records(blind):
    figures = _figures(blind)
    caught = sum(c["caught"] for c in figures["fabricated"])
    missed = [(c["cv"], c["field"], c["text"]) for c in figures["fabricated"] if not c["caught"]]
    touched = [(t["cv"], t["field"]) for t in figures["touched"]]
    assert caught >= blind.GUARD_FLOOR["caught"], missed
    assert len(touched) <= blind.GUARD_FLOOR["touched"], touched


def test_the_guard_catches_every_injected_claim(blind, request):
    if getattr(blind, "CATCH_NOT_MET", None):  # a set records where the guard stands on it
        request.applymarker(pytest.mark.xfail(strict=True, reason=blind.CATCH_NOT_MET))
    missed = [(c["cv"], c["field"], c["text"]) for c in _figures(blind)["fabricated"] if not c["caught"]]
    assert missed == []


def test_the_guard_touches_at_most_one_percent_of_honest_texts(blind, request):
    if getattr(blind, "TOUCH_NOT_MET", None):
        request.applymarker(pytest.mark.xfail(strict=True, reason=blind.TOUCH_NOT_MET))
    figures = _figures(blind)
    assert len(figures["touched"]) <= 0.01 * figures["honest"], [(t["cv"], t["field"]) for t in figures["touched"]]
