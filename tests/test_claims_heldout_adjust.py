"""Held-out texts through the real tailoring adjuster (job-specific, loopback OpenAI-compatible server):
the model's answer is the source CV with one held-out text written in, as the model would write it. The
adjusted JSON a user gets holds no invented claim (revert), or the CV fails with one line (fail); an honest
rewording comes back as the claims check leaves it. Masking personal data on and off."""

from __future__ import annotations

import json

import pytest
from claims_heldout import FABRICATION_KINDS, SOURCES, fabricated_cases, honest_cases, value_at
from fake_openai import from_original

from cvextract.adjust import adjust_cv_data
from cvextract.claims.free_text import review
from cvextract.errors import ValidationError

JOB = [{"name": "openai-job-specific", "job-description": "Senior consultant for a platform modernisation programme."}]
FIRST_OF_KIND = [next(c for c in fabricated_cases() if c.kind == kind) for kind in FABRICATION_KINDS]
FIRST_HONEST = [next(c for c in honest_cases() if c.cv == name) for name in SOURCES]


def adjust(tmp_path, case, *, mask=True, guard="revert"):
    return adjust_cv_data(case.source, JOB, research_dir=tmp_path / "research", cache_dir=None,
                          intermediate_dir=tmp_path / "steps", source=tmp_path / f"{case.cv}.json",
                          mask_personal_data=mask, guard=guard)


@pytest.mark.parametrize("mask", [True, False], ids=["masked", "unmasked"])
@pytest.mark.parametrize("case", FIRST_OF_KIND, ids=lambda c: c.kind)
def test_an_invented_claim_never_reaches_the_adjusted_json(fake_openai, tmp_path, case, mask):
    fake_openai.push(from_original(case.apply_to))
    result = adjust(tmp_path, case, mask=mask)
    written = json.dumps(value_at(result, case.path), ensure_ascii=False)
    assert case.claim not in written, written
    assert result["identity"] == case.source["identity"]


@pytest.mark.parametrize("case", FIRST_OF_KIND, ids=lambda c: c.kind)
def test_under_fail_an_invented_claim_fails_the_cv_in_one_line(fake_openai, tmp_path, case):
    fake_openai.push(from_original(case.apply_to))
    with pytest.raises(ValidationError) as failure:
        adjust(tmp_path, case, guard="fail")
    assert "\n" not in str(failure.value) and f"{case.cv}.json" in str(failure.value)


@pytest.mark.parametrize("case", FIRST_HONEST, ids=lambda c: c.cv)
def test_an_honest_rewording_comes_back_as_the_claims_check_leaves_it(fake_openai, tmp_path, case):
    """What the user gets is what cvextract.claims.free_text.review makes of the answer (the model's text
    itself wherever the check finds nothing: the 1% bar is held by tests/test_claims_heldout.py)."""
    fake_openai.push(from_original(case.apply_to))
    expected, findings = review(case.source, case.adjusted, JOB[0]["job-description"])
    result = adjust(tmp_path, case)
    assert result == expected
    assert (result == case.adjusted) == (not findings)
