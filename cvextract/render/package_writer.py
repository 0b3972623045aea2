"""Write a DOCX (ZIP) package whose untouched members are copied compressed, as they are.

Python's :mod:`zipfile` can only write members it compresses itself; :meth:`PackageWriter.copy`
adds a member from its already-compressed bytes (read from the template by :func:`raw_members`),
with the same header zipfile's ``writestr`` would write. That saves inflating and deflating every
style, theme and image part for every rendered CV.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass

_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # zipfile.structFileHeader
_COPYABLE = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class RawMember:
    name: str
    date_time: tuple
    compress_type: int
    crc: int
    file_size: int
    data: bytes  # compressed


def raw_members(package: bytes) -> dict[str, RawMember]:
    """The compressed bytes of every member of a ZIP (already checked by the template reader)."""
    members = {}
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        for info in archive.infolist():
            if info.is_dir() or info.compress_type not in _COPYABLE or info.flag_bits & 0x1:
                continue
            header = _LOCAL_HEADER.unpack_from(package, info.header_offset)
            start = info.header_offset + _LOCAL_HEADER.size + header[10] + header[11]
            data = package[start:start + info.compress_size]
            if header[0] != b"PK\x03\x04" or len(data) != info.compress_size:
                continue  # not where the central directory says: let it be re-written instead
            members[info.filename] = RawMember(info.filename, info.date_time, info.compress_type, info.CRC,
                                               info.file_size, data)
    return members


class PackageWriter:
    def __init__(self, fileobj):
        self._zip = zipfile.ZipFile(fileobj, "w", compression=zipfile.ZIP_DEFLATED)

    def __enter__(self) -> "PackageWriter":
        return self

    def __exit__(self, *exc) -> None:
        self._zip.close()

    def write(self, name: str, data: bytes, date_time: tuple | None = None) -> None:
        info = zipfile.ZipInfo(name, date_time or _EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        self._zip.writestr(info, data)

    def copy(self, member: RawMember) -> None:
        """Add ``member`` from its compressed bytes (what ``writestr`` does, minus the compression)."""
        info = zipfile.ZipInfo(member.name, member.date_time)
        info.compress_type = member.compress_type
        info.external_attr = 0o600 << 16
        info.CRC = member.crc
        info.file_size = member.file_size
        info.compress_size = len(member.data)
        archive = self._zip
        with archive._lock:
            archive._writecheck(info)
            archive._didModify = True
            info.header_offset = archive.fp.tell()
            archive.fp.write(info.FileHeader(False))
            archive.fp.write(member.data)
            archive.filelist.append(info)
            archive.NameToInfo[info.filename] = info
            archive.start_dir = archive.fp.tell()
