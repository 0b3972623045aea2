"""Schema and completeness verifiers: what fails an extraction and what only warns."""

from __future__ import annotations

import copy

import pytest

from cvextract.errors import ValidationError
from cvextract.verify import completeness_problems, schema_problems, verify_extraction
from sample_cvs import PROJECT_ROOT, make_cv_data


def cv() -> dict:
    return copy.deepcopy(make_cv_data(3, special_chars=False))


def test_a_complete_cv_passes_without_warnings():
    assert verify_extraction(cv(), "cv.docx") == []


@pytest.mark.parametrize("mutate, error", [
    (lambda d: d["identity"].update(last_name=""), "identity.last_name: '' should be non-empty"),
    (lambda d: d.update(sidebar={k: [] for k in d["sidebar"]}), "sidebar: no sidebar sections found"),
    (lambda d: d.update(experiences=[]), "experiences: none found"),
])
def test_incomplete_extractions_fail_naming_the_file_and_the_gap(mutate, error):
    data = cv()
    mutate(data)
    with pytest.raises(ValidationError) as info:
        verify_extraction(data, "team/cv.docx")
    assert str(info.value).startswith("team/cv.docx: ")
    assert error in str(info.value)


def test_thin_extractions_only_warn():
    data = cv()
    data["sidebar"]["tools"] = []
    data["sidebar"]["industries"] = []
    data["sidebar"]["certifications"] = []  # often legitimately empty: no warning
    for experience in data["experiences"]:
        experience["bullets"], experience["environment"] = [], None
    data["experiences"][0]["description"] = ""  # (the last warning)
    errors, warnings = completeness_problems(data)
    assert errors == []
    assert warnings == ["missing sidebar: tools, industries", "no bullets or environment in any experience",
                        "incomplete: missing description"]


def test_schema_problems_name_the_path():
    data = cv()
    data["experiences"][0]["bullets"] = "not a list"
    data["sidebar"]["hobbies"] = ["chess"]
    problems = schema_problems(data)
    assert any(p.startswith("experiences[0].bullets: ") for p in problems)
    assert any(p.startswith("sidebar: ") and "hobbies" in p for p in problems)


# ---------------------------------------------------------------------------------------------------
# The compiled validator agrees with jsonschema on what is valid


def _mutations(cv: dict):
    """The CV with one value replaced, removed or added, everywhere in the tree."""
    wrong_values = (None, 0, 1.5, True, "", "text", [], ["item"], [1], {}, {"k": "v"})

    def walk(node, rebuild):
        if isinstance(node, dict):
            for key in list(node):
                for value in wrong_values:
                    yield rebuild({**node, key: value})
                yield rebuild({k: v for k, v in node.items() if k != key})
                yield from walk(node[key], lambda child, key=key: rebuild({**node, key: child}))
            yield rebuild({**node, "unexpected": "x"})
        elif isinstance(node, list):
            for index, item in enumerate(node):
                for value in wrong_values:
                    yield rebuild(node[:index] + [value] + node[index + 1:])
                yield from walk(item, lambda child, index=index: rebuild(node[:index] + [child] + node[index + 1:]))
            yield rebuild([])

    yield cv
    yield from walk(cv, lambda root: root)


def test_compiled_validator_agrees_with_jsonschema():
    from cvextract.contracts import CV_SCHEMA, _validator, is_valid, load_schema

    shipped = copy.deepcopy(load_schema(CV_SCHEMA))

    checked = valid = 0
    for i in (0, 3):
        for data in _mutations(make_cv_data(i)):
            expected = not any(True for _ in _validator(CV_SCHEMA).iter_errors(data))
            assert is_valid(data) == expected, data
            checked += 1
            valid += expected
    assert checked > 500 and 0 < valid < checked
    assert load_schema(CV_SCHEMA) == shipped  # compiling it changed nothing others read


def test_shipped_schemas_are_valid_json_schema():
    from jsonschema import Draft202012Validator

    from cvextract.contracts import CV_SCHEMA, RESEARCH_SCHEMA, load_schema

    for name in (CV_SCHEMA, RESEARCH_SCHEMA):
        Draft202012Validator.check_schema(load_schema(name))


def test_valid_data_does_not_import_jsonschema():
    import subprocess
    import sys

    code = ("import json, sys; from cvextract.verify import verify_schema; "
            "sys.path.insert(0, 'tests'); from sample_cvs import make_cv_data; "
            "verify_schema(make_cv_data(1), 'cv.json'); assert 'jsonschema' not in sys.modules, 'imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PROJECT_ROOT)
