"""The held-out gate: the coder's scores on bench/heldout (200 sentences written and hand-coded for
this project by helpers who never saw the coder; see bench/heldout/README.md) must not drop below
bench/floors.json. regions2.jsonl is kept out of error analysis, so this gate also watches a
figure no rule was written for."""

import json
from pathlib import Path

import pytest
from gold_sets import assert_well_formed

from dyadwatch.evaluate import read_gold, score_cameo

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text())
HELDOUT = sorted((ROOT / "bench" / "heldout").glob("*.jsonl"))


@pytest.fixture(scope="module")
def rows():
    return [row for path in HELDOUT for row in read_gold(path)]


def test_heldout_set_is_well_formed(rows):
    assert_well_formed(rows, 200)


def test_heldout_scores_hold_their_floors(pipeline, rows):
    score = score_cameo(pipeline, rows)
    assert score.levels["dyad"].f1 >= FLOORS["heldout_dyad_f1"]
    assert score.levels["root"].f1 >= FLOORS["heldout_root_f1"]
    assert score.levels["exact"].f1 >= FLOORS["heldout_exact_f1"]
