"""The held-out claims set (tests/claims_heldout.py) is what it says: valid CVs, one changed text per case,
each fabrication's claim written in its text, and the counts and spread issue 20 asks for."""

from __future__ import annotations

from collections import Counter

from claims_heldout import FABRICATION_KINDS, SOURCES, ambiguous_cases, all_cases, fabricated_cases, honest_cases
from cvextract.contracts import schema_errors


def test_every_source_and_adjusted_cv_is_a_valid_cv():
    assert len(SOURCES) >= 12
    for name, cv in SOURCES.items():
        assert schema_errors(cv) == [], name
        assert len(cv["experiences"]) in (2, 3)
    for case in all_cases():
        assert schema_errors(case.adjusted) == [], case.id


def test_each_case_changes_its_field_and_nothing_else():
    for case in all_cases():
        source, adjusted = case.source, case.adjusted
        assert adjusted != source, case.id
        assert adjusted["identity"] == source["identity"] and adjusted["sidebar"] == source["sidebar"]
        changed = [i for i, (a, b) in enumerate(zip(adjusted["experiences"], source["experiences"])) if a != b]
        assert len(changed) <= 1 and (changed == []) == (case.path == "overview"), case.id


def test_counts_and_spread():
    honest, fabricated = honest_cases(), fabricated_cases()
    assert len(honest) >= 150 and len(fabricated) >= 150
    assert len({c.id for c in all_cases()}) == len(all_cases())
    assert set(Counter(c.kind for c in fabricated)) == set(FABRICATION_KINDS)
    fields = Counter(c.field for c in fabricated)
    assert min(fields["overview"], fields["description"], fields["bullet"]) >= 20
    positions = Counter(c.position for c in fabricated)
    assert min(positions["start"], positions["middle"], positions["end"]) >= 20
    assert all(c.note for c in ambiguous_cases())


def test_each_fabrication_writes_its_claim():
    for case in fabricated_cases():
        assert any(case.claim.lower() in text.lower() for text in case.texts), case.id
