"""computecast's deployments, served by one process (``computecast serve``).

=========================  =======================  ==============================================
flow                       deployment               runs
=========================  =======================  ==============================================
``computecast-forecast``   ``forecast-daily``       every day at 06:00 Asia/Shanghai (cron, explicit
                                                    time zone); ``trigger="schedule"``
``computecast-forecast``   ``forecast-on-event``    on ``computecast.facts.ingested`` (labelled
                                                    ``computecast.forecast=triggered``);
                                                    ``trigger="event"``, ``trigger_event_id`` = the
                                                    event id; one at a time, skips when current
``computecast-forecast``   ``forecast-on-demand``   on request (``computecast trigger forecast``)
``computecast-ingest``     ``ingest-on-demand``     on request, with ``inputs``
``computecast-pipeline``   ``pipeline-on-demand``   on request
=========================  =======================  ==============================================

``infra/prefect.yaml`` declares the same deployments for a process work pool; the plain data
below (:func:`forecast_trigger_spec`, the names and the schedule) is what both follow, and
``tests/flows/test_deployments.py`` checks they agree.

Importing this module does not import Prefect; :func:`build_deployments` and :func:`serve` do.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from flows import events

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

FORECAST_FLOW = "computecast-forecast"
INGEST_FLOW = "computecast-ingest"
PIPELINE_FLOW = "computecast-pipeline"
FORECAST_DAILY = "forecast-daily"
FORECAST_ON_EVENT = "forecast-on-event"
FORECAST_ON_DEMAND = "forecast-on-demand"
INGEST_ON_DEMAND = "ingest-on-demand"
PIPELINE_ON_DEMAND = "pipeline-on-demand"

DEFAULT_CRON = "0 6 * * *"
#: Without ``--timezone``/``COMPUTECAST_TIMEZONE`` (one setting for the schedule and every default
#: as-of, :func:`flows.jobs.configured_timezone`).
DEFAULT_TIMEZONE = "Asia/Shanghai"
#: Seconds between the runner's polls for scheduled runs (Prefect's default is 10).
DEFAULT_POLL_SECONDS = 2.0
TAGS = ["computecast"]


def deployment_name(flow: str, deployment: str) -> str:
    """``flow/deployment``, as ``run_deployment`` and ``prefect deployment run`` want it."""
    return f"{flow}/{deployment}"


def forecast_trigger_spec(timezone: str | None = None, delay_seconds: float = 0) -> dict[str, Any]:
    """The event trigger of ``forecast-on-event``, as plain data (the ``triggers:`` entry of prefect.yaml).

    Reactive, ``threshold=1`` and ``within=0``: one run request per ingest event, none lost.
    Bursts are coalesced by the deployment's concurrency limit of 1 (runs queue) and by the
    flow's freshness check (``skip_if_current``), see :mod:`flows.events`. ``delay_seconds``
    (``schedule_after``) can hold each run back to gather a burst before the first run starts.
    """
    from flows.jobs import configured_timezone

    timezone = configured_timezone(timezone)
    return {
        "name": "computecast-forecast-on-new-facts",
        "description": "Publish a forecast when an ingest stores new facts.",
        "enabled": True,
        "match": {
            "prefect.resource.id": f"{events.DOCUMENT_RESOURCE}*",
            events.FORECAST_LABEL: events.FORECAST_TRIGGERED,
        },
        "expect": [events.FACTS_INGESTED],
        "posture": "Reactive",
        "threshold": 1,
        "within": 0,
        "schedule_after": delay_seconds,
        "parameters": {
            "trigger": "event",
            # `| string`: Prefect 3.8.8 renders a lone "{{ event.id }}" through tojson, which
            # fails on the UUID (InvalidJinja, no flow run); as a string it renders fine
            "trigger_event_id": "{{ event.id | string }}",
            "skip_if_current": True,
            "as_of_timezone": timezone,
        },
    }


def build_deployments(
    *,
    cron: str | None = DEFAULT_CRON,
    timezone: str | None = None,
    event_delay_seconds: float = 0,
) -> list[RunnerDeployment]:
    """The five deployments, ready for ``prefect.serve``. ``cron=None`` leaves out the schedule.

    ``timezone`` (default :func:`flows.jobs.configured_timezone`) is the schedule's and every
    served forecast's as-of time zone.
    """
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.events import DeploymentEventTrigger
    from prefect.schedules import Cron

    from flows.jobs import configured_timezone
    from flows.pipeline import forecast_flow, ingest_flow, pipeline_flow

    timezone = configured_timezone(timezone)
    daily = forecast_flow.to_deployment(
        name=FORECAST_DAILY,
        schedules=[Cron(cron, timezone=timezone)] if cron else None,
        parameters={"trigger": "schedule", "as_of_timezone": timezone},
        description=f"Daily forecast vintage ({cron} {timezone}).",
        tags=TAGS,
    )
    on_event = forecast_flow.to_deployment(
        name=FORECAST_ON_EVENT,
        triggers=[DeploymentEventTrigger(**forecast_trigger_spec(timezone, event_delay_seconds))],
        concurrency_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE),
        parameters={"trigger": "event", "skip_if_current": True, "as_of_timezone": timezone},
        description="Forecast when new facts are ingested; bursts coalesce (one at a time, skip when current).",
        tags=TAGS,
    )
    on_demand = forecast_flow.to_deployment(
        name=FORECAST_ON_DEMAND,
        parameters={"trigger": "manual"},
        description="Forecast on request: prefect deployment run 'computecast-forecast/forecast-on-demand' -p as_of=YYYY-MM-DD",
        tags=TAGS,
    )
    ingest = ingest_flow.to_deployment(
        name=INGEST_ON_DEMAND, description="Ingest documents (paths or URLs) on request.", tags=TAGS
    )
    pipeline = pipeline_flow.to_deployment(
        name=PIPELINE_ON_DEMAND, description="Ingest documents, then forecast, on request.", tags=TAGS
    )
    # to_deployment is typed sync-or-async; called from sync code it returns the deployment
    return [cast("RunnerDeployment", d) for d in (daily, on_event, on_demand, ingest, pipeline)]


def serve(
    *,
    limit: int,
    watch_dir: Path | None = None,
    interval: float = 1.0,
    cron: str | None = DEFAULT_CRON,
    timezone: str | None = None,
    event_delay_seconds: float = 0,
    poll_seconds: float = DEFAULT_POLL_SECONDS,
) -> None:
    """Serve the deployments (blocks); with ``watch_dir``, run the inbox in a thread beside them."""
    from prefect import serve as prefect_serve

    from flows.jobs import TIMEZONE_ENV, configured_timezone

    # one zone for everything served from here: the schedule, the as-of of every deployment's runs
    # (those without an explicit as_of_timezone read it in the runner's subprocesses) and the inbox
    os.environ[TIMEZONE_ENV] = configured_timezone(timezone)
    deployments = build_deployments(cron=cron, timezone=timezone, event_delay_seconds=event_delay_seconds)
    stop = threading.Event()
    if watch_dir is not None:
        from flows.watch import Inbox, ingest_handler, watch

        inbox = Inbox(watch_dir)
        thread = threading.Thread(
            target=watch,
            args=(inbox, ingest_handler(forecast=False)),
            kwargs={"interval": interval, "stop": stop},
            name="computecast-inbox",
            daemon=True,
        )
        thread.start()
    try:
        prefect_serve(*deployments, limit=limit, query_seconds=poll_seconds)
    finally:
        stop.set()


def run_on_demand(
    flow: str,
    deployment: str,
    parameters: dict[str, Any],
    *,
    wait: bool,
    timeout: float | None = None,
) -> Any:
    """Start one run of a served deployment; returns the FlowRun (finished when ``wait``)."""
    from prefect.deployments import run_deployment

    return run_deployment(
        name=deployment_name(flow, deployment),
        parameters=parameters,
        timeout=timeout if wait else 0,
        poll_interval=1,
        as_subflow=False,
    )


def api_url() -> str | None:
    """The Prefect API the process talks to, or None (local, ephemeral mode)."""
    return os.environ.get("PREFECT_API_URL") or None
