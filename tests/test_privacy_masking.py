"""Personal data never reaches the model: a batch through the CLI against the recording fake server.

Each test CV carries its person's name in the header (the identity) and name, e-mail, phone number
and LinkedIn address in the overview. The fake server records every prompt and answers with the CV
it was sent (bullets reversed), placeholders and all.
"""

from __future__ import annotations

import json
import re

import pytest

from cvextract.adjust import adjust_cv_data
from cvextract.errors import ValidationError
from cvextract.privacy import PersonalDataMask, is_local_endpoint, raw_text_warning
from cli_runs import run_cli
from fake_openai import chat, sample_cv
from sample_cvs import make_cv_data, write_cv

JOB = ["--adjust", "name=openai-job-specific", "job-description=Platform engineer for a logistics firm"]


def person(i: int) -> tuple[dict, dict]:
    """A CV with personal data in its header and overview, and that data by kind."""
    cv = make_cv_data(i, special_chars=False)
    identity = cv["identity"]
    handle = f"{identity['first_name']}{identity['last_name']}".lower().replace(" ", "").replace("'", "")
    data = {"email": f"consultant{i}.mail@example.org", "phone": f"+49 170 55{i:02d} 1234",
            "url": f"https://www.linkedin.com/in/{handle}-{i}"}
    cv["overview"] = (f"{identity['full_name']} is a {cv['overview']} Reach {identity['first_name']} at "
                      f"{data['email']} or {data['phone']}; profile: {data['url']}.")
    return cv, {**data, **{k: identity[k] for k in ("full_name", "first_name", "last_name")}}


def leaks(text: str, data: dict) -> list[str]:
    """The personal values found in ``text`` (names as whole words)."""
    found = [v for k, v in data.items() if k in ("email", "phone", "url") and v in text]
    return found + [v for k, v in data.items() if k.endswith("name") and re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)]


def echo(transform=None):
    def reply(request):
        cv = request.user_json()["original_json"]
        for experience in cv["experiences"]:
            experience["bullets"] = list(reversed(experience["bullets"]))
        return chat(transform(cv) if transform else cv)
    return reply


def write_people(folder, count: int) -> dict:
    people = {}
    for i in range(count):
        cv, data = person(i)
        write_cv(folder / f"cv{i}.docx", cv, "plain" if i % 2 else "textbox",
                 contact=f"{data['email']} | {data['phone']}")
        people[f"cv{i}"] = (cv, data)
    return people


def test_no_prompt_of_a_batch_holds_a_name_email_or_phone_and_the_cvs_get_them_back(tmp_path, fake_openai):
    fake_openai.default = echo()
    people = write_people(tmp_path / "cvs", 4)
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract", *JOB, "--target", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert fake_openai.calls == len(people)

    for request in fake_openai.requests:
        sent = json.dumps(request.messages, ensure_ascii=False)
        for _, data in people.values():
            assert leaks(sent, data) == []
    assert any("[[EMAIL_1]]" in r.user and "[[PHONE_1]]" in r.user and "[[FULL_NAME]]" in r.user
               for r in fake_openai.requests)
    for rel, (cv, _data) in people.items():
        adjusted = json.loads((out / "adjusted_structured_data" / f"{rel}.json").read_text("utf-8"))
        assert adjusted["identity"] == cv["identity"]
        assert adjusted["overview"] == cv["overview"]  # name, e-mail, phone and URL back, exactly
        assert adjusted["experiences"][0]["bullets"] == list(reversed(cv["experiences"][0]["bullets"]))
        step = out / "logs" / "adjust_steps" / rel / "1-openai-job-specific.json"
        assert json.loads(step.read_text("utf-8"))["overview"] == cv["overview"]


def test_an_answer_that_drops_a_placeholder_fails_that_cv_with_one_line(tmp_path, fake_openai):
    def drop_phone(cv):
        if "C-00001" in cv["overview"]:
            cv["overview"] = cv["overview"].replace(" or [[PHONE_1]]", "")
        return cv

    fake_openai.default = echo(drop_phone)
    write_people(tmp_path / "cvs", 3)
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract", *JOB, "--target", str(out))
    assert result.returncode == 1
    assert "Completed: 2/3 files succeeded, 1 failed" in result.stdout
    failure = [line for line in result.stdout.splitlines() if line.startswith("  - ")]
    assert len(failure) == 1 and "cv1" in failure[0] and "[[PHONE_1]] dropped" in failure[0], result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert not (out / "adjusted_structured_data" / "cv1.json").exists()
    assert (out / "adjusted_structured_data" / "cv0.json").exists()


def test_a_changed_placeholder_fails_and_nothing_half_restored_is_written(tmp_path, fake_openai):
    cv, _ = person(2)

    def mangle(answer):
        answer["overview"] = answer["overview"].replace("[[EMAIL_1]]", "[[EMAIL_2]]")
        return answer

    fake_openai.default = echo(mangle)
    with pytest.raises(ValidationError) as caught:
        adjust_cv_data(cv, [{"name": "openai-job-specific", "job-description": "x"}], research_dir=tmp_path,
                       cache_dir=tmp_path / "cache", intermediate_dir=tmp_path / "steps", source=tmp_path / "cv.json")
    assert "[[EMAIL_1]] dropped" in str(caught.value) and "'[[EMAIL_2]]'" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "steps" / "1-openai-job-specific.json").exists()
    assert not list((tmp_path / "cache").rglob("*.json"))  # a rejected answer is not cached


def test_masking_off_sends_the_personal_data(tmp_path, fake_openai):
    fake_openai.default = echo()
    people = write_people(tmp_path / "cvs", 2)
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={tmp_path / 'cvs'}", "n=2", "--extract", *JOB,
                     "--no-mask-personal-data", "--target", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    sent = "\n".join(json.dumps(r.messages, ensure_ascii=False) for r in fake_openai.requests)
    for _, data in people.values():
        assert sorted(leaks(sent, data)) == sorted(data.values())
    assert "[[" not in sent
    assert json.loads((out / "logs" / "batch-config.json").read_text())["llm"] == {"mask_personal_data": False}


def test_the_single_file_command_masks_too_and_the_cache_key_is_stable(tmp_path, fake_openai):
    fake_openai.default = echo()
    cv, data = person(5)
    (tmp_path / "cv.json").write_text(json.dumps(cv), encoding="utf-8")
    args = ["--adjust", "name=openai-job-specific", "job-description=Go developer", f"data={tmp_path / 'cv.json'}",
            "--target", str(tmp_path / "out")]
    assert run_cli(*args).returncode == 0
    assert leaks(fake_openai.requests[0].user, data) == []
    (tmp_path / "out" / "adjusted_structured_data" / "cv.json").unlink()
    assert run_cli(*args).returncode == 0
    assert fake_openai.calls == 1  # same CV, same placeholders: the cached answer is reused
    assert json.loads((tmp_path / "out" / "adjusted_structured_data" / "cv.json").read_text())["overview"] == cv["overview"]


def test_placeholders_are_numbered_by_first_appearance_and_restore_exactly():
    cv = sample_cv()
    cv["overview"] = ("Jane Doe (JANE DOE) answers at jane.doe@example.com, +49 170 1234567 or (555) 010-1906; "
                      "github.com/janedoe, https://acme.example.com. Worked 2015-2020, since 2019-01-15. Jane's code.")
    cv["experiences"][1]["description"] = "Second mail: doe@shop.example, 0049 30 1234 5678."
    mask = PersonalDataMask.of_cv(cv)
    hidden = mask.hide(cv)
    assert hidden["overview"] == ("[[FULL_NAME]] ([[FULL_NAME_UPPER]]) answers at [[EMAIL_1]], [[PHONE_1]] or "
                                  "[[PHONE_2]]; [[URL_1]], https://acme.example.com. Worked 2015-2020, since "
                                  "2019-01-15. [[FIRST_NAME]]'s code.")
    assert hidden["identity"] == {"title": "Senior Cloud Engineer", "full_name": "[[FULL_NAME]]",
                                  "first_name": "[[FIRST_NAME]]", "last_name": "[[LAST_NAME]]"}
    assert hidden["experiences"][1]["description"] == "Second mail: [[EMAIL_2]], [[PHONE_3]]."
    assert mask.reveal(hidden) == cv
    assert PersonalDataMask.of_cv(json.loads(json.dumps(cv))).hide(cv) == hidden
    assert mask.problems(hidden, hidden) == []
    assert not PersonalDataMask({}).problems(cv, {"overview": "[[anything]]"})


@pytest.mark.parametrize("url, local", [
    (None, False), ("https://api.openai.com/v1", False), ("http://10.0.0.5:8000/v1", False),
    ("http://127.0.0.1:11434/v1", True), ("http://localhost:8000/v1", True), ("http://[::1]:8000/v1", True),
])
def test_only_a_loopback_endpoint_is_local(url, local):
    assert is_local_endpoint(url) is local


def test_openai_extractor_warns_when_its_text_leaves_the_machine(tmp_path, fake_openai, llm_env):
    cv, _ = person(0)
    (tmp_path / "cv.txt").write_text(cv["identity"]["full_name"] + "\n" + cv["overview"], encoding="utf-8")
    fake_openai.default = chat(cv)
    args = ["--extract", f"source={tmp_path / 'cv.txt'}", "name=openai-extractor", "--target", str(tmp_path / "out")]
    local = run_cli(*args)
    assert local.returncode == 0 and "sends each CV's full text" not in local.stderr
    assert cv["identity"]["full_name"] in fake_openai.requests[0].user  # the extractor must read it
    llm_env.setenv("OPENAI_BASE_URL", "https://llm.example.com/v1")
    assert "llm.example.com" in raw_text_warning("openai-extractor")
    assert raw_text_warning("default-docx-cv-extractor") is None
    assert raw_text_warning("default-docx-cv-extractor", "openai-extractor") == (
        "openai-extractor sends the full text of each CV the rules cannot read (extract fallback), personal data "
        "included, to https://llm.example.com/v1 (the model has to read it; masking applies to adjust prompts only)")
    # A missing file fails before any request is made: the warning line comes first.
    result = run_cli("--extract", f"source={tmp_path / 'missing.txt'}", "name=openai-extractor",
                     "--target", str(tmp_path / "out2"))
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if "sends each CV's full text" in line]
    assert len(warnings) == 1 and "https://llm.example.com/v1" in warnings[0], result.stderr
    assert fake_openai.calls == 1
