import duckdb
import pytest

from dyadwatch.records import CodedDocument, Document, Event, Rejected
from dyadwatch.store import Store


def _event(doc_id, src="JPN", tgt="RUS", cameo="040", quad=1, gold=1.0, mode="asserted", date="2014-01-01"):
    return Event(
        event_id=Event.make_id(doc_id, 0, src, tgt, cameo), doc_id=doc_id, sentence_idx=0, char_start=0,
        char_end=5, sentence="s", date=date, date_precision="day", source=src, target=tgt,
        source_country=src[:3], target_country=tgt[:3], source_text=src, target_text=tgt, cameo=cameo,
        cameo_root=cameo[:2], plover="CONSULT", quad_class=quad, goldstein=gold, mode=mode,
    )


def _coded(doc_id, *events):
    return CodedDocument(document=Document.from_text(f"text of {doc_id}", id=doc_id, date="2014-01-01"), events=events)


def test_write_is_idempotent(store):
    batch = [_coded("d1", _event("d1")), _coded("d2", _event("d2", "RUS", "JPN", "163", 4, -8.0))]
    assert store.write(batch) == 2
    assert store.write(batch) == 0
    assert store.counts()["events"] == 2 and store.counts()["documents"] == 2


def test_new_coder_version_replaces_a_document_whole(store, monkeypatch):
    store.write([_coded("d1", _event("d1"), _event("d1", "JPN", "CHN"))])
    monkeypatch.setattr("dyadwatch.store.CODER_VERSION", "9.9")
    store.write([_coded("d1", _event("d1"))])
    assert store.counts()["events"] == 1
    assert store.con.execute("SELECT coder_version FROM documents").fetchone()[0] == "9.9"


def test_failed_batch_leaves_the_store_as_it_was(store, monkeypatch):
    store.write([_coded("d1", _event("d1"))])
    bad = _coded("d2", _event("d2"))
    real = store.con.execute

    def explode(sql, params=None):
        if sql.startswith("INSERT INTO events"):
            raise duckdb.Error("disk on fire")
        return real(sql, params)

    monkeypatch.setattr(store, "con", _Proxy(store.con, execute=explode))
    with pytest.raises(Exception, match="nothing of this batch"):
        store.write([bad])
    monkeypatch.undo()
    assert store.counts()["documents"] == 1 and store.counts()["events"] == 1
    assert store.write([bad]) == 1  # the re-run finishes the job


class _Proxy:
    def __init__(self, con, **overrides):
        self._con, self._over = con, overrides

    def __getattr__(self, name):
        return self._over.get(name) or getattr(self._con, name)


def test_rejects_are_counted_not_duplicated(store):
    store.reject(Rejected("a.txt", "empty file", 0))
    store.reject(Rejected("a.txt", "empty file", 0))
    assert store.con.execute("SELECT count(*), max(attempts) FROM rejects").fetchone() == (1, 2)
    assert store.rejects() == [Rejected("a.txt", "empty file", 0)]


def test_event_filters(store):
    store.write([
        _coded("d1", _event("d1", "JPNGOV", "RUS"), _event("d1", "CHN", "USA", "111", 3, -2.0, date="2015-05-01")),
        _coded("d2", _event("d2", "RUS", "JPN", "163", 4, -8.0, mode="planned")),
    ])
    assert len(store.events(dyad=("JPN", "RUS"))) == 2
    assert len(store.events(dyad=("JPNGOV", "RUS"))) == 1
    assert len(store.events(actor="usa")) == 1
    assert len(store.events(since="2015-01-01")) == 1
    assert len(store.events(until="2014-12-31")) == 2
    assert len(store.events(modes=["planned"])) == 1
    assert len(store.events(limit=1)) == 1


def test_dyad_summary_counts_asserted_events(store):
    store.write([
        _coded("d1", _event("d1", "JPN", "RUS"), _event("d1", "RUS", "JPN", "163", 4, -8.0)),
        _coded("d2", _event("d2", "RUS", "JPN", "111", 3, -2.0, mode="planned")),
    ])
    (row,) = store.dyad_summary()
    assert row == {"a": "JPN", "b": "RUS", "events": 2, "cooperation": 1, "conflict": 1,
                   "goldstein_sum": -7.0, "goldstein_mean": -3.5}


def test_file_store_persists(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.write([_coded("d1", _event("d1"))])
    with Store(path, read_only=True) as s:
        assert s.counts()["events"] == 1


def test_missing_store_read_only_says_how_to_create_it(tmp_path):
    from dyadwatch.errors import StoreError

    with pytest.raises(StoreError, match="dyadwatch ingest"):
        Store(tmp_path / "none.duckdb", read_only=True)
