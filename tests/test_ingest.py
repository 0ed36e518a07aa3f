import io
import json
from pathlib import Path

import pytest

from dyadwatch.ingest import expand_paths, read_inputs
from dyadwatch.records import Document, Rejected

DATA = Path(__file__).parent / "data"


def _read(*paths):
    return list(read_inputs([str(p) for p in paths]))


def test_text_file_becomes_a_document_with_title():
    (doc,) = _read(DATA / "article.txt")
    assert isinstance(doc, Document)
    assert doc.title == "Japan and Russia resume talks on island dispute"
    assert "Sergei Lavrov" in doc.text and doc.source.endswith("article.txt")


def test_html_keeps_article_drops_scripts_navigation_and_asides():
    (doc,) = _read(DATA / "article.html")
    assert doc.title == "Japan imposes new sanctions on Russia"
    assert doc.date == "2014-08-05"
    assert doc.url == "https://example.org/news/japan-sanctions"
    assert "freezing the assets" in doc.text and "criticized Japan" in doc.text
    for furniture in ("tracker", "Skip to main content", "video game", "Copyright"):
        assert furniture not in doc.text
    assert doc.boilerplate_chars > 0


def test_jsonl_reads_good_lines_and_rejects_bad_ones_with_line_numbers():
    items = _read(DATA / "articles.jsonl")
    docs = [i for i in items if isinstance(i, Document)]
    rejects = [i for i in items if isinstance(i, Rejected)]
    assert [d.id for d in docs] == ["a1", "a2", "a4"]
    assert docs[0].date == "2013-04-29" and docs[0].url == "https://example.org/news/a1"
    assert "accused Russia" in docs[2].text
    assert {r.source.rsplit(":", 1)[1] for r in rejects} == {"3", "4"}
    assert "invalid JSON" in rejects[0].reason and "text" in rejects[1].reason


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (item,) = _read(path)
    assert isinstance(item, Rejected)
    assert item.source == str(path) and reason in item.reason


def test_missing_file_is_rejected():
    (item,) = _read("/nonexistent/dir/story.txt")
    assert isinstance(item, Rejected) and item.reason == "no such file"


def test_oversized_file_is_rejected(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Japan met Russia. " * 100)
    (item,) = list(read_inputs([str(path)], max_bytes=500))
    assert isinstance(item, Rejected) and "limit" in item.reason


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("Japan\x92s envoy met Russia\x92s minister \x96 briefly.".encode("latin-1"))
    (doc,) = _read(path)
    assert "Japan’s envoy" in doc.text


def test_folders_are_walked_and_globs_expanded(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Japan met Russia.")
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>China met India.</p></body></html>")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    assert len(list(expand_paths([str(tmp_path)]))) == 2
    assert [Path(p).name for p in expand_paths([str(tmp_path / "*.txt")])] == ["a.txt"]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Japan met Russia on Monday.")))
    (doc,) = list(read_inputs(["-"]))
    assert doc.source == "<stdin>" and doc.text == "Japan met Russia on Monday."


def test_stdin_jsonl_is_sniffed(monkeypatch):
    line = json.dumps({"id": "x", "text": "Japan met Russia."}).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(line)))
    (doc,) = list(read_inputs(["-"]))
    assert doc.id == "x"




def test_html_with_control_characters_after_a_dropped_element():
    # found by the fuzz test: lxml refuses to move text with control characters when a script goes
    import lxml.html

    from dyadwatch.ingest.html import _lxml_extract

    root = lxml.html.document_fromstring("<html><body><p>Japan imposed sanctions on Russia.</p>"
                                         "<script>x()</script>\x01tail</body></html>")
    text = _lxml_extract(root)["text"]
    assert "Japan imposed sanctions on Russia." in text and "x()" not in text
