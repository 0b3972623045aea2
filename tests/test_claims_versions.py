"""A release year beside a product needs the CV to pair them outside a date range
(cvextract.claims.versions): a heading's "2015 – 2020" says when, not which release."""

from __future__ import annotations

import pytest

from cvextract.claims.versions import unsupported_versions
from cvextract.claims.free_text import review

SOURCE = ["2015 – 2020 | Senior WMS Consultant, Fulcrum 3PL", "Blue Yonder WMS (JDA WMS 2017) for a 3PL.",
          "Dynamics AX 2012 roll-out (2014–2016).", "Windows Server 2019 upgrade.", "Since 2018 on SAP EWM."]


@pytest.mark.parametrize("text, claim", [
    ("Rolling out Blue Yonder WMS 2020 for a 3PL provider.", "WMS 2020"),
    ("Dynamics AX 2016 roll-out.", "AX 2016"),
    ("Migrated the warehouses to SAP EWM 2014.", "EWM 2014"),
])
def test_a_year_the_cv_holds_beside_the_name_only_as_a_range_is_a_claim(text, claim):
    assert unsupported_versions(text, SOURCE) == [claim]


@pytest.mark.parametrize("text", [
    "Blue Yonder WMS 2017 roll-outs.", "Dynamics AX 2012 roll-out.", "Windows Server 2019 estate.",
    "Senior WMS Consultant 2015 – 2020.", "SAP EWM 2018 onwards.", "Led the WMS work for 8 years.",
])
def test_a_release_the_cv_pairs_or_a_range_of_the_text_is_no_claim(text):
    assert unsupported_versions(text, SOURCE) == []


def test_an_invented_release_year_is_reverted():
    source = {"identity": {"title": "Consultant", "full_name": "Ada Berg"}, "sidebar": {}, "overview": "WMS consultant.",
              "experiences": [{"heading": "2015 – 2020 | Senior WMS Consultant, Fulcrum 3PL",
                               "description": "Blue Yonder WMS roll-outs for a 3PL provider.",
                               "bullets": ["Led Blue Yonder WMS implementations at 11 warehouses."], "environment": []}]}
    entry = {**source["experiences"][0], "description": "Blue Yonder WMS 2020 roll-outs for a 3PL provider."}
    output, findings = review(source, {**source, "experiences": [entry]})
    assert output["experiences"][0]["description"] == source["experiences"][0]["description"]
    assert "WMS 2020" in findings[0].claims


@pytest.mark.parametrize("source, written", [
    ("Moved the ledger from Oracle to PostgreSQL 15 over a weekend.", "Led the Oracle-to-PostgreSQL 15 move over a weekend."),
    ("Took the tills from Windows to Ubuntu 22.04.", "Ran the Windows-to-Ubuntu 22.04 till rollout."),
])
def test_a_number_after_names_joined_by_hyphens_is_the_last_ones_version(source, written):
    assert unsupported_versions(written, [source]) == []


@pytest.mark.parametrize("source, written", [
    ("Moved the ledger from Oracle to PostgreSQL 15 over a weekend.", "Led the Oracle-to-PostgreSQL 16 move."),
    ("Moved from Oracle first, then 15 tables.", "Led the Oracle-to-ST 15 move."),  # "ST" is no word there
])
def test_a_number_after_names_joined_by_hyphens_the_cv_does_not_pair_is_a_claim(source, written):
    assert unsupported_versions(written, [source]) != []


@pytest.mark.parametrize("text, claim", [
    ("Kept the loom controllers on firmware revision 9.", "revision 9"),
    ("Wrote the manuals to ISO 9001 edition 2016 and Weavelink rev. 4.", "Weavelink 4"),
    ("Upgraded Weavelink v4 across the mill.", "Weavelink 4"),
    ("Ran Weavelink three for the dye house.", "Weavelink 3"),
])
def test_a_release_marked_by_a_word_or_written_in_words_is_a_version(text, claim):
    source = ["Kept the loom controllers on firmware revision 7.", "Ran Weavelink 2 in the dye house, eleven lines."]
    assert any(claim.split()[-1] == found.split()[-1] for found in unsupported_versions(text, source))


@pytest.mark.parametrize("text", ["Kept the loom controllers on firmware rev. 7.", "Ran Weavelink two for the dye house.",
                                  "Ran Weavelink version 2 on eleven lines.", "Ran Weavelink three lines a day."])
def test_the_cvs_release_in_other_words_is_no_claim(text):
    source = ["Kept the loom controllers on firmware revision 7.", "Ran Weavelink 2 in the dye house, eleven lines."]
    assert unsupported_versions(text, source) == []
