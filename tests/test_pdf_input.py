"""PDF input: a PDF -> text blocks in reading order (columns, page headers, paragraphs, bullets), and
every bad PDF one line naming the file, with the parser held to its page, time and memory caps."""

from __future__ import annotations

import os
import signal
import time

import pytest

from cvextract.errors import InputError
from cvextract.extract import pdf_input
from cvextract.extract.pdf_input import read_pdf_blocks, read_pdf_text
from cvextract.extract.text_blocks import BODY, PAGE_FOOTER, PAGE_HEADER
from pdf_files import Text, page_stream, pdf_bytes, write_pdf, zero_bomb_stream

LONG = "Designed and built the data platform for the retail bank, migrating forty of its services and databases to"


def texts(blocks):
    return [b.text for b in blocks]


def test_lines_carry_size_weight_position_and_wrapped_lines_join(tmp_path):
    pdf = write_pdf(tmp_path / "cv.pdf", [[
        Text("Ada Lovelace", 60, 40, size=20, bold=True),
        Text("PROFILE", 60, 90, size=12, bold=True),
        Text(LONG, 60, 110), Text("the cloud in a year.", 60, 122),
        Text("Second paragraph after a gap.", 60, 150),
    ]])
    blocks = read_pdf_blocks(pdf)
    assert texts(blocks) == ["Ada Lovelace", "PROFILE", LONG + " the cloud in a year.",
                             "Second paragraph after a gap."]
    name, heading, body = blocks[:3]
    assert (name.bold, name.size, name.page, name.x) == (True, 20.0, 1, 60.0)
    assert abs(name.y - 40) < 1
    assert heading.bold and heading.all_caps and not body.bold and body.size == 10.0


def test_bold_comes_from_the_font_descriptor_when_the_name_says_nothing(tmp_path):
    pdf = write_pdf(tmp_path / "cv.pdf", [[Text("EXPERIENCE", 60, 60, font="/F3"), Text("Plain text", 60, 90)]])
    assert [(b.text, b.bold) for b in read_pdf_blocks(pdf)] == [("EXPERIENCE", True), ("Plain text", False)]


def test_two_column_cv_reads_the_sidebar_then_the_main_column(tmp_path):
    sidebar = ["SKILLS", "Python", "SQL", "Kubernetes", "LANGUAGES", "English", "German"]
    main = ["EXPERIENCE", "Lead Engineer, Acme", "Jan 2020 - Present", "Built things.", "Engineer, Beta",
            "2017 - 2019", "Ran things."]
    page = [Text("Ada Lovelace", 40, 30, size=20, bold=True)]
    page += [Text(t, 40, 80 + 14 * i, bold=t.isupper()) for i, t in enumerate(sidebar)]
    page += [Text(t, 220, 80 + 14 * i, bold=t.isupper()) for i, t in enumerate(main)]
    page.append(Text("A line below both columns, spanning the whole width of the page body here.", 40, 400))
    blocks = read_pdf_blocks(write_pdf(tmp_path / "cv.pdf", [page]))
    assert texts(blocks) == ["Ada Lovelace", *sidebar, *main,
                             "A line below both columns, spanning the whole width of the page body here."]
    assert all(b.cell is None for b in blocks)


def test_dates_beside_roles_are_read_row_by_row_as_table_cells(tmp_path):
    rows = [("2020 - today", ["Lead Engineer, Acme", "Built the platform.", "Ran the team."]),
            ("2017 - 2019", ["Engineer, Beta", "Wrote the code."]),
            ("2015 - 2017", ["Intern, Gamma", "Learned."])]
    page, top = [], 60
    for dates, lines in rows:
        page.append(Text(dates, 60, top))
        page += [Text(t, 180, top + 14 * i) for i, t in enumerate(lines)]
        top += 14 * len(lines) + 20
    blocks = read_pdf_blocks(write_pdf(tmp_path / "cv.pdf", [page]))
    assert texts(blocks) == [t for dates, lines in rows for t in (dates, *lines)]
    assert [(b.cell.row, b.cell.column) for b in blocks[:4]] == [(0, 0), (0, 1), (0, 1), (0, 1)]
    assert blocks[4].cell.row == 1


def test_repeated_page_header_and_footer_are_kept_once_in_their_region(tmp_path):
    pages = []
    for n in (1, 2, 3):
        pages.append([Text("Ada Lovelace - Curriculum Vitae", 60, 20), Text(f"Body text of page {n}", 60, 200),
                      Text(f"Page {n} of 3", 60, 800)])
    blocks = read_pdf_blocks(write_pdf(tmp_path / "cv.pdf", pages))
    assert [(b.text, b.region) for b in blocks] == [
        ("Ada Lovelace - Curriculum Vitae", PAGE_HEADER), ("Body text of page 1", BODY), ("Page 1 of 3", PAGE_FOOTER),
        ("Body text of page 2", BODY), ("Body text of page 3", BODY)]
    assert [b.page for b in blocks] == [1, 1, 1, 2, 3]


def test_a_tall_page_header_drawn_alike_on_every_page_is_read_once_beside_the_body(tmp_path):
    """The reference layout's header (name and a sidebar column reaching far down the page) repeats
    on every page: read once, as the page header, left column first; a single line that happens to
    fall at the same place on two pages stays in each page's body; a name drawn over the sidebar in a
    much larger font is read first."""
    sidebar = [Text("Chief Architect", 40, 30, size=14, bold=True), Text("SKILLS", 40, 32, size=8, bold=True),
               Text("Go, Rust", 40, 44, size=8), Text("Ada Byron", 40, 50, size=30, bold=True),
               Text("TOOLS", 40, 58, size=8, bold=True), Text("Git", 40, 70, size=8),
               Text("LANGUAGES", 40, 84, size=8, bold=True), Text("English", 40, 96, size=8)]
    pages = [sidebar + [Text(f"Body text {k} of page {n}.", 250, 40 + 20 * k + n) for k in range(8)]
             + [Text("Environment: Java", 250, 200)] for n in (1, 2)]
    blocks = read_pdf_blocks(write_pdf(tmp_path / "cv.pdf", pages))
    assert [(b.text, b.region, b.page) for b in blocks] == [
        ("Chief Architect", PAGE_HEADER, 1), ("Ada Byron", PAGE_HEADER, 1), ("SKILLS", PAGE_HEADER, 1),
        ("Go, Rust", PAGE_HEADER, 1), ("TOOLS", PAGE_HEADER, 1), ("Git", PAGE_HEADER, 1),
        ("LANGUAGES", PAGE_HEADER, 1), ("English", PAGE_HEADER, 1),
        *((f"Body text {k} of page 1.", BODY, 1) for k in range(8)), ("Environment: Java", BODY, 1),
        *((f"Body text {k} of page 2.", BODY, 2) for k in range(8)), ("Environment: Java", BODY, 2)]


def test_typed_and_symbol_font_bullets_become_one_marker_and_keep_their_wrapped_line(tmp_path):
    pdf = write_pdf(tmp_path / "cv.pdf", [[
        Text("\u2022 Led the migration", 72, 100), Text("\u00b7 Wrote the tests", 72, 114),
        Text("- " + LONG, 72, 128), Text("the cloud.", 80, 140),
    ]])
    assert texts(read_pdf_blocks(pdf)) == ["• Led the migration", "• Wrote the tests", f"- {LONG} the cloud."]
    assert read_pdf_text(pdf).splitlines()[0] == "• Led the migration"


def one_line(exc: pytest.ExceptionInfo, path) -> str:
    message = str(exc.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_scanned_pdf_without_text_layer_says_ocr_it_first(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([b"0.5 g 50 50 400 600 re f"]))
    with pytest.raises(InputError) as exc:
        read_pdf_blocks(path)
    assert one_line(exc, path).endswith("has no text layer (a scanned image?); OCR it first")


def test_encrypted_pdf_is_named_as_encrypted(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(pdf_bytes([page_stream([Text("secret", 60, 60)])], encrypt=True))
    with pytest.raises(InputError) as exc:
        read_pdf_blocks(path)
    assert "is encrypted (password-protected); save an unprotected copy" in one_line(exc, path)


@pytest.mark.parametrize("content, cause", [
    (b"", "is empty (0 bytes)"),
    (b"PK\x03\x04 a zip renamed", "is not a PDF file (no %PDF- header)"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage (", "is not a readable PDF"),
    (b"%PDF-1.7\n" + b"\x00\xff" * 5000, "is not a readable PDF"),
])
def test_corrupt_files_are_one_line(tmp_path, content, cause):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        read_pdf_blocks(path)
    assert cause in one_line(exc, path)


def test_truncated_pdf_is_one_line(tmp_path):
    good = pdf_bytes([page_stream([Text("Ada", 60, 60)])], compress=True)
    path = tmp_path / "cut.pdf"
    path.write_bytes(good[: len(good) // 2])
    try:
        blocks = read_pdf_blocks(path)
    except InputError as exc:
        assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
    else:  # pdfminer may recover the objects before the cut; then it read what is there
        assert texts(blocks) in ([], ["Ada"])


def test_500_page_pdf_is_refused_by_the_page_cap(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes([page_stream([Text(f"page {n}", 60, 60)]) for n in range(500)]))
    with pytest.raises(InputError) as exc:
        read_pdf_blocks(path)
    assert one_line(exc, path).endswith(
        f"has 500 pages; PDFs over {pdf_input.MAX_PAGES} pages are refused (the page limit for a CV)")


def test_page_tree_that_lies_about_its_count_is_still_capped(tmp_path):
    path = tmp_path / "liar.pdf"
    data = pdf_bytes([page_stream([Text(f"page {n}", 60, 60)]) for n in range(80)])
    path.write_bytes(data.replace(b"/Count 80", b"/Count 1 "))
    with pytest.raises(InputError) as exc:
        read_pdf_blocks(path)
    assert f"has more than {pdf_input.MAX_PAGES} pages" in one_line(exc, path)


def test_oversized_file_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_input, "MAX_PDF_BYTES", 1024 * 1024)
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"%" * (1024 * 1024 + 10))
    with pytest.raises(InputError) as exc:
        read_pdf_blocks(path)
    assert "is larger than 1 MB, the size limit for a PDF CV" in one_line(exc, path)


def test_decompression_bomb_is_stopped_by_the_memory_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_input, "MEMORY_BYTES", 64 * 1024 * 1024)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(pdf_bytes([zero_bomb_stream(300)], compress=True))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(InputError) as exc:
        read_pdf_blocks(path)
    assert "needed more than 64 MB of memory (the limit for a PDF)" in one_line(exc, path)


def test_content_built_to_take_time_is_stopped_by_the_deadline(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_input, "READ_SECONDS", 1.0)
    path = tmp_path / "slow.pdf"
    path.write_bytes(pdf_bytes([b"BT /F1 1 Tf " + b"(a) Tj 0 0 Td " * 2_000_000 + b"ET"], compress=True))
    with pytest.raises(InputError) as exc:
        read_pdf_blocks(path)
    assert "reading it took longer than 1 s (the time limit for a PDF)" in one_line(exc, path)


def test_deeply_nested_objects_are_one_line(tmp_path):
    deep = b"[" * 200_000 + b"]" * 200_000
    path = tmp_path / "deep.pdf"
    path.write_bytes(pdf_bytes([page_stream([Text("Ada", 60, 60)])], extra_objects={
        1: b"<< /Type /Catalog /Pages 2 0 R /Nested " + deep + b" >>"}))
    try:
        blocks = read_pdf_blocks(path)
    except InputError as exc:
        assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
    else:
        assert texts(blocks) == ["Ada"]


def test_a_bad_pdf_leaves_this_process_able_to_read_the_next(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_input, "MEMORY_BYTES", 64 * 1024 * 1024)
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf_bytes([zero_bomb_stream(300)], compress=True))
    with pytest.raises(InputError):
        read_pdf_blocks(bomb)
    good = write_pdf(tmp_path / "good.pdf", [[Text("Ada Lovelace", 60, 60)]])
    assert texts(read_pdf_blocks(good)) == ["Ada Lovelace"]


def _dies(_):
    os.kill(os.getpid(), signal.SIGKILL)


def _hangs(_):
    time.sleep(60)


def test_the_bounded_child_that_dies_or_hangs_is_reported_and_gone():
    from cvextract.extract.pdf_input.bounded_run import Exceeded, run_bounded

    with pytest.raises(Exceeded) as died:
        run_bounded(_dies, None, seconds=10, memory_bytes=1 << 28)
    assert died.value.what == "crash"
    started = time.monotonic()
    with pytest.raises(Exceeded) as hung:
        run_bounded(_hangs, None, seconds=0.5, memory_bytes=1 << 28)
    assert hung.value.what == "time" and time.monotonic() - started < 5
    assert run_bounded(len, b"abc", seconds=10, memory_bytes=1 << 28) == 3


def test_an_error_read_from_a_converted_copy_names_the_users_file():
    from cvextract.errors import UnreadableLayoutError

    err = UnreadableLayoutError("/tmp/copy.docx", "no name found", ["name"]).about("cvs/old.doc")
    assert isinstance(err, UnreadableLayoutError) and err.missing == ["name"]
    assert str(err) == "cvs/old.doc: no name found" and err.path == "cvs/old.doc"


def test_a_pdf_the_rules_cannot_read_goes_to_the_fallback_model_and_a_scanned_one_does_not(tmp_path, fake_openai):
    from cvextract import stages
    from fake_openai import chat, sample_cv

    letter = write_pdf(tmp_path / "letter.pdf", [[Text("Jo Example, a consultant who writes prose only.", 60, 60),
                                                  Text("Worked for many clients over many years.", 60, 80)]])
    fake_openai.push(chat(sample_cv()))
    result = stages.extract_cv(letter, tmp_path / "letter.json", fallback="openai-extractor")
    assert result.extractor == "openai-extractor" and fake_openai.calls == 1
    assert "Worked for many clients over many years." in fake_openai.requests[0].user
    assert (tmp_path / "letter.json").is_file()

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_bytes([b"0.5 g 50 50 400 600 re f"]))
    with pytest.raises(InputError, match="OCR it first"):
        stages.extract_cv(scan, tmp_path / "scan.json", fallback="openai-extractor")
    assert fake_openai.calls == 1  # no text: nothing the model could read either


def test_bullets_drawn_as_small_shapes_become_typed_bullets(tmp_path):
    lines = [Text("SKILLS", 60, 80, bold=True), Text("Event-driven design", 70, 100), Text("Coaching", 70, 114)]
    dots = b"".join(b"\n0 g 60 %g 3 3 re f" % (842 - top - 6) for top in (100, 114))
    big_box = b"\n0 g 200 500 100 100 re f"  # a drawn box is no bullet
    path = tmp_path / "drawn.pdf"
    path.write_bytes(pdf_bytes([page_stream(lines + [Text("Photo caption", 310, 300)]) + dots + big_box]))
    assert texts(read_pdf_blocks(path)) == ["SKILLS", "• Event-driven design", "• Coaching", "Photo caption"]
