"""Everything about one dyad in one call: the series, breakdowns, shifts and data limits that the
``dyad`` command prints and the brief is written from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from .dyads import (
    auto_period,
    check_code,
    check_date,
    check_period,
    dyad_events,
    issue_breakdown,
    key_events,
    modes_for,
    period_series,
    plover_counts,
    quad_class_counts,
    records,
    summary,
    top_actors,
    top_event_types,
)
from .limits import DataLimits, data_limits
from .shifts import find_shifts, shift_events

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Store


@dataclass
class DyadAnalysis:
    a: str
    b: str
    by: str
    modes: tuple[str, ...]
    since: str | None
    until: str | None
    events: pd.DataFrame  # the counted events, from dyad_events
    series: pd.DataFrame  # period_series (long: A->B, B->A, both)
    summary: pd.DataFrame
    quad_classes: pd.DataFrame
    plover: pd.DataFrame
    issues: pd.DataFrame
    top_actors: pd.DataFrame
    top_event_types: pd.DataFrame
    shifts: pd.DataFrame
    shift_events: pd.DataFrame
    key_events: pd.DataFrame
    limits: DataLimits

    @property
    def dyad(self) -> str:
        return f"{self.a}-{self.b}"

    @property
    def both(self) -> pd.DataFrame:
        """The series rows of both directions together."""
        return self.series[self.series["direction"] == "both"].reset_index(drop=True)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole analysis (events of each shift included)."""
        event_columns = ["event_id", "doc_id", "date", "source", "target", "cameo", "plover",
                         "quad_class", "goldstein", "mode", "issues", "sentence", "doc_url"]
        shifts = records(self.shifts)
        for shift in shifts:
            rows = self.shift_events[self.shift_events["shift"] == shift["shift"]]
            shift["events"] = records(rows[event_columns]) if len(rows) else []
        return {
            "dyad": [self.a, self.b], "by": self.by, "modes": list(self.modes),
            "since": self.since, "until": self.until,
            "summary": records(self.summary),
            "series": records(self.series),
            "quad_classes": records(self.quad_classes),
            "plover": records(self.plover),
            "issues": records(self.issues),
            "top_actors": records(self.top_actors),
            "top_event_types": records(self.top_event_types),
            "shifts": shifts,
            "limits": self.limits.to_dict(),
        }


def analyse_dyad(
    store: "Store",
    a: str,
    b: str,
    *,
    by: str | None = "month",
    since: str | None = None,
    until: str | None = None,
    include_planned: bool = False,
    top: int = 10,
) -> DyadAnalysis:
    """Analyse the relations of ``a`` and ``b``; ``by=None`` chooses the period from the data
    (:func:`~dyadwatch.analysis.dyads.auto_period`)."""
    a, b = check_code(a), check_code(b)
    since, until = check_date(since, "--since"), check_date(until, "--until")
    events = dyad_events(store, a, b, since=since, until=until, include_planned=include_planned)
    by = check_period(by) if by else auto_period(events, since=since, until=until)
    series = period_series(events, a, b, by=by, since=since, until=until)
    shifts = find_shifts(series, events)
    return DyadAnalysis(
        a=a, b=b, by=by, modes=modes_for(include_planned), since=since, until=until,
        events=events, series=series, summary=summary(events, a, b),
        quad_classes=quad_class_counts(events), plover=plover_counts(events),
        issues=issue_breakdown(events), top_actors=top_actors(events, top),
        top_event_types=top_event_types(events, top), shifts=shifts,
        shift_events=shift_events(shifts, events), key_events=key_events(events),
        limits=data_limits(store, a, b, since=since, until=until, include_planned=include_planned),
    )
