import csv
import io
import json

import pytest

from dyad_fixtures import jpn_rus_documents
from dyadwatch.cli import main
from dyadwatch.store import Store


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "dyads.duckdb"
    with Store(path) as store:
        store.write(jpn_rus_documents())
    return str(path)


def test_dyad_table(runner, db):
    result = runner.invoke(main, ["dyad", "JPN", "RUS", "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "JPN-RUS per month, events: asserted"
    assert lines[1].split() == ["period", "JPN->RUS", "RUS->JPN", "events", "coop", "confl", "Goldstein", "mean", "NCI"]
    assert lines[2].split() == ["2014-01", "1", "1", "2", "2", "0", "+9.0", "+4.50", "+1.00"]
    assert lines[3].split() == ["2014-02", "1", "1", "2", "0", "2", "-10.0", "-5.00", "-1.00"]
    assert lines[5].split() == ["total", "3", "2", "5", "3", "2", "+5.4", "+1.08", "+0.20"]
    assert "5 events from 4 documents; 3 of 8 not asserted" in result.stderr


def test_dyad_json(runner, db):
    result = runner.invoke(main, ["dyad", "JPN", "RUS", "--db", db, "--json", "--by", "quarter", "--include-planned"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["by"] == "quarter" and data["modes"] == ["asserted", "planned", "hypothetical"]
    both = [row for row in data["series"] if row["direction"] == "both"]
    assert [(r["period"], r["events"], r["cooperation"], r["conflict"]) for r in both] == [("2014-Q1", 7, 4, 3)]
    assert both[0]["net_cooperation"] == pytest.approx(1 / 7)
    assert {row["issue"] for row in data["issues"]} == {"DIPLOMACY", "ENERGY", "MILITARY", "SANCTIONS", "TERRITORY"}
    assert data["shifts"] == [] and data["limits"]["all_events"] == 8


def test_dyad_csv_and_since(runner, db):
    result = runner.invoke(main, ["dyad", "JPN", "RUS", "--db", db, "--csv", "--since", "2014-02-01"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 6  # 2014-02, 2014-03 x three directions
    both = [r for r in rows if r["direction"] == "both"]
    assert [(r["period"], r["events"], r["net_cooperation"]) for r in both] == [("2014-02", "2", "-1.0"), ("2014-03", "1", "1.0")]
    assert both[0]["period_start"] == "2014-02-01"


def test_dyad_plot(runner, db, tmp_path):
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert runner.invoke(main, ["dyad", "JPN", "RUS", "--db", db, "--plot", str(png)]).exit_code == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    result = runner.invoke(main, ["dyad", "JPN", "RUS", "--db", db, "--plot", str(svg), "--json"])
    assert result.exit_code == 0 and "<svg" in svg.read_text()
    assert json.loads(result.stdout)["dyad"] == ["JPN", "RUS"]  # stdout stays clean JSON


@pytest.mark.parametrize("args,message", [
    (["dyad", "JPN", "JPN"], "a dyad needs two different actors, got JPN twice"),
    (["dyad", "JPN", "RUS", "--since", "May 2014"], "--since 'May 2014' is not a date; write it as YYYY-MM-DD"),
    (["dyad", "JPN", "RUS", "--plot", "c.gif"], "c.gif: cannot draw a chart in .gif; use one of .png, .svg"),
    (["brief", "JPN", "RUS", "-o", "b.pdf"], "b.pdf: a brief is written as .html, .htm, .md, .markdown"),
    (["brief", "JPN", "KOR", "-o", "b.html"], "no asserted events between JPN and KOR"),
])
def test_errors_are_one_line(runner, db, args, message):
    result = runner.invoke(main, [*args, "--db", db])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("dyadwatch: error: ") and message in result.stderr


def test_missing_store(runner, tmp_path):
    result = runner.invoke(main, ["dyad", "JPN", "RUS", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such store" in result.stderr


def test_brief_html_and_md(runner, db, tmp_path):
    html = tmp_path / "out" / "brief.html"
    result = runner.invoke(main, ["brief", "JPN", "RUS", "--db", db, "-o", str(html)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(html)
    assert "Japan–Russia relations" in html.read_text()
    md = tmp_path / "brief.md"
    result = runner.invoke(main, ["brief", "JPN", "RUS", "--db", db, "--since", "2014-02-01", "--output", str(md)])
    assert result.exit_code == 0, result.output
    text = md.read_text()
    assert text.startswith("# Japan–Russia relations") and "3 asserted events from 2014-02-05 to 2014-03-01" in text


def test_period_choices_match_the_library():
    from dyadwatch.analysis import PERIODS
    from dyadwatch.cli_analysis import PERIOD_CHOICES

    assert PERIOD_CHOICES == PERIODS
