"""PDF files written byte by byte for the PDF-input tests: text at chosen places, sizes and weights,
and the hostile files (encrypted, no text layer, too many pages, a decompression bomb, a parser
trap). No PDF library: the base-14 fonts need no embedding, so a page is a few operators.

    write_pdf(path, [[Text("Ada Lovelace", 72, 60, size=20, bold=True), ...], ...])  # one list per page
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points


@dataclass(frozen=True)
class Text:
    text: str
    x: float
    top: float               # from the top of the page, in points
    size: float = 10.0
    bold: bool = False
    font: str | None = None  # "/F3": a font named T1_0 whose descriptor alone says it is bold


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def page_stream(texts: list[Text]) -> bytes:
    parts = []
    for t in texts:
        font = t.font.encode() if t.font else b"/F2" if t.bold else b"/F1"
        baseline = PAGE_HEIGHT - t.top - t.size * 0.8
        parts.append(b"BT " + font + b" %g Tf %g %g Td (" % (t.size, t.x, baseline) + _escape(t.text) + b") Tj ET")
    return b"\n".join(parts)


def pdf_bytes(page_streams: list[bytes], *, compress: bool = False, encrypt: bool = False,
              extra_objects: dict[int, bytes] | None = None) -> bytes:
    """A PDF whose pages draw the given content streams with Helvetica (/F1), Helvetica-Bold (/F2)
    and a bold font named T1_0 (/F3)."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        # An embedded-style name that says nothing of the weight: FontWeight 700 and ForceBold say it.
        5: (b"<< /Type /Font /Subtype /Type1 /BaseFont /T1_0 /FirstChar 32 /LastChar 126 /Widths ["
            + b"600 " * 95 + b"] /FontDescriptor 6 0 R /Encoding /WinAnsiEncoding >>"),
        6: (b"<< /Type /FontDescriptor /FontName /T1_0 /Flags 262176 /FontWeight 700 /ItalicAngle 0 "
            b"/Ascent 700 /Descent -200 /CapHeight 700 /StemV 120 /FontBBox [0 -200 1000 900] >>"),
    }
    kids = []
    number = 7
    for stream in page_streams:
        page, content = number, number + 1
        number += 2
        kids.append(b"%d 0 R" % page)
        objects[page] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R "
                         b"/F2 4 0 R /F3 5 0 R >> >> /Contents %d 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT, content))
        body = zlib.compress(stream, 9) if compress else stream
        flate = b" /Filter /FlateDecode" if compress else b""
        objects[content] = b"<< /Length %d%s >>\nstream\n" % (len(body), flate) + body + b"\nendstream"
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    objects.update(extra_objects or {})
    trailer = b"/Root 1 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
    if encrypt:  # a user password is set: nothing opens without it (the O/U values match no password)
        objects[number] = (b"<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + b"ab" * 32 + b"> /U <"
                           + b"cd" * 32 + b"> >>")
        trailer += b" /Encrypt %d 0 R" % number
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n" % key + objects[key] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for key in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[key]) if key in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d " % size + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def write_pdf(path: Path, pages: list[list[Text]], **options) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes([page_stream(texts) for texts in pages], **options))
    return path


def zero_bomb_stream(megabytes: int) -> bytes:
    """A content stream of ``megabytes`` of spaces (compressed about 1000:1 by pdf_bytes)."""
    return b" " * (megabytes * 1024 * 1024)
