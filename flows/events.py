"""computecast's Prefect events, and the check that coalesces event-triggered forecasts.

Building an event is pure (a plain :class:`EventSpec`), so it is unit-tested without Prefect;
only :func:`emit` imports Prefect, lazily, and sends it.

Events
------
``computecast.facts.ingested``
    An ingest batch stored new facts. One event per batch (not per document), so a folder of ten
    documents ingested together is one event. Resource: ``computecast.document.<sha256>`` of the
    batch's first new document; every new document is also a ``related`` resource with the role
    ``document``. Payload: the batch counts, the new document ids and the new fact ids.
    The resource label ``computecast.forecast`` says who forecasts next: ``triggered`` (the
    ``forecast-on-event`` deployment's trigger matches only these) or ``in-flow`` (the emitting
    flow publishes a forecast itself, e.g. ``computecast-pipeline``), so one ingest never asks for
    two forecasts.
``computecast.forecast.published``
    A vintage was published. Resource ``computecast.forecast-run.<run id>``; payload: run id,
    as-of date, trigger, trigger event id, number of facts in its lineage.
``computecast.forecast.skipped``
    An event-triggered forecast found that the newest vintage already covers every fact.

Coalescing
----------
A burst of events (ten documents dropped one by one) must end in one or few vintages, and never in
a document whose facts no vintage sees. Prefect's reactive trigger with a ``within`` window
*drops* the events that arrive in the window after it fired (they are not deferred), so the
trigger fires on every event (``threshold=1, within=0``) and the coalescing happens downstream:

1. the ``forecast-on-event`` deployment has ``concurrency_limit=1`` with the ``ENQUEUE`` collision
   strategy, so the triggered runs queue and run one after another;
2. each triggered run first calls :func:`forecast_freshness`: if the newest vintage for the same
   as-of date, seed, draws, scenario and history already covers every stored fact, it publishes
   nothing and returns that vintage's id.

The first queued run sees all the documents stored before it started; the runs queued behind it
find nothing new and skip. Nothing is lost: a document stored while a forecast is running is not
covered by it, so the run queued for that document publishes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Engine, bindparam, select, text

from warehouse.store import FORECAST_RUN, run_fact_ids

FACTS_INGESTED = "computecast.facts.ingested"
FORECAST_PUBLISHED = "computecast.forecast.published"
FORECAST_SKIPPED = "computecast.forecast.skipped"
DOCUMENT_RESOURCE = "computecast.document."
RUN_RESOURCE = "computecast.forecast-run."
#: Resource label of ``computecast.facts.ingested``: who publishes the forecast that follows.
FORECAST_LABEL = "computecast.forecast"
FORECAST_TRIGGERED = "triggered"
FORECAST_IN_FLOW = "in-flow"


@dataclass(frozen=True)
class EventSpec:
    """An event to emit: the arguments of ``prefect.events.emit_event``."""

    event: str
    resource: dict[str, str]
    payload: dict[str, Any] = field(default_factory=dict)
    related: list[dict[str, str]] = field(default_factory=list)

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``emit_event``."""
        return {"event": self.event, "resource": self.resource, "payload": self.payload, "related": self.related}


@dataclass(frozen=True)
class NewDocument:
    """A document that an ingest batch stored for the first time."""

    document_id: int
    sha256: str
    source_uri: str
    facts: int


def facts_ingested_event(
    summary: Mapping[str, Any],
    documents: Sequence[NewDocument],
    *,
    forecast: str = FORECAST_TRIGGERED,
) -> EventSpec | None:
    """The ``computecast.facts.ingested`` event of an ingest batch, or None when it stored no new fact.

    ``summary`` is :class:`flows.jobs.IngestSummary` as a dict; ``documents`` are the batch's new
    documents (:func:`new_documents`). ``forecast`` is :data:`FORECAST_TRIGGERED` or
    :data:`FORECAST_IN_FLOW`.
    """
    if forecast not in (FORECAST_TRIGGERED, FORECAST_IN_FLOW):
        raise ValueError(f"forecast must be {FORECAST_TRIGGERED!r} or {FORECAST_IN_FLOW!r}, not {forecast!r}")
    fact_ids = sorted(int(f) for f in summary.get("new_fact_ids", ()))
    if not fact_ids:
        return None
    docs = sorted(documents, key=lambda d: d.document_id)
    if not docs:
        raise ValueError("new facts but no new documents: pass the documents the facts were read from")
    first = docs[0]
    resource = {
        "prefect.resource.id": f"{DOCUMENT_RESOURCE}{first.sha256}",
        "prefect.resource.name": Path(first.source_uri).name or first.source_uri,
        FORECAST_LABEL: forecast,
    }
    related = [
        {
            "prefect.resource.id": f"{DOCUMENT_RESOURCE}{d.sha256}",
            "prefect.resource.role": "document",
            "prefect.resource.name": Path(d.source_uri).name or d.source_uri,
        }
        for d in docs
    ]
    payload = {
        "inputs": int(summary.get("inputs", 0)),
        "stored": int(summary.get("stored", 0)),
        "duplicates": int(summary.get("duplicates", 0)),
        "quarantined": int(summary.get("quarantined", 0)),
        "fact_count": len(fact_ids),
        "document_ids": [d.document_id for d in docs],
        "documents": [{"id": d.document_id, "sha256": d.sha256, "source_uri": d.source_uri, "facts": d.facts} for d in docs],
        "fact_ids": fact_ids,
    }
    return EventSpec(FACTS_INGESTED, resource, payload, related)


def forecast_published_event(
    run_id: int,
    *,
    as_of: date | str,
    trigger: str,
    trigger_event_id: str | None,
    fact_count: int,
    input_fingerprint: str | None = None,
) -> EventSpec:
    """The ``computecast.forecast.published`` event of a new vintage."""
    resource = {
        "prefect.resource.id": f"{RUN_RESOURCE}{run_id}",
        "prefect.resource.name": f"forecast run {run_id}",
        "computecast.trigger": trigger,
    }
    payload = {
        "run_id": int(run_id),
        "as_of": str(as_of),
        "trigger": trigger,
        "trigger_event_id": trigger_event_id,
        "fact_count": int(fact_count),
        "input_fingerprint": input_fingerprint,
    }
    return EventSpec(FORECAST_PUBLISHED, resource, payload)


def forecast_skipped_event(freshness: Freshness, *, trigger_event_id: str | None) -> EventSpec:
    """The ``computecast.forecast.skipped`` event: the newest vintage already covers every fact."""
    run_id = freshness.latest_run_id
    return EventSpec(
        FORECAST_SKIPPED,
        {"prefect.resource.id": f"{RUN_RESOURCE}{run_id}", "prefect.resource.name": f"forecast run {run_id}"},
        {"run_id": run_id, "trigger_event_id": trigger_event_id, "reason": freshness.reason},
    )


def emit(spec: EventSpec | None) -> str | None:
    """Send ``spec`` to Prefect; returns the event id, or None when nothing was sent."""
    if spec is None:
        return None
    from prefect.events import emit_event

    event = emit_event(**spec.kwargs())
    return str(event.id) if event is not None else None


# --- database look-ups (no Prefect) ------------------------------------------------------------


def new_documents(engine: Engine, fact_ids: Sequence[int]) -> list[NewDocument]:
    """The documents that ``fact_ids`` were read from, with their fact counts."""
    if not fact_ids:
        return []
    sql = text(
        "SELECT d.id, d.sha256, d.source_uri, COUNT(x.id) FROM fact x JOIN document d ON d.id = x.document_id "
        "WHERE x.id IN :ids GROUP BY d.id, d.sha256, d.source_uri ORDER BY d.id"
    ).bindparams(bindparam("ids", expanding=True))
    with engine.connect() as conn:
        rows = conn.execute(sql, {"ids": [int(f) for f in fact_ids]}).all()
    return [NewDocument(int(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


@dataclass(frozen=True)
class Freshness:
    """Whether the newest vintage for an as-of date already reflects every stored fact."""

    latest_run_id: int | None
    pending_fact_ids: tuple[int, ...]
    reason: str

    @property
    def current(self) -> bool:
        """True when publishing again would add nothing: skip."""
        return self.latest_run_id is not None and not self.pending_fact_ids and self.reason == "current"


def forecast_freshness(
    engine: Engine,
    *,
    as_of: date,
    seed: int,
    draws: int,
    scenario_sha256: str | None = None,
    history_sha256: str | None = None,
    roles_sha256: str | None = None,
) -> Freshness:
    """Does the newest vintage for ``as_of`` already cover every fact a new one would see?

    Compares with the newest published run of that as-of date: a different seed, number of
    draws, scenario, history or observation roles means stale. The facts a run could see are those of documents
    published on or before ``as_of`` (the forecasting core's as-of cut; undated documents are
    left out). The core records how many it saw (``parameters["facts"]["visible"]``); since
    facts are never deleted, the run is current when that count has not grown. For runs
    without the count, facts newer than the run's lineage make it stale.
    """
    with engine.connect() as conn:
        run = conn.execute(
            select(FORECAST_RUN.c.id, FORECAST_RUN.c.seed, FORECAST_RUN.c.parameters, FORECAST_RUN.c.scenario_sha256)
            .where(FORECAST_RUN.c.status == "published", FORECAST_RUN.c.as_of == as_of)
            .order_by(FORECAST_RUN.c.id.desc())
            .limit(1)
        ).first()
        candidates = [
            int(f)
            for f in conn.execute(
                text(
                    "SELECT x.id FROM fact x JOIN document d ON d.id = x.document_id "
                    "WHERE d.published IS NOT NULL AND d.published <= :as_of ORDER BY x.id"
                ).bindparams(bindparam("as_of", type_=Date)),
                {"as_of": as_of},
            ).scalars()
        ]
        if run is None:
            return Freshness(None, tuple(candidates), "no vintage for this as-of date yet")
        run_id = int(run[0])
        params = run[2] or {}
        changed = [
            name
            for name, mine, theirs in (
                ("seed", seed, run[1]),
                ("draws", draws, params.get("draws")),
                ("scenario", scenario_sha256, run[3]),
                ("history", history_sha256, params.get("history_sha256")),
                ("observation roles", roles_sha256, params.get("roles_sha256")),
            )
            if mine is not None and theirs is not None and str(mine) != str(theirs)
        ]
        if changed:
            return Freshness(run_id, tuple(candidates), f"{', '.join(changed)} changed since run {run_id}")
    facts_info = params.get("facts")
    visible = facts_info.get("visible") if isinstance(facts_info, dict) else None
    if isinstance(visible, int):
        # the core recorded how many facts it could see: facts are never deleted, so any new
        # fact published on or before as_of makes the count grow
        if len(candidates) != visible:
            pending = tuple(candidates[visible:]) or tuple(candidates)
            return Freshness(run_id, pending, f"{len(candidates)} fact(s) visible now, {visible} when run {run_id} ran")
        return Freshness(run_id, (), "current")
    watermark = max(run_fact_ids(engine, run_id), default=0)
    pending = tuple(f for f in candidates if f > watermark)
    if pending:
        return Freshness(run_id, pending, f"{len(pending)} fact(s) newer than run {run_id}'s lineage")
    return Freshness(run_id, (), "current")
