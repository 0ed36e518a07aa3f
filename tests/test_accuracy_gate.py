"""The accuracy gate: the coder's scores on ../shared/eval must not drop below bench/floors.json."""

import json
from pathlib import Path

import pytest

from dyadwatch.evaluate import read_gold, score_cameo, score_plover

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text())

pytestmark = pytest.mark.skipif(
    not (EVAL / "gsr_afp.jsonl").exists() or not (EVAL / "plover_gsr.jsonl").exists(),
    reason=f"evaluation data not found in {EVAL} (it ships beside the repository, not in it)",
)


@pytest.fixture(scope="module")
def gsr(pipeline):
    return score_cameo(pipeline, read_gold(EVAL / "gsr_afp.jsonl"))


@pytest.fixture(scope="module")
def plover(pipeline):
    return score_plover(pipeline, read_gold(EVAL / "plover_gsr.jsonl"))


def test_gsr_scores_hold_their_floors(gsr):
    assert gsr.levels["dyad"].f1 >= FLOORS["gsr_dyad_f1"]
    assert gsr.levels["root"].f1 >= FLOORS["gsr_root_f1"]
    assert gsr.levels["exact"].f1 >= FLOORS["gsr_exact_f1"]


def test_plover_scores_hold_their_floors(plover):
    assert plover.accuracy >= FLOORS["plover_type_accuracy"]
    assert plover.macro_f1 >= FLOORS["plover_macro_f1"]


def test_floors_only_name_known_figures():
    assert set(FLOORS) - {"_note"} == {
        "gsr_dyad_f1", "gsr_root_f1", "gsr_exact_f1", "plover_type_accuracy", "plover_macro_f1",
        "dev_dyad_f1", "dev_root_f1", "dev_exact_f1", "dev_mode_agreement",
        "heldout_dyad_f1", "heldout_root_f1", "heldout_exact_f1",
        "heldout2_dyad_f1", "heldout2_root_f1", "heldout2_exact_f1",
        "heldout3_dyad_f1", "heldout3_root_f1", "heldout3_exact_f1",
    }
