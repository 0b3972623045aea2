"""The claims guard (cvextract.claims.free_text.review) on the held-out set of tests/claims_heldout.py:
every invented claim caught and named, at most 1% of honest rewordings touched (issue 20). The set itself is checked
first: valid CVs, one changed text per case, each fabrication's claim written in its text, the counts and
spread the issue asks for; and the scoring is checked against two guards that cannot be right."""

from __future__ import annotations

import copy
from collections import Counter
from types import SimpleNamespace

import pytest
from claims_heldout import (
    FABRICATION_KINDS,
    SOURCES,
    all_cases,
    ambiguous_cases,
    changed_texts,
    describe,
    fabricated_cases,
    honest_cases,
    run,
    tailored_cvs,
)

from cvextract.claims.free_text import review
from cvextract.claims.guard import guard_claims
from cvextract.claims.policy import FAIL
from cvextract.contracts import schema_errors
from cvextract.errors import ValidationError


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


# The guard on the held-out set: every claim caught, at most 1% of honest texts touched (issue 20's bar).
POSTING = pytest.mark.parametrize("postings", [False, True], ids=["no-posting", "job-posting"])


@POSTING
def test_guard_catches_every_fabrication(postings):
    outcomes = run(fabricated_cases(), review, postings=postings)
    missed = [describe(o) for o in outcomes if not o.caught]
    assert not missed, f"{len(missed)} of {len(outcomes)} invented claims got through:\n" + "\n".join(missed)


@POSTING
def test_guard_leaves_honest_rewording_alone(postings):
    outcomes = run(honest_cases(), review, postings=postings)
    touched = [describe(o) for o in outcomes if o.touched]
    assert len(touched) <= len(outcomes) // 100, (
        f"{len(touched)} of {len(outcomes)} honest texts touched (at most 1% allowed):\n" + "\n".join(touched))


def test_guard_leaves_whole_tailored_cvs_alone():
    """Every honest rewording of a CV at once, as a model answers: findings on at most 1% of the texts."""
    texts, said = 0, []
    for name, adjusted in tailored_cvs().items():
        texts += len(changed_texts(SOURCES[name], adjusted))
        output, findings = review(SOURCES[name], adjusted)
        said += [f"[{name}] {f.field}: {f.claims} in {f.written!r}" for f in findings]
    assert texts >= 100 and len(said) <= texts // 100, f"{len(said)} of {texts} texts touched:\n" + "\n".join(said)


# The scoring itself, against two guards that cannot be right: one that says nothing catches nothing
# and touches nothing; one that reverts every changed field and names every sentence catches all and
# touches all.
def _silent(original, adjusted):
    return adjusted, []


def _reverts_everything(original, adjusted):
    changed = changed_texts(original, adjusted)
    findings = [SimpleNamespace(field=path, claims=[], written=text) for path, text in changed]
    return copy.deepcopy(original), findings


def test_scoring_tells_a_silent_guard_from_a_reverting_one():
    cases = fabricated_cases()[:30] + honest_cases()[:30]
    silent = run(cases, _silent)
    assert not any(o.caught or o.touched for o in silent)
    assert all(o.shipped for o in silent if o.case.claim)
    strict = run(cases, _reverts_everything)
    assert all(o.caught for o in strict if o.case.claim)
    assert all(o.touched for o in strict if not o.case.claim)


def test_fail_policy_stops_what_review_catches_with_one_line_naming_the_claim():
    """Under ``guard: fail`` a CV with a claim the guard catches fails with one line naming the file and
    the field and the claim (a whole invented bullet: its number); a text the guard leaves alone does not
    fail."""
    for outcome in run(fabricated_cases() + honest_cases(), review):
        case = outcome.case
        if outcome.touched and not outcome.caught:
            continue  # an honest text touched, or a claim missed: the two tests above report those
        if not outcome.findings:
            guard_claims(case.source, case.adjusted, "cvs/cv.docx", adjuster="openai-job-specific", policy=FAIL)
            continue
        with pytest.raises(ValidationError) as failure:
            guard_claims(case.source, case.adjusted, "cvs/cv.docx", adjuster="openai-job-specific", policy=FAIL)
        message = str(failure.value)
        assert "\n" not in message and message.startswith("cvs/cv.docx: "), message
        if case.kind in ("new_bullet", "copied_bullet"):
            assert f"bullet {len(case.texts)}" in message, (case.id, message)
        elif outcome.claims_named:
            assert any(repr(named) in message for named in outcome.claims_named), (case.id, message)
        else:
            assert f"{case.field}" in message, (case.id, message)  # the claim in the guard's own normal form
