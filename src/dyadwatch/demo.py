"""``dyadwatch demo``: ingest the bundled sample corpus into a fresh store and summarise it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Options
from .data import package_file
from .pipeline import Pipeline
from .runner import IngestReport, ingest
from .store import Store

DEMO_DB = "dyadwatch-demo.duckdb"
DEMO_DYAD = ("JPN", "RUS")


def sample_corpus() -> Path:
    return package_file("sample/corpus.jsonl")


@dataclass
class DemoResult:
    db: str
    report: IngestReport
    dyads: list[dict[str, Any]]
    counts: dict[str, int]
    brief: str | None = None  # the Japan-Russia brief written next to the store


def run_demo(db: str | Path = DEMO_DB, options: Options | None = None) -> DemoResult:
    """Code the sample corpus into a fresh store at ``db`` and write the Japan-Russia brief next to
    it (``<store name>-brief.html``, e.g. dyadwatch-demo-brief.html)."""
    from .report import write_brief

    db_path = Path(db)
    for leftover in (db_path, db_path.with_name(db_path.name + ".wal")):
        if leftover.exists():
            leftover.unlink()
    pipeline = Pipeline(options)
    with Store(db_path) as store:
        report = ingest([str(sample_corpus())], store, pipeline)
        brief = write_brief(store, *DEMO_DYAD, db_path.with_name(f"{db_path.stem}-brief.html"))
        return DemoResult(str(db_path), report, store.dyad_summary(top=8), store.counts(), str(brief))
