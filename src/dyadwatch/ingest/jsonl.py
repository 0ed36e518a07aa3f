"""JSON Lines: one document per line, ``{"id", "text" or "html", "title", "date", "url"}``.

The file is streamed line by line (dumps can be far larger than memory). A broken line is
rejected with its line number; the other lines are read. ``text`` goes through the plain-text
cleaner like any scraped text (a clean article passes through whole); ``html`` through the
HTML extractor. Optional fields: ``language`` (trusted when given), ``source``, ``author``,
``site_name``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from ..records import Document, Rejected
from .files import decode, mb
from .html import read_html
from .text import document_from_text

MAX_BAD_START = 20  # a file whose first 20 lines all fail is not JSON Lines
_STR_FIELDS = ("id", "title", "date", "url", "language", "source", "author", "site_name")


def read_jsonl(data: bytes, source: str, *, max_bytes: int | None = None, clean: bool = True) -> Iterator[Document | Rejected]:
    """Documents from JSONL held in memory."""
    import io

    yield from read_jsonl_stream(io.BytesIO(data), source, max_bytes=max_bytes or len(data) + 1, clean=clean)


def read_jsonl_stream(
    stream: BinaryIO, source: str, *, max_bytes: int, clean: bool = True,
) -> Iterator[Document | Rejected]:
    """Documents (and per-line Rejected) from a binary stream of JSON Lines.

    Raises InputError for a file that is not JSON Lines at all (binary, or no good line among
    the first ``MAX_BAD_START`` lines).
    """
    if stream.seekable():
        head = stream.read(65536)
        stream.seek(0)
        if b"\x00" in head:
            raise InputError(source, "binary file (contains NUL bytes), not JSON Lines")
        if not head.strip():
            raise InputError(source, "empty file")
    good, bad_start = False, 0
    for line_no, raw, too_long in _lines(stream, max_bytes):
        where = f"{source}:{line_no}"
        if too_long:
            yield Rejected(source=where, reason=f"line longer than the {mb(max_bytes)} limit for one document", size=too_long)
            continue
        if not raw.strip():
            continue
        try:
            line = decode(raw, where)
            yield parse_record(line, where, clean=clean)
            good = True
        except InputError as exc:
            yield Rejected(source=where, reason=exc.reason, size=len(raw))
            bad_start += not good
            if bad_start >= MAX_BAD_START:
                raise InputError(source, f"not JSON Lines: none of the first {MAX_BAD_START} lines is a document") from None


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes, int]]:
    """(line number, line, 0) per line, or (line number, b"", length) for a line over the limit."""
    line_no = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        line_no += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the long line without holding it
                rest = stream.readline(1 << 20)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield line_no, b"", size
            continue
        yield line_no, line, 0


def parse_record(line: str, where: str, *, clean: bool = True) -> Document:
    try:
        obj = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, "invalid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise InputError(where, "expected a JSON object per line")
    meta = {k: obj[k] for k in _STR_FIELDS if obj.get(k) is not None}
    bad = [k for k, v in meta.items() if not isinstance(v, (str, int)) or isinstance(v, bool)]
    if bad:
        raise InputError(where, f"field(s) {bad} must be strings")
    meta = {k: str(v) for k, v in meta.items()}
    doc_id = meta.pop("id", None)
    origin = meta.pop("source", None) or where
    text = obj.get("text")
    if isinstance(text, str) and text.strip():
        return document_from_text(text, source=origin, clean=clean, id=doc_id, **meta)
    markup = obj.get("html")
    if isinstance(markup, str) and markup.strip():
        doc = read_html(markup.encode("utf-8"), where, url=meta.get("url"), clean=clean)
        return Document.from_text(
            doc.text, id=doc_id, source=origin, title=meta.get("title") or doc.title,
            date=meta.get("date") or doc.date, url=meta.get("url") or doc.url,
            language=meta.get("language") or doc.language, boilerplate_chars=doc.boilerplate_chars,
            author=meta.get("author") or doc.author, site_name=meta.get("site_name") or doc.site_name,
        )
    raise InputError(where, 'no "text" or "html" field with content')
