"""Accuracy of the event coder on the project's own development set (bench/dev/*.jsonl).

    python bench/eval_dev.py [FILE ...] [--errors N]

The development set holds news-style sentences written and hand-coded for dyadwatch (not taken
from any peer's data), in the CAMEO gold format of ../shared/eval/gsr_afp.jsonl with a mode on
each expected event (see bench/dev/README.md). Prints exact/root/dyad P/R/F1 over the events in
scored modes (asserted, planned), and mode agreement: of the gold events the coder finds at
dyad-and-root level in any mode, the share it gives the gold mode.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyadwatch.evaluate import _date, format_cameo, read_gold, score_cameo  # noqa: E402
from dyadwatch.pipeline import Pipeline  # noqa: E402
from dyadwatch.records import Document  # noqa: E402


def mode_agreement(pipeline: Pipeline, rows) -> tuple[int, int, list[str]]:
    docs = [Document.from_text(r["text"], id=str(r["id"]), date=_date(r.get("date"))) for r in rows]
    found = agree = 0
    misses = []
    for row, coded in zip(rows, pipeline.code(docs)):
        predicted = {}
        for e in coded.events:
            predicted.setdefault((e.source[:3], e.target[:3], e.cameo[:2]), set()).add(e.mode)
        for g in row["expected"]:
            modes = predicted.get((g["source"][:3], g["target"][:3], g["code"][:2]))
            if modes:
                found += 1
                want = g.get("mode", "asserted")
                agree += want in modes
                if want not in modes:
                    misses.append(f"{row['id']}: {want} vs {sorted(modes)}: {row['text'][:120]}")
    return found, agree, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="gold files (default: bench/dev/*.jsonl)")
    parser.add_argument("--errors", type=int, default=0, help="print N error cases")
    args = parser.parse_args()
    files = [Path(f) for f in args.files] or sorted((ROOT / "bench" / "dev").glob("*.jsonl"))
    rows = [row for f in files for row in read_gold(f)]
    pipeline = Pipeline()
    started = time.perf_counter()
    score = score_cameo(pipeline, rows)
    found, agree, misses = mode_agreement(pipeline, rows)
    took = time.perf_counter() - started
    for line in format_cameo("dev", score):
        print(line)
    print(f"dev mode agreement {agree / found if found else 0:.3f} ({agree}/{found})")
    print(f"coded {len(rows)} sentences (twice) in {took:.1f} s")
    for err in score.errors[: args.errors]:
        print(f"\n{err['id']}: {err['text']}\n  gold {err['gold']}\n  pred {err['predicted']} {err['rules']}")
    for line in misses[: args.errors]:
        print("mode", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
