"""What a dyad's data can and cannot say: how many events and documents stand behind it, from
which sources, which coder version, and how many events were not asserted or only roughly dated."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .dyads import dyad_events

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Store


@dataclass(frozen=True)
class DataLimits:
    events: int  # events counted (in the modes the analysis used)
    all_events: int  # events of any mode between the two actors in the window
    non_asserted: int  # of all_events, those not asserted (planned, hypothetical, negated, denied)
    documents: int  # documents the counted events come from
    sources: tuple[str, ...]  # the documents' sources (publisher, path or feed)
    coder_versions: tuple[str, ...]
    undated: int  # counted events without a date (left out of the series)
    publication_dated: int  # counted events dated by the publication date, not the text
    coarse_dates: int  # counted events dated only to the month or year
    first: str | None  # first and last event date
    last: str | None
    modes: dict[str, int] = field(default_factory=dict)  # all_events by mode

    @property
    def non_asserted_share(self) -> float:
        return self.non_asserted / self.all_events if self.all_events else 0.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["sources"], out["coder_versions"] = list(self.sources), list(self.coder_versions)
        out["non_asserted_share"] = self.non_asserted_share
        return out


def data_limits(store: "Store", a: str, b: str, *, since: str | None = None, until: str | None = None,
                include_planned: bool = False) -> DataLimits:
    """The limits of the data behind an analysis of ``a`` and ``b`` with the same arguments."""
    counted = dyad_events(store, a, b, since=since, until=until, include_planned=include_planned)
    every = dyad_events(store, a, b, since=since, until=until, modes=("asserted", "planned", "hypothetical",
                                                                       "negated", "denied"))
    dates = counted["date"].dropna()
    sources = counted.drop_duplicates("doc_id")["doc_source"].fillna("").tolist()
    return DataLimits(
        events=len(counted),
        all_events=len(every),
        non_asserted=int((every["mode"] != "asserted").sum()),
        documents=int(counted["doc_id"].nunique()),
        sources=tuple(sorted({s for s in sources if s})),
        coder_versions=tuple(sorted(set(counted["coder_version"].dropna()))),
        undated=int(counted["date"].isna().sum()),
        publication_dated=int((counted["date_from"] == "publication").sum()),
        coarse_dates=int(counted["date_precision"].isin(["month", "year"]).sum()),
        first=dates.min().date().isoformat() if len(dates) else None,
        last=dates.max().date().isoformat() if len(dates) else None,
        modes={str(k): int(v) for k, v in every["mode"].value_counts().sort_index().items()},
    )
