"""Prefect flows: thin wrappers around :mod:`flows.jobs`.

Tasks receive the database URL (a string), not an engine, so that they can run in any worker
process. Fetching documents is the flaky part of the world, so ingestion retries; a forecast is
deterministic for its inputs and seed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow, get_run_logger, task

from flows import jobs
from warehouse.db import database_url


@task(name="ingest-documents", retries=2, retry_delay_seconds=[2, 10])
def ingest_task(inputs: list[str], kind: str | None, db_url: str) -> dict[str, Any]:
    """Ingest inputs into the warehouse; returns the batch summary as a dict."""
    summary = jobs.ingest(jobs.open_warehouse(db_url), inputs, kind=kind)
    get_run_logger().info(summary.line())
    for uri, reason in summary.quarantine:
        get_run_logger().warning("quarantined %s: %s", uri, reason)
    return summary.__dict__


@task(name="publish-forecast")
def forecast_task(
    db_url: str,
    as_of: date | None,
    seed: int,
    draws: int,
    trigger: str,
    trigger_event_id: str | None,
) -> int:
    """Run the forecasting core and publish a vintage; returns the run id."""
    run_id = jobs.forecast(
        jobs.open_warehouse(db_url),
        as_of=as_of,
        seed=seed,
        draws=draws,
        trigger=trigger,
        trigger_event_id=trigger_event_id,
    )
    get_run_logger().info("published forecast run %d", run_id)
    return run_id


@flow(name="computecast-ingest", log_prints=True)
def ingest_flow(inputs: list[str], kind: str | None = None, db_url: str | None = None) -> dict[str, Any]:
    """Ingest documents (paths, folders or URLs)."""
    return ingest_task(inputs, kind, db_url or database_url())


@flow(name="computecast-forecast", log_prints=True)
def forecast_flow(
    as_of: date | None = None,
    seed: int = jobs.DEFAULT_SEED,
    draws: int = jobs.DEFAULT_DRAWS,
    trigger: str = "manual",
    trigger_event_id: str | None = None,
    db_url: str | None = None,
) -> int:
    """Publish a forecast vintage from the facts stored so far."""
    return forecast_task(db_url or database_url(), as_of, seed, draws, trigger, trigger_event_id)


@flow(name="computecast-pipeline", log_prints=True)
def pipeline_flow(
    inputs: list[str] | None = None,
    as_of: date | None = None,
    seed: int = jobs.DEFAULT_SEED,
    db_url: str | None = None,
) -> dict[str, Any]:
    """Ingest documents (default: the bundled examples), then publish a forecast."""
    url = db_url or database_url()
    summary = ingest_task(inputs or [str(jobs.bundled_documents_dir())], None, url)
    run_id = forecast_task(url, as_of, seed, jobs.DEFAULT_DRAWS, "manual", None)
    line = (
        f"{summary['inputs']} input(s): {summary['stored']} stored, {summary['duplicates']} already stored, "
        f"{summary['quarantined']} quarantined; {summary['facts']} new fact(s)"
    )
    return {"ingest": line, "run_id": run_id}
