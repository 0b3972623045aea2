"""What the report says an adjust step changed: moves, word diffs, side-by-side translations."""

from __future__ import annotations

import copy

from cvextract.report.changes import TRANSLATE, compare, word_diff
from cvextract.report.page import json_block


def _cv():
    return {
        "identity": {"title": "Engineer", "full_name": "Ann Lee", "first_name": "Ann", "last_name": "Lee"},
        "sidebar": {"tools": ["Docker", "Git", "Terraform"]},
        "overview": "Led a team of five engineers.",
        "experiences": [
            {"heading": "2020 – Present | Lead", "description": "Platform work.",
             "bullets": ["Built the pipeline", "Migrated the warehouse", "Wrote the on-call guide"],
             "environment": ["Go"]},
            {"heading": "2017 – 2020 | Developer", "description": "Web work.", "bullets": [], "environment": None},
        ],
    }


def test_a_reordered_list_shows_only_the_items_that_moved():
    before, after = _cv(), _cv()
    after["experiences"].reverse()
    bullets = after["experiences"][1]["bullets"]
    bullets.insert(0, bullets.pop())  # the on-call guide first; the two others keep their order
    changes = compare(before, after)["changes"]
    assert changes == [
        {"kind": "moved", "where": "experiences", "item": "2017 – 2020 | Developer", "from": 2, "to": 1},
        {"kind": "moved", "where": "experience “2020 – Present | Lead”: bullets", "item": "Wrote the on-call guide",
         "from": 3, "to": 1},
    ]


def test_rephrased_text_is_a_word_diff_and_dropped_items_are_named():
    before, after = _cv(), _cv()
    after["overview"] = "Led a cloud team of five engineers."
    after["experiences"][0]["bullets"][1] = "Migrated the data warehouse"
    after["sidebar"]["tools"] = ["Git", "Terraform"]
    changes = compare(before, after)["changes"]
    assert {"kind": "diff", "where": "overview",
            "ops": [[0, "Led a"], [1, " cloud"], [0, " team of five engineers."]]} in changes
    assert {"kind": "diff", "where": "experience “2020 – Present | Lead”: bullet 2",
            "ops": [[0, "Migrated the "], [1, "data "], [0, "warehouse"]]} in changes
    assert {"kind": "removed", "where": "sidebar.tools", "item": "Docker"} in changes
    assert not [c for c in changes if c["kind"] == "moved"]


def test_a_translation_is_shown_side_by_side_position_by_position():
    before, after = _cv(), copy.deepcopy(_cv())
    after["overview"] = "Leitete ein Team von fünf Ingenieuren."
    after["experiences"][0]["bullets"][0] = "Baute die Pipeline"
    changes = compare(before, after, TRANSLATE)["changes"]
    assert changes == [
        {"kind": "side", "where": "overview", "before": before["overview"], "after": after["overview"]},
        {"kind": "side", "where": "experience 1: bullet 1", "before": "Built the pipeline", "after": "Baute die Pipeline"},
    ]


def test_unchanged_cv_has_no_changes_and_word_diff_keeps_every_character():
    assert compare(_cv(), _cv())["changes"] == []
    ops = word_diff("a  b\tc", "a b c d")
    assert "".join(t for op, t in ops if op <= 0) == "a  b\tc"
    assert "".join(t for op, t in ops if op >= 0) == "a b c d"


def test_data_blocks_cannot_be_closed_from_inside():
    block = json_block("x", {"t": "</script><script>alert(1)</script><!-- & \u2028"})
    inner = block.removeprefix('<script type="application/json" id="x">').removesuffix("</script>")
    assert "<" not in inner and ">" not in inner and "&" not in inner and "\u2028" not in inner
