"""``computecast forecast``, ``run``, ``runs``, ``diff``, ``export`` and ``chart``: publish vintages and
read them back."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from cli.common import (
    DEFAULT_DRAWS_SHOWN,
    DEFAULT_SEED_SHOWN,
    INT4_MAX,
    OutputFormat,
    check_paths_exist,
    local_prefect_env,
    not_found_or_unreachable,
    progress_bar,
    to_json,
)
from cli.common import console as _console
from cli.common import fail as _fail
from cli.common import open_engine as _engine
from cli.common import parse_date as _parse_date

REGION_NAMES = {"CN": "China", "US": "United States", "GLOBAL": "World", "TW": "Taiwan", "JP": "Japan",
                "KR": "South Korea", "EU": "European Union", "IN": "India"}
ACRONYMS = {"ai": "AI", "gpu": "GPU", "yoy": "YoY", "cagr": "CAGR", "capex": "Capex"}


class DiffFormat(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"


def _signed_pct(v: float | None) -> str:
    return "–" if v is None else f"{v:+.1f}%"


def _signed(v: float | None, unit: str) -> str:
    from forecasting.quantity import format_quantity

    if v is None:
        return "–"
    return ("+" if v >= 0 else "−") + format_quantity(abs(v), unit)


def bundled_history(metric: str, region: str | None, entity: str | None, unit: str) -> Any:
    """The bundled market history (``data/history.csv``) of one target in one unit: ``period``, ``value``."""
    import polars as pl

    from flows.jobs import data_dir
    from forecasting import parse_history

    frame = parse_history((data_dir() / "history.csv").read_text(encoding="utf-8"))
    where = (pl.col("metric") == metric) & (pl.col("unit") == unit)
    for col, value in (("region", region), ("entity", entity)):
        where &= pl.col(col).is_null() if value is None else pl.col(col) == value
    return frame.filter(where).select("period", pl.col("value").cast(pl.Float64))


def _print_diff(result: Any) -> None:
    import polars as pl
    from rich.console import Console
    from rich.table import Table

    from forecasting.quantity import format_quantity, format_range

    console = Console() if Console().is_terminal else Console(width=160)
    a, b = result.run_a, result.run_b
    console.print(
        f"[bold]A = run {a['run_id']}[/bold] (as of {a['as_of']}, created {str(a['created_at'])[:19]} UTC)  →  "
        f"[bold]B = run {b['run_id']}[/bold] (as of {b['as_of']}, created {str(b['created_at'])[:19]} UTC); "
        f"method: {result.method or 'all'}"
    )
    values = result.values
    moved = values.filter(pl.col("status") != "unchanged")
    if moved.is_empty():
        console.print(f"no forecast value moved ({values.height} target(s) identical)")
    for key, rows in moved.group_by(["metric", "region", "entity", "method", "unit"], maintain_order=True):
        metric, region, entity, method, unit = key

        def q(v: float | None, unit: str = str(unit)) -> str:
            return "–" if v is None else format_quantity(v, unit)

        table = Table("period", "P50 A", "P50 B", "Δ P50", "Δ P50 %", "P10–P90 A", "P10–P90 B", "Δ width %",
                      title=f"{metric} · {region or entity or '–'} · {method} ({unit})", title_justify="left")
        for r in rows.iter_rows(named=True):
            table.add_row(
                r["period"] + ("" if r["status"] == "changed" else f" ({r['status']})"),
                q(r["p50_a"]), q(r["p50_b"]), _signed(r["p50_change"], str(unit)), _signed_pct(r["p50_change_pct"]),
                format_range(r["p10_a"], r["p90_a"], str(unit)) if r["p10_a"] is not None else "–",
                format_range(r["p10_b"], r["p90_b"], str(unit)) if r["p10_b"] is not None else "–",
                _signed_pct(r["band_change_pct"]),
            )
        console.print(table)
        _print_movers(console, result, metric, region, entity, method, str(unit))
    unchanged = values.height - moved.height
    if unchanged and not moved.is_empty():
        console.print(f"{unchanged} target(s) unchanged")
    facts = result.new_facts
    if facts.is_empty():
        console.print(f"no facts in run {b['run_id']}'s lineage that run {a['run_id']} did not use")
    else:
        console.print(
            f"[bold]New evidence:[/bold] {facts.height} fact(s) in run {b['run_id']}'s lineage that run "
            f"{a['run_id']} did not use, {result.new_documents.height} of their document(s) new"
        )
        for r in facts.iter_rows(named=True):
            where = r["region"] or r["entity"] or ""
            console.print(
                f"  fact {r['fact_id']}: {r['metric']} {r['period'] or ''} {where} = "
                f"{format_quantity(r['value'], r['unit'])} ({r['basis']})\n"
                f"    “{r['quote']}”\n    {r['source_uri']}"
                + (f" (published {r['document_published']})" if r["document_published"] else ""),
                highlight=False, markup=False,
            )
    if not result.dropped_facts.is_empty():
        console.print(
            f"{result.dropped_facts.height} fact(s) of run {a['run_id']} are no longer in run {b['run_id']}'s "
            f"lineage: {', '.join(str(i) for i in result.dropped_facts['fact_id'].to_list())}"
        )


def _print_movers(console: Any, result: Any, metric: str, region: str | None, entity: str | None, method: str,
                  unit: str) -> None:
    """Under a moved target: each document of B that moves it, with its P50 shift per period (leave-one-out)."""
    import polars as pl

    rows = result.moved_by.filter(
        (pl.col("metric") == metric) & (pl.col("method") == method) & (pl.col("unit") == unit)
        & (pl.col("region").eq_missing(region)) & (pl.col("entity").eq_missing(entity))
    )
    if rows.is_empty():
        console.print("  moved by: no single document (history, scenario or draws)", highlight=False)
        return
    new_docs = set(result.new_documents["document_id"].to_list()) if result.new_documents.height else set()
    for (doc_id, uri), part in rows.group_by(["document_id", "source_uri"], maintain_order=True):
        shifts = ", ".join(
            f"{r['period']} {_signed(r['p50_shift'], unit)} ({_signed_pct(r['p50_shift_pct'])}, width {_signed_pct(r['band_width_shift_pct'])})"
            for r in part.sort("period").iter_rows(named=True)
        )
        console.print(f"  moved by document {doc_id}{' (new)' if doc_id in new_docs else ''} {uri}: {shifts}",
                      highlight=False, markup=False)


def forecast(
    as_of: Annotated[str | None, typer.Option("--as-of", help="Use only documents published on or before this date (YYYY-MM-DD).",
                                                  show_default="today in $COMPUTECAST_TIMEZONE, else Asia/Shanghai")] = None,
    scenario: Annotated[Path | None, typer.Option(help="Scenario TOML.", show_default="data/scenario.toml", exists=True, dir_okay=False)] = None,
    seed: Annotated[int | None, typer.Option(min=0, max=INT4_MAX, help="Random seed of the Monte Carlo (recorded with the run).", show_default=DEFAULT_SEED_SHOWN)] = None,
    draws: Annotated[int | None, typer.Option(min=100, help="Monte Carlo draws (at most what half the available memory holds).", show_default=DEFAULT_DRAWS_SHOWN)] = None,
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
        with progress_bar("forecast", enabled=format is OutputFormat.table) as update:
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
                progress=update,
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
    from cli.report import forecast_table, headline
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


def run(
    inputs: Annotated[list[str] | None, typer.Argument(help="Documents to ingest (default: the bundled examples).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Use only documents published on or before this date (YYYY-MM-DD).",
                                                  show_default="today in $COMPUTECAST_TIMEZONE, else Asia/Shanghai")] = None,
    force: Annotated[bool, typer.Option("--force", help="Publish even when an identical vintage exists.")] = False,
) -> None:
    """The main job: ingest documents and forecast, as Prefect flows (local mode), then print the result.

    An identical re-run (same inputs, scenario, seed, draws, code version and as-of) publishes nothing.
    """
    local_prefect_env()
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


def diff(
    run_a: Annotated[int | None, typer.Argument(min=1, max=INT4_MAX, help="Older run (default: the second newest). Given alone: compare it with the run before it.")] = None,
    run_b: Annotated[int | None, typer.Argument(min=1, max=INT4_MAX, help="Newer run (default: the newest).")] = None,
    method: Annotated[str | None, typer.Option(help="Method to compare (default: combined when present, else all).")] = None,
    format: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.table,
) -> None:
    """How two vintages differ: P50 and P10–P90 moves per target, and the facts/documents new in B's lineage."""
    from warehouse.diff import compare_runs
    from warehouse.errors import WarehouseError

    engine = _engine()
    try:
        result = compare_runs(engine, run_a, run_b, method=method)
    except WarehouseError as exc:
        _fail(str(exc), code=not_found_or_unreachable(exc))
    if format is DiffFormat.json:
        typer.echo(to_json(result.to_dict()))
    else:
        _print_diff(result)

def export(
    run: Annotated[int, typer.Argument(min=1, max=INT4_MAX, help="Run id (see `computecast runs`).")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet (typed) or csv.")] = ExportFormat.parquet,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default computecast_run_<id>.<ext>).", dir_okay=False)] = None,
) -> None:
    """Write one run's forecast values, with run_id, as_of, created_at and code_version on every row."""
    from warehouse.errors import WarehouseError
    from warehouse.export import export_run

    engine = _engine()
    try:
        path, n = export_run(engine, run, format.value, output)
    except WarehouseError as exc:
        _fail(str(exc), code=not_found_or_unreachable(exc))
    typer.echo(f"wrote {n} value(s) of run {run} to {path}")

def chart(
    metric: Annotated[str, typer.Option(help="Metric to chart.")] = "ai_server_market_size",
    region: Annotated[str | None, typer.Option(help="Region (ISO code, GLOBAL, CN-GD...); default CN unless --entity.")] = None,
    entity: Annotated[str | None, typer.Option(help="Entity (company) instead of a region.")] = None,
    method: Annotated[str, typer.Option(help="Forecast method whose vintages to draw.")] = "combined",
    output: Annotated[Path, typer.Option("--output", "-o", help="PNG file to write.", dir_okay=False)] = Path("chart.png"),
    vintages: Annotated[int, typer.Option(min=0, help="Earlier vintages to draw as faint P50 lines.")] = 5,
    title: Annotated[str | None, typer.Option(help="Chart title (default from metric and region).")] = None,
    unit: Annotated[str | None, typer.Option(help="Unit to chart, e.g. CNY (default: the target's own unit, e.g. USD).")] = None,
) -> None:
    """A PNG fan chart for a slide, in one unit: reported actuals as points, the latest production
    vintage's P10–P90 band and P50 from its as-of on, earlier vintages faint."""
    from warehouse.chart import add_history, chart_inputs, fan_chart, write_png
    from warehouse.errors import WarehouseError

    engine = _engine()
    region = region or (None if entity else "CN")
    try:
        inputs = chart_inputs(engine, metric=metric, region=region, method=method, entity=entity, unit=unit)
    except WarehouseError as exc:
        _fail(str(exc), code=not_found_or_unreachable(exc))
    bundled = bundled_history(metric, region, entity, inputs.unit)
    history = add_history(inputs, bundled)
    where = REGION_NAMES.get(region or "", region or entity or "all regions")
    label = " ".join(ACRONYMS.get(w, w) for w in metric.split("_")).capitalize()
    label = " ".join(ACRONYMS.get(w.lower(), w) for w in label.split(" "))
    n_runs = inputs.vintages["run_id"].n_unique()
    note = (
        f"Source: computecast warehouse, run {inputs.latest_run_id} (as of {inputs.latest_as_of}), method "
        f"{method}; {n_runs} vintage(s) in {inputs.unit}. Reported actuals: {inputs.history.height} fact(s) "
        f"(fct_fact, basis = actual) and {bundled.height} figure(s) of the bundled market history (data/history.csv)."
        + (f" Also in {', '.join(inputs.other_units)} (--unit)." if inputs.other_units else "")
    )
    fig = fan_chart(
        history, inputs.vintages,
        title=title or f"{label}, {where}",
        subtitle=f"Forecast P50 with P10–P90 range, {inputs.unit}",
        unit=inputs.unit, source_note=note, max_earlier=vintages, latest_run_id=inputs.latest_run_id,
    )
    write_png(fig, output)
    typer.echo(f"wrote {output} ({inputs.unit}; run {inputs.latest_run_id} as of {inputs.latest_as_of}, "
               f"{n_runs} vintage(s), {history.height} reported value(s))")


def register(app: typer.Typer) -> None:
    """Add the forecast and warehouse output commands to the ``computecast`` app."""
    for command in (forecast, runs, run, diff, export, chart):
        app.command()(command)
