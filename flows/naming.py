"""What a flow run is called and tagged in the Prefect UI: "forecast as-of 2026-12-01 (production)",
"ingest 3 inputs", "backtest 16 origins (quarter ends 2021-12-31 … 2025-09-30)", with tags for the
run's kind and trigger (``kind:production``, ``trigger:schedule``).

The ``*_run_name`` functions are plain (tested without Prefect); :func:`run_name` turns one into
the zero-argument callable Prefect's ``flow_run_name`` wants, reading the run's parameters.
A name or tag is a label: when it cannot be worked out the run keeps Prefect's generated name
and its tags, and the work goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

log = logging.getLogger(__name__)

#: Every computecast flow run carries this tag (and so does every deployment).
TAG = "computecast"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def forecast_kind(as_of: date, *, now: datetime | None = None) -> str:
    """The kind a forecast of the default scenario as of ``as_of`` gets (:mod:`warehouse.run_kinds`)."""
    from warehouse.run_kinds import classify_run

    return classify_run(as_of, now=now or datetime.now(UTC))


def forecast_run_name(as_of: Any, as_of_timezone: str | None = None, *, now: datetime | None = None) -> str:
    """``forecast as-of 2026-12-01 (production)``; the as-of defaults as the flow's does."""
    from flows.jobs import as_of_today

    day = _day(as_of) or as_of_today(as_of_timezone, now=now)
    return f"forecast as-of {day} ({forecast_kind(day, now=now)})"


def ingest_run_name(inputs: Sequence[str] | None) -> str:
    """``ingest 3 inputs`` (a folder is one input), or ``ingest tender.txt`` for a single one."""
    items = list(inputs or [])
    if len(items) == 1:
        name = items[0].rstrip("/").rsplit("/", 1)[-1] or items[0]
        return f"ingest {name[:80]}"
    return f"ingest {_plural(len(items), 'input')}"


def pipeline_run_name(inputs: Sequence[str] | None, as_of: Any, *, now: datetime | None = None) -> str:
    """``pipeline: ingest the bundled documents, forecast as-of 2026-12-01 (production)``."""
    ingest = ingest_run_name(inputs) if inputs else "ingest the bundled documents"
    return f"pipeline: {ingest}, {forecast_run_name(as_of, now=now)}"


def backtest_run_name(start: Any, end: Any, every: str) -> str:
    """``backtest 16 origins (quarter ends 2021-12-31 … 2025-09-30)``."""
    from forecasting.track_record import origins

    first, last = _day(start), _day(end)
    assert first is not None and last is not None
    at = origins(first, last, every)
    span = f"{at[0]} … {at[-1]}" if at else f"none in {first} … {last}"
    return f"backtest {_plural(len(at), 'origin')} ({every} ends {span})"


def run_name(build: Callable[..., str], fallback: str) -> Callable[[], str]:
    """A ``flow_run_name`` callable: ``build`` called with the running flow's parameters of the same
    names, else ``fallback``."""

    def name() -> str:
        import inspect

        from prefect.runtime import flow_run

        try:
            params = dict(flow_run.parameters)
            wanted = inspect.signature(build).parameters
            kwargs = {k: params[k] for k in wanted if k != "now" and k in params}
            return build(**kwargs)
        except Exception as exc:  # a label, never a reason to fail the run
            log.warning("could not name the flow run: %s", exc)
            return fallback

    name.__name__ = f"{fallback}_run_name"
    return name


def tag_run(*tags: str) -> None:
    """Add ``tags`` (and :data:`TAG`) to the running flow run; a failure only logs a warning."""
    try:
        from prefect.client.orchestration import get_client
        from prefect.runtime import flow_run

        run_id = flow_run.id
        if run_id is None:
            return
        with get_client(sync_client=True) as client:
            current = client.read_flow_run(run_id).tags
            wanted = sorted({*current, TAG, *tags})
            if wanted != sorted(current):
                client.update_flow_run(run_id, tags=wanted)
    except Exception as exc:  # a label, never a reason to fail the run
        log.warning("could not tag the flow run: %s", exc)
