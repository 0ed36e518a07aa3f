"""Every source kind: HTML, plain text, JSONL, WARC, feeds, URLs (a local server, no network),
and the bad inputs each must turn into one clear reject."""

import gzip
import http.server
import importlib.util
import io
import json
import threading
import time
from pathlib import Path

import pytest

from dyadwatch.ingest import IngestOptions, expand_paths, extract_documents, read_data, read_inputs, sniff
from dyadwatch.ingest.dedup import NearDuplicates
from dyadwatch.ingest.files import decode
from dyadwatch.ingest.language import identify
from dyadwatch.ingest.url import Fetcher
from dyadwatch.records import Document, Rejected

DATA = Path(__file__).parent / "data"
INGEST = DATA / "ingest"
_spec = importlib.util.spec_from_file_location("make_fixtures", INGEST / "make_fixtures.py")
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)


def _read(*paths, **options):
    return list(read_inputs([str(p) for p in paths], options=IngestOptions(**options)))


def _docs(items):
    return [i for i in items if isinstance(i, Document)]


def _rejects(items):
    return [i for i in items if isinstance(i, Rejected)]


# ----------------------------------------------------------------------------- HTML
def test_html_article_fixture_keeps_title_date_and_canonical_url():
    (doc,) = _read(DATA / "article.html")
    assert doc.title == "Japan imposes new sanctions on Russia"
    assert doc.date == "2014-08-05" and doc.url == "https://example.org/news/japan-sanctions"
    assert doc.language == "en"


def test_html_page_metadata_and_furniture():
    (doc,) = _read(INGEST / "html" / "sahel_monitor.html")
    assert doc.title == "Mali and Niger restart joint border patrols"
    assert doc.date == "2019-03-13" and doc.author == "Aminata Diallo" and doc.site_name == "Sahel Monitor"
    assert doc.url == "https://sahelmonitor.example/2019/03/mali-niger-patrols"
    assert doc.text.startswith("Mali and Niger restart joint border patrols\n\n")
    assert "A border that no one controls" in doc.text  # section heading kept
    assert "ready to support the patrols with air cover." in doc.text  # last paragraph kept
    for furniture in ("cookies", "Getty", "Share on", "Burkina Faso closes", "Finally some cooperation",
                      "weekly briefing", "All rights reserved", "dataLayer", "Advertisement"):
        assert furniture not in doc.text, furniture
    assert doc.boilerplate_chars > 300


def test_html_without_text_is_rejected_with_the_reason(tmp_path):
    (item,) = _read(INGEST / "html" / "script_laden.html")
    assert isinstance(item, Rejected) and "no article text" in item.reason
    bare = tmp_path / "bare.html"
    bare.write_text("<html><head><script>" + "var a = 1;" * 50_000 + "</script></head><body></body></html>")
    (item,) = _read(bare)
    assert isinstance(item, Rejected) and "holds no text" in item.reason


def test_deeply_nested_html_is_rejected_or_read_without_crashing(tmp_path):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 100_000 + "<p>Japan met Russia in Tokyo today.</p>" + "</div>" * 100_000)
    (item,) = _read(deep)
    assert isinstance(item, Rejected) and "nested more than 255 levels" in item.reason
    shallow = tmp_path / "ok.html"
    shallow.write_text("<html><body>" + "<div>" * 200 + "<p>Japan met Russia in Tokyo today.</p>" + "</div>" * 200)
    (doc,) = _read(shallow)
    assert doc.text == "Japan met Russia in Tokyo today."


# ----------------------------------------------------------------------------- plain text
def test_plain_text_page_is_cleaned_and_keeps_its_title_line():
    (doc,) = _read(INGEST / "pages" / "blogger_sanctions.txt")
    assert doc.title == "Tokyo's new sanctions test the thaw with Moscow" and doc.date == "2014-08-07"
    assert doc.text.splitlines()[0] == doc.title
    assert "Popular posts" not in doc.text and "Getty" not in doc.text
    assert doc.boilerplate_chars > 1000


def test_wrongly_encoded_text_is_decoded_or_refused():
    assert decode("Japan’s envoy".encode("utf-8").decode("cp1252").encode("utf-8"), "x") == "Japan’s envoy"
    assert decode("Japan met Russia.".encode("utf-16-le"), "x") == "Japan met Russia."
    assert decode(b"<meta charset=\"shift_jis\">" + "日本".encode("shift_jis"), "x", charset="shift_jis").endswith("日本")
    truncated = "Moscow – Tokyo".encode("utf-8")[:-1] + "é".encode("utf-8")[:1]
    assert decode(truncated, "x").startswith("Moscow – Tok")
    with pytest.raises(Exception, match="not UTF-8 or Windows-1252"):
        decode(b"Japan \x81\x8d\x8f\x90\x9d met Russia \xff\xfe\x81", "x")


def test_a_file_over_the_size_limit_is_rejected_before_reading(tmp_path):
    big = tmp_path / "big.html"
    with big.open("wb") as fh:  # 50 MB, sparse: nothing is written but the size
        fh.truncate(50 * 10**6)
    (item,) = _read(big)
    assert isinstance(item, Rejected) and item.reason == "file is 47.7 MB, over the 20 MB limit for one document"
    assert item.size == 50 * 10**6


# ----------------------------------------------------------------------------- JSONL
def test_jsonl_dump_reads_text_html_and_rejects_broken_lines():
    items = _read(INGEST / "dump.jsonl")
    by_id = {d.id: d for d in _docs(items)}
    assert set(by_id) == {"eurasia-0515", "sahel-fr", "arctic", "de-1", "short-1"}
    assert by_id["eurasia-0515"].source == "Eurasia Desk" and by_id["eurasia-0515"].date == "2015-05-15"
    assert by_id["sahel-fr"].language == "fr" and by_id["de-1"].language == "de"
    assert "Follow" not in by_id["arctic"].text.split("\n") and by_id["arctic"].boilerplate_chars > 0
    assert by_id["short-1"].text == "The United States imposed sanctions on Russian officials on Monday."
    reasons = {r.source.rsplit(":", 1)[1]: r.reason for r in _rejects(items)}
    assert reasons["3"].startswith("invalid JSON") and "page furniture" in reasons["4"]
    assert "no \"text\" or \"html\"" in reasons["7"] and "JSON object" in reasons["8"]


def test_jsonl_is_streamed_and_a_huge_line_is_rejected_alone(tmp_path):
    path = tmp_path / "big.jsonl"
    good = json.dumps({"id": "ok", "text": "Japan met Russia on Monday."})
    path.write_text(good + "\n" + json.dumps({"id": "huge", "text": "x " * 600_000}) + "\n" + good.replace("ok", "ok2") + "\n")
    items = _read(path, max_bytes=1_000_000)
    assert [d.id for d in _docs(items)] == ["ok", "ok2"]
    (rej,) = _rejects(items)
    assert rej.source.endswith(":2") and "line longer than" in rej.reason and rej.size > 1_000_000


def test_binary_or_non_jsonl_files_are_one_reject(tmp_path):
    png = tmp_path / "image.jsonl"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (item,) = _read(png)
    assert isinstance(item, Rejected) and item.source == str(png) and "binary" in item.reason
    prose = tmp_path / "notes.jsonl"
    prose.write_text("\n".join(f"line {i} of notes" for i in range(50)))
    items = _read(prose)
    assert len(items) == 21 and "not JSON Lines" in items[-1].reason and items[-1].source == str(prose)


# ----------------------------------------------------------------------------- WARC
def test_warc_gz_yields_pages_and_skips_other_records():
    items = _read(INGEST / "crawl.warc.gz")
    docs = _docs(items)
    assert [d.url for d in docs] == [
        "https://sahelmonitor.example/2019/03/mali-niger-patrols", "https://wire.example/aegean.txt",
        "https://energydigest.example/2015/05/15/baku-ashgabat-trans-caspian",
    ]
    assert docs[0].title == "Mali and Niger restart joint border patrols" and docs[0].source.startswith(str(INGEST / "crawl.warc.gz#"))
    assert docs[1].title.startswith("Greece and Turkey agree")
    (rej,) = _rejects(items)
    assert "holds no text" in rej.reason and "https://blank.example/" in rej.reason


def test_truncated_warc_keeps_complete_records_and_rejects_the_cut_one():
    items = _read(INGEST / "crawl_truncated.warc.gz")
    assert len(_docs(items)) == 2
    assert "record cut off: the WARC file is truncated" in _rejects(items)[-1].reason


@pytest.mark.parametrize("gz", [True, False])
def test_warc_cut_anywhere_never_loses_complete_records(tmp_path, gz):
    records = fixtures.crawl_records()
    full = fixtures.build_warc(records, gz=gz)
    sizes = [len(fixtures.build_warc([r], gz=gz)) for r in records]
    path = tmp_path / ("c.warc.gz" if gz else "c.warc")
    for cut in (sizes[0] + 10, sum(sizes[:3]) - 5, sum(sizes[:3]) + 5, len(full) - 40, len(full)):
        path.write_bytes(full[:cut])
        items = _read(path)
        pages_complete = sum(1 for i, r in enumerate(records) if sum(sizes[: i + 1]) <= cut and i in (2, 6, 8))
        assert len(_docs(items)) == pages_complete, cut
        if cut < len(full):
            assert any("truncated" in r.reason for r in _rejects(items)), cut
        else:
            assert not any("truncated" in r.reason for r in _rejects(items))


def test_garbage_named_warc_is_one_reject(tmp_path):
    path = tmp_path / "x.warc"
    path.write_bytes(b"this is not an archive\n" * 20)
    (item,) = _read(path)
    assert isinstance(item, Rejected) and "not a WARC file" in item.reason


# ----------------------------------------------------------------------------- feeds
def test_full_text_rss_is_read_without_the_network():
    docs = list(read_inputs([str(INGEST / "feed_fulltext.rss")], fetcher=_NoNetwork()))
    assert [d.title for d in docs] == [
        "Kazakhstan and China open a second rail crossing at Khorgos", "Chile and Bolivia take their water dispute to The Hague",
    ]
    assert docs[0].date == "2016-11-08" and docs[0].url == "https://steppe.example/2016/11/khorgos-second-crossing"
    assert docs[0].source == docs[0].url and "dry port" in docs[0].text


class _NoNetwork(Fetcher):
    def fetch(self, url):
        raise AssertionError(f"network used for {url}")


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><catalog><book>Japan</book></catalog>")
    (item,) = _read(path)
    assert isinstance(item, Rejected) and "not an RSS or Atom feed" in item.reason


# ----------------------------------------------------------------------------- URLs and feeds over HTTP
class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}
    seen: list = []

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        _Handler.seen.append((self.path, self.headers.get("User-Agent", "")))
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status, ctype, body, extra = route
        if callable(body):
            body(self)
            return
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in extra.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _hang(handler):
    time.sleep(3)


def _drip(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    try:
        for _ in range(30):
            handler.wfile.write(b"<p>Japan and Russia</p>")
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def _huge(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    try:
        for _ in range(300):
            handler.wfile.write(b"<p>" + b"Japan met Russia. " * 1000 + b"</p>")
    except OSError:
        pass


@pytest.fixture(scope="module")
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    html_page = (INGEST / "html" / "sahel_monitor.html").read_bytes()
    feed = (INGEST / "feed_links.atom.tmpl").read_text().replace("{base}", base).encode()
    _Handler.routes = {
        "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n", {}),
        "/news/sahel.html": (200, "text/html; charset=utf-8", html_page, {}),
        "/news/aegean.txt": (200, "text/plain; charset=utf-8", (INGEST / "pages" / "wire_aegean.txt").read_bytes(), {}),
        "/private/inside.html": (200, "text/html", html_page, {}),
        "/old": (301, "text/html", b"", {"Location": "/news/sahel.html"}),
        "/loop": (302, "text/html", b"", {"Location": "/loop"}),
        "/feed.atom": (200, "application/atom+xml", feed, {}),
        "/feed-as-text": (200, "text/plain", feed, {}),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100), {}),
        "/slow": (200, "text/html", _hang, {}),
        "/drip": (200, "text/html", _drip, {}),
        "/huge": (200, "text/html", _huge, {}),
        "/empty": (200, "text/html", b"", {}),
    }
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield base
    srv.shutdown()
    srv.server_close()


def _fetch_all(*urls, timeout=1.0, max_bytes=2_000_000):
    return list(read_inputs(list(urls), options=IngestOptions(timeout=timeout, max_bytes=max_bytes)))


def test_url_page_is_fetched_with_a_clear_user_agent(server):
    _Handler.seen.clear()
    (doc,) = _fetch_all(f"{server}/news/sahel.html")
    assert doc.title == "Mali and Niger restart joint border patrols" and doc.source == f"{server}/news/sahel.html"
    assert doc.url == "https://sahelmonitor.example/2019/03/mali-niger-patrols"  # the page's canonical URL
    paths = [p for p, _ in _Handler.seen]
    assert paths == ["/robots.txt", "/news/sahel.html"]
    assert all(ua.startswith("dyadwatch/") for _, ua in _Handler.seen)


def test_url_redirect_text_and_content_types(server):
    doc, text_doc = _fetch_all(f"{server}/old", f"{server}/news/aegean.txt")
    assert doc.title == "Mali and Niger restart joint border patrols"
    assert text_doc.title.startswith("Greece and Turkey") and text_doc.url == f"{server}/news/aegean.txt"


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/private/inside.html", "robots.txt disallows dyadwatch"),
        ("/missing", "HTTP 404"),
        ("/slow", "no answer within 1 s"),
        ("/drip", "no complete answer within 1 s"),
        ("/huge", "larger than the 1.9 MB limit"),
        ("/image.png", "unsupported content type 'image/png'"),
        ("/loop", "more than 5 redirects"),
        ("/empty", "empty input"),
    ],
)
def test_url_failures_are_one_reject_each(server, path, reason):
    started = time.monotonic()
    (item,) = _fetch_all(f"{server}{path}")
    assert isinstance(item, Rejected) and item.source == f"{server}{path}"
    assert reason in item.reason
    assert time.monotonic() - started < 3


def test_unreachable_host_and_bad_robots(server):
    (item,) = _fetch_all("http://127.0.0.1:9/news.html")  # the discard port: nothing listens
    assert isinstance(item, Rejected) and "robots.txt could not be read" in item.reason


def test_feed_over_http_fetches_linked_articles_and_rejects_bad_entries(server):
    items = _fetch_all(f"{server}/feed.atom")
    docs = _docs(items)
    assert [d.title for d in docs][0] == "Mali and Niger restart joint border patrols"
    assert docs[0].date == "2019-03-13" and docs[0].source == f"{server}/news/sahel.html"
    assert docs[1].title.startswith("Greece and Turkey") and docs[1].date == "2020-09-22"
    reasons = {r.source.rsplit("/", 1)[-1]: r.reason for r in _rejects(items)}
    assert "robots.txt disallows" in reasons["inside.html"] and "no answer within" in reasons["slow"]
    assert "HTTP 404" in reasons["missing"] and all("feed.atom" in r for r in reasons.values())
    (again,) = _docs(_fetch_all(f"{server}/feed-as-text"))[:1]  # a feed served as text/plain
    assert again.title == docs[0].title


def test_no_network_without_urls_or_feeds(monkeypatch):
    import httpx

    def refuse(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(httpx.Client, "send", refuse)
    items = _read(DATA / "article.txt", DATA / "article.html", INGEST / "crawl.warc.gz", INGEST / "dump.jsonl")
    assert len(_docs(items)) >= 8


# ----------------------------------------------------------------------------- language, dedup, sniffing
def test_language_identification():
    assert identify("Japan met Russia on Monday.") == "en"
    assert identify("Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen.") == "de"
    assert identify("Le Japon a imposé mardi de nouvelles sanctions à la Russie.") == "fr"
    assert identify("Abe Putin") is None


def test_reposts_are_linked_to_the_first_copy():
    docs = _docs(extract_documents([
        str(INGEST / "pages" / "wordpress_pipeline.txt"), str(INGEST / "html" / "energy_digest_repost.html"),
        str(INGEST / "dump.jsonl"), str(INGEST / "pages" / "blogger_sanctions.txt"),
    ]))
    original, repost = docs[0], docs[1]
    syndicated = next(d for d in docs if d.id == "eurasia-0515")
    assert original.duplicate_of is None
    assert repost.duplicate_of == original.id and syndicated.duplicate_of == original.id
    assert all(d.duplicate_of is None for d in docs if d not in (repost, syndicated))


def test_dedup_index_round_trips_signatures_and_ignores_short_texts():
    index = NearDuplicates()
    text = (INGEST / "pages" / "wordpress_pipeline.expected.txt").read_text()
    sig = index.signature(text)
    back = index.from_bytes(index.to_bytes(sig))
    assert back.jaccard(sig) == 1.0
    assert index.signature("Japan met Russia on Monday.") is None
    index.add("a", "h1", sig)
    assert index.find("h2", back).doc_id == "a" and index.find("h1", None).doc_id == "a"
    assert index.find("h3", index.signature((INGEST / "pages" / "medium_arctic.expected.txt").read_text())) is None


@pytest.mark.parametrize(
    "data, kind",
    [(b"WARC/1.0\r\n", "warc"), (b"<?xml version='1.0'?><rss version='2.0'>", "feed"), (b"<!DOCTYPE html><p>x", "html"),
     (b'{"id": 1}', "jsonl"), (b"Japan met Russia.", "text"), (b"\x1f\x8b\x08", "gzip")],
)
def test_sniff(data, kind):
    assert sniff(data) == kind


def test_read_data_rejects_gzip_and_empty():
    with pytest.raises(Exception, match="gzip-compressed"):
        list(read_data(gzip.compress(b"hello"), "x"))
    with pytest.raises(Exception, match="empty"):
        list(read_data(b"  \n", "x"))


def test_stdin_jsonl_is_streamed(monkeypatch):
    lines = "\n".join(json.dumps({"id": f"d{i}", "text": f"Japan met Russia on day {i}."}) for i in range(3000))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    docs = list(read_inputs(["-"]))
    assert len(docs) == 3000 and docs[-1].id == "d2999"


def test_folders_include_warc_and_feeds(tmp_path):
    for name in ("a.warc.gz", "b.rss", "c.atom", "d.html", "e.jsonl", "f.txt", "g.bin", "h.gz"):
        (tmp_path / name).write_bytes(b"x")
    assert sorted(Path(p).name for p in expand_paths([str(tmp_path)])) == [
        "a.warc.gz", "b.rss", "c.atom", "d.html", "e.jsonl", "f.txt",
    ]
