"""An analyst's brief on a dyad: one self-contained HTML page (or Markdown file) with the trend in
a sentence, a chart of cooperation versus conflict, the drivers by issue, the shifts with their
evidence sentences linked to their documents, the quantitative facts, and the data's limits.

The chart is embedded as a base64 PNG, so the file stands alone: no scripts, no fonts, no
requests when it is opened or forwarded.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..analysis.dyads import AnalysisError
from ..analysis.overview import DyadAnalysis, analyse_dyad
from ..data import package_file
from ..records import CODER_VERSION
from .chart import ReportError, chart_bytes
from .labels import actor_label, issue_label

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Store

BRIEF_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}
MAX_FACTS = 12


@dataclass
class Brief:
    analysis: DyadAnalysis
    a_name: str
    b_name: str
    headline: str  # the trend in one sentence
    overview: str  # the counts in one sentence
    drivers: str  # the issues behind cooperation and conflict in one sentence
    chart_png: bytes
    evidence: list[dict[str, Any]] = field(default_factory=list)  # shifts, each with its events
    key_events: list[dict[str, Any]] = field(default_factory=list)  # when no shift was found
    issues: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    limits: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.a_name}–{self.b_name} relations"


def build_brief(
    store: "Store",
    a: str,
    b: str,
    *,
    since: str | None = None,
    until: str | None = None,
    by: str | None = None,
    include_planned: bool = False,
) -> Brief:
    """Analyse the dyad and write the brief's sentences, chart and evidence (not yet rendered)."""
    analysis = analyse_dyad(store, a, b, by=by, since=since, until=until, include_planned=include_planned)
    if analysis.events.empty:
        kind = "asserted " if not include_planned else ""
        window = "".join([f" since {since}" if since else "", f" until {until}" if until else ""])
        raise AnalysisError(
            f"no {kind}events between {analysis.a} and {analysis.b}{window} in {store.path}; "
            f"check the codes with `dyadwatch events --db {store.path} --actor {analysis.a}`"
        )
    a_name, b_name = actor_label(analysis.a), actor_label(analysis.b)
    return Brief(
        analysis=analysis, a_name=a_name, b_name=b_name,
        headline=headline(analysis, a_name, b_name),
        overview=overview(analysis),
        drivers=drivers_sentence(analysis.issues, analysis.summary.iloc[-1]["net_cooperation"]),
        chart_png=chart_bytes(analysis.series, "png", shifts=analysis.shifts,
                              title=f"{a_name}–{b_name}: cooperation and conflict per {analysis.by}"),
        evidence=_evidence(analysis),
        key_events=[_event_item(row) for row in _rows(analysis.key_events)] if analysis.shifts.empty else [],
        issues=_issues(analysis.issues),
        facts=_facts(store, analysis),
        limits=limits_lines(analysis),
    )


def render_html(brief: Brief) -> str:
    return _template("brief.html.j2").render(**_context(brief))


def render_markdown(brief: Brief) -> str:
    return _template("brief.md.j2").render(**_context(brief))


def write_brief(store: "Store", a: str, b: str, path: str | Path, **kwargs: Any) -> Path:
    """Build the brief and write it to ``path``: Markdown when it ends in .md, else HTML."""
    path = Path(path)
    fmt = BRIEF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ReportError(f"{path}: a brief is written as {', '.join(BRIEF_FORMATS)}; "
                          f"name the output file with one of these endings")
    brief = build_brief(store, a, b, **kwargs)
    text = render_html(brief) if fmt == "html" else render_markdown(brief)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"{path}: cannot write the brief: {exc.strerror or exc}") from exc
    return path


# --------------------------------------------------------------------------- sentences
def headline(analysis: DyadAnalysis, a_name: str, b_name: str) -> str:
    """The trend in one sentence: the largest shift in the net cooperation index, else the
    change from the first half of the periods to the second."""
    pair = f"{a_name}–{b_name} relations"
    shifts = analysis.shifts
    if not shifts.empty:
        deltas = (shifts["after_net_cooperation"] - shifts["before_net_cooperation"]).fillna(0).abs()
        shift = shifts.loc[deltas[::-1].idxmax()]
        before, after = shift["before_net_cooperation"], shift["after_net_cooperation"]
        if _number(before) and _number(after) and before != after:
            turn, verb = ("toward conflict", "fell") if after < before else ("toward cooperation", "rose")
            return (f"{pair} turned {turn} from {shift['period']}: the net cooperation index {verb} from "
                    f"{before:+.2f} ({_span(shift['before'])}) to {after:+.2f} ({_span(shift['after'])}).")
        more = shift["after_cooperation"] + shift["after_conflict"] > shift["before_cooperation"] + shift["before_conflict"]
        return (f"{pair} {'intensified' if more else 'quietened'} from {shift['period']}, "
                f"with {shift['change']} ({_span(shift['before'])} against {_span(shift['after'])}).")
    both = analysis.both
    total = analysis.summary.iloc[-1]
    first, last = both["period"].iloc[0], both["period"].iloc[-1]
    half = len(both) // 2
    early, late = both.iloc[:half], both.iloc[half:]
    nci_early = _nci(early)
    nci_late = _nci(late)
    if half and _number(nci_early) and _number(nci_late) and abs(nci_late - nci_early) >= 0.1:
        verb, trend = ("fell", "worsened") if nci_late < nci_early else ("rose", "improved")
        return (f"{pair} {trend} from {_span(early)} to {_span(late)}: the net cooperation index {verb} "
                f"from {nci_early:+.2f} to {nci_late:+.2f}.")
    return (f"{pair} were {tone(total['net_cooperation'])} from {first} to {last} (net cooperation index "
            f"{total['net_cooperation']:+.2f}), with no clear shift.")


def overview(analysis: DyadAnalysis) -> str:
    total = analysis.summary.iloc[-1]
    limits = analysis.limits
    kind = "asserted" if analysis.modes == ("asserted",) else "asserted, planned or hypothetical"
    when = f" from {limits.first} to {limits.last}" if limits.first else ""
    return (f"{int(total['events'])} {kind} events{when}: {int(total['cooperation'])} cooperative and "
            f"{int(total['conflict'])} conflictual (net cooperation index {total['net_cooperation']:+.2f}; "
            f"Goldstein sum {total['goldstein_sum']:+.1f}, mean {total['goldstein_mean']:+.2f}).")


def drivers_sentence(issues: pd.DataFrame, overall: float, top: int = 3) -> str:
    """Which issues carried the cooperation and which the conflict.

    An issue stands on the cooperation side when its net cooperation index is above ``overall``
    (the dyad's index over all its events) or it saw no conflict, on the conflict side when
    below or it saw no cooperation; on each side issues are ranked by their events of that side,
    then by how far their index leans. Untagged events are left out."""
    tagged = issues[issues["issue"] != "(none)"]
    if tagged.empty:
        return "No event carried an issue tag."
    coop, conf = _sides(tagged, overall)
    coop_names = [issue_label(i) for i in coop["issue"].head(top)]
    conf_names = [issue_label(i) for i in conf["issue"].head(top)]
    if coop_names and conf_names:
        return f"Cooperation came in {_join(coop_names)}, alongside conflict over {_join(conf_names)}."
    if coop_names:
        return f"Cooperation came in {_join(coop_names)}" + (
            "; no conflict was reported." if not tagged["conflict"].sum() else ".")
    if conf_names:
        return f"Conflict centred on {_join(conf_names)}" + (
            "; no cooperation was reported." if not tagged["cooperation"].sum() else ".")
    return "No issue leaned toward cooperation or conflict more than the relationship as a whole."


def _sides(tagged: pd.DataFrame, overall: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    coop = tagged[(tagged["net_cooperation"] > overall) | (tagged["conflict"] == 0)]
    conf = tagged[(tagged["net_cooperation"] < overall) | (tagged["cooperation"] == 0)]
    coop = coop.sort_values(["cooperation", "net_cooperation", "issue"], ascending=[False, False, True],
                            kind="stable")
    conf = conf.sort_values(["conflict", "net_cooperation", "issue"], ascending=[False, True, True],
                            kind="stable")
    return coop, conf


def tone(nci: float) -> str:
    if not _number(nci):
        return "quiet"
    if nci >= 1 / 3:
        return "mostly cooperative"
    if nci <= -1 / 3:
        return "mostly conflictual"
    return "mixed"


def limits_lines(analysis: DyadAnalysis) -> list[str]:
    limits = analysis.limits
    lines = [
        f"{limits.events} events counted, from {limits.documents} documents"
        + (f" of {len(limits.sources)} sources ({', '.join(limits.sources)})" if limits.sources else "")
        + f"; coder version {', '.join(limits.coder_versions) or CODER_VERSION}.",
    ]
    others = ", ".join(f"{n} {mode}" for mode, n in limits.modes.items() if mode != "asserted")
    counted = "counted" if analysis.modes != ("asserted",) else "not counted"
    lines.append(
        f"{limits.non_asserted} of {limits.all_events} events found between the two "
        f"({limits.non_asserted_share:.0%}) are not asserted"
        + (f" ({others})" if others else "")
        + (f"; planned and hypothetical events are {counted}" if limits.non_asserted else "")
        + "; negated and denied events are never counted."
    )
    if limits.publication_dated or limits.coarse_dates or limits.undated:
        lines.append(
            f"{limits.publication_dated} events are dated by their article's publication date, "
            f"{limits.coarse_dates} only to the month or year"
            + (f", {limits.undated} not at all (left out of the chart)" if limits.undated else "")
            + "."
        )
    lines.append("Events are machine-coded from news text: counts follow what was reported, in the "
                 "sources ingested, not everything that happened; check key events against their sentences.")
    return lines


# --------------------------------------------------------------------------- evidence
def _evidence(analysis: DyadAnalysis) -> list[dict[str, Any]]:
    out = []
    for shift in _rows(analysis.shifts):
        rows = analysis.shift_events[analysis.shift_events["shift"] == shift["shift"]]
        before, after = shift["before_net_cooperation"], shift["after_net_cooperation"]
        out.append({
            "period": shift["period"],
            "change": shift["change"],
            "before": _span(shift["before"]),
            "after": _span(shift["after"]),
            "nci": f"{_signed(before)} → {_signed(after)}",
            "rates": (f"{shift['before_cooperation']:.2g} → {shift['after_cooperation']:.2g} cooperative and "
                      f"{shift['before_conflict']:.2g} → {shift['after_conflict']:.2g} conflictual events "
                      f"per {analysis.by}"),
            "events": [_event_item(row) for row in _rows(rows)],
        })
    return out


def _event_item(row: dict[str, Any]) -> dict[str, Any]:
    date = row["date"]
    url = row.get("doc_url")
    source = row.get("doc_source") or ""
    title = row.get("doc_title") or ""
    return {
        "date": date.date().isoformat() if isinstance(date, pd.Timestamp) and not pd.isna(date) else "undated",
        "source": row["source"], "target": row["target"],
        "source_name": actor_label(row["source"]), "target_name": actor_label(row["target"]),
        "plover": row["plover"] or "", "cameo": row["cameo"], "goldstein": f"{row['goldstein']:+.1f}",
        "quad_class": int(row["quad_class"]), "mode": row["mode"],
        "issues": ", ".join(issue_label(i) for i in row["issues"]),
        "sentence": row["sentence"],
        "doc_id": row["doc_id"],
        "url": url if isinstance(url, str) and url else None,
        "doc_label": title or source or row["doc_id"],
        "doc_where": f"document {row['doc_id']}" + (f", {source}" if source else ""),
    }


def _issues(issues: pd.DataFrame) -> list[dict[str, Any]]:
    widest = max([int(r["events"]) for r in _rows(issues)] or [1])
    out = []
    for row in _rows(issues):
        out.append({
            "issue": issue_label(row["issue"]), "events": int(row["events"]),
            "cooperation": int(row["cooperation"]), "conflict": int(row["conflict"]),
            "nci": _signed(row["net_cooperation"]), "goldstein": f"{row['goldstein_sum']:+.1f}",
            "coop_width": round(100 * row["cooperation"] / widest, 1),
            "conf_width": round(100 * row["conflict"] / widest, 1),
        })
    return out


def _facts(store: "Store", analysis: DyadAnalysis) -> list[dict[str, Any]]:
    facts = store.facts(dyad=(analysis.a, analysis.b), limit=MAX_FACTS)
    docs = store.documents_frame(sorted({f.doc_id for f in facts}))
    meta = {row["doc_id"]: row for row in _rows(docs)}
    out = []
    for f in facts:
        doc = meta.get(f.doc_id, {})
        url = doc.get("url")
        out.append({
            "text": f.text, "measure": f.measure or "", "actors": ", ".join(f.actors),
            "period": f.period or "", "sentence": f.sentence,
            "url": url if isinstance(url, str) and url else None,
            "doc_label": doc.get("title") or doc.get("source") or f.doc_id,
            "doc_where": f"document {f.doc_id}" + (f", {doc['source']}" if doc.get("source") else ""),
        })
    return out


# --------------------------------------------------------------------------- rendering
def _context(brief: Brief) -> dict[str, Any]:
    analysis = brief.analysis
    limits = analysis.limits
    window = " – ".join(filter(None, [analysis.since or limits.first, analysis.until or limits.last]))
    return {
        "brief": brief,
        "title": brief.title,
        "window": window,
        "by": analysis.by,
        "dyad": f"{analysis.a}–{analysis.b}",
        "modes": ", ".join(analysis.modes),
        "chart_data_uri": "data:image/png;base64," + base64.b64encode(brief.chart_png).decode("ascii"),
        "summary": [
            {"direction": row["direction"].replace("->", " → ") if row["direction"] != "both" else "both directions",
             "events": int(row["events"]), "cooperation": int(row["cooperation"]),
             "conflict": int(row["conflict"]), "nci": _signed(row["net_cooperation"]),
             "goldstein_sum": f"{row['goldstein_sum']:+.1f}", "goldstein_mean": _signed(row["goldstein_mean"])}
            for row in _rows(analysis.summary)
        ],
        "top_actors": [{**row, "name": actor_label(row["actor"])} for row in _rows(analysis.top_actors)],
        "top_event_types": _rows(analysis.top_event_types),
        "coder_version": CODER_VERSION,
    }


def _template(name: str) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(package_file("templates"))),
        autoescape=jinja2.select_autoescape(["html", "html.j2"]),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = markdown_text
    return env.get_template(name)


def markdown_text(text: Any) -> str:
    """Text on one line with Markdown's active characters escaped."""
    flat = " ".join(str(text).split())
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in flat)


_MD_SPECIAL = set("\\`*_[]<>|#")


# --------------------------------------------------------------------------- helpers
def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return frame.to_dict(orient="records") if len(frame) else []


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not math.isnan(value)


def _signed(value: Any) -> str:
    return f"{value:+.2f}" if _number(value) else "–"


def _nci(rows: pd.DataFrame) -> float:
    coop, conf = int(rows["cooperation"].sum()), int(rows["conflict"].sum())
    return (coop - conf) / (coop + conf) if coop + conf else float("nan")


def _span(value: Any) -> str:
    """'2013-Q1..2013-Q3' (or a series slice) as '2013-Q1 – 2013-Q3'; one period as itself."""
    if isinstance(value, pd.DataFrame):
        first, last = value["period"].iloc[0], value["period"].iloc[-1]
    else:
        first, _, last = str(value).partition("..")
    return first if not last or first == last else f"{first} – {last}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
