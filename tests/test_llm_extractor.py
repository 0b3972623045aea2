"""openai-extractor: plain text of a .txt or .docx CV -> chat completion -> CV dict."""

from __future__ import annotations

import os

import pytest

from cvextract.errors import InputError, ValidationError
from cvextract.extract.openai_extractor import docx_text, extract_with_openai, normalise_cv
from cvextract.llm import LLMError
from cvextract.registry import EXTRACTORS
from cvextract.verify import verify_extraction
from docx_files import W_NS, write_zip, xxe_document
from fake_openai import chat, sample_cv

CV_TEXT = """Jane Doe
Senior Cloud Engineer
Tools: Terraform, Docker
PROFESSIONAL EXPERIENCE
Lead Engineer – Acme Bank – 2020 – Present
Led the platform team.
"""


def test_txt_cv_is_sent_with_the_schema_and_returned_normalised(fake_openai, tmp_path):
    source = tmp_path / "jane.txt"
    source.write_text(CV_TEXT, encoding="utf-8")
    answer = sample_cv()
    del answer["sidebar"]["skills"]                     # missing list -> []
    answer["experiences"][0]["environment"] = []        # empty -> null
    answer["experiences"][1].pop("bullets")             # missing -> []
    answer["experiences"][1]["employer"] = "Shop GmbH"  # unknown key -> dropped
    fake_openai.push(chat(answer))

    data = EXTRACTORS.load("openai-extractor")(source)
    request = fake_openai.requests[0]
    assert "Lead Engineer – Acme Bank – 2020 – Present" in request.user and "jane.txt" in request.user
    assert request.response_format["json_schema"]["strict"] is True
    assert '"experiences"' in request.system
    assert data["sidebar"]["skills"] == []
    assert data["experiences"][0]["environment"] is None
    assert data["experiences"][1]["bullets"] == []
    assert "employer" not in data["experiences"][1]
    verify_extraction(data, source)


def test_pdf_cv_is_sent_as_its_text_in_reading_order(fake_openai, tmp_path):
    from pdf_files import Text, write_pdf

    source = write_pdf(tmp_path / "jane.pdf", [[
        Text("Jane Doe", 60, 40, size=20, bold=True), Text("SKILLS", 60, 90, bold=True), Text("Terraform", 60, 104),
        Text("Docker", 60, 118), Text("EXPERIENCE", 240, 90, bold=True), Text("Lead Engineer, Acme Bank", 240, 104),
        Text("2020 - Present", 240, 118)]])
    fake_openai.push(chat(sample_cv()))
    data = extract_with_openai(source)
    request = fake_openai.requests[0]
    assert request.user.endswith("\n\n" + "\n".join(["Jane Doe", "SKILLS", "Terraform", "Docker", "EXPERIENCE",
                                                    "Lead Engineer, Acme Bank", "2020 - Present"]))
    assert "jane.pdf" in request.user
    verify_extraction(data, source)


def test_docx_text_reads_headers_body_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Doe – Senior Cloud Engineer"
    document.add_paragraph("OVERVIEW")
    paragraph = document.add_paragraph("Ten years")
    paragraph.add_run().add_tab()
    paragraph.add_run("of cloud.")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Environment: Terraform, AWS"
    path = tmp_path / "odd.docx"
    document.save(path)
    text = docx_text(path)
    assert text.splitlines() == ["Jane Doe – Senior Cloud Engineer", "OVERVIEW", "Ten years\tof cloud.",
                                 "Environment: Terraform, AWS"]


def test_docx_is_read_through_the_hardened_package_reader(tmp_path):
    """A DOCTYPE (entity attack) and malformed XML are refused as by the default extractor, not
    recovered from; a FIFO is refused without waiting for a writer."""
    def docx(name: str, xml: str):
        return write_zip(tmp_path / name, {"word/document.xml": xml})

    secret = tmp_path / "secret.txt"
    secret.write_text("MARKER-7f3a9c-NOT-IN-ANY-CV", encoding="utf-8")
    body = f'<w:document xmlns:w="{W_NS}"><w:body>'
    evil = docx("evil.docx", xxe_document(secret))
    with pytest.raises(InputError, match="evil.docx: word/document.xml declares a DOCTYPE") as refused:
        docx_text(evil)
    assert "MARKER-7f3a9c" not in str(refused.value)
    broken = docx("broken.docx", body + "<w:p><w:r><w:t>A</w:r></w:p></w:body></w:document>")
    with pytest.raises(InputError, match="broken.docx: malformed XML in word/document.xml"):
        docx_text(broken)
    for name in ("fifo.docx", "fifo.txt"):
        os.mkfifo(tmp_path / name)
        with pytest.raises(InputError, match=f"{name}: is a FIFO"):
            extract_with_openai(tmp_path / name)


@pytest.mark.parametrize("name, content, message", [
    ("cv.xlsx", b"PK", r"reads .txt, .docx, .pdf, .doc, .odt and .rtf files, not '.xlsx'"),
    ("cv.pdf", b"%PDF-1.4 garbage", "is not a readable PDF"),
    ("cv.docx", b"not a zip", "is not a DOCX"),
    ("cv.txt", b"   \n", "no text to extract"),
])
def test_unreadable_inputs(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        extract_with_openai(path)
    with pytest.raises(InputError, match="file not found"):
        extract_with_openai(tmp_path / "missing.txt")


def test_model_failure_and_bad_answers_are_errors(fake_openai, llm_env, tmp_path):
    llm_env.setenv("CVEXTRACT_LLM_ATTEMPTS", "2")
    source = tmp_path / "jane.txt"
    source.write_text(CV_TEXT, encoding="utf-8")
    fake_openai.push(chat("no idea"))
    with pytest.raises(LLMError, match="no usable JSON"):
        extract_with_openai(source)
    fake_openai.push(chat({"identity": {"title": "", "full_name": ""}}))
    with pytest.raises(ValidationError, match="does not match the CV schema"):
        extract_with_openai(source)
    fake_openai.default = chat("", finish_reason="stop")
    with pytest.raises(LLMError, match=r"jane\.txt: openai-extractor: model gpt-4o-mini returned an empty reply"):
        extract_with_openai(source)


def test_normalise_splits_a_full_name():
    data = normalise_cv({"identity": {"title": "Dev", "full_name": "Ada King Lovelace"},
                         "sidebar": {"tools": "Git, Vim"}, "experiences": [{"heading": "X", "bullets": "one, two"}]})
    assert data["identity"]["first_name"] == "Ada" and data["identity"]["last_name"] == "King Lovelace"
    assert data["sidebar"]["tools"] == ["Git", "Vim"]
    assert data["experiences"][0]["bullets"] == ["one, two"]
    assert data["overview"] == ""
