"""A DOCX file opened safely: the file checks, bounded ZIP member reads and a hardened XML parser.

Everything that can go wrong with the file itself (missing, a directory, empty, not a ZIP, an
encrypted or legacy Word file, macro-enabled, a ZIP bomb, malformed XML, a DTD) becomes an
:class:`~cvextract.errors.InputError` naming the file and the cause. Parsing never resolves
entities, loads a DTD or touches the network, and a part declaring a DOCTYPE is refused outright
(the OOXML packaging rules forbid DTDs, so only a crafted file carries one).
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ..errors import InputError

DOCUMENT_PART = "word/document.xml"
MACRO_PART = "word/vbaProject.bin"  # a VBA project: the document carries macros
MAX_PART_BYTES = 50 * 1024 * 1024  # one uncompressed XML part
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all parts read from one package

W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
WORDML_NAMESPACES = (W_TRANSITIONAL, W_STRICT)

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# A DOCTYPE sits in the prolog, before the root element; UTF-8 and both UTF-16 byte orders.
_DOCTYPE_MARKERS = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_PROLOG_SCAN_BYTES = 8192
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # a ZIP local file header; its last two: name, extra lengths
_ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
                    NotImplementedError, ValueError)


def _new_parser() -> etree.XMLParser:
    # One per package: lxml parsers must not be shared between threads.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, recover=False, collect_ids=False)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


def open_docx_file(path: Path) -> BinaryIO:
    """``path`` opened for reading, once checked to be a non-empty ``.docx``-named regular ZIP file.

    A FIFO, socket or device is refused without waiting for it: the file is opened non-blocking and
    checked before anything is read (a FIFO named ``cv.docx`` would otherwise wait forever).
    """
    if not path.exists():
        raise InputError(path, "file not found")
    if path.is_dir():
        raise InputError(path, "is a directory, not a .docx file")
    suffix = path.suffix.lower()
    if suffix == ".docm":
        raise InputError(path, "macro-enabled .docm files are refused; save it as a .docx")
    if suffix != ".docx":
        what = "a legacy .doc" if suffix == ".doc" else f"a '{path.suffix or '(no suffix)'}' file"
        raise InputError(path, f"is {what}, not a .docx file")
    fh = open_regular_file(path)
    try:
        head = fh.read(8)
        fh.seek(0)
    except OSError as exc:
        fh.close()
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    problem = None
    if not head:
        problem = "is empty (0 bytes)"
    elif head.startswith(_OLE_SIGNATURE):
        problem = ("is an OLE compound file: a password-protected (encrypted) Office "
                   "document or a legacy .doc renamed; save it as an unprotected .docx")
    elif not head.startswith(_ZIP_SIGNATURES):
        problem = "is not a DOCX (ZIP) file"
    if problem:
        fh.close()
        raise InputError(path, problem)
    return fh


def open_regular_file(path: Path) -> BinaryIO:
    """Open ``path`` for binary reading, refusing (without blocking) anything but a regular file."""
    try:
        _check_regular(path, os.stat(path).st_mode)  # a socket cannot even be opened
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        _check_regular(path, os.fstat(fd).st_mode)  # what was opened, should it have changed
    except InputError:
        os.close(fd)
        raise
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _check_regular(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a directory" if stat.S_ISDIR(mode) else "not a file")
        raise InputError(path, f"is {kind}, not a regular file")


class DocxPackage:
    """An open DOCX package. Use :func:`open_docx`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, *, max_part_bytes: int | None = None,
                 max_total_bytes: int | None = None, file: BinaryIO | None = None):
        self.path = path
        self._zip = archive
        self._file = file
        self._parser = _new_parser()
        self._bytes_read = 0
        self._max_part_bytes = max_part_bytes  # None: the module's limits (read when used)
        self._max_total_bytes = max_total_bytes

    def __enter__(self) -> "DocxPackage":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()
        if self._file is not None:  # the file open_docx opened for the archive
            self._file.close()

    def names(self) -> list[str]:
        return self._zip.namelist()

    def header_part_names(self) -> list[str]:
        """``word/header*.xml`` in lexical order (so header10 sorts before header2)."""
        return sorted(n for n in self._zip.namelist()
                      if n.startswith("word/header") and n.endswith(".xml"))

    def read(self, name: str, *, max_bytes: int | None = None) -> bytes:
        """The bytes of one member, refusing members that decompress beyond the size limits
        (``max_bytes`` lowers the per-part limit for this member)."""
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise InputError(self.path, f"has no {name} (not a Word document?)") from None
        part_limit = self._max_part_bytes or MAX_PART_BYTES
        part_limit = part_limit if max_bytes is None else min(max_bytes, part_limit)
        limit = min(part_limit, (self._max_total_bytes or MAX_TOTAL_BYTES) - self._bytes_read)
        if info.file_size > limit:
            raise self._too_large(name, part_limit)
        try:
            with self._zip.open(info) as fh:
                data = fh.read(limit + 1)
        except _ZIP_READ_ERRORS as exc:
            raise InputError(self.path, f"corrupt ZIP member {name} ({exc})") from None
        if len(data) > limit:
            raise self._too_large(name, part_limit)
        self._bytes_read += len(data)
        return data

    def stored_digest(self, name: str) -> bytes | None:
        """A SHA-256 of a member as stored (compressed), read without inflating it: two packages
        with the same digest hold the same part. None when the member is absent or unreadable."""
        try:
            info = self._zip.getinfo(name)
            if info.compress_size > (self._max_part_bytes or MAX_PART_BYTES):
                return None
            fh = self._zip.fp
            fh.seek(info.header_offset)
            header = fh.read(_LOCAL_HEADER.size)
            fields = _LOCAL_HEADER.unpack(header)
            if fields[0] != b"PK\x03\x04":
                return None
            fh.seek(info.header_offset + _LOCAL_HEADER.size + fields[-2] + fields[-1])
            stored = fh.read(info.compress_size)
        except (KeyError, OSError, struct.error, ValueError, AttributeError):
            return None
        return hashlib.sha256(stored).digest() + info.CRC.to_bytes(4, "big") if len(stored) == info.compress_size else None

    def _too_large(self, name: str, part_limit: int) -> InputError:
        return InputError(self.path, f"{name} is too large uncompressed (limit "
                                     f"{_megabytes(part_limit)} per part); refusing a possible ZIP bomb")

    def xml(self, name: str, data: bytes | None = None) -> etree._Element:
        """Parse one member (or ``data`` read from it) as XML: no entities, no DTD, no network;
        malformed XML is an error."""
        data = self.read(name) if data is None else data
        prolog = data[:_PROLOG_SCAN_BYTES]
        if any(marker in prolog for marker in _DOCTYPE_MARKERS):
            raise self._doctype(name)
        try:
            root = etree.fromstring(data, self._parser)
        except etree.XMLSyntaxError as exc:
            raise InputError(self.path, f"malformed XML in {name} ({exc})") from None
        if root is None:
            raise InputError(self.path, f"malformed XML in {name} (no root element)")
        docinfo = root.getroottree().docinfo
        if docinfo.doctype or docinfo.internalDTD is not None:  # a prolog longer than the scan
            raise self._doctype(name)
        return root

    def _doctype(self, name: str) -> InputError:
        return InputError(self.path, f"{name} declares a DOCTYPE/DTD, which Word never writes; "
                                     "refused for safety (possible XML entity attack)")

    def document(self) -> tuple[etree._Element, str]:
        """The root of ``word/document.xml`` and its WordprocessingML namespace."""
        root = self.xml(DOCUMENT_PART)
        namespace = etree.QName(root).namespace
        if namespace not in WORDML_NAMESPACES:
            raise InputError(self.path, f"{DOCUMENT_PART} is not a WordprocessingML document")
        return root, namespace


def open_docx(path: str | Path) -> DocxPackage:
    """Check ``path`` and open it as a DOCX package, or raise InputError."""
    path = Path(path)
    fh = open_docx_file(path)
    try:
        archive = zipfile.ZipFile(fh)
    except OSError as exc:
        fh.close()
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    except _ZIP_READ_ERRORS as exc:  # BadZipFile, or an unsupported/garbled central directory
        fh.close()
        raise InputError(path, f"is not a valid ZIP archive (corrupt .docx: {exc})") from None
    names = set(archive.namelist())
    if DOCUMENT_PART not in names:
        archive.close()
        fh.close()
        raise InputError(path, f"has no {DOCUMENT_PART} (a ZIP file, but not a Word document)")
    problem = macros_problem(names)
    if problem is not None:
        archive.close()
        fh.close()
        raise InputError(path, problem)
    return DocxPackage(path, archive, file=fh)


def macros_problem(names) -> str | None:
    """Why a package with these member names is refused for its macros (CVs and templates alike)."""
    if MACRO_PART in names:
        return f"contains macros ({MACRO_PART}); macro-enabled documents are refused"
    return None
