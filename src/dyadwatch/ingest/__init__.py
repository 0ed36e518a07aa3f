"""Ingestion: turn inputs into Documents.

Inputs are files (``.txt``, ``.html``, ``.jsonl``, ``.warc``/``.warc.gz``, ``.rss``/``.atom``/
``.xml`` feeds), folders (walked for those), globs, ``http(s)://`` URLs (a page or a feed), and
``-`` for stdin. One module per source kind does the reading; this one dispatches.

``read_inputs`` yields a :class:`Document` for each article and a :class:`Rejected` for each
input (or line, record, feed entry) that is not one, with its reason; it never raises for a bad
input, so a caller can record the reject and go on. ``extract_documents`` adds near-duplicate
linking. The network is used only for URLs and for the articles a feed links to.
"""

from __future__ import annotations

import dataclasses
import glob
import io
import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..records import Document, Rejected
from . import feeds, html, jsonl, text, warc
from .dedup import NearDuplicates
from .files import mb, read_bytes
from .url import USER_AGENT, Fetcher, Response, is_url

log = logging.getLogger(__name__)

SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}
DEFAULT_MAX_BYTES = 20 * 2**20  # the largest single document: a page, a text file, a JSONL line, a record
_CONTENT_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed", "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl", "application/json": "jsonl", "application/warc": "warc",
}


@dataclass(frozen=True)
class IngestOptions:
    """How inputs are read. Shared by ``extract`` and ``ingest`` (library and CLI)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest single document (file, JSONL line, WARC record, HTTP response); containers
    (JSONL files, WARC archives, folders) are streamed and may be larger."""
    timeout: float = 20.0
    """Seconds for a whole HTTP request (URL, feed, robots.txt)."""
    user_agent: str = USER_AGENT
    respect_robots: bool = True
    clean: bool = True
    """Drop page furniture from plain text (and from what the HTML extractor leaves)."""
    fetch_feed_links: bool = True
    """Fetch the article a feed entry links to when the feed holds only a summary."""


def kind_of_path(path: str) -> str | None:
    """The source kind a file name says ("text", "html", "jsonl", "feed", "warc"), if any."""
    if warc.is_warc_path(path):
        return "warc"
    return SUFFIXES.get(Path(path).suffix.lower())


def expand_paths(paths: Sequence[str]) -> Iterator[str]:
    """Each input; folders are walked for supported files, globs are expanded, URLs pass."""
    for raw in paths:
        if raw == "-" or is_url(raw):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and kind_of_path(str(child)):
                    yield str(child)
        elif not path.exists() and glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield raw  # reported as missing
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield raw


def read_inputs(
    paths: Sequence[str],
    *,
    max_bytes: int | None = None,
    options: IngestOptions | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | Rejected]:
    """Documents and Rejected from every input under ``paths``, in order."""
    options = options or IngestOptions()
    if max_bytes is not None:
        options = dataclasses.replace(options, max_bytes=max_bytes)
    own = fetcher is None
    fetcher = fetcher or Fetcher(
        timeout=options.timeout, max_bytes=options.max_bytes, user_agent=options.user_agent,
        respect_robots=options.respect_robots,
    )
    try:
        for source in expand_paths(paths):
            try:
                yield from read_one(source, options=options, fetcher=fetcher)
            except InputError as exc:
                log.debug("rejected %s: %s", exc.source, exc.reason)
                yield Rejected(source=exc.source, reason=exc.reason, size=_size(source))
            # The last line of defence of a long ingest: an error nobody foresaw in one input
            # (a parser bug on a hostile file) becomes that input's reject, not a crash.
            except Exception as exc:  # noqa: BLE001
                log.warning("unexpected error reading %s", source, exc_info=True)
                yield Rejected(source=source, reason=f"could not be read: {type(exc).__name__}: {exc}"[:300], size=_size(source))
    finally:
        if own:
            fetcher.close()


def extract_documents(
    paths: Sequence[str], *, options: IngestOptions | None = None, index: NearDuplicates | None = None,
) -> Iterator[Document | Rejected]:
    """Like ``read_inputs``, with near-copies of earlier documents linked by ``duplicate_of``."""
    index = index if index is not None else NearDuplicates()
    for item in read_inputs(paths, options=options):
        yield index.link(item)[0] if isinstance(item, Document) else item


def read_one(
    source: str, *, options: IngestOptions | None = None, fetcher: Fetcher | None = None, max_bytes: int | None = None,
) -> Iterator[Document | Rejected]:
    """Documents (and per-item rejects) from one input; raises InputError if it is unusable."""
    options = options or IngestOptions(**({"max_bytes": max_bytes} if max_bytes else {}))
    limit = options.max_bytes
    if source == "-":
        yield from _read_stdin(options, fetcher)
        return
    if is_url(source):
        if fetcher is None:
            raise InputError(source, "URLs are not fetched here (no fetcher)")
        yield from read_response(fetcher.fetch(source), source, options=options, fetcher=fetcher)
        return
    kind = kind_of_path(source)
    if kind == "warc":
        yield from warc.read_warc(source, max_bytes=limit, clean=options.clean)
        return
    if kind == "jsonl":
        yield from _read_jsonl_file(source, options)
        return
    data = read_bytes(source, max_bytes=limit)
    yield from read_data(data, source, kind=kind or sniff(data), options=options, fetcher=fetcher)


def read_data(
    data: bytes,
    source: str,
    *,
    kind: str | None = None,
    options: IngestOptions | None = None,
    fetcher: Fetcher | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[Document | Rejected]:
    """Documents from bytes held in memory, read as ``kind`` (sniffed when None)."""
    options = options or IngestOptions()
    if not data.strip():
        raise InputError(source, "empty input")
    if len(data) > options.max_bytes and kind != "warc":
        raise InputError(source, f"input is {mb(len(data))}, over the {mb(options.max_bytes)} limit for one document")
    kind = kind or sniff(data)
    if kind == "html":
        yield html.read_html(data, source, url=url, charset=charset, clean=options.clean)
    elif kind == "text":
        yield text.read_text(data, source, clean=options.clean, charset=charset, url=url)
    elif kind == "jsonl":
        yield from jsonl.read_jsonl(data, source, max_bytes=options.max_bytes, clean=options.clean)
    elif kind == "feed":
        if not feeds.looks_like_feed(data):
            raise InputError(source, "XML that is not an RSS or Atom feed")
        yield from feeds.read_feed(
            data, source, fetcher=fetcher, max_bytes=options.max_bytes, clean=options.clean,
            fetch_links=options.fetch_feed_links,
        )
    elif kind == "warc":
        yield from warc.read_warc_stream(
            io.BytesIO(data), source, max_bytes=options.max_bytes, clean=options.clean, tail_check=io.BytesIO(data),
        )
    elif kind == "gzip":
        raise InputError(source, "gzip-compressed file: only .warc.gz archives are read compressed")
    else:
        raise InputError(source, f"unsupported input kind {kind!r}")


def read_response(
    response: Response, source: str, *, options: IngestOptions | None = None, fetcher: Fetcher | None = None,
    max_bytes: int | None = None, clean: bool | None = None,
) -> Iterator[Document | Rejected]:
    """Documents from a fetched URL, read by its content type (or its bytes, when vague)."""
    options = options or IngestOptions()
    if max_bytes is not None:
        options = dataclasses.replace(options, max_bytes=max_bytes)
    if clean is not None:
        options = dataclasses.replace(options, clean=clean)
    declared = _CONTENT_TYPES.get(response.content_type)
    sniffed = sniff(response.data)
    if declared == "html" or (declared is None and sniffed == "html"):
        kind = "html"
    elif sniffed in ("feed", "warc"):  # servers label feeds text/xml, text/plain, octet-stream ...
        kind = sniffed
    elif declared is not None:
        kind = declared
    elif not response.content_type or response.content_type.startswith("text/"):
        kind = sniffed
    else:
        raise InputError(source, f"unsupported content type {response.content_type!r}")
    yield from read_data(
        response.data, source, kind=kind, options=options, fetcher=fetcher, url=response.url,
        charset=response.charset,
    )


def sniff(data: bytes) -> str:
    """The kind of input these bytes look like: warc, gzip, feed, html, jsonl or text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if (head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) or b"<rss" in head[:512]) and feeds.looks_like_feed(data):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p>" in head[:512] or b"<div" in head[:512]:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


# ----------------------------------------------------------------------------- helpers
def _read_jsonl_file(path: str, options: IngestOptions) -> Iterator[Document | Rejected]:
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a folder with no supported files")
    try:
        fh = p.open("rb")
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    with fh:
        yield from jsonl.read_jsonl_stream(fh, path, max_bytes=options.max_bytes, clean=options.clean)


def _read_stdin(options: IngestOptions, fetcher: Fetcher | None) -> Iterator[Document | Rejected]:
    stream = sys.stdin.buffer
    head = stream.read(65536)
    if not head.strip():
        raise InputError("<stdin>", "empty input")
    kind = sniff(head)
    if kind == "jsonl":  # streamed: a dump may be larger than memory
        joined = io.BufferedReader(_Prefixed(head, stream))
        yield from jsonl.read_jsonl_stream(joined, "<stdin>", max_bytes=options.max_bytes, clean=options.clean)
        return
    data = head + stream.read(max(0, options.max_bytes + 1 - len(head)))
    if len(data) > options.max_bytes:
        raise InputError("<stdin>", f"input larger than the {mb(options.max_bytes)} limit for one document")
    yield from read_data(data, "<stdin>", kind=kind, options=options, fetcher=fetcher)


class _Prefixed(io.RawIOBase):
    """A raw stream that reads ``head`` first, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._stream.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _size(source: str) -> int | None:
    try:
        return Path(source).stat().st_size if source != "-" and not is_url(source) else None
    except OSError:
        return None


__all__ = [
    "DEFAULT_MAX_BYTES", "IngestOptions", "NearDuplicates", "expand_paths", "extract_documents",
    "kind_of_path", "read_data", "read_inputs", "read_one", "read_response", "sniff",
]
