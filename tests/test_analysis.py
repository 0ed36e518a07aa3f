import math

import pandas as pd
import pytest

from dyad_fixtures import ENERGY_SENTENCE, jpn_rus_documents, step_documents
from dyadwatch import analysis as an
from dyadwatch.analysis import AnalysisError
from dyadwatch.store import Store


@pytest.fixture()
def dyad_store():
    with Store(":memory:") as store:
        store.write(jpn_rus_documents())
        yield store


def _both(series):
    return series[series["direction"] == "both"].reset_index(drop=True)


def test_events_frame_carries_documents_and_tuples(dyad_store):
    frame = dyad_store.events_frame(dyad=("JPN", "RUS"), modes=["asserted"])
    assert len(frame) == 5
    assert frame["issues"].tolist()[0] == ("DIPLOMACY",)
    assert frame["doc_url"].tolist()[0] == "https://example.org/d1"
    assert set(frame.columns) >= {"event_id", "goldstein", "doc_source", "doc_title", "location"}
    assert dyad_store.events_frame(dyad=("JPN", "KOR")).empty


def test_dyad_events_asserted_by_default_and_switch(dyad_store):
    asserted = an.dyad_events(dyad_store, "jpn", "RUS")
    assert len(asserted) == 5 and set(asserted["mode"]) == {"asserted"}
    assert asserted["direction"].tolist() == ["JPN->RUS", "RUS->JPN", "JPN->RUS", "RUS->JPN", "JPN->RUS"]
    planned = an.dyad_events(dyad_store, "JPN", "RUS", include_planned=True)
    assert len(planned) == 7 and "negated" not in set(planned["mode"])
    assert len(an.dyad_events(dyad_store, "JPNGOV", "RUS")) == 1  # prefix of the actor code
    assert len(an.dyad_events(dyad_store, "JPN", "RUS", since="2014-02-01", until="2014-02-28")) == 2


def test_monthly_series_each_direction_and_combined(dyad_store):
    events = an.dyad_events(dyad_store, "JPN", "RUS")
    series = an.period_series(events, "JPN", "RUS", by="month")
    assert len(series) == 9  # 3 months x (JPN->RUS, RUS->JPN, both)
    both = _both(series)
    assert both["period"].tolist() == ["2014-01", "2014-02", "2014-03"]
    assert both["events"].tolist() == [2, 2, 1]
    assert both["cooperation"].tolist() == [2, 0, 1]
    assert both["conflict"].tolist() == [0, 2, 0]
    assert both["material_cooperation"].tolist() == [0, 0, 1]
    assert both["material_conflict"].tolist() == [0, 1, 0]
    assert both["goldstein_sum"].tolist() == [9.0, -10.0, 6.4]
    assert both["goldstein_mean"].tolist() == [4.5, -5.0, 6.4]
    assert both["net_cooperation"].tolist() == [1.0, -1.0, 1.0]
    a_to_b = series[series["direction"] == "JPN->RUS"]
    assert a_to_b["events"].tolist() == [1, 1, 1]
    assert series[series["direction"] == "RUS->JPN"]["events"].tolist() == [1, 1, 0]


def test_series_with_planned_events_and_empty_periods(dyad_store):
    events = an.dyad_events(dyad_store, "JPN", "RUS", include_planned=True)
    series = an.period_series(events, "JPN", "RUS", by="month", since="2013-12-01", until="2014-04-30")
    both = _both(series)
    assert both["period"].tolist() == ["2013-12", "2014-01", "2014-02", "2014-03", "2014-04"]
    assert both["events"].tolist() == [0, 2, 2, 3, 0]
    assert both["net_cooperation"].iloc[3] == pytest.approx(1 / 3)
    assert math.isnan(both["net_cooperation"].iloc[0]) and math.isnan(both["goldstein_mean"].iloc[4])
    assert both["goldstein_sum"].iloc[0] == 0.0


@pytest.mark.parametrize("by,labels", [
    ("day", ["2014-01-10", "2014-01-11"]),
    ("week", ["2014-W02", "2014-W03"]),
    ("quarter", ["2014-Q1"]),
    ("year", ["2014"]),
])
def test_period_labels(dyad_store, by, labels):
    events = an.dyad_events(dyad_store, "JPN", "RUS")
    both = _both(an.period_series(events, "JPN", "RUS", by=by))
    assert both["period"].tolist()[: len(labels)] == labels
    assert both["events"].sum() == 5


def test_summary_goldstein_and_net_cooperation(dyad_store):
    events = an.dyad_events(dyad_store, "JPN", "RUS")
    summary = an.summary(events, "JPN", "RUS").set_index("direction")
    assert summary.loc["both", "events"] == 5
    assert summary.loc["both", "cooperation"] == 3 and summary.loc["both", "conflict"] == 2
    assert summary.loc["both", "net_cooperation"] == pytest.approx(0.2)
    assert summary.loc["both", "goldstein_sum"] == pytest.approx(5.4)
    assert summary.loc["both", "goldstein_mean"] == pytest.approx(1.08)
    assert summary.loc["JPN->RUS", "events"] == 3 and summary.loc["RUS->JPN", "events"] == 2
    assert summary.loc["JPN->RUS", "net_cooperation"] == pytest.approx(1 / 3)
    assert an.net_cooperation(0, 0) != an.net_cooperation(0, 0)  # NaN


def test_quad_class_and_plover_counts(dyad_store):
    events = an.dyad_events(dyad_store, "JPN", "RUS")
    quads = an.quad_class_counts(events)
    assert quads["events"].tolist() == [2, 1, 1, 1]
    assert quads["share"].tolist() == [0.4, 0.2, 0.2, 0.2]
    plover = an.plover_counts(events)
    assert plover["plover"].tolist() == ["ACCUSE", "AGREE", "CONSULT", "COOPERATE", "SANCTION"]
    assert plover.set_index("plover").loc["SANCTION", "goldstein_sum"] == -8.0


def test_issue_breakdown_counts_each_tag(dyad_store):
    events = an.dyad_events(dyad_store, "JPN", "RUS")
    issues = an.issue_breakdown(events).set_index("issue")
    assert issues.index.tolist() == ["ENERGY", "DIPLOMACY", "MILITARY", "SANCTIONS", "TERRITORY"]
    assert issues.loc["ENERGY", "events"] == 2 and issues.loc["ENERGY", "cooperation"] == 2
    assert issues.loc["ENERGY", "goldstein_sum"] == pytest.approx(14.4)
    assert issues.loc["TERRITORY", "conflict"] == 1 and issues.loc["TERRITORY", "net_cooperation"] == -1.0
    assert issues["events"].sum() == 6  # the TERRITORY+MILITARY event counts twice


def test_top_actors_and_event_types(dyad_store):
    events = an.dyad_events(dyad_store, "JPN", "RUS")
    actors = an.top_actors(events)
    assert actors["actor"].tolist() == ["JPN", "RUS", "JPNGOV", "RUSGOV", "RUSMIL"]
    assert actors.iloc[0][["events", "as_source", "as_target"]].tolist() == [4, 2, 2]
    assert actors.iloc[1][["events", "as_source", "as_target"]].tolist() == [3, 1, 2]
    types = an.top_event_types(events, n=2)
    assert len(types) == 2 and types["cameo"].tolist() == ["040", "057"]


def test_compare_dyads_side_by_side(dyad_store):
    wide = an.compare_dyads(dyad_store, [("JPN", "RUS"), ("CHN", "JPN"), ("USA", "RUS")], by="month")
    assert wide.index.tolist() == ["2014-01", "2014-02", "2014-03"]
    assert wide.columns.tolist() == ["JPN-RUS", "CHN-JPN", "USA-RUS"]
    assert wide["JPN-RUS"].tolist() == [1.0, -1.0, 1.0]
    assert wide.loc["2014-01", "CHN-JPN"] == -1.0 and wide.loc["2014-02", "CHN-JPN"] == 1.0
    assert math.isnan(wide.loc["2014-03", "CHN-JPN"])
    counts = an.compare_dyads(dyad_store, [("JPN", "RUS"), ("CHN", "JPN")], by="month", value="events")
    assert counts.sum().tolist() == [5, 2]  # JPN->CHN counts for CHN-JPN as well
    summary = an.compare_summary(dyad_store, [("JPN", "RUS"), ("USA", "RUS")]).set_index("dyad")
    assert summary.loc["USA-RUS", "conflict"] == 1 and summary.loc["JPN-RUS", "first"] == "2014-01-10"


def test_data_limits(dyad_store):
    limits = an.data_limits(dyad_store, "JPN", "RUS")
    assert (limits.events, limits.all_events, limits.non_asserted, limits.documents) == (5, 8, 3, 4)
    assert limits.non_asserted_share == pytest.approx(0.375)
    assert limits.sources == ("Northern Dispatch", "Test Wire")
    assert len(limits.coder_versions) == 1
    assert limits.modes == {"asserted": 5, "hypothetical": 1, "negated": 1, "planned": 1}
    assert (limits.first, limits.last) == ("2014-01-10", "2014-03-01")


def test_shift_found_with_the_events_that_drove_it():
    with Store(":memory:") as store:
        store.write(step_documents())
        events = an.dyad_events(store, "JPN", "RUS")
        series = an.period_series(events, "JPN", "RUS", by="month")
        shifts = an.find_shifts(series, events)
        assert len(shifts) == 1
        shift = shifts.iloc[0]
        assert shift["period"] == "2014-09" and shift["toward"] == "conflict"
        assert shift["change"] == "more conflict and less cooperation"
        assert (shift["before_net_cooperation"], shift["after_net_cooperation"]) == (1.0, -1.0)
        assert (shift["before_cooperation"], shift["after_conflict"]) == (3.0, 3.0)
        assert shift["before"] == "2014-01..2014-08" and shift["after"] == "2014-09..2015-04"
        drivers = an.shift_events(shifts, events)
        assert len(drivers) == 5 and set(drivers["cameo"]) == {"163"}
        assert drivers["date"].min() == pd.Timestamp("2014-09-03")
        assert drivers["date"].max() <= pd.Timestamp("2014-10-31")  # first two periods of the new segment


def test_no_shift_in_noise_or_short_series():
    alternating = [[2, 0], [3, 0]] * 8
    assert an.change_points(alternating) == []
    assert an.change_points([[1, 0], [5, 0], [1, 0]]) == []  # shorter than 2 * min_size
    assert an.change_points([[2, 1]] * 10) == []  # no variation
    assert an.change_points([[0, 0]] * 6 + [[4, 0]] * 6) == [6]


def test_analyse_dyad_and_json(dyad_store):
    result = an.analyse_dyad(dyad_store, "JPN", "RUS", by=None)
    assert result.by == "month"  # too few events for finer periods, 3 months in the span
    data = result.to_json()
    assert data["dyad"] == ["JPN", "RUS"] and data["modes"] == ["asserted"]
    assert data["summary"][2]["net_cooperation"] == pytest.approx(0.2)
    assert data["series"][0]["period_start"] == "2014-01-01"
    assert data["limits"]["non_asserted"] == 3
    assert data["issues"][0]["issue"] == "ENERGY"
    assert ENERGY_SENTENCE in result.key_events["sentence"].tolist()


@pytest.mark.parametrize("call,message", [
    (lambda s: an.dyad_events(s, "JPN", "JPN"), "two different actors"),
    (lambda s: an.dyad_events(s, "J P", "RUS"), "not an actor code"),
    (lambda s: an.dyad_events(s, "JPN", "RUS", since="2014-13-01"), "YYYY-MM-DD"),
    (lambda s: an.dyad_series(s, "JPN", "RUS", by="fortnight"), "day, week, month, quarter, year"),
    (lambda s: an.compare_dyads(s, [("JPN", "RUS")], value="mood"), "choose one of"),
])
def test_bad_arguments_say_what_is_valid(dyad_store, call, message):
    with pytest.raises(AnalysisError, match=message):
        call(dyad_store)
