"""The development-set gate: the coder's scores on bench/dev (sentences written and hand-coded for
this project, shipped in the repository) must not drop below bench/floors.json."""

import importlib.util
import json
from pathlib import Path

import pytest
from gold_sets import assert_well_formed

from dyadwatch.evaluate import read_gold, score_cameo

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text())
DEV = sorted((ROOT / "bench" / "dev").glob("*.jsonl"))


def _bench():
    spec = importlib.util.spec_from_file_location("eval_dev", ROOT / "bench" / "eval_dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows():
    return [row for path in DEV for row in read_gold(path)]


def test_dev_set_is_well_formed(rows):
    assert_well_formed(rows, 250)


def test_dev_scores_hold_their_floors(pipeline, rows):
    score = score_cameo(pipeline, rows)
    assert score.levels["dyad"].f1 >= FLOORS["dev_dyad_f1"]
    assert score.levels["root"].f1 >= FLOORS["dev_root_f1"]
    assert score.levels["exact"].f1 >= FLOORS["dev_exact_f1"]
    found, agree, _ = _bench().mode_agreement(pipeline, rows)
    assert found and agree / found >= FLOORS["dev_mode_agreement"]


def test_gold_events_in_unscored_modes_are_left_out(pipeline):
    # a denied attack in the gold is not expected among the coder's asserted/planned events
    rows = [{"id": "t1", "date": "2022-03-10", "text": "Moscow denied that Russian aircraft had bombed the hospital.",
             "expected": [{"source": "RUSMIL", "target": "---", "code": "195", "mode": "denied"}]}]
    score = score_cameo(pipeline, rows)
    assert score.levels["dyad"].fn == 0
