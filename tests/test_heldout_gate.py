"""The held-out gate: the coder's scores on bench/heldout (sentences written and hand-coded for
this project by helpers who never saw the coder; see bench/heldout/README.md) must not drop below
bench/floors.json. The set grew in rounds, each with its own floors (a floor is never lowered by
adding harder sentences): the first 200 (analysis, forms, regions, regions2), the second 150
(wire, energy, security) and the third 100 (bilateral, unrest). regions2 and security are kept out
of error analysis, so this gate also watches figures no rule was written for."""

import json
from pathlib import Path

import pytest
from gold_sets import assert_well_formed

from dyadwatch.evaluate import read_gold, score_cameo

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text())
HELDOUT = ROOT / "bench" / "heldout"
ROUNDS = {
    "heldout": ("analysis", "forms", "regions", "regions2"),
    "heldout2": ("wire", "energy", "security"),
    "heldout3": ("bilateral", "unrest"),
}


def _rows(names):
    return [row for name in names for row in read_gold(HELDOUT / f"{name}.jsonl")]


def test_every_heldout_file_belongs_to_a_round():
    assert {p.stem for p in HELDOUT.glob("*.jsonl")} == {n for names in ROUNDS.values() for n in names}


@pytest.mark.parametrize("prefix, size", [("heldout", 200), ("heldout2", 150), ("heldout3", 100)])
def test_heldout_set_is_well_formed(prefix, size):
    rows = _rows(ROUNDS[prefix])
    assert_well_formed(rows, size)


@pytest.mark.parametrize("prefix", sorted(ROUNDS))
def test_heldout_scores_hold_their_floors(pipeline, prefix):
    score = score_cameo(pipeline, _rows(ROUNDS[prefix]))
    assert score.levels["dyad"].f1 >= FLOORS[f"{prefix}_dyad_f1"]
    assert score.levels["root"].f1 >= FLOORS[f"{prefix}_root_f1"]
    assert score.levels["exact"].f1 >= FLOORS[f"{prefix}_exact_f1"]
