"""Analysis commands of the CLI (dyad, brief), registered on the main group by cli.py.

Thin wrappers: they parse arguments, call :mod:`dyadwatch.analysis` / :mod:`dyadwatch.report`,
and print. Errors are DyadwatchError subclasses, turned into one line by ``_errors_to_exit``.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from typing import Any

import click

PERIOD_CHOICES = ("day", "week", "month", "quarter", "year")


def register(group: click.Group) -> None:
    """Add the analysis commands to ``group``."""
    from .cli import _errors_to_exit, _options

    db_option = click.option("--db", help="DuckDB store (default: ./dyadwatch.duckdb or $DYADWATCH_DB).")
    since_option = click.option("--since", help="From this date (YYYY-MM-DD).")
    until_option = click.option("--until", help="Up to this date (YYYY-MM-DD).")
    planned_option = click.option("--include-planned", is_flag=True,
                                  help="Also count planned and hypothetical events (default: asserted only).")

    @group.command()
    @click.argument("a")
    @click.argument("b")
    @click.option("--by", type=click.Choice(PERIOD_CHOICES), default="month", show_default=True,
                  help="Period of the series.")
    @since_option
    @until_option
    @planned_option
    @click.option("--json", "as_json", is_flag=True, help="The whole analysis as one JSON object.")
    @click.option("--csv", "as_csv", is_flag=True, help="The series as CSV (one row per direction and period).")
    @click.option("--plot", type=click.Path(dir_okay=False), help="Also draw the chart to FILE.png or FILE.svg.")
    @db_option
    @click.pass_context
    @_errors_to_exit
    def dyad(ctx: click.Context, a: str, b: str, by: str, since: str | None, until: str | None,
             include_planned: bool, as_json: bool, as_csv: bool, plot: str | None, db: str | None) -> None:
        """Relationship series of A and B (country or actor codes: JPN RUS, JPNGOV RUS), both directions."""
        from .analysis import analyse_dyad
        from .report.chart import save_chart
        from .store import Store

        if as_json and as_csv:
            raise click.UsageError("choose one of --json and --csv")
        options = _options(ctx, db=db)
        with Store(options.db, read_only=True) as store:
            result = analyse_dyad(store, a, b, by=by, since=since, until=until, include_planned=include_planned)
        if plot:
            save_chart(result.series, plot, shifts=result.shifts,
                       title=f"{result.a}-{result.b}: cooperation and conflict per {result.by}")
            click.echo(f"chart: {plot}", err=True)
        if as_json:
            click.echo(json.dumps(result.to_json(), ensure_ascii=False))
        elif as_csv:
            _print_csv(result.series)
        else:
            _print_table(result)

    @group.command()
    @click.argument("a")
    @click.argument("b")
    @click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
                  help="Write the brief here: .html (self-contained page) or .md (Markdown).")
    @click.option("--by", type=click.Choice(PERIOD_CHOICES), default=None,
                  help="Period of the chart and shifts (default: chosen from the data).")
    @since_option
    @until_option
    @planned_option
    @db_option
    @click.pass_context
    @_errors_to_exit
    def brief(ctx: click.Context, a: str, b: str, output: str, by: str | None, since: str | None,
              until: str | None, include_planned: bool, db: str | None) -> None:
        """An analyst's brief on A and B: trend, chart, drivers, shifts with evidence, facts, limits."""
        from .report import write_brief
        from .store import Store

        options = _options(ctx, db=db)
        with Store(options.db, read_only=True) as store:
            path = write_brief(store, a, b, output, since=since, until=until, by=by,
                               include_planned=include_planned)
        click.echo(str(path))


    @group.command(name="eval")
    @click.argument("gold", type=click.Path(exists=True, dir_okay=False))
    @click.option("--errors", type=int, default=0, help="Also print N sentences the coder got wrong.")
    @click.option("--model", help="spaCy model package to use.")
    @click.pass_context
    @_errors_to_exit
    def evaluate_gold(ctx: click.Context, gold: str, errors: int, model: str | None) -> None:
        """Score the coder on gold-coded sentences (CAMEO triples or PLOVER records, JSONL)."""
        from .evaluate import CameoScore, evaluate, format_cameo, format_plover
        from .pipeline import Pipeline

        kind, score = evaluate(Pipeline(_options(ctx, model=model)), gold)
        lines = format_cameo(kind, score) if isinstance(score, CameoScore) else format_plover(kind, score)
        for line in lines:
            click.echo(line)
        for err in score.errors[:errors]:
            click.echo(f"\n{err['id']}: {err['text']}\n  gold {err['gold']}\n  got  {err['predicted']} {err['rules']}")


def _print_csv(series: Any) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    columns = list(series.columns)
    writer.writerow(columns)
    for row in series.itertuples(index=False):
        writer.writerow([_csv_value(v) for v in row])


def _csv_value(value: Any) -> Any:
    if hasattr(value, "date") and hasattr(value, "normalize"):
        return value.date().isoformat()
    if isinstance(value, float):
        return "" if math.isnan(value) else round(value, 6)
    return value


def _print_table(result: Any) -> None:
    a, b = result.a, result.b
    wide = result.series.pivot(index="period", columns="direction", values="events")
    both = result.both
    if both.empty:
        click.echo(f"(no events between {a} and {b}; check the codes with `dyadwatch events --actor {a}`)", err=True)
        return
    click.echo(f"{a}-{b} per {result.by}, events: {', '.join(result.modes)}")
    click.echo(f"{'period':10} {a + '->' + b:>9} {b + '->' + a:>9} {'events':>6} {'coop':>5} {'confl':>5} "
               f"{'Goldstein':>9} {'mean':>6} {'NCI':>6}")
    for row in both.itertuples(index=False):
        click.echo(f"{row.period:10} {int(wide.loc[row.period, f'{a}->{b}']):>9} "
                   f"{int(wide.loc[row.period, f'{b}->{a}']):>9} {row.events:>6} {row.cooperation:>5} "
                   f"{row.conflict:>5} {row.goldstein_sum:>+9.1f} {_signed(row.goldstein_mean):>6} "
                   f"{_signed(row.net_cooperation):>6}")
    total = result.summary.iloc[-1]
    first, second = result.summary.iloc[0], result.summary.iloc[1]
    click.echo(f"{'total':10} {int(first['events']):>9} {int(second['events']):>9} {int(total['events']):>6} "
               f"{int(total['cooperation']):>5} {int(total['conflict']):>5} {total['goldstein_sum']:>+9.1f} "
               f"{_signed(total['goldstein_mean']):>6} {_signed(total['net_cooperation']):>6}")
    if len(result.shifts):
        click.echo("\nShifts:")
        for shift in result.shifts.itertuples(index=False):
            click.echo(f"  from {shift.period}: {shift.change}, net cooperation "
                       f"{_signed(shift.before_net_cooperation)} -> {_signed(shift.after_net_cooperation)} "
                       f"({len(shift.event_ids)} key events)")
    limits = result.limits
    click.echo(f"({limits.events} events from {limits.documents} documents; "
               f"{limits.non_asserted} of {limits.all_events} not asserted; NCI = (coop - conflict) / (coop + conflict))",
               err=True)


def _signed(value: Any) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:+.2f}"
