"""The command line: thin commands over the library. Errors become one line on stderr."""

from __future__ import annotations

import csv
import functools
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import click

from .config import Options, load_options
from .errors import DyadwatchError
from .records import CodedDocument, Event, Rejected

log = logging.getLogger("dyadwatch")


def _errors_to_exit(func: Callable) -> Callable:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DyadwatchError as exc:
            click.echo(f"dyadwatch: error: {exc}", err=True)
            sys.exit(2)

    return wrapper


def _options(ctx: click.Context, **overrides: Any) -> Options:
    return load_options(ctx.obj.get("config"), **overrides)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", type=click.Path(dir_okay=False), help="dyadwatch.toml to read (default: ./dyadwatch.toml).")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.version_option(package_name="dyadwatch")
@click.pass_context
def main(ctx: click.Context, config: str | None, verbose: int) -> None:
    """dyadwatch: political events and dyad indicators from international news."""
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2), stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    if verbose < 2:  # the HTML extractor's own notes ("discarding data") repeat our reject lines
        for noisy in ("trafilatura", "htmldate", "courlan"):
            logging.getLogger(noisy).setLevel(logging.ERROR)
    ctx.ensure_object(dict)
    ctx.obj["config"] = config


# --------------------------------------------------------------------------- code
@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document per line.")
@click.option("--model", help="spaCy model package to use.")
@click.pass_context
@_errors_to_exit
def code(ctx: click.Context, files: Sequence[str], as_json: bool, model: str | None) -> None:
    """Code files without a store: FILE is .txt, .html, .jsonl, .warc(.gz), a URL, or - for stdin."""
    from .pipeline import Pipeline
    from .runner import code_inputs

    pipeline = Pipeline(_options(ctx, model=model))
    _emit(code_inputs(files, pipeline), coded_to_json if as_json else None, _print_coded)


def _emit(items, to_json: Callable[[Any], dict[str, Any]] | None, show: Callable[[Any], None]) -> None:
    """Print each document (one JSON object per line, or for a person) and each reject as one
    line on stderr; exit 1 when anything was rejected."""
    failed = 0
    for item in items:
        if isinstance(item, Rejected):
            failed += 1
            click.echo(f"dyadwatch: {item.source}: {item.reason}", err=True)
        elif to_json is not None:
            click.echo(json.dumps(to_json(item), ensure_ascii=False))
        else:
            show(item)
    if failed:
        sys.exit(1)


def coded_to_json(coded: CodedDocument) -> dict[str, Any]:
    doc = coded.document.to_dict()
    document = {k: doc[k] for k in ("id", "source", "title", "date", "url", "language")}
    return {
        "document": document,
        "actors": [m.to_dict() for m in coded.actors],
        "events": [e.to_dict() for e in coded.events],
        "facts": [f.to_dict() for f in coded.facts],
    }


def _print_coded(coded: CodedDocument) -> None:
    d = coded.document
    click.echo(f"== {d.title or d.source or d.id}  ({d.date or 'undated'}; {len(coded.actors)} actor mentions, {len(coded.events)} events)")
    for e in coded.events:
        click.echo(f"  {e.date or '?':10}  {e.source:>10} -> {e.target:<10} {e.cameo:>4} {e.plover or '-':9} {e.mode:12} {e.rule}")
        click.echo(f"      {_clip(e.sentence, 110)}")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# ------------------------------------------------------------------------- ingest
@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help="DuckDB store (default: ./dyadwatch.duckdb or $DYADWATCH_DB).")
@click.option("--strict", is_flag=True, help="Exit 1 when any input was rejected.")
@click.option("--model", help="spaCy model package to use.")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds for each URL or feed request.")
@click.option("--max-mb", type=float, default=20.0, show_default=True, help="Largest single document (file, JSONL line, WARC record, download).")
@click.option("--batch-size", type=click.IntRange(1), default=32, show_default=True, help="Documents per stored transaction.")
@click.pass_context
@_errors_to_exit
def ingest(ctx: click.Context, paths: Sequence[str], db: str | None, strict: bool, model: str | None,
           timeout: float, max_mb: float, batch_size: int) -> None:
    """Ingest and code files, folders, globs, JSONL, WARC, feeds and URLs into the store."""
    from .pipeline import Pipeline
    from .runner import ingest as run_ingest
    from .store import Store

    options = _options(ctx, db=db, model=model)
    pipeline = Pipeline(options)
    last = [0.0]
    shown = [0]

    def show_rejects(report) -> None:
        for rej in report.rejected[shown[0]:]:
            click.echo(f"dyadwatch: rejected {rej.source}: {rej.reason}", err=True)
        shown[0] = len(report.rejected)

    def progress(report) -> None:
        show_rejects(report)
        if time.monotonic() - last[0] >= 2.0:  # the first batch, then every 2 s
            last[0] = time.monotonic()
            click.echo(f"ingest: {report.documents} documents read, {report.coded} coded, {report.events} events, "
                       f"{len(report.rejected)} rejected ... {_clip(report.current, 60)}", err=True)

    with Store(options.db) as store:
        report = run_ingest(paths, store, pipeline, batch_size=batch_size, progress=progress,
                            options=_ingest_options(timeout, max_mb))
    show_rejects(report)
    click.echo(f"{report.summary()}; store: {options.db}", err=True)
    if strict and report.rejected:
        sys.exit(1)


def _ingest_options(timeout: float, max_mb: float):
    from .ingest import IngestOptions

    return IngestOptions(timeout=timeout, max_bytes=int(max_mb * 2**20))


# ------------------------------------------------------------------------ extract
@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document per line.")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds for each URL or feed request.")
@click.option("--max-mb", type=float, default=20.0, show_default=True, help="Largest single document.")
@_errors_to_exit
def extract(files: Sequence[str], as_json: bool, timeout: float, max_mb: float) -> None:
    """Clean documents without coding (files, URLs, feeds, WARC, - for stdin): title, date, language, text."""
    from .ingest import extract_documents

    items = extract_documents(files, options=_ingest_options(timeout, max_mb))
    _emit(items, extracted_to_json if as_json else None, _print_extracted)


def _print_extracted(d) -> None:
    extra = f"; copy of {d.duplicate_of}" if d.duplicate_of else ""
    click.echo(f"== {d.title or d.source}  ({d.date or 'undated'}; {d.language or 'language unknown'}; "
               f"{len(d.text)} characters kept, {d.boilerplate_chars} dropped{extra})")
    click.echo(f"   {d.source}" + (f"  {d.url}" if d.url and d.url != d.source else ""))
    click.echo(d.text + "\n")


def extracted_to_json(doc) -> dict[str, Any]:
    d = doc.to_dict()
    keys = ("id", "source", "title", "date", "url", "language", "author", "site_name", "duplicate_of", "text", "boilerplate_chars")
    return {k: d[k] for k in keys}


# ------------------------------------------------------------------------- events
@main.command()
@click.option("--db", help="DuckDB store (default: ./dyadwatch.duckdb or $DYADWATCH_DB).")
@click.option("--dyad", nargs=2, metavar="A B", help="Events between A and B, either direction (JPN RUS, JPNGOV RUS).")
@click.option("--actor", help="Events with this actor as source or target.")
@click.option("--since", help="From this date (YYYY-MM-DD).")
@click.option("--until", help="Up to this date (YYYY-MM-DD).")
@click.option("--mode", "modes", multiple=True, type=click.Choice(["asserted", "negated", "hypothetical", "planned", "denied"]),
              help="Only events of this mode (repeatable; default: all).")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@click.pass_context
@_errors_to_exit
def events(ctx, db, dyad, actor, since, until, modes, limit, fmt) -> None:
    """List events from the store."""
    from .store import Store

    options = _options(ctx, db=db)
    with Store(options.db, read_only=True) as store:
        rows = store.events(dyad=tuple(dyad) if dyad else None, actor=actor, since=since, until=until,
                            modes=modes or None, limit=limit)
    _print_events(rows, fmt)


def _print_events(rows: list[Event], fmt: str) -> None:
    if fmt == "jsonl":
        for e in rows:
            click.echo(e.to_json())
    elif fmt == "csv":
        fields = list(Event.__dataclass_fields__)
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(fields)
        for e in rows:
            d = e.to_dict()
            d["issues"] = ";".join(d["issues"])
            d["location"] = json.dumps(d["location"]) if d["location"] else ""
            writer.writerow([d[f] for f in fields])
    else:
        click.echo(f"{'date':10}  {'source':>10}    {'target':<10} {'cameo':>5} {'plover':9} {'mode':12} evidence")
        for e in rows:
            click.echo(
                f"{e.date or '?':10}  {e.source:>10} -> {e.target:<10} {e.cameo:>5} {e.plover or '-':9} {e.mode:12} "
                f"{_clip(e.sentence, 70)}"
            )
        click.echo(f"({len(rows)} events)", err=True)


# -------------------------------------------------------------------------- facts
@main.command()
@click.option("--db", help="DuckDB store (default: ./dyadwatch.duckdb or $DYADWATCH_DB).")
@click.option("--dyad", nargs=2, metavar="A B", help="Facts concerning both A and B.")
@click.option("--actor", help="Facts concerning this actor.")
@click.option("--measure", help='Only this measure (e.g. "investment", "trade", "gas supply").')
@click.option("--limit", type=int, help="At most this many facts.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.pass_context
@_errors_to_exit
def facts(ctx, db, dyad, actor, measure, limit, fmt) -> None:
    """List quantitative facts (money, volumes, shares) from the store."""
    from .store import Store

    options = _options(ctx, db=db)
    with Store(options.db, read_only=True) as store:
        rows = store.facts(dyad=tuple(dyad) if dyad else None, actor=actor, measure=measure, limit=limit)
    for f in rows:
        if fmt == "jsonl":
            click.echo(f.to_json())
        else:
            click.echo(f"{f.text:28} {f.quantity:>16,.0f} {f.unit:12} {f.measure or '-':16} "
                       f"{','.join(f.actors) or '-':18} {f.period or '':5} {_clip(f.sentence, 60)}")
    if fmt == "table":
        click.echo(f"({len(rows)} facts)", err=True)


# --------------------------------------------------------------------------- demo
@main.command()
@click.option("--db", default=None, help="Where to write the demo store (default: ./dyadwatch-demo.duckdb).")
@click.pass_context
@_errors_to_exit
def demo(ctx: click.Context, db: str | None) -> None:
    """Code the bundled sample corpus into a fresh store and show the main dyads."""
    from .demo import DEMO_DB, run_demo

    db = db or DEMO_DB
    click.echo("Coding the sample corpus (Japan-Russia and other dyads, 2013-2015) ...", err=True)
    started = time.perf_counter()
    result = run_demo(db, _options(ctx))
    took = time.perf_counter() - started
    r = result.report
    click.echo(f"{r.coded} documents coded in {took:.1f} s: {result.counts['events']} events, "
               f"{result.counts['facts']} facts, {result.counts['mentions']} actor mentions, "
               f"{len(r.rejected)} rejected.\n")
    click.echo("Main dyads (asserted events; cooperation = QuadClass 1-2, conflict = 3-4):")
    click.echo(f"  {'dyad':9} {'events':>6} {'coop':>5} {'confl':>5} {'balance':>8} {'Goldstein':>9}")
    for row in result.dyads:
        balance = (row["cooperation"] - row["conflict"]) / row["events"] if row["events"] else 0.0
        click.echo(f"  {row['a']}-{row['b']:5} {row['events']:>6} {row['cooperation']:>5} {row['conflict']:>5} "
                   f"{balance:>+8.2f} {row['goldstein_sum']:>+9.1f}")
    click.echo(f"\nStore: {result.db}")
    click.echo(f"Brief: {result.brief}")
    click.echo("Next:")
    click.echo(f"  dyadwatch events --db {result.db} --dyad JPN RUS")
    click.echo(f"  dyadwatch events --db {result.db} --dyad JPN RUS --format csv > jpn_rus.csv")
    click.echo(f"  dyadwatch facts --db {result.db} --dyad JPN RUS")
    click.echo('  echo "Japan imposed sanctions on Russia." | dyadwatch code - --json')


# ------------------------------------------------------------------------- doctor
@main.command()
@click.option("--db", help="Store to check (default: ./dyadwatch.duckdb or $DYADWATCH_DB).")
@click.pass_context
@_errors_to_exit
def doctor(ctx: click.Context, db: str | None) -> None:
    """Check Python, the spaCy model, the data files and the store; name the fix for each problem."""
    from .doctor import run_checks

    checks = run_checks(_options(ctx, db=db))
    for c in checks:
        click.echo(f"{'ok ' if c.ok else 'BAD'}  {c.name:8} {c.detail}")
        if not c.ok:
            click.echo(f"     fix: {c.fix}")
    if not all(c.ok for c in checks):
        sys.exit(1)


def _register_extensions() -> None:
    from .cli_analysis import register

    register(main)


_register_extensions()


if __name__ == "__main__":  # pragma: no cover
    main()
