"""Accuracy of the event coder on the gold-coded sentences in ../shared/eval.

    python bench/eval_gold.py [--eval-dir DIR] [--errors N] [--types]

Prints one figure per line: GSR (PETRARCH2 gold, AFP sentences) exact/root/dyad P/R/F1 and
PLOVER type accuracy, macro-F1 and actor agreement. Compare with bench/floors.json (the floors
the test suite enforces) and with PETRARCH2's figures in ../shared/eval/README.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyadwatch.evaluate import (  # noqa: E402
    format_cameo, format_plover, per_type_lines, read_gold, score_cameo, score_plover,
)
from dyadwatch.pipeline import Pipeline  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--errors", type=int, default=0, help="print N error cases per file")
    parser.add_argument("--types", action="store_true", help="print PLOVER per-type F1")
    args = parser.parse_args()
    folder = Path(args.eval_dir)
    gsr, plover = folder / "gsr_afp.jsonl", folder / "plover_gsr.jsonl"
    if not gsr.exists() or not plover.exists():
        print(f"no evaluation data in {folder} (needs gsr_afp.jsonl and plover_gsr.jsonl)", file=sys.stderr)
        return 2
    pipeline = Pipeline()
    started = time.perf_counter()
    g = score_cameo(pipeline, read_gold(gsr))
    p = score_plover(pipeline, read_gold(plover))
    took = time.perf_counter() - started
    for line in format_cameo("gsr", g) + format_plover("plover", p):
        print(line)
    print(f"coded {g.sentences + p.sentences} sentences in {took:.1f} s")
    if args.types:
        print("\n".join(per_type_lines(p)))
    for err in g.errors[: args.errors]:
        print(f"\nGSR {err['id']}: {err['text']}\n  gold {err['gold']}\n  pred {err['predicted']} {err['rules']}")
    for err in p.errors[: args.errors]:
        print(f"\nPLOVER {err['id']}: {err['text']}\n  gold {err['gold']}  pred {err['predicted']} {err['rules']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
