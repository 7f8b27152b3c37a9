"""The backtest as a Prefect flow whose per-origin forecasts fan out as tasks on Dask (prefect-dask).

Shape: the flow reads the inputs once (stored facts, bundled history and scenario), computes the
actuals once, submits one ``backtest-origin`` task per origin to a ``DaskTaskRunner`` — a
``distributed.LocalCluster`` with ``dask_workers`` worker processes (one thread each), or an
existing cluster at ``dask_address`` (``tcp://scheduler:8786``) — then, after the fan-in, writes
the backtest run in one transaction from the flow itself. Workers never touch the warehouse.

Every origin runs with the same seed and draws whatever worker it lands on, and the scores are
put in a fixed order, so the stored scores equal the serial run's (:func:`flows.jobs.backtest`).
The same shape serves scenario sweeps and many-seed runs: one task per scenario or seed.

Workers on other machines need the same computecast version installed (the tasks call
``forecasting.track_record``); see ``infra/README.md``.

**One Prefect API for all workers.** A task on a Dask worker reports its states to the Prefect
API of the flow's settings. Without ``PREFECT_API_URL`` (local mode) every worker process would
start its own temporary Prefect server on the same SQLite file — slow, and racing ("database is
locked"). :func:`shared_prefect_api` therefore starts one local server for the run and puts its
URL in the settings the task runs inherit; with ``PREFECT_API_URL`` set it changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import jobs
from flows.naming import backtest_run_name, run_name, tag_run
from forecasting.history import AnnualSeries
from warehouse.db import database_url


@task(name="backtest-origin", cache_policy=NO_CACHE)
def origin_task(inputs: jobs.BacktestInputs, as_of: date, actuals: dict[str, AnnualSeries], seed: int, draws: int) -> pl.DataFrame:
    """Re-create the vintage at ``as_of`` and score it and the baselines (runs on a Dask worker)."""
    from forecasting import track_record

    return track_record.score_origin(inputs.facts, inputs.history, inputs.scenario, as_of=as_of, actuals=actuals,
                                     seed=seed, draws=draws)


@flow(name="computecast-backtest", log_prints=True, flow_run_name=run_name(backtest_run_name, "backtest"))
def backtest_flow(
    start: date,
    end: date,
    every: str = "quarter",
    seed: int = jobs.DEFAULT_SEED,
    draws: int = jobs.DEFAULT_DRAWS,
    db_url: str | None = None,
    runner: str = "dask",
) -> int:
    """Fan the origins out as tasks, fan in, store the backtest run; returns its id."""
    from forecasting import track_record

    tag_run("backtest", f"runner:{runner}")
    engine = jobs.open_warehouse(db_url or database_url())
    at = track_record.origins(start, end, every)
    inputs = jobs.backtest_inputs(engine)
    actuals = track_record.series_as_of(inputs.history, inputs.facts, inputs.scenario, date.max)
    futures = [origin_task.submit(inputs, d, actuals, seed, draws) for d in at]
    scores = track_record.concat_scores([f.result() for f in futures])
    outcome = jobs.save_backtest(engine, inputs, origins=at, every=every, seed=seed, draws=draws, scores=scores,
                                 runner=runner)
    get_run_logger().info("backtest run %d: %d origin(s), %d score row(s)", outcome.run_id, len(at), scores.height)
    return outcome.run_id


def dask_runner(*, workers: int | None = None, address: str | None = None) -> Any:
    """A ``DaskTaskRunner``: on the cluster at ``address``, else on a LocalCluster of ``workers`` processes."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={"n_workers": workers or 2, "threads_per_worker": 1, "processes": True,
                        "dashboard_address": None},
    )


@contextmanager
def shared_prefect_api() -> Iterator[str]:
    """The configured Prefect API, else one local temporary server for this process and its Dask workers; yields the URL."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield str(configured)
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()  # stopped at exit, like Prefect's own temporary server (the same instance)
    with temporary_settings({PREFECT_API_URL: server.api_url}):
        yield server.api_url


def run_backtest_on_dask(
    *, start: date, end: date, every: str, seed: int, draws: int, db_url: str | None = None,
    workers: int | None = None, address: str | None = None,
) -> int:
    """Run :func:`backtest_flow` with a Dask task runner; returns the backtest run id."""
    runner = f"dask {address}" if address else f"dask LocalCluster x{workers or 2}"
    configured = backtest_flow.with_options(task_runner=dask_runner(workers=workers, address=address))
    with shared_prefect_api():
        return int(configured(start=start, end=end, every=every, seed=seed, draws=draws, db_url=db_url, runner=runner))
