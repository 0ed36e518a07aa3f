"""Dyad analysis over the store: series, breakdowns, comparisons and shifts, as DataFrames.

See :mod:`dyadwatch.analysis.dyads` for the net cooperation index and the counting rules, and
:mod:`dyadwatch.analysis.shifts` for the change-point method.
"""

from __future__ import annotations

from .dyads import (
    PERIODS,
    AnalysisError,
    auto_period,
    compare_dyads,
    compare_summary,
    dyad_events,
    dyad_series,
    issue_breakdown,
    key_events,
    net_cooperation,
    period_series,
    plover_counts,
    quad_class_counts,
    records,
    summary,
    top_actors,
    top_event_types,
)
from .limits import DataLimits, data_limits
from .overview import DyadAnalysis, analyse_dyad
from .shifts import change_points, find_shifts, shift_events

__all__ = [
    "PERIODS", "AnalysisError", "DataLimits", "DyadAnalysis", "analyse_dyad", "auto_period", "change_points", "compare_dyads",
    "compare_summary", "data_limits", "dyad_events", "dyad_series", "find_shifts",
    "issue_breakdown", "key_events", "net_cooperation", "period_series", "plover_counts",
    "quad_class_counts", "records", "shift_events", "summary", "top_actors", "top_event_types",
]
