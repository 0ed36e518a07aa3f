"""Dyad analysis: how relations between two actors move over time, and what they are about.

Every function here takes a :class:`~dyadwatch.store.Store` (or a DataFrame of events that
:func:`dyad_events` returned) and returns a pandas DataFrame; nothing prints.

Actor codes match as prefixes of the event's source and target codes, in both directions:
``JPN`` matches ``JPN``, ``JPNGOV`` and ``JPNMIL``; ``JPNGOV`` matches only the Japanese government.

Only *asserted* events count by default. ``include_planned=True`` adds planned and hypothetical
events (announced intentions, conditionals); negated and denied events never count unless asked
for by ``modes``.

Cooperation and conflict follow the QuadClass of each event: 1 verbal cooperation,
2 material cooperation, 3 verbal conflict, 4 material conflict.

**Net cooperation index (NCI)**, per period (or any set of events)::

    NCI = (C - K) / (C + K)

where C is the number of cooperative events (QuadClass 1-2) and K the number of conflictual
events (QuadClass 3-4). It runs from -1 (only conflict) to +1 (only cooperation); 0 means as much
of one as of the other; it is undefined (NaN) when there are no events. It counts events, so a
threat weighs as much as a summit; the Goldstein sum and mean (intensity, -10..+10 per event)
are reported next to it for that reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..errors import DyadwatchError

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Store

PERIODS = ("day", "week", "month", "quarter", "year")
_FREQ = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
ASSERTED = ("asserted",)
WITH_PLANNED = ("asserted", "planned", "hypothetical")
QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
NO_ISSUE = "(none)"
_CODE = re.compile(r"^[A-Z0-9]{3,}$")
_COUNT_COLUMNS = ["events", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                  "material_conflict", "cooperation", "conflict", "goldstein_sum", "goldstein_mean",
                  "net_cooperation"]


class AnalysisError(DyadwatchError):
    """An analysis was asked for with arguments it cannot use, or on no data."""


# --------------------------------------------------------------------------- inputs
def check_code(code: str) -> str:
    """An actor code in upper case, or AnalysisError saying what a code looks like."""
    upper = (code or "").strip().upper()
    if not _CODE.match(upper):
        raise AnalysisError(
            f"{code!r} is not an actor code; use a country code (JPN, RUS) or an actor code (JPNGOV)"
        )
    return upper


def check_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise AnalysisError(f"{name} {value!r} is not a date; write it as YYYY-MM-DD") from None


def check_period(by: str) -> str:
    if by not in PERIODS:
        raise AnalysisError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    return by


def modes_for(include_planned: bool = False, modes: Sequence[str] | None = None) -> tuple[str, ...]:
    """The event modes that count: given ``modes``, else asserted (plus planned/hypothetical)."""
    if modes:
        return tuple(modes)
    return WITH_PLANNED if include_planned else ASSERTED


# --------------------------------------------------------------------------- events
def dyad_events(
    store: "Store",
    a: str,
    b: str,
    *,
    since: str | None = None,
    until: str | None = None,
    include_planned: bool = False,
    modes: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Events between ``a`` and ``b`` (either direction) as a DataFrame.

    Adds ``direction`` ("A->B" or "B->A"), ``cooperation`` and ``conflict`` (booleans from the
    QuadClass) to the store's columns. ``modes=[]`` is not "none": pass ``modes=None`` and
    ``include_planned`` to choose, or list the modes wanted.
    """
    a, b = check_code(a), check_code(b)
    if a == b:
        raise AnalysisError(f"a dyad needs two different actors, got {a} twice")
    since, until = check_date(since, "--since"), check_date(until, "--until")
    frame = store.events_frame(dyad=(a, b), since=since, until=until,
                               modes=modes_for(include_planned, modes))
    return _annotate(frame, a, b)


def _annotate(frame: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    frame = frame.copy()
    a_to_b = frame["source"].str.startswith(a) & frame["target"].str.startswith(b)
    frame["direction"] = np.where(a_to_b, f"{a}->{b}", f"{b}->{a}")
    frame["cooperation"] = frame["quad_class"].isin([1, 2])
    frame["conflict"] = frame["quad_class"].isin([3, 4])
    return frame


def net_cooperation(cooperation: Any, conflict: Any) -> Any:
    """(C - K) / (C + K); NaN where there are no events. Works on numbers and Series."""
    total = cooperation + conflict
    if isinstance(total, pd.Series):
        return ((cooperation - conflict) / total.where(total > 0)).astype(float)
    return (cooperation - conflict) / total if total else float("nan")


def _counts(events: pd.DataFrame) -> dict[str, Any]:
    quad = events["quad_class"]
    coop, conf = int(quad.isin([1, 2]).sum()), int(quad.isin([3, 4]).sum())
    n = len(events)
    return {
        "events": n,
        "verbal_cooperation": int((quad == 1).sum()),
        "material_cooperation": int((quad == 2).sum()),
        "verbal_conflict": int((quad == 3).sum()),
        "material_conflict": int((quad == 4).sum()),
        "cooperation": coop,
        "conflict": conf,
        "goldstein_sum": round(float(events["goldstein"].sum()), 6),
        "goldstein_mean": round(float(events["goldstein"].mean()), 6) if n else float("nan"),
        "net_cooperation": net_cooperation(coop, conf),
    }


# --------------------------------------------------------------------------- series
def period_label(period: pd.Period, by: str) -> str:
    start = period.start_time
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "quarter":
        return f"{start.year}-Q{period.quarter}"
    if by == "year":
        return str(start.year)
    if by == "month":
        return start.strftime("%Y-%m")
    return start.strftime("%Y-%m-%d")


def period_series(
    events: pd.DataFrame,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: str | None = None,
    until: str | None = None,
) -> pd.DataFrame:
    """Counts per period for each direction and both together (long format).

    One row per (direction, period) with direction "A->B", "B->A" and "both"; every period from
    ``since`` (else the first event) to ``until`` (else the last event) is present, empty ones
    with zero counts and NaN mean/NCI. Columns: dyad, direction, period (label), period_start,
    events, verbal_cooperation, material_cooperation, verbal_conflict, material_conflict,
    cooperation, conflict, goldstein_sum, goldstein_mean, net_cooperation. Undated events are left
    out (see :func:`data_limits`).
    """
    a, b, by = check_code(a), check_code(b), check_period(by)
    freq = _FREQ[by]
    dated = events[events["date"].notna()]
    directions = [f"{a}->{b}", f"{b}->{a}", "both"]
    columns = ["dyad", "direction", "period", "period_start", *_COUNT_COLUMNS]
    first = pd.Timestamp(since) if since else (dated["date"].min() if len(dated) else None)
    last = pd.Timestamp(until) if until else (dated["date"].max() if len(dated) else None)
    if first is None or last is None or first > last:
        return pd.DataFrame(columns=columns)
    periods = pd.period_range(first.to_period(freq), last.to_period(freq), freq=freq)
    keys = dated["date"].dt.to_period(freq)
    rows = []
    for direction in directions:
        subset = dated if direction == "both" else dated[dated["direction"] == direction]
        groups = dict(list(subset.groupby(keys.loc[subset.index], sort=True)))
        for period in periods:
            group = groups.get(period, subset.iloc[0:0])
            rows.append({"dyad": f"{a}-{b}", "direction": direction,
                         "period": period_label(period, by), "period_start": period.start_time,
                         **_counts(group)})
    return pd.DataFrame(rows, columns=columns)


def dyad_series(store: "Store", a: str, b: str, *, by: str = "month", since: str | None = None,
                until: str | None = None, include_planned: bool = False) -> pd.DataFrame:
    """:func:`period_series` straight from the store."""
    events = dyad_events(store, a, b, since=since, until=until, include_planned=include_planned)
    return period_series(events, a, b, by=by, since=since, until=until)


def auto_period(events: pd.DataFrame, *, since: str | None = None, until: str | None = None) -> str:
    """The finest period with at least 4 periods in the span and 2 events per period on average
    (a readable chart and enough events per period for shifts to mean something); when none
    qualifies, the coarsest with at least 3 periods; "month" when that fails too."""
    dated = events["date"].dropna()
    if dated.empty:
        return "month"
    first = pd.Timestamp(since) if since else dated.min()
    last = pd.Timestamp(until) if until else dated.max()
    counts = {by: (last.to_period(_FREQ[by]) - first.to_period(_FREQ[by])).n + 1 for by in PERIODS}
    for by in PERIODS:
        if counts[by] >= 4 and len(dated) / counts[by] >= 2:
            return by
    for by in reversed(PERIODS):
        if counts[by] >= 3:
            return by
    return "month"


# --------------------------------------------------------------------------- breakdowns
def summary(events: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Totals for A->B, B->A and both: the columns of :func:`period_series` without the period."""
    a, b = check_code(a), check_code(b)
    rows = []
    for direction in (f"{a}->{b}", f"{b}->{a}", "both"):
        subset = events if direction == "both" else events[events["direction"] == direction]
        rows.append({"dyad": f"{a}-{b}", "direction": direction, **_counts(subset)})
    return pd.DataFrame(rows, columns=["dyad", "direction", *_COUNT_COLUMNS])


def quad_class_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Events per QuadClass (all four rows, zeros included) with label, share and Goldstein."""
    rows = []
    for quad, label in QUAD_LABELS.items():
        subset = events[events["quad_class"] == quad]
        rows.append({"quad_class": quad, "label": label, "events": len(subset),
                     "share": len(subset) / len(events) if len(events) else float("nan"),
                     "goldstein_sum": float(subset["goldstein"].sum())})
    return pd.DataFrame(rows)


def plover_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Events per PLOVER type, most frequent first, with their cooperation/conflict and Goldstein."""
    frame = events.assign(plover=events["plover"].fillna("(none)"))
    return _grouped(frame, "plover")


def issue_breakdown(events: pd.DataFrame) -> pd.DataFrame:
    """Events per issue tag. An event with two issues counts once under each; one with none
    counts under "(none)", listed last. Columns: issue, events, cooperation, conflict,
    goldstein_sum, goldstein_mean, net_cooperation; most events first."""
    issues = [list(v) if len(v) else [NO_ISSUE] for v in events["issues"]]
    exploded = events.assign(issue=issues).explode("issue")
    out = _grouped(exploded, "issue")
    # "(none)" last: it is a gap in the tagging, not a driver
    return pd.concat([out[out["issue"] != NO_ISSUE], out[out["issue"] == NO_ISSUE]], ignore_index=True)


def _grouped(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    columns = [key, "events", "cooperation", "conflict", "goldstein_sum", "goldstein_mean",
               "net_cooperation"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    quad = frame["quad_class"]
    grouped = frame.assign(coop=quad.isin([1, 2]).astype(int), conf=quad.isin([3, 4]).astype(int)).groupby(key)
    out = pd.DataFrame({
        "events": grouped.size(),
        "cooperation": grouped["coop"].sum(),
        "conflict": grouped["conf"].sum(),
        "goldstein_sum": grouped["goldstein"].sum().round(6),
        "goldstein_mean": grouped["goldstein"].mean().round(6),
    }).reset_index()
    out["net_cooperation"] = net_cooperation(out["cooperation"], out["conflict"])
    out = out.sort_values(["events", key], ascending=[False, True], kind="stable")
    return out[columns].reset_index(drop=True)


def top_actors(events: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The actor codes in most events: columns actor, events, as_source, as_target."""
    as_source = events["source"].value_counts()
    as_target = events["target"].value_counts()
    out = pd.DataFrame({"as_source": as_source, "as_target": as_target}).fillna(0).astype(int)
    out["events"] = out["as_source"] + out["as_target"]
    out = out.rename_axis("actor").reset_index()
    out = out.sort_values(["events", "actor"], ascending=[False, True], kind="stable").head(n)
    return out[["actor", "events", "as_source", "as_target"]].reset_index(drop=True)


def top_event_types(events: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The CAMEO codes seen most: columns cameo, plover, quad_class, events, goldstein_sum."""
    columns = ["cameo", "plover", "quad_class", "events", "goldstein_sum"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    frame = events.assign(plover=events["plover"].fillna("(none)"))
    grouped = frame.groupby(["cameo", "plover", "quad_class"])
    out = pd.DataFrame({"events": grouped.size(), "goldstein_sum": grouped["goldstein"].sum()}).reset_index()
    out = out.sort_values(["events", "cameo"], ascending=[False, True], kind="stable").head(n)
    return out[columns].reset_index(drop=True)


def key_events(events: pd.DataFrame, n: int = 8) -> pd.DataFrame:
    """The most intense events (largest |Goldstein|), one per evidence sentence, by date."""
    if events.empty:
        return events
    ranked = events.assign(_weight=events["goldstein"].abs())
    ranked = ranked.sort_values(["_weight", "date", "event_id"], ascending=[False, True, True], kind="stable")
    ranked = ranked.drop_duplicates(["doc_id", "sentence_idx"]).head(n)
    return ranked.drop(columns="_weight").sort_values(["date", "event_id"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- comparison
def compare_dyads(
    store: "Store",
    dyads: Sequence[tuple[str, str]],
    *,
    by: str = "month",
    value: str = "net_cooperation",
    since: str | None = None,
    until: str | None = None,
    include_planned: bool = False,
) -> pd.DataFrame:
    """Several dyads side by side: one row per period, one column per dyad ("JPN-RUS"), holding
    ``value`` (any count column of :func:`period_series`) for both directions together."""
    if value not in _COUNT_COLUMNS:
        raise AnalysisError(f"unknown value {value!r}; choose one of {', '.join(_COUNT_COLUMNS)}")
    frames = [dyad_events(store, a, b, since=since, until=until, include_planned=include_planned)
              for a, b in dyads]
    dated = [f["date"].dropna() for f in frames if f["date"].notna().any()]
    first = since or (min(d.min() for d in dated).date().isoformat() if dated else None)
    last = until or (max(d.max() for d in dated).date().isoformat() if dated else None)
    columns = {}
    index = None
    for (a, b), events in zip(dyads, frames):
        series = period_series(events, a, b, by=by, since=first, until=last)
        both = series[series["direction"] == "both"]
        index = both["period"].tolist()
        columns[f"{check_code(a)}-{check_code(b)}"] = both[value].tolist()
    return pd.DataFrame(columns, index=pd.Index(index or [], name="period"))


def compare_summary(store: "Store", dyads: Sequence[tuple[str, str]], *, since: str | None = None,
                    until: str | None = None, include_planned: bool = False) -> pd.DataFrame:
    """One row per dyad with its totals (both directions), first and last event date."""
    rows = []
    for a, b in dyads:
        events = dyad_events(store, a, b, since=since, until=until, include_planned=include_planned)
        dates = events["date"].dropna()
        rows.append({"dyad": f"{check_code(a)}-{check_code(b)}", **_counts(events),
                     "first": dates.min().date().isoformat() if len(dates) else None,
                     "last": dates.max().date().isoformat() if len(dates) else None})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- output
def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain JSON-ready dicts: NaN -> None, timestamps -> ISO dates, tuples -> lists."""
    out = []
    for row in frame.to_dict(orient="records"):
        out.append({str(k): _plain(v) for k, v in row.items()})
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, (tuple, list, np.ndarray)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return None
    if value is pd.NA:
        return None
    return value
