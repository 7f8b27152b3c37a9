"""Run kinds (production, re-creation, what-if) and ``v_forecast_latest``: the newest production vintage, whole."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import polars as pl
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from warehouse.db import make_engine, upgrade
from warehouse.run_kinds import PRODUCTION, RECREATION, WHAT_IF, classify_run
from warehouse.store import RunRecord, list_runs, write_run

NOW = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)  # 04:00 on 2026-12-03 in Asia/Shanghai


def test_kind_from_as_of_and_scenario() -> None:
    assert classify_run(date(2026, 12, 2), now=NOW) == PRODUCTION                 # the CLI's UTC date
    assert classify_run(date(2026, 12, 3), now=NOW) == PRODUCTION                 # the service's Shanghai date
    shanghai = NOW.astimezone(timezone(timedelta(hours=8)))
    assert classify_run(shanghai.date(), now=shanghai) == PRODUCTION              # same instant, any zone
    assert classify_run(date(2026, 12, 1), now=NOW) == RECREATION
    assert classify_run(date(2019, 1, 1), now=NOW) == RECREATION
    assert classify_run(date(2026, 12, 4), now=NOW) == WHAT_IF                    # after today everywhere
    assert classify_run(date(2026, 12, 2), now=NOW, default_scenario=False) == WHAT_IF
    assert classify_run(date(2020, 6, 30), now=NOW, default_scenario=False) == WHAT_IF


def _values(periods: list[str], scale: float = 1.0) -> pl.DataFrame:
    n = len(periods)
    return pl.DataFrame(
        {"metric": ["accelerators"] * n, "region": ["CN"] * n, "entity": [None] * n, "period": periods,
         "method": ["combined"] * n, "p10": [1e6 * scale] * n, "p50": [2e6 * scale] * n, "p90": [4e6 * scale] * n,
         "unit": ["units"] * n},
        schema_overrides={"entity": pl.Utf8},
    )


def _record(as_of: date, kind: str | None = None) -> RunRecord:
    return RunRecord(as_of=as_of, trigger="manual", code_version="test", parameters={}, input_fingerprint="f" * 64,
                     seed=1, scenario_name="default", scenario_sha256="s" * 64, scenario_text="", kind=kind)


def _latest(engine: Engine) -> list[tuple[int, str, float]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT run_id, period, p50 FROM v_forecast_latest ORDER BY period"))]


def test_latest_is_the_newest_production_run_whole(engine: Engine) -> None:
    today = datetime.now(UTC).date()
    production = write_run(engine, _record(today), _values(["2026", "2027", "2028"]))
    # published later, but a re-creation (past as-of), a what-if and a future as-of: none of them is "latest"
    write_run(engine, _record(date(2020, 12, 31)), _values(["2019", "2020", "2021", "2022", "2023", "2024"], 2.0))
    write_run(engine, _record(today, kind=WHAT_IF), _values(["2026", "2027", "2028"], 3.0))
    write_run(engine, _record(today + timedelta(days=400)), _values(["2029", "2030"], 4.0))
    kinds = {r["run_id"]: r["kind"] for r in list_runs(engine)}
    assert sorted(kinds.values()) == sorted([PRODUCTION, RECREATION, WHAT_IF, WHAT_IF])
    assert _latest(engine) == [(production, p, 2e6) for p in ("2026", "2027", "2028")]
    # a newer production run replaces it whole, even where it has fewer periods
    newer = write_run(engine, _record(today), _values(["2027"], 1.5))
    assert _latest(engine) == [(newer, "2027", 3e6)]
    with engine.connect() as conn:
        vintage_kinds = dict(conn.execute(text("SELECT DISTINCT run_id, run_kind FROM fct_forecast_vintage")).all())
    assert vintage_kinds == kinds | {newer: PRODUCTION}


def test_an_unknown_kind_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="run kind 'backtest' is not one of"):
        write_run(engine, _record(date(2026, 1, 1), kind="backtest"), _values(["2026"]))
    assert list_runs(engine) == []


def _legacy_run(engine: Engine, as_of: str, created_at: str) -> int:
    """A run published at revision 0013 (no kind column), sealed as write_run seals it."""
    with engine.begin() as conn:
        run_id = conn.execute(text(
            "INSERT INTO forecast_run (created_at, as_of, trigger, status, code_version, parameters, "
            "input_fingerprint, seed, scenario_name, scenario_sha256, scenario_text) VALUES "
            "(:c, :a, 'manual', 'published', 'old', '{}', 'f', 1, 'default', 's', '') RETURNING id"),
            {"c": datetime.fromisoformat(created_at), "a": date.fromisoformat(as_of)}).scalar_one()
        conn.execute(text("INSERT INTO forecast_value (run_id, metric, region, period, method, p10, p50, p90, unit) "
                          "VALUES (:r, 'accelerators', 'CN', '2026', 'combined', 1, 2, 3, 'units')"), {"r": run_id})
        conn.execute(text("INSERT INTO run_seal (run_id, sealed_at) VALUES (:r, :c)"),
                     {"r": run_id, "c": datetime.fromisoformat(created_at)})
    return int(run_id)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_migration_0014_derives_the_kind_of_sealed_runs_without_touching_them(
    backend: str, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    engine = make_engine(url)
    try:
        upgrade(engine, "0013")
        production = _legacy_run(engine, "2026-12-03", "2026-12-02T20:00:00+00:00")   # Shanghai's date: production
        recreation = _legacy_run(engine, "2019-12-31", "2026-12-02T21:00:00+00:00")
        future = _legacy_run(engine, "2027-06-30", "2026-12-02T22:00:00+00:00")
        upgrade(engine, "0014")
        with engine.connect() as conn:
            kinds = dict(conn.execute(text("SELECT run_id, kind FROM fct_run")).all())
            stored = conn.execute(text("SELECT COUNT(*) FROM forecast_run WHERE kind IS NULL")).scalar_one()
        assert kinds == {production: PRODUCTION, recreation: RECREATION, future: WHAT_IF}
        assert stored == 3  # derived in the views; no sealed row was updated
        assert {r[0] for r in _latest(engine)} == {production}
    finally:
        engine.dispose()


def test_migration_0014_downgrades_and_upgrades_again(engine: Engine) -> None:
    from alembic import command

    from warehouse.db import _alembic_config, current_revision

    run_id = write_run(engine, _record(datetime.now(UTC).date()), _values(["2026"]))
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0013")
    assert current_revision(engine) == "0013"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT DISTINCT run_id FROM v_forecast_latest")).scalars().all() == [run_id]
        assert "kind" not in list(conn.execute(text("SELECT * FROM fct_run")).keys())
    with pytest.raises(DBAPIError, match=r"sealed"), engine.begin() as conn:  # the seal holds
        conn.execute(text("INSERT INTO forecast_value (run_id, metric, period, method, p10, p50, p90, unit) "
                          "VALUES (:r, 'accelerators', '2027', 'combined', 1, 2, 3, 'units')"), {"r": run_id})
    upgrade(engine)
    assert [r["kind"] for r in list_runs(engine)] == [PRODUCTION]
    assert {r[0] for r in _latest(engine)} == {run_id}
