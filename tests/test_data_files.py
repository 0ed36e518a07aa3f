"""The knowledge files: codebook consistency and validation errors that name file and line."""

import pytest

from dyadwatch.errors import DataError
from dyadwatch.events.codebook import PLOVER_TYPES, load_codebook
from dyadwatch.events.rules import load_rules, surface_forms


def test_codebook_is_consistent():
    book = load_codebook()
    roots = {c.root for c in book.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for code in book.values():
        expected_quad = 1 if code.root <= "05" else 2 if code.root <= "08" else 3 if code.root <= "13" else 4
        assert code.quad_class == expected_quad, code
        assert code.plover is None or code.plover in PLOVER_TYPES
        assert code.plover is not None or code.root == "01"
    assert book["163"].goldstein == -8.0 and book["163"].plover == "SANCTION"
    assert book["040"].plover == "CONSULT" and book["0874"].plover == "RETREAT"


def test_every_rule_names_a_known_code():
    book = load_codebook()
    rules = load_rules()
    assert rules and all(r.cameo in book for r in rules)
    assert len({r.id for r in rules}) == len(rules)


def test_surface_forms():
    assert {"meet", "meets", "met", "meeting"} <= surface_forms("meet")
    assert {"impose", "imposed", "imposing", "imposes"} <= surface_forms("impose")
    assert {"criticize", "criticized"} <= surface_forms("criticize")
    assert {"accuse", "accused"} <= surface_forms("accuse")
    assert {"visit", "visited", "visiting"} <= surface_forms("visit")


def test_user_rules_with_bad_code_name_the_file(tmp_path):
    (tmp_path / "events").mkdir()
    bad = tmp_path / "events" / "rules.yaml"
    bad.write_text("- id: my.rule\n  cameo: '999'\n  verbs: [frobnicate]\n")
    with pytest.raises(DataError, match=r"rules.yaml.*unknown CAMEO code '999'"):
        load_rules([str(tmp_path)])


def test_unquoted_on_in_targets_is_explained(tmp_path):
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "rules.yaml").write_text("- id: my.rule\n  cameo: '163'\n  verbs: [x]\n  targets: [on]\n")
    with pytest.raises(DataError, match="quote words YAML reads as booleans"):
        load_rules([str(tmp_path)])


def test_user_csv_errors_name_file_and_line(tmp_path):
    from dyadwatch.actors.dictionary import load_dictionary

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "people.csv").write_text(
        "name,aliases,country,role,start,end,office\n# comment\nJane Doe,Doe,GBR,GOV,not-a-date,,Minister\n"
    )
    with pytest.raises(DataError, match=r"people.csv:3: not an ISO date"):
        load_dictionary([str(tmp_path)])


def test_user_dictionary_adds_an_actor(tmp_path, pipeline):
    from dyadwatch.actors.coder import ActorCoder
    from dyadwatch.actors.dictionary import load_dictionary

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "igos.csv").write_text("code,name,aliases\nIGOARC,Arctic Council,\n")
    coder = ActorCoder(pipeline.nlp, load_dictionary([str(tmp_path)]))
    doc = pipeline.nlp.make_doc("The Arctic Council met.")
    assert [m.code for m in coder.mentions(doc)] == ["IGOARC"]


def test_config_file_and_environment(tmp_path, monkeypatch):
    from dyadwatch.config import load_options

    cfg = tmp_path / "dyadwatch.toml"
    cfg.write_text('[dyadwatch]\ndb = "x.duckdb"\ndata_dirs = ["mine"]\n')
    opts = load_options(cfg)
    assert opts.db == "x.duckdb" and opts.data_dirs == (str((tmp_path / "mine").resolve()),)
    monkeypatch.setenv("DYADWATCH_DB", "env.duckdb")
    assert load_options(cfg).db == "env.duckdb"
    assert load_options(cfg, db="arg.duckdb").db == "arg.duckdb"
    cfg.write_text('[dyadwatch]\nmodle = "x"\n')
    with pytest.raises(DataError, match="unknown setting"):
        load_options(cfg)


def test_intent_map_points_cooperation_to_03_and_conflict_to_13():
    from dyadwatch.events.codebook import intent_code, load_intent_map

    assert load_intent_map()
    assert intent_code("0841") == "0353" and intent_code("071") == "0331" and intent_code("042") == "036"
    assert intent_code("163") == "1312" and intent_code("195") == "138" and intent_code("111") == "111"
