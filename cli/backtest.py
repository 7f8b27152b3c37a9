"""``computecast backtest``: point-in-time backtests of the forecast."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from cli.common import (
    DEFAULT_DRAWS_SHOWN,
    DEFAULT_SEED_SHOWN,
    OutputFormat,
    local_prefect_env,
    progress_bar,
    to_json,
)
from cli.common import console as _console
from cli.common import fail as _fail
from cli.common import open_engine as _engine
from cli.common import parse_date as _parse_date


class Every(StrEnum):
    quarter = "quarter"
    year = "year"


def backtest(
    start: Annotated[str, typer.Option("--start", help="First origin (YYYY-MM-DD); origins are quarter or year ends.")] = "2021-12-31",
    end: Annotated[str, typer.Option("--end", help="Last origin (YYYY-MM-DD).")] = "2025-06-30",
    every: Annotated[Every, typer.Option("--every", help="Origins at every quarter end or year end.")] = Every.quarter,
    draws: Annotated[int | None, typer.Option(min=100, help="Monte Carlo draws per origin.", show_default=DEFAULT_DRAWS_SHOWN)] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed, the same at every origin.", show_default=DEFAULT_SEED_SHOWN)] = None,
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

        with progress_bar("backtest", len(at), enabled=format is OutputFormat.table) as update:
            run_id = run_serial(engine, start=first, end=last, every=every.value, seed=seed_, draws=draws_,
                                progress=lambda origin, done, total: update(f"origin {origin} scored", done, total)).run_id
    else:
        local_prefect_env()
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
    from cli.report import backtest_table
    from warehouse.scorecard import write_scorecard

    title = (f"computecast backtest run {run_id}: {len(at)} origin(s) {first} … {last} every {every.value}, "
             f"{draws_} draws, seed {seed_}")
    _console().print(backtest_table(table, title=title))
    path = write_scorecard(table, output, title=title)
    typer.echo(f"backtest run {run_id} stored (fct_backtest_score, v_backtest_summary); scorecard {path}")


def register(app: typer.Typer) -> None:
    """Add ``backtest`` to the ``computecast`` app."""
    app.command()(backtest)
