"""The cooperation-versus-conflict chart of a dyad, drawn with matplotlib's Agg canvas.

Figures are built with :class:`matplotlib.figure.Figure` on an explicit ``FigureCanvasAgg``:
no pyplot, no global backend switch, no display needed, safe in threads and on servers.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..errors import DyadwatchError

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

COLOURS = {"verbal_cooperation": "#8fd19e", "material_cooperation": "#2e8b57",
           "verbal_conflict": "#f4a582", "material_conflict": "#c0392b", "nci": "#1f3b73"}
CHART_FORMATS = (".png", ".svg")


class ReportError(DyadwatchError):
    """A report or chart cannot be written (unknown format, unwritable path, no data)."""


def cooperation_chart(series: pd.DataFrame, *, title: str = "", shifts: pd.DataFrame | None = None) -> "Figure":
    """Bars of cooperative events (up) and conflictual events (down) per period, verbal and
    material stacked, with the net cooperation index as a line on the right axis and dashed
    lines where a shift starts. ``series`` holds period_series rows (the "both" rows are used)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    both = series[series["direction"] == "both"].reset_index(drop=True) if "direction" in series else series
    fig = Figure(figsize=(9, 4.2), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    x = list(range(len(both)))
    verbal_coop = both["verbal_cooperation"].astype(float)
    material_coop = both["material_cooperation"].astype(float)
    verbal_conf = both["verbal_conflict"].astype(float)
    material_conf = both["material_conflict"].astype(float)
    ax.bar(x, verbal_coop, color=COLOURS["verbal_cooperation"], label="verbal cooperation")
    ax.bar(x, material_coop, bottom=verbal_coop, color=COLOURS["material_cooperation"], label="material cooperation")
    ax.bar(x, -verbal_conf, color=COLOURS["verbal_conflict"], label="verbal conflict")
    ax.bar(x, -material_conf, bottom=-verbal_conf, color=COLOURS["material_conflict"], label="material conflict")
    ax.axhline(0, color="#444444", linewidth=0.8)
    top = max(1.0, float((verbal_coop + material_coop).max() or 0), float((verbal_conf + material_conf).max() or 0))
    ax.set_ylim(-top * 1.15, top * 1.15)
    ax.set_ylabel("events (cooperation up, conflict down)")
    ax.yaxis.set_major_formatter(lambda value, _pos: f"{abs(value):g}")
    step = max(1, len(x) // 12)
    ax.set_xticks(x[::step], both["period"].tolist()[::step], rotation=45, ha="right", fontsize=8)
    ax.set_xlim(-0.6, len(x) - 0.4)
    nci_axis = ax.twinx()
    nci_axis.plot(x, both["net_cooperation"].astype(float), color=COLOURS["nci"], marker="o",
                  markersize=3.5, linewidth=1.4, label="net cooperation index")
    nci_axis.set_ylim(-1.15, 1.15)
    nci_axis.set_ylabel("net cooperation index (−1 … +1)")
    if shifts is not None:
        positions = {period: i for i, period in enumerate(both["period"])}
        for period in shifts.get("period", []):
            if period in positions:
                ax.axvline(positions[period] - 0.5, color="#555555", linestyle="--", linewidth=1)
    handles, labels = ax.get_legend_handles_labels()
    more_handles, more_labels = nci_axis.get_legend_handles_labels()
    fig.legend(handles + more_handles, labels + more_labels, loc="outside lower center", fontsize=8, ncols=5,
               frameon=False)
    if title:
        ax.set_title(title, fontsize=11)
    for side in ("top",):
        ax.spines[side].set_visible(False)
        nci_axis.spines[side].set_visible(False)
    return fig


def chart_bytes(series: pd.DataFrame, fmt: str = "png", **kwargs: object) -> bytes:
    """The chart as PNG or SVG bytes (deterministic: no date or software stamp)."""
    import matplotlib

    with matplotlib.rc_context({"svg.hashsalt": "dyadwatch", "svg.fonttype": "path"}):
        fig = cooperation_chart(series, **kwargs)  # type: ignore[arg-type]
        buffer = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def save_chart(series: pd.DataFrame, path: str | Path, **kwargs: object) -> Path:
    """Write the chart to ``path`` (.png or .svg, by its suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CHART_FORMATS:
        raise ReportError(f"{path}: cannot draw a chart in {suffix or 'a file without suffix'}; "
                          f"use one of {', '.join(CHART_FORMATS)}")
    data = chart_bytes(series, suffix[1:], **kwargs)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ReportError(f"{path}: cannot write the chart: {exc.strerror or exc}") from exc
    return path
