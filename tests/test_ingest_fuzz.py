"""Hypothesis throws random bytes, mangled HTML pages and mangled WARC archives at the readers
(1,300 inputs): each must come back as Documents and Rejected, or one InputError, never a crash."""

import importlib.util
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.errors import InputError
from dyadwatch.ingest import IngestOptions, read_data
from dyadwatch.ingest.url import Fetcher
from dyadwatch.ingest.warc import read_warc_stream
from dyadwatch.records import Document, Rejected

INGEST = Path(__file__).parent / "data" / "ingest"
PAGES = [(INGEST / "html" / name).read_bytes() for name in ("sahel_monitor.html", "energy_digest_repost.html")]
PAGES.append((Path(__file__).parent / "data" / "article.html").read_bytes())
_spec = importlib.util.spec_from_file_location("make_fixtures", INGEST / "make_fixtures.py")
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)
ARCHIVE = fixtures.build_warc(fixtures.crawl_records())
OPTIONS = IngestOptions(max_bytes=1_000_000)
_CHECKS = [HealthCheck.too_slow, HealthCheck.data_too_large]


def fuzz(examples: int):
    return settings(max_examples=examples, deadline=None, suppress_health_check=_CHECKS)


class _Offline(Fetcher):
    def fetch(self, url):
        raise InputError(url, "offline")


def _read(data: bytes, kind: str | None) -> list:
    try:
        items = list(read_data(data, "fuzz", kind=kind, options=OPTIONS, fetcher=_Offline()))
    except InputError as exc:
        assert exc.reason and exc.source
        return []
    for item in items:
        assert isinstance(item, (Document, Rejected))
        if isinstance(item, Document):
            assert item.text.strip() and item.id
        else:
            assert item.reason
    return items


@fuzz(600)
@given(st.binary(max_size=3000), st.sampled_from([None, "text", "html", "jsonl", "feed", "warc"]))
def test_random_bytes_never_crash_a_reader(data, kind):
    _read(data, kind)


TAGS = st.sampled_from([
    b"<div>", b"</div>", b"<p>", b"</p>", b"<script>", b"</script>", b"<style>", b"<!--", b"-->", b"<![CDATA[",
    b"<table><tr><td>", b"<h1>", b"</h1>", b"<br/>", b"&amp;", b"&#0;", b"&#xD800;", b"\x00", b"\xff\xfe", b"<?xml ?>",
    b"<meta charset='utf-16'>", b"<meta charset='bogus'>", b"<html>", b"</html>", b"<body", b">", b"<", b"\"",
    b"<article>", b"<nav>Home | World</nav>", b"<figcaption>(AFP/Getty Images)</figcaption>",
])


@st.composite
def mangled_html(draw):
    page = bytearray(draw(st.sampled_from(PAGES)))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["cut", "insert", "tag", "dup", "deep", "truncate", "flip"]))
        at = draw(st.integers(0, len(page)))
        if op == "cut":
            del page[at: at + draw(st.integers(1, 400))]
        elif op == "insert":
            page[at:at] = draw(st.binary(max_size=40))
        elif op == "tag":
            page[at:at] = draw(TAGS) * draw(st.integers(1, 20))
        elif op == "dup":
            page[at:at] = page[at: at + draw(st.integers(1, 300))] * draw(st.integers(1, 5))
        elif op == "deep":
            depth = draw(st.integers(50, 400))
            page[at:at] = b"<div>" * depth + b"<p>Japan met Russia.</p>" + b"</div>" * draw(st.integers(0, depth))
        elif op == "truncate":
            del page[at:]
        elif at < len(page):
            page[at] ^= draw(st.integers(1, 255))
    return bytes(page)


@fuzz(500)
@given(mangled_html())
def test_mangled_html_never_crashes(page):
    _read(page, "html")


@fuzz(200)
@given(st.integers(0, len(ARCHIVE)), st.lists(st.tuples(st.integers(0, len(ARCHIVE) - 1), st.integers(1, 255)), max_size=6))
def test_cut_or_corrupted_warc_never_crashes(cut, flips):
    data = bytearray(ARCHIVE[:cut])
    for at, mask in flips:
        if at < len(data):
            data[at] ^= mask
    try:
        items = list(read_warc_stream(io.BytesIO(bytes(data)), "fuzz.warc.gz", max_bytes=1_000_000,
                                      tail_check=io.BytesIO(bytes(data))))
    except InputError as exc:
        assert exc.reason
        return
    assert all(isinstance(i, (Document, Rejected)) for i in items)
