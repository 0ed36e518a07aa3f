"""Throughput of ``dyadwatch code`` against a bare spaCy parse of the same texts.

    python bench/throughput.py [FILE.jsonl|FOLDER ...] [--repeat N]

Default input: the bundled sample corpus, repeated to make the run long enough to time.
Prints docs/s, words/s, peak memory, the share of sentences the parser saw, and the ratio of
dyadwatch's whole coding run to spaCy's full pipeline (``nlp.pipe``) on the same texts.
Both runs are warm (model loaded, dictionaries built) before timing starts.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dyadwatch.demo import sample_corpus  # noqa: E402
from dyadwatch.ingest import read_inputs  # noqa: E402
from dyadwatch.pipeline import Pipeline  # noqa: E402
from dyadwatch.records import Document  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="files or folders (default: the sample corpus)")
    parser.add_argument("--repeat", type=int, default=5, help="repeat the inputs N times (default 5)")
    args = parser.parse_args()

    paths = args.inputs or [str(sample_corpus())]
    docs = [d for d in read_inputs(paths) if isinstance(d, Document)] * args.repeat
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)

    pipeline = Pipeline()
    nlp = pipeline.nlp
    list(nlp.pipe(texts[:5]))  # warm up both paths
    list(pipeline.code(docs[:5]))

    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    spacy_s = time.perf_counter() - start

    before = dict(pipeline.stats)
    start = time.perf_counter()
    coded = list(pipeline.code(docs))
    dyad_s = time.perf_counter() - start

    n_sent = pipeline.stats["sentences"] - before["sentences"]
    parsed = pipeline.stats["parsed"] - before["parsed"]
    events = sum(len(c.events) for c in coded)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"input: {len(docs)} documents ({len(docs) // args.repeat} x {args.repeat}), {words} words")
    print(f"spaCy full pipeline ({nlp.meta['name']}): {spacy_s:.2f} s, {len(docs) / spacy_s:.1f} docs/s, {words / spacy_s:.0f} words/s")
    print(f"dyadwatch code: {dyad_s:.2f} s, {len(docs) / dyad_s:.1f} docs/s, {words / dyad_s:.0f} words/s, {events} events")
    print(f"sentences parsed (2 actors + event cue, actor + cue of a one-sided action, or actor + quantity): {parsed} of {n_sent} ({parsed / max(n_sent, 1):.0%})")
    print(f"peak memory: {peak_mb:.0f} MB")
    print(f"ratio dyadwatch/spaCy: {dyad_s / spacy_s:.2f}")


if __name__ == "__main__":
    main()
