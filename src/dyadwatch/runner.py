"""Ingest runs: inputs -> pipeline -> store, in batches, recording rejects, resumable."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .ingest import DEFAULT_MAX_BYTES, read_inputs
from .pipeline import Pipeline
from .records import Document, Rejected
from .store import Store

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    documents: int = 0  # documents read from the inputs
    coded: int = 0  # documents coded and written in this run
    skipped: int = 0  # already in the store with the same coder version
    duplicates: int = 0  # same text as another document of this run
    events: int = 0  # events written in this run
    rejected: list[Rejected] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.documents} documents read: {self.coded} coded ({self.events} events), "
            f"{self.skipped} already in the store, {self.duplicates} duplicates, "
            f"{len(self.rejected)} rejected"
        )


def ingest(
    paths: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    *,
    batch_size: int = 32,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read, code and store everything under ``paths``; safe to run again after a crash."""
    report = IngestReport()
    seen_hashes: set[str] = set()
    batch: list[Document] = []

    def flush() -> None:
        done = store.coded_ids([d.id for d in batch])
        todo = [d for d in batch if d.id not in done]
        report.skipped += len(batch) - len(todo)
        if todo:
            coded = list(pipeline.code(todo))
            store.write(coded)
            report.coded += len(coded)
            report.events += sum(len(c.events) for c in coded)
        batch.clear()
        if progress:
            progress(report)

    for item in read_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, Rejected):
            store.reject(item)
            report.rejected.append(item)
            continue
        report.documents += 1
        if item.content_hash in seen_hashes:
            report.duplicates += 1
            continue
        seen_hashes.add(item.content_hash)
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report


def code_inputs(paths: Sequence[str], pipeline: Pipeline, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterable:
    """(CodedDocument | Rejected) for each input, in order, without a store."""
    pending: list[Document] = []
    for item in read_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, Rejected):
            yield from pipeline.code(pending)
            pending = []
            yield item
        else:
            pending.append(item)
            if len(pending) >= 16:
                yield from pipeline.code(pending)
                pending = []
    yield from pipeline.code(pending)
