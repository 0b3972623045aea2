"""Bad inputs to default-docx-cv-extractor: each is an InputError naming the file and the cause."""

from __future__ import annotations

import os
import socket
import struct
import threading
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from cvextract.errors import InputError
from cvextract.extract import docx_package
from cvextract.extract.docx_cv import extract_docx_cv
from docx_files import GOOD_DOCUMENT, W_NS, docx_with, write_zip, xxe_document

SECRET = "TOP-SECRET-MARKER-4711"


def assert_input_error(path: Path, *words: str) -> InputError:
    with pytest.raises(InputError) as info:
        extract_docx_cv(path)
    err = info.value
    assert type(err) is InputError
    assert err.path == str(path)
    assert str(err) == f"{path}: {err.cause}"
    for word in words:
        assert word.lower() in err.cause.lower(), err.cause
    return err


def test_good_minimal_docx_extracts(tmp_path):
    data = extract_docx_cv(docx_with(tmp_path / "ok.docx"))
    assert data["experiences"][0]["heading"] == "Acme | Engineer"


def test_missing_file(tmp_path):
    assert_input_error(tmp_path / "nope.docx", "file not found")


def test_directory(tmp_path):
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert_input_error(folder, "directory")


def test_zero_byte_file(tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    assert_input_error(empty, "empty")


def test_text_file_renamed_docx(tmp_path):
    fake = tmp_path / "notes.docx"
    fake.write_text("Just some text, not a Word document.\n")
    assert_input_error(fake, "not a docx (zip)")


def test_truncated_zip(tmp_path):
    good = docx_with(tmp_path / "good.docx").read_bytes()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(good[: len(good) // 2])
    assert_input_error(broken, "zip")


def test_zip_without_document_xml(tmp_path):
    path = write_zip(tmp_path / "plain.docx", {"readme.txt": "hello", "word/header1.xml": "<x/>"})
    assert_input_error(path, "has no word/document.xml")


@pytest.mark.parametrize("suffix", [".docm", ".DOCM"])
def test_docm_is_refused(tmp_path, suffix):
    assert_input_error(docx_with(tmp_path / f"macro{suffix}"), "macro-enabled")


def test_docx_carrying_a_vba_project_is_refused(tmp_path):
    path = docx_with(tmp_path / "renamed.docx", extra={"word/vbaProject.bin": b"\x00" * 16})
    assert_input_error(path, "macros")


@pytest.mark.parametrize("name, words", [
    ("cv.doc", ("legacy .doc",)),
    ("cv.txt", ("not a .docx",)),
    ("cv", ("not a .docx",)),
])
def test_other_suffixes_are_refused(tmp_path, name, words):
    path = tmp_path / name
    docx_with(path)  # even valid DOCX content: the suffix must be .docx
    assert_input_error(path, *words)


def test_encrypted_office_file(tmp_path):
    # Password-protected OOXML is an OLE compound file (EncryptionInfo + EncryptedPackage streams).
    path = tmp_path / "protected.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    assert_input_error(path, "encrypted", "legacy .doc")


@pytest.mark.parametrize("document", [
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>unclosed</w:r></w:p></w:body></w:document>',
    f'<w:document xmlns:w="{W_NS}"><w:body>',
    "",
    b"\xff\xfe\x00garbage",
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&undefined;</w:t></w:r></w:p></w:body></w:document>',
])
def test_malformed_document_xml(tmp_path, document):
    assert_input_error(docx_with(tmp_path / "bad.docx", document), "malformed xml", "word/document.xml")


def test_malformed_header_xml(tmp_path):
    path = docx_with(tmp_path / "bad.docx", extra={"word/header1.xml": f'<w:hdr xmlns:w="{W_NS}"><w:p>'})
    assert_input_error(path, "malformed xml", "word/header1.xml")


def test_document_xml_that_is_not_wordprocessingml(tmp_path):
    path = docx_with(tmp_path / "odd.docx", "<html><body><p>hi</p></body></html>")
    assert_input_error(path, "not a WordprocessingML document")


@pytest.mark.parametrize("target", ["secret", "/etc/passwd"])
def test_external_entity_is_refused_and_never_expanded(tmp_path, target):
    if target == "secret":
        target_path = tmp_path / "secret.txt"
        target_path.write_text(SECRET + "\n")
        marker = SECRET
    else:
        target_path = Path(target)
        marker = "root:"
    xml = xxe_document(target_path)
    err = assert_input_error(docx_with(tmp_path / "xxe.docx", xml), "doctype")
    assert marker not in str(err)
    # The parser itself never reads the entity's target, even before the DOCTYPE is refused.
    root = etree.fromstring(xml.encode(), docx_package._new_parser())
    assert marker not in etree.tostring(root, encoding="unicode")
    assert marker not in "".join(root.itertext())


def test_doctype_after_a_long_prolog_is_still_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    padding = "<!--" + "x" * (docx_package._PROLOG_SCAN_BYTES + 10) + "-->"
    xml = xxe_document(secret).replace("<!DOCTYPE", padding + "<!DOCTYPE", 1)
    err = assert_input_error(docx_with(tmp_path / "xxe.docx", xml), "doctype")
    assert SECRET not in str(err)


def test_external_entity_in_a_header_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    header = (f'<!DOCTYPE w:hdr [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
              f'<w:hdr xmlns:w="{W_NS}"><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:hdr>')
    err = assert_input_error(docx_with(tmp_path / "xxe.docx", extra={"word/header1.xml": header}), "doctype")
    assert SECRET not in str(err)


def test_billion_laughs_is_refused(tmp_path):
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>')
    assert_input_error(docx_with(tmp_path / "lol.docx", xml), "doctype")


def test_zip_bomb_member_is_refused_before_reading(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(docx_package.MAX_PART_BYTES // len(chunk) + 1):
                member.write(chunk)
    assert path.stat().st_size < 1_000_000
    assert_input_error(path, "too large", "zip bomb", "word/document.xml")


def test_total_size_limit_across_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_package, "MAX_TOTAL_BYTES", len(GOOD_DOCUMENT) + 100)
    header = f'<w:hdr xmlns:w="{W_NS}">' + " " * 500 + "</w:hdr>"
    path = docx_with(tmp_path / "many.docx", extra={"word/header1.xml": header})
    assert_input_error(path, "too large", "word/header1.xml")


def test_member_lying_about_its_size_is_read_bounded(tmp_path, monkeypatch):
    """A member whose headers claim 100 bytes but inflates to 64 MB fails its CRC without ever being
    held in memory whole."""
    monkeypatch.setattr(docx_package, "MAX_PART_BYTES", 4096)
    real = 64 * 1024 * 1024
    path = tmp_path / "liar.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/document.xml", "w") as member:
            member.write(GOOD_DOCUMENT.encode())
            for _ in range(real // (1 << 20)):
                member.write(b" " * (1 << 20))
    raw = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = raw.find(signature)
        assert struct.unpack_from("<I", raw, at + offset)[0] >= real
        struct.pack_into("<I", raw, at + offset, 100)
    path.write_bytes(bytes(raw))
    tracemalloc.start()
    try:
        assert_input_error(path, "word/document.xml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, f"read {peak} bytes of a member claiming 100"


def test_unreadable_file(tmp_path):
    path = docx_with(tmp_path / "locked.docx")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as root: file permissions do not stop reading")
    assert_input_error(path, "cannot be read", "permission denied")


@pytest.mark.parametrize("kind, make", [
    ("FIFO", os.mkfifo),
    ("socket", lambda p: socket.socket(socket.AF_UNIX).bind(str(p))),
])
def test_a_special_file_named_docx_is_refused_without_waiting(tmp_path, kind, make):
    path = tmp_path / "cv.docx"
    make(path)
    outcome: list = []
    reader = threading.Thread(target=lambda: outcome.append(_raised(path)), daemon=True)
    reader.start()
    reader.join(timeout=60)
    if reader.is_alive() and kind == "FIFO":  # release the blocked reader before failing
        with open(path, "wb"):
            pass
    assert outcome, f"reading a {kind} named cv.docx did not return"
    err = outcome[0]
    assert isinstance(err, InputError) and str(err) == f"{path}: is a {kind}" + (
        " (named pipe)" if kind == "FIFO" else "") + ", not a regular file"


def _raised(path: Path):
    try:
        extract_docx_cv(path)
    except Exception as exc:  # noqa: BLE001 - the test inspects what came out
        return exc
    return None


def test_corrupted_bytes_never_escape_as_other_exceptions(tmp_path):
    """Seeded fuzzing of a small DOCX: every outcome is a CV dict or an InputError."""
    import random

    header = (f'<w:hdr xmlns:w="{W_NS}"><w:p><w:r><w:t>Engineer</w:t></w:r></w:p>'
              "<w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p><w:p><w:r><w:t>TOOLS</w:t></w:r></w:p>"
              "<w:p><w:r><w:t>Git, Go</w:t></w:r></w:p></w:hdr>")
    rng = random.Random(20240611)
    for compression in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
        source = tmp_path / f"source{compression}.docx"
        with zipfile.ZipFile(source, "w", compression) as z:
            z.writestr("word/document.xml", GOOD_DOCUMENT)
            z.writestr("word/header1.xml", header)
        original = source.read_bytes()
        target = tmp_path / "fuzzed.docx"
        for _ in range(150):
            data = bytearray(original)
            if rng.random() < 0.2:
                data = data[: rng.randrange(1, len(data))]
            else:
                for _ in range(rng.randint(1, 8)):
                    data[rng.randrange(len(data))] = rng.choice(b"<>&;\"/\x00\xff PK")
            target.write_bytes(bytes(data))
            try:
                result = extract_docx_cv(target)
            except InputError as err:
                assert str(err).startswith(f"{target}: ")
            else:
                assert list(result) == ["identity", "sidebar", "overview", "experiences"]
