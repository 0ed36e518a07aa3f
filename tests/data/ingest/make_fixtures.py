"""Build the generated ingest fixtures (WARC archives) from the hand-written pages here.

    python tests/data/ingest/make_fixtures.py

Writes crawl.warc.gz (a small crawl: pages, plus records that are not pages) and
crawl_truncated.warc.gz (the same archive cut off inside its last page). The tests import
``warc_record`` and ``build_warc`` from this file to make other archives on the fly.
"""

from __future__ import annotations

import gzip
import hashlib
import uuid
from pathlib import Path

HERE = Path(__file__).parent


def warc_record(
    uri: str,
    body: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    record_type: str = "response",
    date: str = "2019-03-14T10:00:00Z",
    extra_http: str = "",
) -> bytes:
    """One WARC/1.0 record; a response record wraps ``body`` in an HTTP response."""
    if record_type == "response":
        block = (
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n{extra_http}\r\n"
        ).encode() + body
        warc_type = "application/http; msgtype=response"
    elif record_type == "request":
        block = f"GET {uri} HTTP/1.1\r\nHost: example\r\nUser-Agent: crawler\r\n\r\n".encode()
        warc_type = "application/http; msgtype=request"
    else:
        block = body
        warc_type = content_type
    record_id = uuid.UUID(hashlib.md5(uri.encode() + record_type.encode() + body[:64]).hexdigest())
    head = (
        f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {warc_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def build_warc(records: list[bytes], *, gz: bool = True) -> bytes:
    """An archive of ``records``; gzip-compressed record by record, as crawlers write them."""
    return b"".join(gzip.compress(r, mtime=0) for r in records) if gz else b"".join(records)


def crawl_records() -> list[bytes]:
    sahel = (HERE / "html" / "sahel_monitor.html").read_bytes()
    repost = (HERE / "html" / "energy_digest_repost.html").read_bytes()
    wire = (HERE / "pages" / "wire_aegean.txt").read_bytes()
    return [
        warc_record("", b"software: dyadwatch fixture\r\nformat: WARC File Format 1.0\r\n",
                    record_type="warcinfo", content_type="application/warc-fields"),
        warc_record("https://sahelmonitor.example/2019/03/mali-niger-patrols", b"", record_type="request"),
        warc_record("https://sahelmonitor.example/2019/03/mali-niger-patrols", sahel),
        warc_record("https://sahelmonitor.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
        warc_record("https://sahelmonitor.example/old", b"", status="301 Moved Permanently",
                    extra_http="Location: https://sahelmonitor.example/new\r\n"),
        warc_record("https://sahelmonitor.example/missing", b"<html><body>Not found</body></html>", status="404 Not Found"),
        warc_record("https://wire.example/aegean.txt", wire, content_type="text/plain; charset=utf-8"),
        warc_record("https://blank.example/", b"<html><head><script>x()</script></head><body></body></html>"),
        warc_record("https://energydigest.example/2015/05/15/baku-ashgabat-trans-caspian", repost),
    ]


def main() -> None:
    records = crawl_records()
    full = build_warc(records)
    (HERE / "crawl.warc.gz").write_bytes(full)
    (HERE / "crawl_truncated.warc.gz").write_bytes(full[: len(full) - 300])
    print(f"wrote crawl.warc.gz ({len(full)} bytes, {len(records)} records) and crawl_truncated.warc.gz")


if __name__ == "__main__":
    main()
