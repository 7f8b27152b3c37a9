"""The ``computecast`` command line.

Heavy modules (polars, scikit-learn, SQLAlchemy, Prefect) are imported inside the commands that
need them, so ``computecast --help`` starts quickly.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from flows.cli_common import EXIT_QUARANTINED, INT4_MAX, check_paths_exist, to_json
from flows.cli_common import fail as _fail
from flows.cli_common import open_engine as _engine
from flows.cli_common import parse_date as _parse_date

app = typer.Typer(
    help="computecast: AI compute demand forecasts from tenders, capex announcements and market reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    epilog="Exit codes: 0 done (every input stored), 1 some inputs quarantined (listed) or an unexpected error, "
           "2 usage, 3 database unreachable, 4 not found (a path, a run id).",
)
db_app = typer.Typer(help="Database schema and access.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def _version(value: bool) -> None:
    if value:
        from flows.jobs import code_version

        typer.echo(f"computecast {code_version()}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version (package and git commit) and exit.")] = False,
) -> None:
    """computecast: AI compute demand forecasts from tenders, capex announcements and market reports."""


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def _console() -> Any:
    """A rich console; wide enough for a year-by-year table when output goes to a file or pipe."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal:
        console = Console(width=150)
    return console


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or http(s) URLs.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="jsonl: one fact per line.")] = OutputFormat.jsonl,
    kind: Annotated[str | None, typer.Option(help="Force the document kind: tender, capex, market_report, feed.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="For every number in each document: the fact it became, or why it was skipped.")] = False,
) -> None:
    """Print the facts read from documents (the FACTS.md contract); touches no database.

    Exit 1 when an input was quarantined (each listed on stderr with its reason), 4 for a path that
    does not exist.
    """
    from connectors import read_sources
    from connectors.model import Quarantined

    check_paths_exist(paths)
    if explain:
        _explain(paths, kind, format)
        return
    quarantined = 0
    rows: list[dict[str, Any]] = []
    for result in read_sources(paths, kind=kind):
        if isinstance(result, Quarantined):
            quarantined += 1
            typer.echo(f"quarantined {result.source_uri}: {result.reason}", err=True)
            continue
        for fact in result.facts:
            row = fact.to_dict()
            if format is OutputFormat.jsonl:
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                rows.append({**row, "source_uri": result.source_uri})
    if format is OutputFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif format is OutputFormat.table:
        from rich.table import Table

        table = Table("metric", "value", "unit", "period", "region/entity", "item", "of", "basis", "quote")
        for r in rows:
            table.add_row(
                r["metric"], f"{r['value']:.6g}", r["unit"], r["period"] or "", r["region"] or r["entity"] or "",
                r["item"] or "", r["of"] or "", r["basis"], r["quote"][:60],
            )
        _console().print(table)
    if quarantined:
        raise typer.Exit(EXIT_QUARANTINED)


def _explain(paths: list[str], kind: str | None, format: OutputFormat) -> None:
    """``extract --explain``: every number of every text document and what became of it."""
    from connectors import read_sources
    from connectors.decode import DecodeError, decode_bytes
    from connectors.extract import explain_text
    from connectors.html import html_to_text, looks_like_html
    from connectors.model import Quarantined

    for result in read_sources(paths, kind=kind):
        published = None
        if isinstance(result, Quarantined):
            if not result.reason.startswith("no facts found"):
                typer.echo(f"quarantined {result.source_uri}: {result.reason}", err=True)
                continue
            try:
                text, _ = decode_bytes(result.raw)
            except DecodeError as exc:
                typer.echo(f"quarantined {result.source_uri}: {exc}", err=True)
                continue
            if looks_like_html(text):
                text, _, published = html_to_text(text)
        elif result.kind == "feed":
            continue
        else:
            text, published = result.text, result.published
        doc_kind = None if isinstance(result, Quarantined) else result.kind
        rows = explain_text(text, published=published, kind=kind or doc_kind)
        if format is not OutputFormat.table:
            for r in rows:
                typer.echo(json.dumps({"source_uri": result.source_uri, **r}, ensure_ascii=False))
            continue
        typer.echo(f"# {result.source_uri} (published {published or 'unknown'})")
        for r in rows:
            head = f"{r['quote']!r} = {r['value']:.6g} {r['unit'] or '(no unit)'}"
            if r["facts"]:
                for f in r["facts"]:
                    keys = " ".join(f"{k}={f[k]}" for k in ("period", "region", "entity", "item", "of") if f[k])
                    typer.echo(f"  {head} -> {f['metric']} {keys} basis={f['basis']}")
            else:
                typer.echo(f"  {head} -> skipped: {r['skipped']}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or http(s) URLs.")],
    kind: Annotated[str | None, typer.Option(help="Force the document kind.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """Store documents and their facts; bad inputs are quarantined with a reason, never dropped.

    Exit 0 when every input is stored (or was already), 1 when some were quarantined (listed on
    stderr), 4 for a path that does not exist (nothing is read).
    """
    from flows.jobs import ingest as run_ingest

    check_paths_exist(paths)
    summary = run_ingest(_engine(), paths, kind=kind)
    if format is OutputFormat.table:
        for uri, reason in summary.quarantine:
            typer.echo(f"quarantined {uri}: {reason}", err=True)
        typer.echo(summary.line())
    else:
        typer.echo(json.dumps(summary.__dict__, ensure_ascii=False))
    if summary.quarantine:
        raise typer.Exit(EXIT_QUARANTINED)


@app.command()
def forecast(
    as_of: Annotated[str | None, typer.Option("--as-of", help="Use only documents published on or before this date (YYYY-MM-DD).")] = None,
    scenario: Annotated[Path | None, typer.Option(help="Scenario TOML (default data/scenario.toml).", exists=True, dir_okay=False)] = None,
    seed: Annotated[int | None, typer.Option(min=0, max=INT4_MAX, help="Random seed of the Monte Carlo (recorded with the run).")] = None,
    draws: Annotated[int | None, typer.Option(min=100, help="Monte Carlo draws (at most what half the available memory holds).")] = None,
    supersedes: Annotated[int | None, typer.Option(min=1, max=INT4_MAX, help="Run id this run corrects.")] = None,
    allow_empty: Annotated[bool, typer.Option("--allow-empty", help="Publish even with no visible facts and no history (the scenario alone).")] = False,
    allow_future: Annotated[bool, typer.Option("--allow-future", help="Allow an --as-of after today (up to 10 years).")] = False,
    force: Annotated[bool, typer.Option("--force", help="Publish even when an identical vintage exists (same inputs, scenario, seed, draws, code version and as-of).")] = False,
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """Run the forecasting core on stored facts and bundled history; publish a new immutable vintage.

    Its kind is production (as of today), re-creation (a past --as-of) or what-if (another
    scenario, or a future --as-of). An identical re-run publishes nothing and names the run
    that holds the vintage (exit 0).
    """
    from flows.jobs import DEFAULT_DRAWS, DEFAULT_SEED, ForecastArgumentError
    from flows.jobs import forecast as run_forecast
    from forecasting import EmptyInputsError, ScenarioError
    from forecasting.history import HistoryError
    from forecasting.observation import RolesError
    from warehouse.errors import RunNotFoundError

    engine = _engine()
    try:
        outcome = run_forecast(
            engine,
            force=force,
            as_of=_parse_date(as_of),
            scenario_path=scenario,
            seed=DEFAULT_SEED if seed is None else seed,
            draws=draws or DEFAULT_DRAWS,
            supersedes_run_id=supersedes,
            allow_empty=allow_empty,
            allow_future=allow_future,
        )
    except (EmptyInputsError, RolesError, ScenarioError, HistoryError, ForecastArgumentError) as exc:
        _fail(str(exc), code=2)
    except RunNotFoundError as exc:
        _fail(str(exc), code=4)
    if not outcome.published:
        _print_unchanged(outcome.run_id, outcome.line(), format)
        return
    _print_run(engine, outcome.run_id, format, kind=outcome.kind)


def _print_unchanged(run_id: int, line: str, format: OutputFormat) -> None:
    """An identical re-run: one line naming the vintage that already holds it."""
    if format is OutputFormat.table:
        typer.echo(line)
    else:
        typer.echo(json.dumps({"run_id": run_id, "published": False, "message": line}, ensure_ascii=False))


def _print_run(engine: Any, run_id: int, format: OutputFormat, *, kind: str = "", everything: bool = False) -> None:
    from flows.report import forecast_table, headline
    from warehouse.store import read_values

    values = read_values(engine, run_id)
    if format is OutputFormat.table:
        shown = values if everything else headline(values)
        _console().print(forecast_table(shown, title=f"computecast run {run_id}: combined forecast, P50 (P10–P90 range)"))
        typer.echo(
            f"published run {run_id} ({kind + ', ' if kind else ''}{values.height} values: bottom-up, regression and "
            "combined for every target; "
            f"`computecast export {run_id} --format csv` writes them all)"
        )
    else:
        typer.echo(json.dumps({"run_id": run_id, "published": True, "kind": kind or None, "values": values.to_dicts()},
                              ensure_ascii=False))


@app.command()
def runs(
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """List published forecast runs, newest first."""
    from warehouse.store import list_runs

    rows = list_runs(_engine())
    if format is not OutputFormat.table:
        typer.echo(to_json(rows))
        return
    from rich.table import Table

    table = Table("run", "kind", "created (UTC)", "as of", "trigger", "values", "facts", "ESS", "warnings", "code", "scenario")
    for r in rows:
        ess = "–" if r.get("ess") is None else f"{r['ess']:.0f} ({100 * r['ess_fraction']:.0f}%)"
        table.add_row(
            str(r["run_id"]), str(r.get("kind") or ""), str(r["created_at"])[:19], str(r["as_of"]), r["trigger"], str(r["n_values"]),
            str(r["n_facts"]), ess, str(r.get("n_warnings") or 0), r["code_version"], r["scenario_name"],
        )
    _console().print(table)
    warned = [r["run_id"] for r in rows if r.get("n_warnings")]
    if warned:
        from warehouse.store import run_warnings

        newest = warned[0]
        messages = run_warnings(_engine(), newest)
        typer.echo(f"run {newest}: {len(messages)} warning(s) — components disagree by more than 3x "
                   "(SELECT * FROM fct_run_warning):")
        for m in messages[:5]:
            typer.echo(f"  {m}")
        if len(messages) > 5:
            typer.echo(f"  … and {len(messages) - 5} more")


@app.command()
def run(
    inputs: Annotated[list[str] | None, typer.Argument(help="Documents to ingest (default: the bundled examples).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Use only documents published on or before this date (YYYY-MM-DD; default today, UTC).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Publish even when an identical vintage exists.")] = False,
) -> None:
    """The main job: ingest documents and forecast, as Prefect flows (local mode), then print the result.

    An identical re-run (same inputs, scenario, seed, draws, code version and as-of) publishes nothing.
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.jobs import ForecastArgumentError, check_as_of
    from flows.pipeline import pipeline_flow

    check_paths_exist(inputs or [])
    day = _parse_date(as_of)
    if day is not None:
        try:
            check_as_of(day)  # before the flow starts: one line, not a failed flow run's log
        except ForecastArgumentError as exc:
            _fail(str(exc), code=2)
    engine = _engine()
    result = pipeline_flow(inputs=inputs, as_of=day, force=force)
    typer.echo(result["ingest"])
    if not result["published"]:
        from flows.jobs import Publication

        _print_unchanged(result["run_id"], Publication(result["run_id"], False, "").line(), OutputFormat.table)
        return
    _print_run(engine, result["run_id"], OutputFormat.table)


class Every(StrEnum):
    quarter = "quarter"
    year = "year"


@app.command()
def backtest(
    start: Annotated[str, typer.Option("--start", help="First origin (YYYY-MM-DD); origins are quarter or year ends.")] = "2021-12-31",
    end: Annotated[str, typer.Option("--end", help="Last origin (YYYY-MM-DD).")] = "2025-06-30",
    every: Annotated[Every, typer.Option("--every", help="Origins at every quarter end or year end.")] = Every.quarter,
    draws: Annotated[int | None, typer.Option(min=100, help="Monte Carlo draws per origin.")] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed, the same at every origin.")] = None,
    dask_workers: Annotated[int | None, typer.Option("--dask-workers", min=1, help="Fan the origins out on a local Dask cluster of K worker processes (a Prefect flow).")] = None,
    dask_address: Annotated[str | None, typer.Option("--dask-address", help="Fan out on an existing Dask cluster, e.g. tcp://scheduler:8786.")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Scorecard PNG.")] = Path("backtest-scorecard.png"),
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """Point-in-time backtest: re-create the vintage at each origin, score it and naive, drift and published forecasts.

    Without --dask-workers/--dask-address the origins run one after the other in this process.
    """
    from flows.jobs import DEFAULT_DRAWS, DEFAULT_SEED
    from forecasting.track_record import BacktestError, origins, summary

    if dask_workers is not None and dask_address is not None:
        _fail("give --dask-workers or --dask-address, not both", code=2)
    first, last = _parse_date(start, option="--start"), _parse_date(end, option="--end")
    assert first is not None and last is not None
    try:
        at = origins(first, last, every.value)
    except BacktestError as exc:
        _fail(str(exc), code=2)
    if not at:
        _fail(f"no {every.value} end lies between {first} and {last}; widen --start/--end", code=2)
    engine = _engine()
    seed_, draws_ = DEFAULT_SEED if seed is None else seed, draws or DEFAULT_DRAWS
    if dask_workers is None and dask_address is None:
        from flows.jobs import backtest as run_serial

        run_id = run_serial(engine, start=first, end=last, every=every.value, seed=seed_, draws=draws_).run_id
    else:
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
        from flows.backtest import run_backtest_on_dask

        run_id = run_backtest_on_dask(start=first, end=last, every=every.value, seed=seed_, draws=draws_,
                                      db_url=engine.url.render_as_string(hide_password=False),
                                      workers=dask_workers, address=dask_address)
    from warehouse.backtests import read_scores

    table = summary(read_scores(engine, run_id))
    if format is not OutputFormat.table:
        typer.echo(to_json({"backtest_run_id": run_id, "summary": table.to_dicts()}))
        return
    from flows.report import backtest_table
    from warehouse.scorecard import write_scorecard

    title = (f"computecast backtest run {run_id}: {len(at)} origin(s) {first} … {last} every {every.value}, "
             f"{draws_} draws, seed {seed_}")
    _console().print(backtest_table(table, title=title))
    path = write_scorecard(table, output, title=title)
    typer.echo(f"backtest run {run_id} stored (fct_backtest_score, v_backtest_summary); scorecard {path}")


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply the schema migrations (every command also does this on a fresh database)."""
    from warehouse.db import current_revision, database_url, make_engine, upgrade

    engine = make_engine()
    upgrade(engine, revision)
    typer.echo(f"{engine.url.render_as_string(hide_password=True) if database_url() else ''} at revision {current_revision(engine)}")


@db_app.command("current")
def db_current() -> None:
    """Print the schema revision of the configured database (retried like every connection)."""
    from warehouse.db import current_revision, make_engine, wait_for_database
    from warehouse.errors import DatabaseUnavailableError

    engine = make_engine()
    try:
        wait_for_database(engine)
    except DatabaseUnavailableError as exc:
        _fail(str(exc), code=3)
    typer.echo(current_revision(engine) or "empty (no migrations applied)")


def _register_extensions() -> None:
    """Commands that live in their own modules (warehouse outputs, service/orchestration)."""
    import importlib

    for name in ("flows.cli_calc", "flows.cli_warehouse", "flows.cli_service"):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(app, db_app)


_register_extensions()


def main() -> None:
    """Console-script entry point: every failure is one clear line and a documented exit code
    (0 done, 1 inputs quarantined or unexpected, 2 usage, 3 database unreachable, 4 not found),
    never a traceback (``COMPUTECAST_DEBUG=1`` shows it for unexpected errors)."""
    from flows.cli_common import describe_failure

    try:
        app()
    except Exception as exc:  # the process boundary: one line, documented code
        if os.environ.get("COMPUTECAST_DEBUG"):
            raise
        message, code = describe_failure(exc)
        typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
        sys.exit(code)


if __name__ == "__main__":
    main()
