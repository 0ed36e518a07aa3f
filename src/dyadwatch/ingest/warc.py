"""WARC and WARC.gz archives (FastWARC): one document per archived HTML or text response.

The archive is streamed, never read whole. Records that are not pages (requests, metadata,
images, scripts, redirects, errors) are skipped. A record whose page cannot be read is a
Rejected naming the archive, the record's offset and its URL.

A truncated archive (a copy cut off mid-record) is common and FastWARC reads it silently, so
the end of the file is checked: the record cut off is rejected ("record cut off: the WARC file
is truncated"), the complete records before it are kept.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..records import Document, Rejected
from .files import mb
from .html import read_html
from .text import read_text

log = logging.getLogger(__name__)

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(path: str, *, max_bytes: int, clean: bool = True) -> Iterator[Document | Rejected]:
    """Documents from the WARC file at ``path`` (plain or gzip-compressed)."""
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    with fh:
        head = fh.read(4)
        fh.seek(0)
        if not head:
            raise InputError(path, "empty file")
        yield from read_warc_stream(fh, path, max_bytes=max_bytes, clean=clean, tail_check=fh)


def read_warc_stream(
    stream: BinaryIO, source: str, *, max_bytes: int, clean: bool = True, tail_check: BinaryIO | None = None,
) -> Iterator[Document | Rejected]:
    """Documents from a WARC stream; ``tail_check`` (a seekable file) enables truncation checks."""
    from fastwarc import ArchiveIterator

    pending: Document | Rejected | None = None
    pending_pos = -1
    last_pos = -1
    n_records = 0
    try:
        records = ArchiveIterator(stream, parse_http=True, fsspec_args=False, max_content_length=None)
        for record in records:
            n_records += 1
            last_pos = record.stream_pos
            item = _page(record, source, max_bytes, clean)
            if item is None:
                continue
            if pending is not None:
                yield pending
            pending, pending_pos = item, record.stream_pos
    except OSError as exc:  # FastWARC's error for unreadable archives
        if n_records == 0:
            raise InputError(source, f"not a WARC file ({exc})") from None
        cut = _truncated_at(tail_check, last_pos) if tail_check is not None else None
        yield from _last(pending, pending_pos, cut, source)
        if cut is not None:
            raise InputError(source, f"truncated WARC: the file ends inside the record at byte {cut}") from None
        raise InputError(source, f"WARC unreadable after {n_records} records ({exc})") from None
    if n_records == 0:
        raise InputError(source, "not a WARC file (no WARC records found)")
    cut = _truncated_at(tail_check, last_pos) if tail_check is not None else None
    yield from _last(pending, pending_pos, cut, source)
    if cut is not None and cut != pending_pos:
        yield Rejected(source=source, reason=f"truncated WARC: the file ends inside the record at byte {cut}")


def _last(pending, pending_pos: int, cut: int | None, source: str) -> Iterator[Document | Rejected]:
    """The last page read, or its reject when the archive is cut off inside it."""
    if pending is None:
        return
    if cut is not None and cut == pending_pos:
        where = pending.source if isinstance(pending, Rejected) else f"{source}#{pending_pos}"
        uri = f" ({pending.url})" if isinstance(pending, Document) and pending.url else ""
        pending = Rejected(source=where, reason=f"record cut off: the WARC file is truncated{uri}", size=None)
    yield pending


def _page(record, source: str, max_bytes: int, clean: bool) -> Document | Rejected | None:
    """A Document (or Rejected) for a page record; None for records that are not pages."""
    from fastwarc import WarcRecordType

    if record.record_type not in (WarcRecordType.response, WarcRecordType.resource):
        return None
    uri = (record.headers.get("WARC-Target-URI") or "").strip("<> ") or None
    where = f"{source}#{record.stream_pos}"
    if record.record_type == WarcRecordType.response:
        if not record.is_http or record.http_headers is None:
            return None
        if record.http_headers.status_code != 200:
            return None
        content_type = (record.http_content_type or "").lower()
        charset = record.http_charset
    else:
        content_type = (record.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        charset = None
    if content_type and content_type not in PAGE_TYPES:
        return None
    data = record.reader.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Rejected(source=where, reason=f"record of {uri or 'unknown URL'} is over the {mb(max_bytes)} limit for one document")
    try:
        if content_type == "text/plain":
            doc = read_text(data, where, clean=clean, charset=charset)
        else:
            doc = read_html(data, where, url=uri, charset=charset, clean=clean)
    except InputError as exc:
        return Rejected(source=where, reason=f"{exc.reason} ({uri})" if uri else exc.reason, size=len(data))
    if uri and not doc.url:
        return Document(**{**_fields(doc), "url": uri})
    return doc


def _fields(doc: Document) -> dict:
    return {name: getattr(doc, name) for name in doc.__dataclass_fields__}


def _truncated_at(fh: BinaryIO, last_pos: int) -> int | None:
    """The byte offset where the archive is cut off, or None if its last record is complete."""
    try:
        size = fh.seek(0, 2)
        fh.seek(0)
        gz = fh.read(2) == b"\x1f\x8b"
        if last_pos < 0:
            return 0
        fh.seek(last_pos)
        return _gzip_cut(fh, last_pos) if gz else _plain_cut(fh, last_pos, size)
    except OSError:
        return None


def _gzip_cut(fh: BinaryIO, offset: int) -> int | None:
    """The start of the first incomplete gzip member from ``offset`` on (read in 1 MB chunks)."""
    member_start = offset
    decomp = zlib.decompressobj(wbits=31)
    fed = False  # whether the current member has had any bytes
    buf = b""  # always a suffix of what has been read, so fh.tell() - len(x) locates x
    while True:
        if not buf:
            buf = fh.read(1 << 20)
            if not buf:
                return member_start if fed else None
        try:
            decomp.decompress(buf)
        except zlib.error:
            return member_start
        fed = True
        if not decomp.eof:
            buf = b""
            continue
        rest = decomp.unused_data
        stripped = rest.lstrip(b"\x00\r\n ")
        member_start = fh.tell() - len(stripped)
        buf = stripped
        decomp = zlib.decompressobj(wbits=31)
        fed = False


def _plain_cut(fh: BinaryIO, offset: int, size: int) -> int | None:
    """The last record's declared length must fit in the file; nothing but a record may follow."""
    head = fh.read(65536)
    end_of_head = head.find(b"\r\n\r\n")
    if end_of_head < 0:
        return offset
    length = None
    for line in head[:end_of_head].split(b"\r\n"):
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    if length is None:
        return offset
    end = offset + end_of_head + 4 + length
    if end > size:
        return offset
    fh.seek(end)
    rest = fh.read(65536).strip(b"\r\n ")
    return end if rest else None  # anything after the last record read is a record cut off


def is_warc_path(path: str) -> bool:
    name = Path(path).name.lower()
    return name.endswith((".warc", ".warc.gz"))
