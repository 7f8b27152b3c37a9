"""End to end, for real: a Prefect server, ``computecast serve --limit 4 --watch INBOX``, and tender
documents dropped into the inbox ending in published vintages through the event trigger."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from flow_fixtures import write_tender
from service_harness import (
    api_post,
    events_named,
    facts_of,
    served_computecast,
    triggered_forecasts_settled,
    wait_for,
)
from sqlalchemy import Engine

pytestmark = pytest.mark.slow

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")



def _run_covering(engine: Engine, docs: list[Path], after: int) -> dict[str, object] | None:
    """The newest run after ``after`` whose lineage has facts of every one of ``docs``."""
    from warehouse.store import list_runs, run_fact_ids

    facts = [facts_of(engine, p) for p in docs]
    if not all(facts):
        return None
    for run in list_runs(engine):
        if run["run_id"] > after and all(run_fact_ids(engine, run["run_id"]) & f for f in facts):
            return run
    return None


def test_inbox_to_vintage_and_bursts_coalesce(tmp_path: Path) -> None:
    from flows.jobs import open_warehouse
    from warehouse.store import get_run, list_runs

    with served_computecast(tmp_path, limit=4) as service:
        engine = open_warehouse(service.database_url)
        try:
            # one tender dropped into the inbox → one event → one vintage with its facts in the lineage
            tender = write_tender(service.inbox, 0)
            run = wait_for(lambda: _run_covering(engine, [tender], 0), timeout=60,
                           what=f"a vintage covering {tender.name} (logs in {service.logs})")
            with engine.connect() as conn:
                row = get_run(conn, int(run["run_id"]))  # type: ignore[call-overload]
            assert row["trigger"] == "event"
            assert UUID_RE.match(str(row["trigger_event_id"])), row["trigger_event_id"]
            first = int(row["id"])
            wait_for(lambda: triggered_forecasts_settled(service.api), timeout=60, what="the forecast runs to finish")
            assert [r["run_id"] for r in list_runs(engine)] == [first]
            assert len(events_named(service.api, "computecast.facts.ingested")) == 1

            # a burst: five tenders dropped a moment apart (several inbox batches, several events)
            burst = []
            for i in range(1, 6):
                burst.append(write_tender(service.inbox, i))
                time.sleep(0.3)
            last = wait_for(lambda: _run_covering(engine, burst, first), timeout=90,
                            what="a vintage covering the whole burst")
            # every ingest event got its triggered run (none lost) and the queue has drained
            wait_for(lambda: triggered_forecasts_settled(service.api), timeout=90,
                     what="one finished forecast-on-event run per ingest event")
            # each triggered run either published (and said so) or found the vintage current and skipped
            n_ingested = len(events_named(service.api, "computecast.facts.ingested"))
            wait_for(lambda: len(events_named(service.api, "computecast.forecast.published"))
                     + len(events_named(service.api, "computecast.forecast.skipped")) == n_ingested,
                     timeout=30, what="a published or skipped event per triggered run")
            new_runs = [r for r in list_runs(engine) if r["run_id"] > first]
            assert 1 <= len(new_runs) < 5, [(r["run_id"], r["trigger"]) for r in new_runs]
            assert new_runs[0]["run_id"] == last["run_id"]  # the newest vintage has all five
            assert all(r["trigger"] == "event" for r in new_runs)
            # served flow runs are named for what they did and tagged with kind and trigger
            triggered = api_post(service.api, "/flow_runs/filter", {"flow_runs": {"tags": {"all_": ["trigger:event"]}}})
            assert triggered, "no flow run tagged trigger:event"
            for r in triggered:
                assert re.fullmatch(r"forecast as-of \d{4}-\d{2}-\d{2} \(production\)", r["name"]), r["name"]
                assert {"computecast", "forecast", "kind:production"} <= set(r["tags"]), r["tags"]
        finally:
            engine.dispose()
    # stopping `serve` (SIGINT) is clean: no "coroutine 'Runner.astop' was never awaited"
    served_log = (service.logs / "serve.log").read_text(errors="replace")
    assert "never awaited" not in served_log and "Traceback" not in served_log, served_log[-3000:]
