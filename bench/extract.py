"""Extraction speed per page, and the plain-text cleaner's accuracy on the gold scraped pages.

    python bench/extract.py [FILE|FOLDER ...] [--repeat N]

Default input: the ingest fixtures under tests/data/ingest (scraped plain-text pages, HTML
pages, a WARC crawl, a JSONL dump, a full-text RSS feed), each read N times. For each source
kind it prints pages, ms per page (mean, median, 95th percentile), pages/s and MB/s of input;
then, for the hand-labelled pages (tests/data/ingest/pages and heldout), the blocks kept and
dropped and the cleaner's mistakes against the gold files. Nothing is coded, nothing fetched.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyadwatch.ingest import expand_paths, kind_of_path, read_inputs  # noqa: E402
from dyadwatch.ingest.clean import clean_text  # noqa: E402
from dyadwatch.ingest.language import identify  # noqa: E402
from dyadwatch.records import Document  # noqa: E402

FIXTURES = ROOT / "tests" / "data" / "ingest"


def default_inputs() -> list[str]:
    pages = [p for p in sorted((FIXTURES / "pages").glob("*.txt")) if not p.name.endswith(".expected.txt")]
    pages += [p for p in sorted((FIXTURES / "heldout").glob("*.txt")) if not p.name.endswith(".expected.txt")]
    return [str(p) for p in pages] + [
        str(p) for p in sorted((FIXTURES / "html").glob("*.html"))
    ] + [str(FIXTURES / n) for n in ("crawl.warc.gz", "dump.jsonl", "feed_fulltext.rss")]


def time_extraction(paths: list[str], repeat: int) -> None:
    per_kind: dict[str, list[float]] = defaultdict(list)
    bytes_in: dict[str, int] = defaultdict(int)
    rejected = 0
    files = list(expand_paths(paths))
    for path in files:  # warm up: models and parsers loaded before timing
        list(read_inputs([path]))
    for _ in range(repeat):
        for path in files:
            kind = kind_of_path(path) or "other"
            size = Path(path).stat().st_size
            start = time.perf_counter()
            items = list(read_inputs([path]))
            took = time.perf_counter() - start
            docs = [i for i in items if isinstance(i, Document)]
            rejected += len(items) - len(docs)
            if not docs:
                continue
            per_kind[kind] += [took / len(docs)] * len(docs)  # a container's time, shared by its pages
            bytes_in[kind] += size
    print(f"extraction speed ({len(files)} inputs x {repeat}; {rejected} rejects along the way, by design)")
    print(f"  {'kind':6} {'pages':>6} {'mean ms':>8} {'median':>7} {'p95':>7} {'pages/s':>8} {'MB/s':>6}")
    all_times = []
    for kind, times in sorted(per_kind.items()):
        all_times += times
        total = sum(times)
        p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
        print(f"  {kind:6} {len(times):>6} {1000 * total / len(times):>8.1f} {1000 * statistics.median(times):>7.1f} "
              f"{1000 * p95:>7.1f} {len(times) / total:>8.0f} {bytes_in[kind] / 2**20 / total:>6.2f}")
    if all_times:
        print(f"  {'all':6} {len(all_times):>6} {1000 * sum(all_times) / len(all_times):>8.1f} "
              f"{1000 * statistics.median(all_times):>7.1f}")


def cleaner_accuracy() -> None:
    print("\nplain-text cleaner on hand-labelled scraped pages (gold: *.expected.txt)")
    print(f"  {'set':8} {'page':28} {'blocks':>6} {'kept':>5} {'dropped':>7} {'false keep':>10} {'false drop':>10} {'ms':>6}")
    totals = defaultdict(int)
    for folder in ("pages", "heldout"):
        expected = json.loads((FIXTURES / folder / "expected.json").read_text())
        for name, meta in expected.items():
            raw = (FIXTURES / folder / f"{name}.txt").read_text()
            gold = [" ".join(p.split()) for p in (FIXTURES / folder / f"{name}.expected.txt").read_text().split("\n\n") if p.strip()]
            start = time.perf_counter()
            cleaned = clean_text(raw, english=(identify(raw) or "en") == "en")
            took = time.perf_counter() - start
            false_keep = sum(1 for k in cleaned.kept if k not in gold)
            false_drop = sum(1 for g in gold if g not in cleaned.kept)
            n = len(cleaned.kept) + len(cleaned.dropped)
            print(f"  {folder:8} {name:28} {n:>6} {len(cleaned.kept):>5} {len(cleaned.dropped):>7} {false_keep:>10} "
                  f"{false_drop:>10} {1000 * took:>6.1f}")
            for key, value in (("blocks", n), ("kept", len(cleaned.kept)), ("dropped", len(cleaned.dropped)),
                               ("false_keep", false_keep), ("false_drop", false_drop), ("gold", len(gold))):
                totals[key] += value
    print(f"  {'total':37} {totals['blocks']:>6} {totals['kept']:>5} {totals['dropped']:>7} {totals['false_keep']:>10} "
          f"{totals['false_drop']:>10}")
    print(f"  article blocks (gold) {totals['gold']}; mistakes {totals['false_keep'] + totals['false_drop']} "
          f"of {totals['blocks']} blocks")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="files or folders (default: the ingest test fixtures)")
    parser.add_argument("--repeat", type=int, default=5, help="read the inputs N times (default 5)")
    args = parser.parse_args()
    time_extraction(args.inputs or default_inputs(), args.repeat)
    cleaner_accuracy()


if __name__ == "__main__":
    main()
