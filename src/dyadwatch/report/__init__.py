"""Reports from analysis results: the analyst's brief (HTML or Markdown) and its chart."""

from __future__ import annotations

from .brief import Brief, build_brief, render_html, render_markdown, write_brief
from .chart import ReportError, chart_bytes, cooperation_chart, save_chart

__all__ = ["Brief", "ReportError", "build_brief", "chart_bytes", "cooperation_chart", "render_html",
           "render_markdown", "save_chart", "write_brief"]
