"""Shifts (change points) in a dyad's series, each with the events that drove it.

Method: the signal is the pair (cooperative events, conflictual events) per period, both
directions together (the "both" rows of :func:`~dyadwatch.analysis.dyads.period_series`).
Each of the two series is divided by its own noise standard deviation sigma, estimated from its
first differences (robustly: sigma^2 = (MAD / 0.6745)^2 / 2, or the differences' variance / 2 when
their MAD is zero, as in sparse counts). Change points are then found with PELT
(``ruptures.Pelt``, least-squares cost: a change in the mean number of cooperative and/or
conflictual events per period) and the BIC penalty for unit-variance Gaussian noise::

    penalty = (d + 1) * ln(n)

per change point, with d the number of varying series (at most 2) and n the number of periods.
A segment has at least ``min_size`` periods. No change point is reported for series shorter
than ``2 * min_size`` or without variation.

For each shift, ``toward`` says which way the net cooperation index moved ("conflict",
"cooperation", or "" when it did not move or is undefined) and ``change`` names the mean changes,
the one that pushed the index that way first: "more conflict and more cooperation", "less
conflict and less cooperation", "more cooperation", ...
The events that drove it, strongest |Goldstein| first and one per evidence sentence: toward
conflict, the conflictual events of the first ``window`` periods of the new segment (if none: the
cooperative events of the last ``window`` periods before, which fell away); toward cooperation,
the same with the kinds swapped; otherwise the events of the kind that changed most.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from .dyads import _FREQ, AnalysisError, net_cooperation, period_label

SHIFT_COLUMNS = [
    "shift", "period", "period_start", "before", "after", "toward", "change",
    "before_cooperation", "after_cooperation", "before_conflict", "after_conflict",
    "before_net_cooperation", "after_net_cooperation", "before_goldstein", "after_goldstein",
    "event_ids",
]


def change_points(signal: np.ndarray, *, min_size: int = 2, penalty: float | None = None) -> list[int]:
    """Indices where a new segment starts (0 < i < n), by PELT with the penalty above."""
    import ruptures

    signal = np.asarray(signal, dtype=float)
    if signal.ndim == 1:
        signal = signal.reshape(-1, 1)
    n, d = signal.shape
    if min_size < 1:
        raise AnalysisError(f"min_size must be at least 1, got {min_size}")
    if n < 2 * min_size:
        return []
    if penalty is None:
        sigmas = np.sqrt([noise_variance(column) for column in signal.T])
        varying = sigmas > 0
        if not varying.any():
            return []
        signal = signal[:, varying] / sigmas[varying]
        penalty = (signal.shape[1] + 1) * math.log(n)
    ends = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal).predict(pen=penalty)
    return [int(i) for i in ends if i < n]


def noise_variance(values: np.ndarray) -> float:
    """Noise variance of one series from its first differences: (MAD / 0.6745)^2 / 2, or the
    differences' variance / 2 when their MAD is zero (sparse counts)."""
    diffs = np.diff(np.asarray(values, dtype=float))
    if len(diffs) == 0:
        return 0.0
    mad = float(np.median(np.abs(diffs - np.median(diffs))))
    if mad > 0:
        return (mad / 0.6745) ** 2 / 2
    return float(np.var(diffs)) / 2


def find_shifts(
    series: pd.DataFrame,
    events: pd.DataFrame,
    *,
    min_size: int = 2,
    penalty: float | None = None,
    window: int = 2,
    max_events: int = 5,
) -> pd.DataFrame:
    """Shifts in ``series`` (from period_series; its "both" rows are used) with their drivers.

    Columns: shift (0, 1, ...), period (label of the first period of the new segment),
    period_start, before / after (the segments as "first..last" labels), toward, change, mean
    cooperative and conflictual events per period before and after, NCI before and after
    (from the segments' summed counts), mean Goldstein sum per period before and after, and
    event_ids (the driving events, strongest first).
    """
    both = series[series["direction"] == "both"].reset_index(drop=True) if "direction" in series else series
    if both.empty:
        return pd.DataFrame(columns=SHIFT_COLUMNS)
    signal = both[["cooperation", "conflict"]].to_numpy(dtype=float)
    starts = change_points(signal, min_size=min_size, penalty=penalty)
    bounds = [0, *starts, len(both)]
    labels = _event_labels(events, _period_of_label(both["period"].iloc[0])) if len(events) else None
    rows = []
    for number, start in enumerate(starts):
        before = both.iloc[bounds[number]:start]
        after = both.iloc[start:bounds[number + 2]]
        row = _describe(number, before, after)
        row["event_ids"] = _drivers(events, labels, row, before, after, window, max_events)
        rows.append(row)
    return pd.DataFrame(rows, columns=SHIFT_COLUMNS)


def _describe(number: int, before: pd.DataFrame, after: pd.DataFrame) -> dict[str, Any]:
    stats: dict[str, Any] = {}
    for name, segment in (("before", before), ("after", after)):
        stats[name] = f"{segment['period'].iloc[0]}..{segment['period'].iloc[-1]}"
        stats[f"{name}_cooperation"] = round(float(segment["cooperation"].mean()), 6)
        stats[f"{name}_conflict"] = round(float(segment["conflict"].mean()), 6)
        stats[f"{name}_net_cooperation"] = net_cooperation(int(segment["cooperation"].sum()),
                                                          int(segment["conflict"].sum()))
        stats[f"{name}_goldstein"] = round(float(segment["goldstein_sum"].mean()), 6)
    d_coop = stats["after_cooperation"] - stats["before_cooperation"]
    d_conf = stats["after_conflict"] - stats["before_conflict"]
    d_nci = stats["after_net_cooperation"] - stats["before_net_cooperation"]
    toward = "" if not d_nci or math.isnan(d_nci) else ("conflict" if d_nci < 0 else "cooperation")
    conflict_part = ("more conflict" if d_conf > 0 else "less conflict") if d_conf else ""
    coop_part = ("more cooperation" if d_coop > 0 else "less cooperation") if d_coop else ""
    # the change that pushed the index the way it went comes first
    pushing = {"conflict": ("more conflict", "less cooperation"), "cooperation": ("more cooperation", "less conflict")}
    if toward:
        parts = sorted([conflict_part, coop_part], key=lambda part: part not in pushing[toward])
    else:
        parts = [conflict_part, coop_part] if abs(d_conf) >= abs(d_coop) else [coop_part, conflict_part]
    return {"shift": number, "period": after["period"].iloc[0], "period_start": after["period_start"].iloc[0],
            "toward": toward, "change": " and ".join(p for p in parts if p) or "no change in means", **stats}


def _drivers(events: pd.DataFrame, labels: pd.Series | None, shift: dict[str, Any], before: pd.DataFrame,
             after: pd.DataFrame, window: int, max_events: int) -> list[str]:
    if labels is None:
        return []
    in_after = labels.isin(after["period"].iloc[:window].tolist())
    in_before = labels.isin(before["period"].iloc[-window:].tolist())
    cooperative = events["quad_class"].isin([1, 2])
    conflictual = events["quad_class"].isin([3, 4])
    if shift["toward"] == "conflict":
        chosen = events[in_after & conflictual]
        if chosen.empty:
            chosen = events[in_before & cooperative]
    elif shift["toward"] == "cooperation":
        chosen = events[in_after & cooperative]
        if chosen.empty:
            chosen = events[in_before & conflictual]
    else:
        d_coop = shift["after_cooperation"] - shift["before_cooperation"]
        d_conf = shift["after_conflict"] - shift["before_conflict"]
        kind, delta = (conflictual, d_conf) if abs(d_conf) >= abs(d_coop) else (cooperative, d_coop)
        chosen = events[(in_after if delta > 0 else in_before) & kind]
    ranked = chosen.assign(_w=chosen["goldstein"].abs()).sort_values(
        ["_w", "date", "event_id"], ascending=[False, True, True], kind="stable")
    ranked = ranked.drop_duplicates(["doc_id", "sentence_idx"])  # one event per evidence sentence
    return ranked["event_id"].head(max_events).tolist()


def _period_of_label(label: str) -> str:
    """The period kind a label of period_label() was written for."""
    if "-W" in label:
        return "week"
    if "-Q" in label:
        return "quarter"
    return {4: "year", 7: "month"}.get(len(label), "day")


def _event_labels(events: pd.DataFrame, by: str) -> pd.Series:
    periods = events["date"].dt.to_period(_FREQ[by])
    return pd.Series([period_label(p, by) if p is not pd.NaT else None for p in periods],
                     index=events.index, dtype=object)


def shift_events(shifts: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The driving events of each shift as rows: a ``shift`` column followed by the event columns,
    in each shift's order (strongest first)."""
    parts = []
    by_id = events.set_index("event_id", drop=False)
    for _, shift in shifts.iterrows():
        ids = [i for i in shift["event_ids"] if i in by_id.index]
        part = by_id.loc[ids].reset_index(drop=True)
        part.insert(0, "shift", int(shift["shift"]))
        parts.append(part)
    if not parts:
        return pd.DataFrame(columns=["shift", *events.columns])
    return pd.concat(parts, ignore_index=True)
