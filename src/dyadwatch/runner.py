"""Ingest runs: inputs -> pipeline -> store, in batches, recording rejects, resumable."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .ingest import IngestOptions, read_inputs
from .ingest.dedup import NearDuplicates
from .ingest.language import is_english
from .pipeline import Pipeline
from .records import CodedDocument, Document, Rejected
from .store import Store

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    documents: int = 0  # documents read from the inputs
    coded: int = 0  # documents coded and written in this run
    skipped: int = 0  # already in the store with the same coder version
    duplicates: int = 0  # the same document read twice in this run (same id)
    near_duplicates: int = 0  # copies of another document: stored, linked by duplicate_of, not coded
    not_english: int = 0  # stored with their language, not coded
    events: int = 0  # events written in this run
    rejected: list[Rejected] = field(default_factory=list)
    boilerplate_chars: int = 0  # characters the cleaner dropped from this run's documents
    current: str = ""  # the input being read (for progress lines)

    def summary(self) -> str:
        return (
            f"{self.documents} documents read: {self.coded} coded ({self.events} events), "
            f"{self.skipped} already in the store, {self.duplicates} duplicates, "
            f"{self.near_duplicates} near-duplicates linked, {self.not_english} not in English, "
            f"{len(self.rejected)} rejected"
        )


def ingest(
    paths: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    *,
    batch_size: int = 32,
    max_bytes: int | None = None,
    options: IngestOptions | None = None,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read, code and store everything under ``paths``; safe to run again after a crash.

    Numbered like the diagram:
    1. read each input into Documents (cleaned, language identified) or Rejected;
    2. record each Rejected in the store;
    3. link near-copies of documents already seen (this run or stored) by ``duplicate_of``;
    4. per batch: skip documents the store already holds for this coder version, code the
       English originals, and write all of them in one transaction (copies and non-English
       documents stored, marked not coded).
    A crash loses at most the batch in flight; running the same command again finishes it.
    """
    report = IngestReport()
    index = NearDuplicates()
    for doc_id, content_hash, blob in store.dedup_keys():
        index.add(doc_id, content_hash, index.from_bytes(blob))
    seen_ids: set[str] = set()
    batch: list[Document] = []
    signatures: dict[str, bytes] = {}

    def flush() -> None:
        done = store.coded_ids([d.id for d in batch])
        todo = [d for d in batch if d.id not in done]
        report.skipped += len(batch) - len(todo)
        to_code = [d for d in todo if d.duplicate_of is None and is_english(d.language)]
        stored_only = [d for d in todo if d.duplicate_of is not None or not is_english(d.language)]
        report.near_duplicates += sum(1 for d in stored_only if d.duplicate_of is not None)
        report.not_english += sum(1 for d in stored_only if d.duplicate_of is None)
        if todo:
            coded = list(pipeline.code(to_code))
            store.write(coded, uncoded=stored_only, signatures={d.id: signatures[d.id] for d in todo if d.id in signatures})
            report.coded += len(coded)
            report.events += sum(len(c.events) for c in coded)
        batch.clear()
        signatures.clear()
        if progress:
            progress(report)

    options = options or IngestOptions(**({"max_bytes": max_bytes} if max_bytes else {}))
    for item in read_inputs(paths, options=options):
        if isinstance(item, Rejected):
            store.reject(item)
            report.rejected.append(item)
            if progress:
                progress(report)
            continue
        report.documents += 1
        report.current = item.source
        if item.id in seen_ids:
            report.duplicates += 1
            continue
        seen_ids.add(item.id)
        item, signature = index.link(item)
        report.boilerplate_chars += item.boilerplate_chars
        blob = index.to_bytes(signature)
        if blob is not None:
            signatures[item.id] = blob
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report


def code_inputs(paths: Sequence[str], pipeline: Pipeline, *, max_bytes: int | None = None,
                options: IngestOptions | None = None) -> Iterable:
    """(CodedDocument | Rejected) for each input, in order, without a store.

    Documents not in English are passed through uncoded (no actors, no events).
    """
    options = options or IngestOptions(**({"max_bytes": max_bytes} if max_bytes else {}))
    pending: list[Document] = []

    def drain() -> Iterable[CodedDocument]:
        english = [d for d in pending if is_english(d.language)]
        coded = {c.document.id: c for c in pipeline.code(english)}
        for d in pending:
            yield coded.get(d.id) or CodedDocument(document=d)
        pending.clear()

    for item in read_inputs(paths, options=options):
        if isinstance(item, Rejected):
            yield from drain()
            yield item
        else:
            pending.append(item)
            if len(pending) >= 16:
                yield from drain()
    yield from drain()
