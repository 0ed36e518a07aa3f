"""JSON Lines: one document per line, ``{"id", "text" or "html", "title", "date", "url"}``.

A broken line is rejected with its line number; the other lines are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import InputError
from ..records import Document, Rejected
from .files import decode
from .html import read_html

_STR_FIELDS = ("id", "title", "date", "url", "language", "source")


def read_jsonl(data: bytes, source: str) -> Iterator[Document | Rejected]:
    body = decode(data, source)
    for line_no, line in enumerate(body.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{line_no}"
        try:
            yield parse_record(line, where)
        except InputError as exc:
            yield Rejected(source=where, reason=exc.reason, size=len(line))


def parse_record(line: str, where: str) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(where, "expected a JSON object per line")
    meta = {k: obj[k] for k in _STR_FIELDS if obj.get(k) is not None}
    bad = [k for k, v in meta.items() if not isinstance(v, (str, int))]
    if bad:
        raise InputError(where, f"field(s) {bad} must be strings")
    meta = {k: str(v) for k, v in meta.items()}
    doc_id = meta.pop("id", None)
    origin = meta.pop("source", None) or where
    text = obj.get("text")
    if isinstance(text, str) and text.strip():
        return Document.from_text(text.strip(), id=doc_id, source=origin, **meta)
    markup = obj.get("html")
    if isinstance(markup, str) and markup.strip():
        doc = read_html(markup.encode("utf-8"), where)
        return Document.from_text(
            doc.text, id=doc_id, source=origin, title=meta.get("title") or doc.title,
            date=meta.get("date") or doc.date, url=meta.get("url") or doc.url,
            language=meta.get("language"), boilerplate_chars=doc.boilerplate_chars,
        )
    raise InputError(where, 'no "text" or "html" field with content')
