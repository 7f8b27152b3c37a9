"""Prefect flows: thin wrappers around :mod:`flows.jobs`, plus computecast's events.

Tasks receive the database URL (a string), not an engine, so that they can run in any worker
process.

Retries: fetching and storing documents is the flaky part of the world (HTTP sources, a database
restarting), so ingestion retries; an input stored twice is harmless because documents are
content-addressed (sha256) and a duplicate is only counted. Publishing a forecast does not retry:
a vintage is written in one transaction, and a failure is better surfaced than repeated.

Caching: none, on purpose. Every task here has a side effect whose whole point is to happen
(storing documents, publishing an immutable vintage, emitting an event), so Prefect's input-keyed
cache would skip the work that matters: a cached forecast task would return an old run id and
publish nothing. The "cache" that makes sense is at the level of the business: an event-triggered
forecast first checks (:func:`flows.events.forecast_freshness`) whether the newest vintage already
has the same inputs, and skips publishing if so. The pure, expensive parts (Monte Carlo,
backtests) live inside the forecasting core and are deterministic for their inputs and seed.

Results: the flows persist their (small, JSON) return values, so ``computecast trigger ... --wait``
can print the run id a deployment run published; the result files live under ``PREFECT_HOME``
on the machine that ran the flow.

Events: an ingest that stores new facts emits ``computecast.facts.ingested``; a published vintage
emits ``computecast.forecast.published`` (see :mod:`flows.events`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import events, jobs
from flows.naming import (
    forecast_kind,
    forecast_run_name,
    ingest_run_name,
    pipeline_run_name,
    run_name,
    tag_run,
)
from warehouse.db import database_url


def resolve_as_of(as_of: date | None, timezone: str | None = None) -> date:
    """``as_of``, or today's date in ``timezone`` (default: the configured one, :func:`flows.jobs.as_of_today`)."""
    return as_of if as_of is not None else jobs.as_of_today(timezone)


@task(name="ingest-documents", retries=2, retry_delay_seconds=[2, 10], cache_policy=NO_CACHE)
def ingest_task(inputs: list[str], kind: str | None, db_url: str) -> dict[str, Any]:
    """Ingest inputs into the warehouse; returns the batch summary as a dict."""
    summary = jobs.ingest(jobs.open_warehouse(db_url), inputs, kind=kind)
    logger = get_run_logger()
    logger.info(summary.line())
    for uri, reason in summary.quarantine:
        logger.warning("quarantined %s: %s", uri, reason)
    return summary.__dict__


@task(name="announce-new-facts", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def announce_facts_task(summary: dict[str, Any], db_url: str, forecast: str) -> str | None:
    """Emit ``computecast.facts.ingested`` when the batch stored new facts; returns the event id."""
    spec = events.facts_ingested_event(
        summary, events.new_documents(jobs.open_warehouse(db_url), summary["new_fact_ids"]), forecast=forecast
    )
    event_id = events.emit(spec)
    if spec is None:
        get_run_logger().info("no new facts: no %s event", events.FACTS_INGESTED)
    else:
        get_run_logger().info(
            "emitted %s %s (%d fact(s) from %d document(s))",
            events.FACTS_INGESTED, event_id, spec.payload["fact_count"], len(spec.payload["document_ids"]),
        )
    return event_id


@task(name="check-freshness", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def freshness_task(db_url: str, as_of: date, seed: int, draws: int) -> events.Freshness:
    """Whether the newest vintage for ``as_of`` already covers every stored fact."""
    data = jobs.data_dir()
    return events.forecast_freshness(
        jobs.open_warehouse(db_url),
        as_of=as_of,
        seed=seed,
        draws=draws,
        scenario_sha256=jobs.input_file_sha256(data / "scenario.toml"),
        history_sha256=jobs.input_file_sha256(data / "history.csv"),
        roles_sha256=jobs.input_file_sha256(data / "observations.toml"),
    )


@task(name="publish-forecast", cache_policy=NO_CACHE)
def forecast_task(
    db_url: str,
    as_of: date | None,
    seed: int,
    draws: int,
    trigger: str,
    trigger_event_id: str | None,
    force: bool = False,
) -> dict[str, Any]:
    """Run the forecasting core, publish a vintage and announce it; returns ``run_id``, ``published``
    and ``kind`` (an identical vintage already published is named, not published again)."""
    engine = jobs.open_warehouse(db_url)
    outcome = jobs.forecast(
        engine,
        as_of=as_of,
        seed=seed,
        draws=draws,
        trigger=trigger,
        trigger_event_id=trigger_event_id,
        force=force,
    )
    run_id = outcome.run_id
    result = {"run_id": run_id, "published": outcome.published, "kind": outcome.kind}
    if not outcome.published:
        get_run_logger().info("%s", outcome.line())
        return result
    from warehouse.store import get_run, run_fact_ids

    with engine.connect() as conn:
        run = get_run(conn, run_id)
    lineage = run_fact_ids(engine, run_id)
    event_id = events.emit(
        events.forecast_published_event(
            run_id,
            as_of=run["as_of"],
            trigger=trigger,
            trigger_event_id=trigger_event_id,
            fact_count=len(lineage),
            input_fingerprint=run["input_fingerprint"],
        )
    )
    get_run_logger().info(
        "published forecast run %d (as of %s, %d fact(s), trigger %s); event %s",
        run_id, run["as_of"], len(lineage), trigger, event_id,
    )
    return result


@flow(name="computecast-ingest", log_prints=True, persist_result=True, result_serializer="json",
      flow_run_name=run_name(ingest_run_name, "ingest"))
def ingest_flow(
    inputs: list[str],
    kind: str | None = None,
    db_url: str | None = None,
    announce: bool = True,
) -> dict[str, Any]:
    """Ingest documents (paths, folders or URLs); new facts emit ``computecast.facts.ingested``.

    The event asks the ``forecast-on-event`` deployment for a forecast. Returns the batch summary
    plus ``event_id`` (None when no event was sent).
    """
    url = db_url or database_url()
    tag_run("ingest")
    summary = ingest_task(inputs, kind, url)
    event_id = announce_facts_task(summary, url, events.FORECAST_TRIGGERED) if announce else None
    return {**summary, "event_id": event_id}


@flow(name="computecast-forecast", log_prints=True, persist_result=True, result_serializer="json",
      flow_run_name=run_name(forecast_run_name, "forecast"))
def forecast_flow(
    as_of: date | None = None,
    seed: int = jobs.DEFAULT_SEED,
    draws: int = jobs.DEFAULT_DRAWS,
    trigger: str = "manual",
    trigger_event_id: str | None = None,
    db_url: str | None = None,
    skip_if_current: bool = False,
    as_of_timezone: str | None = None,
    force: bool = False,
) -> int:
    """Publish a forecast vintage from the facts stored so far; returns its run id.

    ``as_of`` defaults to today in ``as_of_timezone`` (default: ``COMPUTECAST_TIMEZONE``, else
    Asia/Shanghai). With ``skip_if_current`` (the
    event-triggered deployment), nothing is published when the newest vintage for that date
    already covers every fact; the flow then returns that vintage's id. An identical vintage
    (same inputs, scenario, seed, draws, code version and as-of) is never published twice unless
    ``force``: the flow returns the id of the run that holds it.
    """
    url = db_url or database_url()
    day = resolve_as_of(as_of, as_of_timezone)
    tag_run("forecast", f"kind:{forecast_kind(day)}", f"trigger:{trigger}")
    if skip_if_current:
        freshness = freshness_task(url, day, seed, draws)
        if freshness.current:
            assert freshness.latest_run_id is not None
            get_run_logger().info(
                "run %d already covers every fact as of %s: nothing to publish", freshness.latest_run_id, day
            )
            events.emit(events.forecast_skipped_event(freshness, trigger_event_id=trigger_event_id))
            return freshness.latest_run_id
        get_run_logger().info("forecasting: %s", freshness.reason)
    return int(forecast_task(url, day, seed, draws, trigger, trigger_event_id, force)["run_id"])


@flow(name="computecast-pipeline", log_prints=True, persist_result=True, result_serializer="json",
      flow_run_name=run_name(pipeline_run_name, "pipeline"))
def pipeline_flow(
    inputs: list[str] | None = None,
    as_of: date | None = None,
    seed: int = jobs.DEFAULT_SEED,
    db_url: str | None = None,
    draws: int = jobs.DEFAULT_DRAWS,
    skip_if_current: bool = False,
    trigger: str = "manual",
    force: bool = False,
) -> dict[str, Any]:
    """Ingest documents (default: the bundled examples), then publish a forecast.

    Returns ``ingest`` (one line of counts), ``run_id``, ``published`` (False when
    ``skip_if_current`` found nothing new, or an identical vintage already held it, unless
    ``force``) and ``event_id`` of the ingest event. The ingest event
    is labelled ``in-flow``, so the event-triggered deployment does not forecast a second time.
    """
    url = db_url or database_url()
    day = resolve_as_of(as_of)
    tag_run("pipeline", f"kind:{forecast_kind(day)}", f"trigger:{trigger}")
    summary = ingest_task(inputs or [str(jobs.bundled_documents_dir())], None, url)
    event_id = announce_facts_task(summary, url, events.FORECAST_IN_FLOW)
    freshness = freshness_task(url, day, seed, draws) if skip_if_current else None
    if freshness is not None and freshness.current:
        run_id = freshness.latest_run_id
        published = False
        get_run_logger().info("run %s already covers every fact as of %s: nothing to publish", run_id, day)
    else:
        outcome = forecast_task(url, day, seed, draws, trigger, None, force)
        run_id, published = outcome["run_id"], outcome["published"]
    return {"ingest": jobs.IngestSummary(**summary).line(), "run_id": run_id, "published": published, "event_id": event_id}
