"""Ingestion: turn paths (files, folders, globs, ``-`` for stdin) into Documents.

``read_inputs`` yields a :class:`Document` for each article and a :class:`Rejected` for each
input that is not one (with its reason); it never raises for a bad input, so a caller can
record the reject and go on.
"""

from __future__ import annotations

import glob
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import InputError
from ..records import Document, Rejected
from . import html, jsonl, text
from .files import read_bytes

log = logging.getLogger(__name__)

SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def expand_paths(paths: Sequence[str]) -> Iterator[str]:
    """Each input path; folders are walked for supported files, globs are expanded."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield str(child)
        elif not path.exists() and glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield raw  # reported as missing
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield raw


def read_inputs(paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Rejected]:
    for source in expand_paths(paths):
        try:
            yield from read_one(source, max_bytes=max_bytes)
        except InputError as exc:
            log.debug("rejected %s: %s", exc.source, exc.reason)
            yield Rejected(source=exc.source, reason=exc.reason, size=_size(source))


def read_one(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Rejected]:
    """Documents (and per-line rejects) from one input; raises InputError if it is unusable."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError("<stdin>", f"input larger than the {max_bytes // 2**20} MB limit")
        kind = _sniff(data)
        name = "<stdin>"
    else:
        data = read_bytes(source, max_bytes=max_bytes)
        kind = SUFFIXES.get(Path(source).suffix.lower()) or _sniff(data)
        name = source
    if kind == "jsonl":
        yield from jsonl.read_jsonl(data, name)
    elif kind == "html":
        yield html.read_html(data, name)
    else:
        yield text.read_text(data, name)


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _size(source: str) -> int | None:
    try:
        return Path(source).stat().st_size if source != "-" else None
    except OSError:
        return None
