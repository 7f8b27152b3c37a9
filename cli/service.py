"""``computecast serve``, ``watch`` and ``trigger``: computecast as a service.

Prefect is imported inside the command bodies only, so ``computecast --help`` stays fast.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer

from cli.common import parse_date as _parse_date

PREFECT_QUIET = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def _prefect_env() -> None:
    for key, value in PREFECT_QUIET.items():
        os.environ.setdefault(key, value)


def _api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


trigger_app = typer.Typer(
    help="Start a run of a served deployment (needs `computecast serve` and PREFECT_API_URL).",
    no_args_is_help=True,
)


def serve(
    limit: Annotated[int, typer.Option(min=1, help="At most this many flow runs at once.")] = 4,
    watch: Annotated[Path | None, typer.Option("--watch", help="Also ingest new files dropped into this folder.", file_okay=False)] = None,
    interval: Annotated[float, typer.Option(min=0.1, help="Seconds between polls of the --watch folder.")] = 1.0,
    cron: Annotated[str, typer.Option(help="Schedule of the daily forecast (cron).")] = "0 6 * * *",
    timezone: Annotated[str | None, typer.Option(help="Time zone of the schedule and of the default as-of date.",
                                               show_default="$COMPUTECAST_TIMEZONE, else Asia/Shanghai")] = None,
    no_schedule: Annotated[bool, typer.Option("--no-schedule", help="Serve forecast-daily without its schedule.")] = False,
    event_delay: Annotated[float, typer.Option(min=0, help="Seconds an event-triggered forecast waits, to gather a burst.")] = 0.0,
    poll: Annotated[float, typer.Option(min=0.5, help="Seconds between the runner's polls for runs to start.")] = 2.0,
) -> None:
    """Serve the deployments: daily forecast, forecast on new facts, ingest/forecast/pipeline on demand.

    Needs a Prefect server (PREFECT_API_URL, e.g. http://127.0.0.1:4200/api; start one with
    infra/scripts/start-server.sh); schedules and event triggers run on the server.
    """
    _prefect_env()
    from flows.jobs import ForecastArgumentError, configured_timezone

    try:
        timezone = configured_timezone(timezone)
    except ForecastArgumentError as exc:
        typer.secho(f"error: {exc}", err=True, fg="red")
        raise typer.Exit(2) from None
    if not _api_url():
        typer.secho(
            "error: PREFECT_API_URL is not set. Start a server (infra/scripts/start-server.sh) and "
            "`export PREFECT_API_URL=http://127.0.0.1:4200/api`; schedules and triggers need one.",
            err=True,
            fg="red",
        )
        raise typer.Exit(2)
    from flows.deployments import serve as serve_deployments

    typer.echo(f"as-of dates and the daily schedule in {timezone}")
    if watch is not None:
        typer.echo(f"watching {watch} for new documents (every {interval:g} s)")
    serve_deployments(
        limit=limit,
        watch_dir=watch,
        interval=interval,
        cron=None if no_schedule else cron,
        timezone=timezone,
        event_delay_seconds=event_delay,
        poll_seconds=poll,
    )

def watch(
    folder: Annotated[Path, typer.Argument(help="The inbox folder (created if missing).", file_okay=False)],
    forecast: Annotated[bool, typer.Option("--forecast", help="Forecast here after each batch (no server needed).")] = False,
    interval: Annotated[float, typer.Option(min=0.1, help="Seconds between polls.")] = 1.0,
    once: Annotated[bool, typer.Option("--once", help="Handle what is in the folder now, then exit.")] = False,
    recursive: Annotated[bool, typer.Option(help="Also look in sub-folders.")] = False,
) -> None:
    """Ingest every new file dropped into FOLDER, through the ingest flow.

    With a served `forecast-on-event` deployment (computecast serve), each batch with new facts
    ends in a new vintage through the event trigger; without a server, pass --forecast.
    """
    import logging

    _prefect_env()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    from flows.watch import Inbox, ingest_handler
    from flows.watch import watch as run_watch

    if not forecast and not _api_url():
        typer.echo(
            "note: no PREFECT_API_URL, so no served forecast-on-event deployment can react: "
            "documents are ingested only (pass --forecast to forecast here)",
            err=True,
        )
    inbox = Inbox(folder, settle=0.0 if once else 0.5, recursive=recursive)
    typer.echo(f"watching {inbox.folder} (every {interval:g} s; state in {inbox.state_path.name})")
    try:
        batches = run_watch(inbox, ingest_handler(forecast=forecast), interval=interval, once=once)
    except KeyboardInterrupt:
        return
    if once:
        typer.echo(f"{batches} batch(es) handled")

def _report(flow_run: Any, wait: bool) -> None:
    from prefect.settings import PREFECT_UI_URL

    ui = PREFECT_UI_URL.value()
    link = f"{ui}/runs/flow-run/{flow_run.id}" if ui else str(flow_run.id)
    state = flow_run.state
    out: dict[str, Any] = {"flow_run_id": str(flow_run.id), "name": flow_run.name, "state": state.name if state else None, "url": link}
    if wait and state is not None and state.is_completed():
        try:
            out["result"] = state.result(raise_on_failure=False)
        except Exception:  # the result is not persisted: the warehouse has the vintage
            out["result"] = None
    typer.echo(json.dumps(out, default=str))
    if wait and state is not None and not state.is_completed():
        raise typer.Exit(1)

def _start(flow: str, deployment: str, parameters: dict[str, Any], wait: bool, timeout: float | None) -> None:
    _prefect_env()
    if not _api_url():
        typer.secho("error: PREFECT_API_URL is not set; `computecast serve` must be running against a server", err=True, fg="red")
        raise typer.Exit(2)
    from prefect.exceptions import ObjectNotFound

    from flows.deployments import deployment_name, run_on_demand

    try:
        flow_run = run_on_demand(flow, deployment, parameters, wait=wait, timeout=timeout)
    except ObjectNotFound:
        typer.secho(f"error: no deployment {deployment_name(flow, deployment)!r}; is `computecast serve` running?", err=True, fg="red")
        raise typer.Exit(2) from None
    _report(flow_run, wait)

@trigger_app.command("forecast")
def trigger_forecast(
    as_of: Annotated[str | None, typer.Option("--as-of", help="As-of date (YYYY-MM-DD).", show_default="today in the serving process's time zone")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Wait for the run to finish.")] = False,
    timeout: Annotated[float | None, typer.Option(help="With --wait: give up after this many seconds.")] = None,
) -> None:
    """Start computecast-forecast/forecast-on-demand (like `prefect deployment run ... -p as_of=...`)."""
    from flows.deployments import FORECAST_FLOW, FORECAST_ON_DEMAND

    day = _parse_date(as_of)
    params: dict[str, Any] = {"as_of": day.isoformat()} if day else {}
    _start(FORECAST_FLOW, FORECAST_ON_DEMAND, params, wait, timeout)

@trigger_app.command("ingest")
def trigger_ingest(
    inputs: Annotated[list[str], typer.Argument(help="Paths (as the serving machine sees them) or URLs.")],
    wait: Annotated[bool, typer.Option("--wait")] = False,
    timeout: Annotated[float | None, typer.Option()] = None,
) -> None:
    """Start computecast-ingest/ingest-on-demand; new facts then trigger a forecast."""
    from flows.deployments import INGEST_FLOW, INGEST_ON_DEMAND

    _start(INGEST_FLOW, INGEST_ON_DEMAND, {"inputs": inputs}, wait, timeout)

@trigger_app.command("pipeline")
def trigger_pipeline(
    inputs: Annotated[list[str] | None, typer.Argument(help="Documents (default: the bundled examples).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of")] = None,
    wait: Annotated[bool, typer.Option("--wait")] = False,
    timeout: Annotated[float | None, typer.Option()] = None,
) -> None:
    """Start computecast-pipeline/pipeline-on-demand (ingest, then forecast)."""
    from flows.deployments import PIPELINE_FLOW, PIPELINE_ON_DEMAND

    day = _parse_date(as_of)
    params: dict[str, Any] = {"inputs": inputs} if inputs else {}
    if day:
        params["as_of"] = day.isoformat()
    _start(PIPELINE_FLOW, PIPELINE_ON_DEMAND, params, wait, timeout)


def register(app: typer.Typer) -> None:
    """Add ``serve``, ``watch`` and ``trigger ...`` to the ``computecast`` app."""
    app.command()(serve)
    app.command()(watch)
    app.add_typer(trigger_app, name="trigger")
