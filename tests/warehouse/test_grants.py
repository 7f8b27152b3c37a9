"""The BI role: SELECT on the views, nothing else; tested by connecting as that role."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import Engine, make_url, text
from sqlalchemy.exc import DBAPIError

from warehouse.db import make_engine
from warehouse.grants import GrantError, grant_bi_role, revoke_bi_role
from warehouse.store import RunRecord, write_run

VIEWS = ("fct_forecast_vintage", "v_forecast_latest", "v_forecast_change", "fct_fact", "fct_run",
         "fct_run_lineage", "dim_metric", "dim_region", "dim_entity",
         # migration 0015: picked up by their prefix, no list to maintain in grants.py
         "fct_actual", "fct_history_load", "fct_run_weight", "fct_run_backtest")
TABLES = ("document", "quarantine", "fact", "forecast_run", "forecast_value", "run_fact", "run_weight",
          "run_backtest", "alembic_version", "metric_info", "history_load", "history_row")


def _values(scale: float) -> pl.DataFrame:
    return pl.DataFrame(
        {"metric": ["ai_server_market_size"] * 2, "region": ["CN"] * 2, "entity": [None, None],
         "period": ["2025", "2026"], "method": ["combined"] * 2, "p10": [40e9 * scale, 50e9 * scale],
         "p50": [56e9 * scale, 70e9 * scale], "p90": [70e9 * scale, 95e9 * scale], "unit": ["USD"] * 2},
        schema_overrides={"entity": pl.Utf8},
    )


def _record(as_of: date) -> RunRecord:
    return RunRecord(as_of=as_of, trigger="manual", code_version="test", parameters={}, input_fingerprint="f" * 64,
                     seed=1, scenario_name="default", scenario_sha256="s" * 64, scenario_text="",
                     kind="production")  # as if published on its as-of date: v_forecast_latest shows it


@pytest.fixture
def bi_role(pg_engine: Engine) -> Iterator[str]:
    """A unique role name; the role (and its grants) is dropped afterwards."""
    role = f"bi_test_{uuid.uuid4().hex[:10]}"
    yield role
    with pg_engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists:
        revoke_bi_role(pg_engine, role)


def _as_role(pg_url: str, role: str, password: str) -> Engine:
    return make_engine(make_url(pg_url).set(username=role, password=password).render_as_string(hide_password=False))


@pytest.mark.postgres
def test_bi_role_reads_views_and_nothing_else(pg_engine: Engine, pg_url: str, bi_role: str) -> None:
    first = write_run(pg_engine, _record(date(2024, 3, 31)), _values(1.0))
    second = write_run(pg_engine, _record(date(2024, 6, 30)), _values(1.5))
    result = grant_bi_role(pg_engine, bi_role, password="s3cret'; DROP TABLE fact; --")
    assert result.created and set(VIEWS) <= set(result.views)
    # on a cluster with other databases the only warning is PUBLIC's default CONNECT to them
    assert all("can connect to database(s)" in w for w in result.warnings), result.warnings
    again = grant_bi_role(pg_engine, bi_role)  # idempotent
    assert not again.created and again.views == result.views

    bi = _as_role(pg_url, bi_role, "s3cret")
    try:
        with bi.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == bi_role
            runs = conn.execute(text("SELECT DISTINCT run_id FROM fct_forecast_vintage ORDER BY run_id")).scalars().all()
            assert runs == [first, second]
            latest = conn.execute(
                text("SELECT run_id, p50 FROM v_forecast_latest WHERE region = 'CN' AND period = '2026'")
            ).one()
            assert tuple(latest) == (second, pytest.approx(105e9))
            for view in VIEWS:
                conn.execute(text(f"SELECT * FROM {view} LIMIT 1")).all()
                # the views are not updatable anyway; the role has no write privilege on them either
                privileges = {
                    p: conn.execute(text(f"SELECT has_table_privilege('{view}', '{p}')")).scalar_one()
                    for p in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
                }
                assert privileges == {"SELECT": True} | {p: False for p in privileges if p != "SELECT"}, view
            for table in TABLES:
                assert not conn.execute(text(f"SELECT has_table_privilege('{table}', 'SELECT')")).scalar_one()
        refused = [
            *(f"SELECT * FROM {t} LIMIT 1" for t in TABLES),
            "INSERT INTO forecast_run (created_at, as_of, trigger, status, code_version, parameters, input_fingerprint, "
            "seed, scenario_name, scenario_sha256, scenario_text) VALUES (now(), '2024-01-01', 'x', 'published', 'x', "
            "'{}', 'x', 1, 'x', 'x', 'x')",
            "INSERT INTO document (sha256, source_uri, kind, language, encoding, media_type, text, raw, status, "
            "ingested_at) VALUES ('x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', now())",
            "UPDATE forecast_value SET p50 = 0",
            "DELETE FROM fact",
            "CREATE TABLE bi_scratch (x int)",
            "CREATE VIEW bi_scratch_v AS SELECT 1 AS x",
            "TRUNCATE forecast_value",
        ]
        for sql in refused:
            with pytest.raises(DBAPIError, match=r"permission denied|must be owner"), bi.begin() as conn:
                conn.execute(text(sql))
    finally:
        bi.dispose()
    with pg_engine.connect() as conn:  # nothing slipped through
        assert conn.execute(text("SELECT COUNT(*) FROM forecast_run")).scalar_one() == 2
        assert conn.execute(text("SELECT COUNT(*) FROM document")).scalar_one() == 0
        assert conn.execute(text("SELECT to_regclass('bi_scratch')")).scalar_one() is None


@pytest.mark.postgres
def test_grant_refuses_bad_names_and_privileged_roles(pg_engine: Engine) -> None:
    with pytest.raises(GrantError, match="not a plain lower-case SQL identifier"):
        grant_bi_role(pg_engine, 'bi"; DROP TABLE fact; --')
    with pytest.raises(GrantError, match="privileged"):
        grant_bi_role(pg_engine, "postgres")


def test_sqlite_has_no_roles_and_read_only_file_works(sqlite_engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(GrantError, match=r"SQLite has no roles.*mode=ro"):
        grant_bi_role(sqlite_engine, "bi")
    write_run(sqlite_engine, _record(date(2024, 6, 30)), _values(1.0))
    path = make_url(str(sqlite_engine.url)).database
    ro = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")  # the connection string the README gives
    try:
        with ro.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM v_forecast_latest")).scalar_one() == 2
        with pytest.raises(DBAPIError, match="readonly"), ro.begin() as conn:
            conn.execute(text("DELETE FROM document"))
    finally:
        ro.dispose()


@pytest.mark.postgres
def test_existing_role_loses_memberships_temp_and_runaway_queries(pg_engine: Engine, pg_url: str, bi_role: str) -> None:
    """Issue 12: ``SET ROLE`` to a member role read every document; the role could create temp
    tables and functions and run ``pg_sleep`` forever."""
    reader = f"{bi_role}_reader"
    with pg_engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {bi_role} LOGIN PASSWORD 'pw'"))
        conn.execute(text(f"CREATE ROLE {reader} NOLOGIN"))
        conn.execute(text(f"GRANT SELECT ON document TO {reader}"))
        conn.execute(text(f"GRANT {reader} TO {bi_role}"))
    try:
        result = grant_bi_role(pg_engine, bi_role, statement_timeout_s=1, connection_limit=2)
        assert not result.created and result.revoked_memberships == (reader,)
        with pg_engine.connect() as conn:
            limit = conn.execute(text("SELECT rolconnlimit FROM pg_roles WHERE rolname = :r"), {"r": bi_role}).scalar_one()
        assert limit == 2
        bi = _as_role(pg_url, bi_role, "pw")
        try:
            refused = [
                f"SET ROLE {reader}",
                "SELECT * FROM document",
                "CREATE TEMP TABLE scratch (x int)",
                "CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "SELECT pg_sleep(5)",  # cancelled by the 1 s statement_timeout
            ]
            for sql in refused:
                with pytest.raises(DBAPIError), bi.connect() as conn:
                    conn.execute(text(sql))
            with bi.connect() as conn:
                assert conn.execute(text("SHOW statement_timeout")).scalar_one() == "1s"
                assert conn.execute(text("SELECT COUNT(*) FROM fct_run")).scalar_one() == 0
        finally:
            bi.dispose()
    finally:
        with pg_engine.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {reader}"))
            conn.execute(text(f"DROP ROLE {reader}"))


@pytest.mark.postgres
def test_default_statement_timeout_and_connection_limit(pg_engine: Engine, pg_url: str, bi_role: str) -> None:
    grant_bi_role(pg_engine, bi_role, password="pw")
    with pg_engine.connect() as conn:
        limit = conn.execute(text("SELECT rolconnlimit FROM pg_roles WHERE rolname = :r"), {"r": bi_role}).scalar_one()
    assert limit == 10
    bi = _as_role(pg_url, bi_role, "pw")
    try:
        with bi.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar_one() == "1min"
            assert conn.execute(text("SHOW idle_in_transaction_session_timeout")).scalar_one() == "1min"
    finally:
        bi.dispose()
