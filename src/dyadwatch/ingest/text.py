"""Plain-text documents. The first line is taken as the title when it looks like one."""

from __future__ import annotations

from ..records import Document
from .files import decode


def read_text(data: bytes, source: str) -> Document:
    body = decode(data, source)
    return Document.from_text(body.strip(), source=source, title=guess_title(body))


def guess_title(body: str) -> str | None:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    if 0 < len(first) <= 160 and not first.endswith((".", "!", "?", ":", ";", ",")):
        return first
    return None
