"""The flows, run for real in the session-scoped Prefect test harness, on a tmp SQLite warehouse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from flow_fixtures import TENDER, TEST_DRAWS, write_tender
from service_harness import facts_of
from sqlalchemy import text
from typer.testing import CliRunner

from warehouse.db import make_engine

pytestmark = [pytest.mark.prefect, pytest.mark.usefixtures("prefect_harness")]
AS_OF = date(2024, 6, 30)



@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A warehouse URL on each backend: a SQLite file, and a fresh PostgreSQL schema where reachable."""
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


def test_pipeline_flow_ingests_and_publishes(db_url: str) -> None:
    from flows.pipeline import pipeline_flow
    from warehouse.store import list_runs, run_fact_ids

    result = pipeline_flow(inputs=[str(TENDER)], as_of=AS_OF, db_url=db_url, draws=TEST_DRAWS)
    assert result["ingest"].startswith("1 input(s): 1 stored, 0 already stored, 0 quarantined;")
    assert result["published"] is True and result["event_id"]
    engine = make_engine(db_url)
    runs = list_runs(engine)
    assert [r["run_id"] for r in runs] == [result["run_id"]]
    assert runs[0]["trigger"] == "manual" and str(runs[0]["as_of"]) == "2024-06-30"
    assert run_fact_ids(engine, result["run_id"]) & facts_of(engine, TENDER)


def test_ingest_flow_emits_an_event_only_for_new_facts(tmp_path: Path, sqlite_url: str) -> None:
    from flows.pipeline import ingest_flow

    doc = write_tender(tmp_path / "docs", 0)
    first = ingest_flow(inputs=[str(doc)], db_url=sqlite_url)
    assert first["stored"] == 1 and first["facts"] > 0
    assert first["event_id"]  # sent to the harness's server
    again = ingest_flow(inputs=[str(doc)], db_url=sqlite_url)
    assert (again["stored"], again["duplicates"], again["facts"]) == (0, 1, 0)
    assert again["event_id"] is None


def test_event_triggered_forecast_records_the_event_and_coalesces(tmp_path: Path, db_url: str) -> None:
    from flows.pipeline import forecast_flow, ingest_flow
    from warehouse.store import list_runs, run_fact_ids

    docs = tmp_path / "docs"
    ingest_flow(inputs=[str(write_tender(docs, 0))], db_url=db_url)
    kw = {"as_of": AS_OF, "draws": TEST_DRAWS, "trigger": "event", "skip_if_current": True, "db_url": db_url}
    run1 = forecast_flow(trigger_event_id="event-1", **kw)
    engine = make_engine(db_url)
    (row,) = list_runs(engine)
    assert (row["run_id"], row["trigger"]) == (run1, "event")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT trigger_event_id FROM forecast_run WHERE id = :r"), {"r": run1}).scalar_one() == "event-1"
    # a second event with nothing new: no second vintage
    assert forecast_flow(trigger_event_id="event-2", **kw) == run1
    assert len(list_runs(engine)) == 1
    # a new document: the next event publishes, and its lineage has the new facts
    later = write_tender(docs, 1)
    ingest_flow(inputs=[str(later)], db_url=db_url)
    run3 = forecast_flow(trigger_event_id="event-3", **kw)
    assert run3 != run1 and run_fact_ids(engine, run3) & facts_of(engine, later)
    # without skip_if_current (schedule, on demand) an identical vintage is still not published twice ...
    assert forecast_flow(as_of=AS_OF, draws=TEST_DRAWS, db_url=db_url) == run3
    # ... unless forced
    assert forecast_flow(as_of=AS_OF, draws=TEST_DRAWS, db_url=db_url, force=True) not in (run1, run3)


def test_pipeline_flow_skip_if_current(sqlite_url: str) -> None:
    from flows.pipeline import pipeline_flow

    kw = {"inputs": [str(TENDER)], "as_of": AS_OF, "db_url": sqlite_url, "draws": TEST_DRAWS, "skip_if_current": True}
    first = pipeline_flow(**kw)
    second = pipeline_flow(**kw)
    assert first["published"] and not second["published"]
    assert second["run_id"] == first["run_id"] and second["event_id"] is None


def test_watch_once_with_forecast(tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.main import app
    from warehouse.store import list_runs

    inbox = tmp_path / "inbox"
    for i in range(3):
        write_tender(inbox, i)
    monkeypatch.setenv("COMPUTECAST_DATABASE_URL", sqlite_url)
    result = CliRunner().invoke(app, ["watch", str(inbox), "--once", "--forecast"])
    assert result.exit_code == 0, result.output
    assert "1 batch(es) handled" in result.output
    assert len(list_runs(make_engine(sqlite_url))) == 1  # three documents, one vintage
    again = CliRunner().invoke(app, ["watch", str(inbox), "--once", "--forecast"])
    assert again.exit_code == 0 and "0 batch(es) handled" in again.output


def _flow_run(state: object) -> object:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(state.state_details.flow_run_id)  # type: ignore[attr-defined]


def test_flow_runs_are_named_and_tagged(sqlite_url: str) -> None:
    """The Prefect UI shows what a run is: its name says what it did, its tags its kind and trigger."""
    from flows.pipeline import forecast_flow, ingest_flow, pipeline_flow

    ingest = _flow_run(ingest_flow(inputs=[str(TENDER), str(TENDER)], db_url=sqlite_url, announce=False,
                                   return_state=True))
    assert ingest.name == "ingest 2 inputs"  # type: ignore[attr-defined]
    assert {"computecast", "ingest"} <= set(ingest.tags)  # type: ignore[attr-defined]

    forecast = _flow_run(forecast_flow(as_of=AS_OF, db_url=sqlite_url, draws=TEST_DRAWS, trigger="schedule",
                                       return_state=True))
    assert forecast.name == "forecast as-of 2024-06-30 (re-creation)"  # type: ignore[attr-defined]
    assert {"computecast", "forecast", "kind:re-creation", "trigger:schedule"} <= set(forecast.tags)  # type: ignore[attr-defined]

    pipeline = _flow_run(pipeline_flow(inputs=[str(TENDER)], db_url=sqlite_url, draws=TEST_DRAWS, return_state=True))
    name = pipeline.name  # type: ignore[attr-defined]
    assert name.startswith(f"pipeline: ingest {TENDER.name}, forecast as-of ") and name.endswith("(production)"), name
    assert {"kind:production", "trigger:manual"} <= set(pipeline.tags)  # type: ignore[attr-defined]


def test_backtest_flow_run_is_named_by_its_origins(sqlite_url: str) -> None:
    from flows.backtest import backtest_flow

    state = backtest_flow(start=date(2022, 12, 31), end=date(2023, 12, 31), every="year", draws=TEST_DRAWS,
                          db_url=sqlite_url, runner="threads", return_state=True)
    run = _flow_run(state)
    assert run.name == "backtest 2 origins (year ends 2022-12-31 … 2023-12-31)"  # type: ignore[attr-defined]
    assert {"computecast", "backtest", "runner:threads"} <= set(run.tags)  # type: ignore[attr-defined]
