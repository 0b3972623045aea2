"""The ranking in the batch report, as a person sees it in a real headless Chromium: best first,
sortable, each CV's evidence and a link to its document, a failed CV with its cause, and a CV's
text shown as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from chromium_page import ChromiumPage
from cli_runs import run_cli
from ranking_samples import EXPECTED_ORDER, JOB_MD, KNOWN, known_cv
from sample_cvs import TEMPLATE_PATH, write_cv
from system_packages import require_command

# One xdist worker runs the whole module: the module's ranking batch, run once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_ranking_report")

SCRIPT = "</script><script>window.__pwned = 1</script>"


@pytest.fixture(scope="module")
def chromium():
    return require_command("chromium", package="chromium")


def test_the_report_ranks_the_cvs_with_their_evidence_and_sorts(tmp_path, chromium):
    cvs = tmp_path / "cvs"
    for rel, (cv, _) in KNOWN.items():
        write_cv(cvs / f"{rel}.docx", cv)
    write_cv(cvs / "zed.docx", known_cv(11, tools=["Docker"], bullets=[f"Patched {SCRIPT} on Terraform modules"]))
    (cvs / "broken.docx").write_text("not a Word file", encoding="utf-8")
    (tmp_path / "job.md").write_text(JOB_MD, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("--parallel", f"source={cvs}", "n=2", "--extract", "--rank", f"job={tmp_path / 'job.md'}",
                     "--apply", f"template={TEMPLATE_PATH}", "--target", out)
    assert result.returncode == 1, result.stdout + result.stderr  # the broken CV

    with ChromiumPage(chromium, tmp_path / "profile") as page:
        page.open((out / "report.html").as_uri())
        names = lambda: [t.split(" ")[0] for t in page.texts("#ranking-rows td.name")]  # noqa: E731
        order = ["alpha.docx", "team/bravo.docx", "delta.docx", "zed.docx", "team/charlie.docx", "broken.docx"]
        assert names() == order
        assert EXPECTED_ORDER == [n for n in order if n in EXPECTED_ORDER]
        assert "Python (must)" in page.text("#ranking-job") and "CKA (nice)" in page.text("#ranking-job")
        alpha = page.text("#ranking tr.ranked[data-name='alpha.docx']")
        assert "Kubernetes (K8s): “Ran 40 services on K8s clusters in production”" in alpha and "90.9" in alpha
        link = page.eval("document.querySelector(\"#ranking tr.ranked[data-name='team/bravo.docx'] a\").href")
        assert Path(link.removeprefix("file://")) == out / "documents" / "team" / "bravo_NEW.docx"
        broken = page.text("#ranking tr.ranked[data-name='broken.docx']")
        assert "not a DOCX" in broken and broken.startswith("–")

        assert f"Terraform: “Patched {SCRIPT} on Terraform modules”" in page.text("#ranking tr.ranked[data-name='zed.docx']")
        assert page.eval("window.__pwned === undefined")

        page.click("#ranking button.sort[data-column='CV']")
        assert names() == sorted(order)
        page.click("#ranking button.sort[data-column='score']")
        assert names()[:2] == ["alpha.docx", "team/bravo.docx"] and names()[-1] == "broken.docx"
        page.click("#ranking button.sort[data-column='score']")
        assert names()[0] == "broken.docx" and names()[-1] == "alpha.docx"
        page.screenshot(tmp_path / "ranking.png")
