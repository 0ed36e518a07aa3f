"""Ingest runs into the store: language marking, near-duplicate links, rejects, summaries,
the extract command, and a resume after SIGKILL."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from dyadwatch.cli import main
from dyadwatch.runner import code_inputs, ingest
from dyadwatch.store import Store

DATA = Path(__file__).parent / "data"
INGEST = DATA / "ingest"


def _rows(store, sql):
    return store.con.execute(sql).fetchall()


def test_ingest_marks_language_links_copies_and_records_rejects(store, pipeline, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [INGEST / "pages" / "wordpress_pipeline.txt", INGEST / "html" / "energy_digest_repost.html",
             INGEST / "dump.jsonl", INGEST / "crawl.warc.gz", INGEST / "feed_fulltext.rss", empty]
    report = ingest([str(p) for p in paths], store, pipeline, batch_size=4)
    docs = {r[0]: r[1:] for r in _rows(store, "SELECT doc_id, language, duplicate_of, coded, n_events, source FROM documents")}
    original = next(k for k, v in docs.items() if v[4].endswith("wordpress_pipeline.txt"))
    copies = sorted(k for k, v in docs.items() if v[1] == original)
    assert len(copies) == 2  # the HTML repost and the syndicated JSONL text
    assert report.duplicates == 1  # the WARC record of the repost: the same text, the same id
    assert all(docs[c][2] is False and docs[c][3] == 0 for c in copies)
    assert docs["sahel-fr"][:3] == ("fr", None, False) and docs["de-1"][0] == "de" and docs["de-1"][2] is False
    assert docs[original][2] is True and docs[original][3] > 0
    assert report.near_duplicates == 2 and report.not_english == 2
    rejects = dict(_rows(store, "SELECT source, reason FROM rejects"))
    assert rejects[str(empty)] == "empty file" and any("invalid JSON" in r for r in rejects.values())
    assert any("holds no text" in r for r in rejects.values())
    assert report.coded == sum(1 for v in docs.values() if v[2]) and len(report.rejected) == len(rejects)
    assert "1 duplicates, 2 near-duplicates linked, 2 not in English" in report.summary()


def test_a_later_run_links_copies_to_documents_stored_before(store, pipeline):
    ingest([str(INGEST / "pages" / "wordpress_pipeline.txt")], store, pipeline)
    report = ingest([str(INGEST / "html" / "energy_digest_repost.html")], store, pipeline)
    assert report.near_duplicates == 1
    ((dup_of, coded),) = _rows(store, "SELECT duplicate_of, coded FROM documents WHERE duplicate_of IS NOT NULL")
    ((original,),) = _rows(store, "SELECT doc_id FROM documents WHERE duplicate_of IS NULL")
    assert dup_of == original and coded is False


def test_a_reject_that_later_reads_is_cleared(store, pipeline, tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(b"")
    ingest([str(path)], store, pipeline)
    assert store.counts()["rejects"] == 1
    path.write_text("Japan imposed sanctions on Russia on Tuesday.")
    ingest([str(path)], store, pipeline)
    assert store.counts()["rejects"] == 0 and store.counts()["documents"] == 1


def test_code_passes_non_english_documents_through_uncoded(pipeline):
    out = list(code_inputs([str(INGEST / "dump.jsonl")], pipeline))
    by_id = {o.document.id: o for o in out if hasattr(o, "document")}
    assert by_id["de-1"].events == () and by_id["de-1"].actors == ()
    assert by_id["short-1"].events


def test_old_store_gains_the_new_columns(tmp_path, pipeline):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("""CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR, source VARCHAR,
        title VARCHAR, date DATE, url VARCHAR, language VARCHAR, text VARCHAR, boilerplate_chars INTEGER,
        coder_version VARCHAR, n_events INTEGER, ingested_at TIMESTAMP)""")
    con.execute("INSERT INTO documents VALUES ('old', 'h', 's', 't', NULL, NULL, 'en', 'x', 0, '0.0.1', 0, NULL)")
    con.close()
    with Store(db) as store:
        ingest([str(DATA / "article.txt")], store, pipeline)
        assert store.counts()["documents"] == 2
        assert _rows(store, "SELECT count(*) FROM documents WHERE coded")[0][0] == 1


# ----------------------------------------------------------------------------- the CLI
def test_ingest_cli_names_each_bad_input_and_exits_0_or_1_with_strict(runner, tmp_path):
    db = str(tmp_path / "s.duckdb")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    args = ["ingest", str(INGEST / "crawl_truncated.warc.gz"), str(binary), str(tmp_path / "missing.html"), "--db", db]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert f"dyadwatch: rejected {binary}: binary file" in err
    assert f"dyadwatch: rejected {tmp_path / 'missing.html'}: no such file" in err
    assert "record cut off: the WARC file is truncated" in err
    assert "ingest: " in err  # progress
    assert err.strip().splitlines()[-1].startswith("2 documents read: 2 coded")
    assert runner.invoke(main, [*args, "--strict"]).exit_code == 1


def test_extract_json_prints_clean_documents_without_coding(runner):
    result = runner.invoke(main, ["extract", str(INGEST / "pages" / "newsroom_border.txt"),
                                  str(INGEST / "pages" / "french_sahel.txt"), "--json"])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert set(first) >= {"id", "source", "title", "date", "url", "language", "text", "boilerplate_chars"}
    assert first["title"] == "India and China agree to pull back troops from a second friction point"
    assert first["date"] == "2021-02-21" and first["language"] == "en" and first["boilerplate_chars"] > 500
    assert "Most read" not in first["text"] and second["language"] == "fr"


def test_extract_text_and_a_reject(runner, tmp_path):
    bad = tmp_path / "x.html"
    bad.write_text("<html><script>only()</script></html>")
    result = runner.invoke(main, ["extract", str(INGEST / "html" / "sahel_monitor.html"), str(bad)])
    assert result.exit_code == 1
    assert result.stdout.startswith("== Mali and Niger restart joint border patrols  (2019-03-13; en;")
    assert result.stderr.strip() == f"dyadwatch: {bad}: HTML page holds no text (only scripts, styles or markup)"


# ----------------------------------------------------------------------------- crash and resume
def _corpus(path: Path) -> int:
    rng = random.Random(7)
    countries = ["Japan", "Russia", "China", "India", "France", "Germany", "Brazil", "Turkey", "Iran", "Egypt"]
    verbs = ["held talks with", "criticised", "signed a trade deal with", "imposed sanctions on", "met officials from"]
    lines = []
    for i in range(100):
        a, b = rng.sample(countries, 2)
        text = f"{a} {rng.choice(verbs)} {b} in Geneva on day {i} of the session, officials said."
        lines.append(json.dumps({"id": f"d{i:03d}", "date": "2015-06-01", "text": text}))
    repost = (INGEST / "pages" / "wordpress_pipeline.expected.txt").read_text()
    for j, at in enumerate((15, 55, 98)):  # the same story three times, far apart
        lines.insert(at, json.dumps({"id": f"repost{j}", "text": repost + ("\n\nRepublished." if j else "")}))
    lines.insert(70, "{broken")
    path.write_text("\n".join(lines) + "\n")
    return len(lines) - 1


def _dyadwatch() -> list[str]:
    script = Path(sys.executable).parent / "dyadwatch"
    return [str(script)] if script.exists() else [sys.executable, "-m", "dyadwatch.cli"]


def _snapshot(db: Path):
    with Store(db, read_only=True) as s:
        docs = sorted(s.con.execute("SELECT doc_id, duplicate_of, coded, n_events FROM documents").fetchall())
        events = sorted(r[0] for r in s.con.execute("SELECT event_id FROM events").fetchall())
        rejects = s.con.execute("SELECT source, reason FROM rejects").fetchall()
    return docs, events, rejects


def test_sigkill_midway_then_the_same_command_finishes_with_nothing_lost_or_duplicated(
    tmp_path, runner, pipeline, monkeypatch,
):
    corpus = tmp_path / "corpus.jsonl"
    n_docs = _corpus(corpus)
    db = tmp_path / "killed.duckdb"
    args = ["ingest", str(corpus), "--db", str(db), "--batch-size", "10"]
    proc = subprocess.Popen([*_dyadwatch(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:  # wait until a batch has been stored
            line = proc.stderr.readline()
            if not line:
                break
            if line.startswith("ingest:") and " 0 coded" not in line:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with Store(db, read_only=True) as s:
        partial = s.counts()["documents"]
    assert 0 < partial < n_docs  # killed midway

    monkeypatch.setattr("dyadwatch.pipeline.Pipeline", lambda options: pipeline)  # the model is loaded already
    rerun = runner.invoke(main, args)
    assert rerun.exit_code == 0, rerun.output
    assert f"{partial} already in the store" in rerun.stderr

    clean = tmp_path / "clean.duckdb"
    with Store(clean) as store:
        ingest([str(corpus)], store, pipeline, batch_size=128)
    killed_docs, killed_events, killed_rejects = _snapshot(db)
    clean_docs, clean_events, clean_rejects = _snapshot(clean)
    assert len(killed_docs) == n_docs and killed_docs == clean_docs  # nothing lost, links and flags alike
    assert killed_events == clean_events and len(set(killed_events)) == len(killed_events)
    assert [r[1] for r in killed_rejects] == [r[1] for r in clean_rejects]
    copies = [d for d in killed_docs if d[1] is not None]
    assert {d[0] for d in copies} == {"repost1", "repost2"} and {d[1] for d in copies} == {"repost0"}
