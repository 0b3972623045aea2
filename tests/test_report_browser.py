"""The batch report as a person sees it: a real headless Chromium opens ``<target>/report.html``.

A small batch tailors three CVs through the loopback fake model: one answer reorders bullets and
rephrases the overview, one invents a tool (the fabrication guard fails that CV), and one CV carries
``</script><script>…`` in a bullet and an ``<img onerror=…>`` in its file name, which must show as
text and run nothing (its overview gains an invented metric: the claims check reverts it, and the
page shows it marked). A screenshot of the report is saved in the test's temp folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chromium_page import ChromiumPage
from cli_runs import run_cli
from fake_openai import chat
from sample_cvs import TEMPLATE_PATH, make_cv_data, write_cv
from system_packages import require_command

# One xdist worker runs the whole module: the module's Chromium and batch (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_report_browser")

INVENTED = "Kubernetes Quantum Edition"
SCRIPT = "</script><script>window.__pwned = 1</script>"
HOSTILE_NAME = "Eve <img src=x onerror=window.__pwned=2>"
METRIC = "41.5%"
BULLETS = ["Designed the deployment pipeline for 4 teams", "Migrated the data warehouse to the cloud",
           "Introduced a test automation suite"]


@pytest.fixture(scope="module")
def chromium():
    return require_command("chromium", package="chromium")


def _cv(i: int, **changes) -> dict:
    cv = make_cv_data(i, special_chars=False)
    cv["experiences"][0]["bullets"] = list(changes.get("bullets", BULLETS))
    return cv


def _model(request):
    """Tailor: reverse the first experience's bullets and rephrase the overview; invent for Bob."""
    cv = request.user_json()["original_json"]
    bullets = cv["experiences"][0]["bullets"]
    if any("window.__pwned" in b for b in bullets):
        cv["experiences"][0]["bullets"] = [b + " quickly" for b in bullets]
        cv["overview"] += f" Cut costs by {METRIC}."  # an invented claim: the guard reverts it
    else:
        cv["experiences"][0]["bullets"] = list(reversed(bullets))
        cv["overview"] = cv["overview"].replace("years of experience", "years of hands-on experience")
    if "C-00001" in cv["overview"]:  # Bob; names reach the model as placeholders
        cv["sidebar"]["tools"].append(INVENTED)
    return chat(cv)


def test_the_report_shows_counts_causes_moves_and_runs_nothing_from_a_cv(tmp_path, fake_openai, chromium):
    fake_openai.default = _model
    cvs = tmp_path / "cvs"
    ada, bob, eve = _cv(0), _cv(1), _cv(2, bullets=BULLETS[:1] + [f"Fixed {SCRIPT} in the CMS"])
    write_cv(cvs / "Ada.docx", ada)
    write_cv(cvs / "team" / "Bob.docx", bob)
    write_cv(cvs / f"{HOSTILE_NAME}.docx", eve)
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={cvs}", "n=2", "--extract",
                     "--adjust", "name=openai-job-specific", "job-description=Cloud platform engineer",
                     "--apply", f"template={TEMPLATE_PATH}", "--target", str(out))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"Report: {out / 'report.html'}" in result.stdout

    with ChromiumPage(chromium, tmp_path / "profile") as page:
        page.open((out / "report.html").as_uri())
        counts = page.text("#counts")
        assert "3\nall CVs" in counts and "2\ndone" in counts and "1\nfailed" in counts, counts
        assert "job-description=Cloud platform engineer" in page.text("#config")
        usage = json.loads((out / "logs" / "llm-usage.json").read_text("utf-8"))
        llm = page.text("#llm").split("\n")
        assert usage["calls"] >= 3 and llm[llm.index("calls") + 1] == f"{usage['calls']:,}"
        assert llm[llm.index("prompt tokens") + 1] == f"{usage['prompt_tokens']:,}"

        # The failed CV: its cause, the same line as its job log, names what was invented.
        job_log = (out / "logs" / "adjust" / "team" / "Bob.log").read_text("utf-8").splitlines()[0]
        bob_row = page.text("tr.cv[data-name='team/Bob.docx']")
        assert "failed" in bob_row and INVENTED in bob_row
        assert job_log.removeprefix("FAILED ") in bob_row
        page.click("tr.cv[data-name='team/Bob.docx'] button.toggle")
        verdict = page.text("tr.cv[data-name='team/Bob.docx'] + tr.detail")
        assert "rejected the answer" in verdict and f"sidebar.tools: '{INVENTED}' not in source" in verdict

        # The reordered CV: the moved bullet, the rephrased overview word by word, the guard passed.
        page.click("tr.cv[data-name='Ada.docx'] button.toggle")
        detail = page.text("tr.cv[data-name='Ada.docx'] + tr.detail")
        assert f"moved “{BULLETS[2]}” from position 3 to 1" in detail, detail
        assert [t.strip() for t in page.texts("tr.cv[data-name='Ada.docx'] + tr.detail ins")] == ["hands-on"]
        assert "passed" in detail and "no sidebar item the source lacks" in detail
        links = page.eval("[...document.querySelectorAll(\"tr.cv[data-name='Ada.docx'] a\")].map(a => a.href)")
        assert [Path(link.removeprefix("file://")) for link in links] == [
            out / "structured_data" / "Ada.json", out / "adjusted_structured_data" / "Ada.json",
            out / "documents" / "Ada_NEW.docx"]

        # Script in a CV and in a file name: shown as text, nothing ran.
        page.type("#search", "eve <img")
        assert page.texts("tr.cv .cv-name") == [f"{HOSTILE_NAME}.docx"]
        page.click("tr.cv button.toggle")
        assert f"Fixed {SCRIPT} in the CMS quickly" in page.text("tr.detail")
        # The invented metric: reverted, shown beside what the model wrote, the claim marked.
        assert f"guard reverted invented claim: {METRIC}" in page.text("tr.detail")
        assert f"Cut costs by {METRIC}.\ndropped (no source text to put back)" in page.text("tr.detail .change.reverted")
        assert page.texts("tr.detail .change.reverted mark") == [METRIC, METRIC]
        assert "passed; reverted 1 invented sentence(s) or bullet(s), shown below" in page.text("tr.detail .guard")
        assert page.eval("window.__pwned === undefined && document.querySelectorAll('img').length === 0")

        page.type("#search", "")
        page.click("#counts button[data-status='failed']")
        assert page.texts("tr.cv .cv-name") == ["team/Bob.docx"]
        page.click("#counts button[data-status='']")
        shot = page.screenshot(tmp_path / "report.png")
    assert shot.stat().st_size > 10_000


def test_a_plain_batch_leaves_a_report_that_counts_reruns_as_up_to_date(tmp_path, chromium):
    cvs = tmp_path / "cvs"
    for i in range(3):
        write_cv(cvs / f"cv{i}.docx", make_cv_data(i, special_chars=False))
    (cvs / "broken.docx").write_text("not a docx")
    out = tmp_path / "out"
    args = ("--parallel", f"source={cvs}", "n=2", "--extract", "--apply", f"template={TEMPLATE_PATH}",
            "--target", str(out))
    assert run_cli(*args).returncode == 1
    (cvs / "broken.docx").unlink()
    rerun = run_cli(*args)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr

    report = out / "report.html"
    with ChromiumPage(chromium, tmp_path / "profile") as page:
        page.open(report.as_uri())
        counts = page.text("#counts")
        assert "3\nall CVs" in counts and "0\ndone" in counts and "3\nup to date" in counts, counts
        assert "adjust" not in page.text("table.cvs") and "LLM" not in page.text("#summary")

        # Rebuilt from disk (the record the batch left): the same page.
        report.unlink()
        rebuilt = run_cli("report", "--target", str(out))
        assert rebuilt.returncode == 0 and rebuilt.stdout.strip() == f"Report: {report}"
        page.open(report.as_uri())
        assert page.text("#counts") == counts
    record = json.loads((out / "logs" / "batch-run.json").read_text("utf-8"))
    assert sorted(rel for rel, _ in record["cvs"]) == ["cv0", "cv1", "cv2"]


def test_report_of_a_folder_without_a_batch_is_one_line_error(tmp_path):
    result = run_cli("report", "--target", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.strip() == f"ERROR: {tmp_path}: no batch has finished here (logs/batch-run.json is missing)"
