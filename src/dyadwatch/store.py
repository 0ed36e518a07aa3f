"""The store: the only module that speaks SQL. An embedded DuckDB file, written idempotently.

- Documents are keyed by id; a document already coded by the same coder version is skipped,
  one coded by another version is replaced whole (its mentions, events and facts with it).
- Every write of a batch is one transaction: a crash leaves the store as it was before the batch,
  and running the same command again finishes the job.
- Rejected inputs are rows with their reason; seeing the same reject again counts an attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from .errors import StoreError
from .records import CODER_VERSION, ActorMention, CodedDocument, Document, Event, Fact, Location, Rejected

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR, source VARCHAR, title VARCHAR, date DATE,
    url VARCHAR, language VARCHAR, text VARCHAR, boilerplate_chars INTEGER,
    coder_version VARCHAR, n_events INTEGER, ingested_at TIMESTAMP,
    author VARCHAR, site_name VARCHAR, duplicate_of VARCHAR, coded BOOLEAN, minhash BLOB
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR, sentence_idx INTEGER, char_start INTEGER, char_end INTEGER, text VARCHAR,
    code VARCHAR, country VARCHAR, role VARCHAR, entry VARCHAR, name VARCHAR,
    PRIMARY KEY (doc_id, char_start, char_end, code)
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, sentence_idx INTEGER, char_start INTEGER,
    char_end INTEGER, sentence VARCHAR, date DATE, date_precision VARCHAR, source VARCHAR,
    target VARCHAR, source_country VARCHAR, target_country VARCHAR, source_text VARCHAR,
    target_text VARCHAR, cameo VARCHAR, cameo_root VARCHAR, plover VARCHAR, quad_class TINYINT,
    goldstein DOUBLE, mode VARCHAR, issues VARCHAR[],
    location STRUCT(name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE),
    rule VARCHAR, coder_version VARCHAR, date_from VARCHAR
);
CREATE TABLE IF NOT EXISTS facts (
    fact_id VARCHAR PRIMARY KEY, doc_id VARCHAR, sentence_idx INTEGER, sentence VARCHAR,
    char_start INTEGER, char_end INTEGER, text VARCHAR, quantity DOUBLE, unit VARCHAR,
    low DOUBLE, high DOUBLE, measure VARCHAR, actors VARCHAR[], period VARCHAR,
    direction VARCHAR, previous DOUBLE
);
CREATE TABLE IF NOT EXISTS rejects (
    source VARCHAR, reason VARCHAR, size BIGINT, first_seen TIMESTAMP, last_seen TIMESTAMP,
    attempts INTEGER, PRIMARY KEY (source, reason)
);
"""

# schema 1 -> 2: documents gained author, site_name, duplicate_of (near-copies, linked, not
# coded), coded (false for duplicates and non-English documents) and minhash (the signature
# near-duplicates are found by, so a later run links copies to documents stored before)
_MIGRATIONS = """
ALTER TABLE documents ADD COLUMN IF NOT EXISTS author VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS site_name VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS coded BOOLEAN;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS minhash BLOB;
"""
DOCUMENT_COLUMNS = [
    "doc_id", "content_hash", "source", "title", "date", "url", "language", "text", "boilerplate_chars",
    "coder_version", "n_events", "ingested_at", "author", "site_name", "duplicate_of", "coded", "minhash",
]
_DOCUMENT_INSERT = f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})"
EVENT_COLUMNS = [f for f in Event.__dataclass_fields__]
FACT_COLUMNS = [f for f in Fact.__dataclass_fields__]
_EVENT_ROW = "({})".format(
    ", ".join(
        "CASE WHEN ? IS NULL THEN NULL ELSE struct_pack(name := ?, country := ?, lat := ?::DOUBLE, lon := ?::DOUBLE) END"
        if c == "location" else "?"
        for c in EVENT_COLUMNS
    )
)
_ROWS_PER_STATEMENT = 200  # multi-row VALUES: far faster than executemany's row-by-row inserts


def _values(n: int) -> str:
    return "(" + ", ".join("?" * n) + ")"


class Store:
    """A DuckDB store. ``Store(":memory:")`` for tests; ``Store(path)`` for a file."""

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; create it with `dyadwatch ingest PATH --db {self.path}`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
        if not read_only:
            self.con.execute(_SCHEMA)
            self.con.execute(_MIGRATIONS)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing
    def coded_ids(self, doc_ids: Sequence[str], coder_version: str | None = None) -> set[str]:
        """The ids among ``doc_ids`` already coded by this (or the given) coder version."""
        coder_version = coder_version or CODER_VERSION
        if not doc_ids:
            return set()
        rows = self.con.execute(
            "SELECT doc_id FROM documents WHERE coder_version = ? AND doc_id IN (SELECT unnest(?))",
            [coder_version, list(doc_ids)],
        ).fetchall()
        return {r[0] for r in rows}

    def write(
        self,
        coded: Iterable[CodedDocument],
        *,
        uncoded: Iterable[Document] = (),
        signatures: Mapping[str, bytes] | None = None,
    ) -> int:
        """Write coded documents in one transaction; returns how many were new or replaced.

        ``uncoded`` documents (near-copies linked by ``duplicate_of``, non-English documents)
        are stored in the same transaction, marked ``coded = false``; ``signatures`` holds
        each document's near-duplicate signature by id. A reject recorded earlier for the
        source of a document now written is removed: the input has been read after all.
        """
        stored_only = [CodedDocument(document=d) for d in uncoded]
        batch = list(coded) + stored_only
        not_coded = {id(c) for c in stored_only}
        done = self.coded_ids([c.document.id for c in batch])
        todo = [c for c in batch if c.document.id not in done]
        if not todo:
            return 0
        signatures = signatures or {}
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        try:
            self.con.execute("BEGIN TRANSACTION")
            ids = [c.document.id for c in todo]
            for table in ("mentions", "events", "facts", "documents"):
                self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
            self.con.executemany(
                _DOCUMENT_INSERT,
                [
                    [d.id, d.content_hash, d.source, d.title, _date_or_none(d.date), d.url, d.language,
                     d.text, d.boilerplate_chars, CODER_VERSION, len(c.events), now, d.author, d.site_name,
                     d.duplicate_of, id(c) not in not_coded, signatures.get(d.id)]
                    for c in todo
                    for d in [c.document]
                ],
            )
            self.con.execute(
                "DELETE FROM rejects WHERE source IN (SELECT unnest(?))", [sorted({c.document.source for c in todo})]
            )
            mention_rows = {
                (c.document.id, m.char_start, m.char_end, m.code): _mention_row(c.document.id, m)
                for c in todo for m in c.actors
            }
            self._insert("INSERT INTO mentions VALUES", _values(10), list(mention_rows.values()))
            event_rows = {e.event_id: _event_row(e) for c in todo for e in c.events}
            self._insert("INSERT INTO events VALUES", _EVENT_ROW, list(event_rows.values()), " ON CONFLICT DO NOTHING")
            fact_rows = {f.fact_id: _fact_row(f) for c in todo for f in c.facts}
            self._insert("INSERT INTO facts VALUES", _values(len(FACT_COLUMNS)), list(fact_rows.values()),
                         " ON CONFLICT DO NOTHING")
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: write failed, nothing of this batch was stored: {exc}") from exc
        return len(todo)

    def _insert(self, head: str, row_sql: str, rows: list[list[Any]], tail: str = "") -> None:
        """INSERT many rows with one statement per chunk of rows."""
        for k in range(0, len(rows), _ROWS_PER_STATEMENT):
            chunk = rows[k:k + _ROWS_PER_STATEMENT]
            sql = f"{head} {', '.join([row_sql] * len(chunk))}{tail}"
            self.con.execute(sql, [value for row in chunk for value in row])

    def reject(self, rejected: Rejected) -> None:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        self.con.execute(
            """INSERT INTO rejects VALUES (?, ?, ?, ?, ?, 1)
               ON CONFLICT (source, reason) DO UPDATE SET last_seen = excluded.last_seen,
               attempts = rejects.attempts + 1, size = excluded.size""",
            [rejected.source, rejected.reason, rejected.size, now, now],
        )

    # ------------------------------------------------------------------ reading
    def events(
        self,
        *,
        dyad: tuple[str, str] | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modes: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        where, params = _event_filters(dyad, actor, since, until, modes)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events {where} ORDER BY date, doc_id, sentence_idx, event_id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = self.con.execute(sql, params).fetchall()
        return [_event_from_row(r) for r in rows]

    def events_frame(
        self,
        *,
        dyad: tuple[str, str] | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modes: Sequence[str] | None = None,
    ) -> "pd.DataFrame":
        """Events as a pandas DataFrame, with the same filters as :meth:`events`.

        Columns: the event record's (``issues`` as tuples, ``date`` as datetime64, ``location`` as a
        dict or None), then ``doc_url``, ``doc_source`` and ``doc_title`` of the event's document.
        """
        where, params = _event_filters(dyad, actor, since, until, modes)
        columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
        sql = (
            f"SELECT {columns}, d.url AS doc_url, d.source AS doc_source, d.title AS doc_title "
            f"FROM (SELECT * FROM events {where}) e LEFT JOIN documents d ON d.doc_id = e.doc_id "
            "ORDER BY e.date, e.doc_id, e.sentence_idx, e.event_id"
        )
        try:
            frame = self.con.execute(sql, params).df()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read events: {exc}") from exc
        frame["issues"] = [tuple(v) if v is not None else () for v in frame["issues"]]
        frame["location"] = [v if isinstance(v, dict) else None for v in frame["location"]]
        return frame

    def documents_frame(self, doc_ids: Sequence[str]) -> "pd.DataFrame":
        """Where the given documents came from: doc_id, source, title, date, url (no text)."""
        sql = ("SELECT doc_id, source, title, date, url FROM documents "
               "WHERE doc_id IN (SELECT unnest(?)) ORDER BY doc_id")
        try:
            return self.con.execute(sql, [list(doc_ids)]).df()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read documents: {exc}") from exc

    def facts(self, *, dyad: tuple[str, str] | None = None, actor: str | None = None,
              measure: str | None = None, limit: int | None = None) -> list[Fact]:
        """Facts concerning an actor or both actors of a dyad (codes match by prefix: JPN, JPNBUS)."""
        clauses, params = [], []
        for code in ([*dyad] if dyad else []) + ([actor] if actor else []):
            clauses.append("len(list_filter(actors, a -> starts_with(a, ?))) > 0")
            params.append(code.upper())
        if measure:
            clauses.append("measure = ?")
            params.append(measure)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT {', '.join(FACT_COLUMNS)} FROM facts {where} ORDER BY doc_id, sentence_idx, char_start"
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = self.con.execute(sql, params).fetchall()
        return [Fact(**{**dict(zip(FACT_COLUMNS, r)), "actors": tuple(r[FACT_COLUMNS.index("actors")] or ())}) for r in rows]

    def dyad_summary(self, *, modes: Sequence[str] = ("asserted",), top: int = 10) -> list[dict[str, Any]]:
        """Undirected country pairs with event counts and their cooperation/conflict balance."""
        sql = """
            SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
                   count(*) AS events,
                   count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
                   count(*) FILTER (WHERE quad_class >= 3) AS conflict,
                   round(sum(goldstein), 1) AS goldstein_sum,
                   round(avg(goldstein), 2) AS goldstein_mean
            FROM events
            WHERE source_country IS NOT NULL AND target_country IS NOT NULL
              AND source_country <> target_country AND mode IN (SELECT unnest(?))
            GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?"""
        cur = self.con.execute(sql, [list(modes), top])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "mentions", "events", "facts", "rejects"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def dedup_keys(self) -> list[tuple[str, str, bytes | None]]:
        """(doc_id, content_hash, minhash) of every stored document that is not a copy."""
        return self.con.execute(
            "SELECT doc_id, content_hash, minhash FROM documents WHERE duplicate_of IS NULL ORDER BY ingested_at, doc_id"
        ).fetchall()

    def rejects(self) -> list[Rejected]:
        rows = self.con.execute("SELECT source, reason, size FROM rejects ORDER BY source").fetchall()
        return [Rejected(source=s, reason=r, size=z) for s, r, z in rows]


def _event_filters(dyad, actor, since, until, modes) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if dyad:
        a, b = (x.upper() for x in dyad)
        clauses.append(
            "((starts_with(source, ?) AND starts_with(target, ?)) OR (starts_with(source, ?) AND starts_with(target, ?)))"
        )
        params += [a, b, b, a]
    if actor:
        clauses.append("(starts_with(source, ?) OR starts_with(target, ?))")
        params += [actor.upper(), actor.upper()]
    if since:
        clauses.append("date >= ?::DATE")
        params.append(since)
    if until:
        clauses.append("date <= ?::DATE")
        params.append(until)
    if modes:
        clauses.append("mode IN (SELECT unnest(?))")
        params.append(list(modes))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _date_or_none(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:10]).date().isoformat()
    except ValueError:
        return None


def _mention_row(doc_id: str, m: ActorMention) -> list[Any]:
    return [doc_id, m.sentence_idx, m.char_start, m.char_end, m.text, m.code, m.country, m.role, m.entry, m.name]


def _event_row(e: Event) -> list[Any]:
    row: list[Any] = []
    for column in EVENT_COLUMNS:
        value = getattr(e, column)
        if column == "location":
            loc = value
            row += [None if loc is None else 1] + (
                [loc.name, loc.country, loc.lat, loc.lon] if loc else [None] * 4
            )
        elif column == "issues":
            row.append(list(value))
        else:
            row.append(value)
    return row


def _event_from_row(row: Sequence[Any]) -> Event:
    data = dict(zip(EVENT_COLUMNS, row))
    data["date"] = data["date"].isoformat() if data["date"] is not None else None
    data["issues"] = tuple(data["issues"] or ())
    loc = data["location"]
    data["location"] = Location(**loc) if loc else None
    return Event(**data)


def _fact_row(f: Fact) -> list[Any]:
    return [f.fact_id, f.doc_id, f.sentence_idx, f.sentence, f.char_start, f.char_end, f.text, f.quantity,
            f.unit, f.low, f.high, f.measure, list(f.actors), f.period, f.direction, f.previous]
