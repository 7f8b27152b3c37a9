"""Issue 12: a published vintage cannot change, whatever the client does (migration 0012).

Each test writes through plain SQL, the way a BI tool, a script or a careless admin would, on
both backends; SQLite is also tried through a bare ``sqlite3`` connection without
``PRAGMA foreign_keys``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from connectors.model import Quarantined
from tests.warehouse.test_store import _doc, _record, _values
from warehouse.db import make_engine, upgrade
from warehouse.store import store_document, store_quarantine, write_run

INSERT_VALUE = (
    "INSERT INTO forecast_value (run_id, metric, region, entity, period, method, p10, p50, p90, unit) "
    "VALUES (:r, 'accelerators', 'CN', NULL, :period, 'combined', :p10, :p50, :p90, 'units')"
)


def _published(engine: Engine) -> tuple[int, list[int], list[int]]:
    """A published run that used the first fact of one document; (run id, used, unused fact ids)."""
    with engine.begin() as conn:
        stored = store_document(conn, _doc())
    used, unused = [stored.fact_ids[0]], list(stored.fact_ids[1:])
    run_id = write_run(engine, _record(facts_used=used), _values())
    return run_id, used, unused


def _count(engine: Engine, sql: str, **params: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def test_no_row_can_be_added_to_a_published_run(engine: Engine) -> None:
    run_id, _used, unused = _published(engine)
    before = _count(engine, "SELECT COUNT(*) FROM forecast_value WHERE run_id = :r", r=run_id)
    statements = [
        (INSERT_VALUE, {"r": run_id, "period": "2031", "p10": 1.0, "p50": 2.0, "p90": 3.0}),
        ("INSERT INTO run_fact (run_id, fact_id) VALUES (:r, :f)", {"r": run_id, "f": unused[0]}),
        ("INSERT INTO run_weight (run_id, metric, method, weight) VALUES (:r, 'accelerators', 'x', 1.0)", {"r": run_id}),
        ("INSERT INTO run_backtest (run_id, metric, method, horizon, n_origins) VALUES (:r, 'accelerators', 'x', 1, 1)",
         {"r": run_id}),
    ]
    for sql, params in statements:
        with pytest.raises(DBAPIError, match=r"published|sealed"), engine.begin() as conn:
            conn.execute(text(sql), params)
    assert _count(engine, "SELECT COUNT(*) FROM forecast_value WHERE run_id = :r", r=run_id) == before
    assert _count(engine, "SELECT COUNT(*) FROM run_fact WHERE run_id = :r", r=run_id) == 1
    # the seal itself cannot be removed to open the run again
    for sql in ("DELETE FROM run_seal WHERE run_id = :r", "UPDATE run_seal SET run_id = run_id WHERE run_id = :r"):
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text(sql), {"r": run_id})


def test_a_fact_a_run_used_cannot_change_but_an_unused_one_can(engine: Engine) -> None:
    _run_id, used, unused = _published(engine)
    for sql in ("UPDATE fact SET value = 1 WHERE id = :f", "DELETE FROM fact WHERE id = :f",
                "UPDATE document SET source_uri = 'x' WHERE id = (SELECT document_id FROM fact WHERE id = :f)",
                "DELETE FROM document WHERE id = (SELECT document_id FROM fact WHERE id = :f)"):
        with pytest.raises(DBAPIError, match=r"used this fact|lineage"), engine.begin() as conn:
            conn.execute(text(sql), {"f": used[0]})
    assert _count(engine, "SELECT COUNT(*) FROM fct_run_lineage") == 1
    assert _count(engine, "SELECT COUNT(*) FROM fact WHERE id = :f AND value = 6.7e9", f=used[0]) == 1
    with engine.begin() as conn:  # a fact no run used is still the warehouse's to correct
        conn.execute(text("UPDATE fact SET value = 25 WHERE id = :f"), {"f": unused[0]})
    assert _count(engine, "SELECT COUNT(*) FROM fact WHERE id = :f AND value = 25", f=unused[0]) == 1


def test_sqlite_client_without_foreign_keys_cannot_break_lineage(sqlite_engine: Engine) -> None:
    _run_id, used, _unused = _published(sqlite_engine)
    path = sqlite_engine.url.database
    assert path
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA foreign_keys").fetchone() == (0,)
        for sql in ("DELETE FROM fact WHERE id = ?", "DELETE FROM document WHERE id IN (SELECT document_id FROM fact WHERE id = ?)",
                    "DELETE FROM run_fact WHERE fact_id = ?"):
            with pytest.raises(sqlite3.DatabaseError):
                raw.execute(sql, (used[0],))
            raw.rollback()
    finally:
        raw.close()
    assert _count(sqlite_engine, "SELECT COUNT(*) FROM fct_run_lineage") == 1


@pytest.mark.parametrize(("p10", "p50", "p90"), [
    (float("nan"), 1.0, 2.0), (0.0, float("nan"), 2.0), (0.0, 1.0, float("inf")), (float("-inf"), 1.0, 2.0),
    (3.0, 2.0, 4.0), (1.0, 5.0, 4.0),
])
def test_database_refuses_values_that_are_not_finite_or_not_ordered(engine: Engine, p10: float, p50: float, p90: float) -> None:
    """Even inside the publishing transaction (before the seal), raw SQL cannot store a bad band."""
    with pytest.raises(DBAPIError), engine.begin() as conn:
        run_id = conn.execute(text(
            "INSERT INTO forecast_run (created_at, as_of, trigger, status, code_version, parameters, input_fingerprint, "
            "seed, scenario_name, scenario_sha256, scenario_text) VALUES (:now, '2024-06-30', 'manual', 'published', "
            "'t', '{}', 'f', 1, 's', 's', '') RETURNING id"), {"now": datetime.now(UTC)}).scalar_one()
        conn.execute(text(INSERT_VALUE), {"r": run_id, "period": "2026", "p10": p10, "p50": p50, "p90": p90})
    assert _count(engine, "SELECT COUNT(*) FROM forecast_run") == 0
    with pytest.raises(ValueError, match="not finite or not ordered"):
        write_run(engine, _record(), _values().with_columns(p10=p10, p50=p50, p90=p90))
    assert _count(engine, "SELECT COUNT(*) FROM forecast_value") == 0


def test_migration_seals_runs_published_before_it_and_dedupes_quarantine(tmp_path: object) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/old.db")
    upgrade(engine, "0001")
    now = datetime.now(UTC)
    with engine.begin() as conn:
        run_id = conn.execute(text(
            "INSERT INTO forecast_run (created_at, as_of, trigger, status, code_version, parameters, input_fingerprint, "
            "seed, scenario_name, scenario_sha256, scenario_text) VALUES (:now, '2024-06-30', 'manual', 'published', "
            "'t', '{}', 'f', 1, 's', 's', '') RETURNING id"), {"now": now}).scalar_one()
        conn.execute(text(INSERT_VALUE), {"r": run_id, "period": "2026", "p10": 1.0, "p50": 2.0, "p90": 3.0})
        for _ in range(3):  # what concurrent ingests left behind before 0012
            conn.execute(text("INSERT INTO quarantine (sha256, source_uri, reason, raw, received_at) "
                              "VALUES ('a', 'u', 'empty', X'', :now)"), {"now": now})
        conn.execute(text("INSERT INTO quarantine (sha256, source_uri, reason, raw, received_at) "
                          "VALUES ('b', 'u', :long, X'', :now)"), {"now": now, "long": "x" * 5000})
    upgrade(engine)
    with pytest.raises(DBAPIError, match="sealed"), engine.begin() as conn:
        conn.execute(text(INSERT_VALUE), {"r": run_id, "period": "2027", "p10": 1.0, "p50": 2.0, "p90": 3.0})
    assert _count(engine, "SELECT COUNT(*) FROM quarantine") == 2
    assert _count(engine, "SELECT COUNT(*) FROM quarantine WHERE reason_sha256 IS NULL") == 0


def test_same_quarantine_twice_is_one_row(engine: Engine) -> None:
    item = Quarantined("inbox/x.bin", b"\x00\x01", "binary: NUL bytes")
    with engine.begin() as conn:
        first = store_quarantine(conn, item)
    with engine.begin() as conn:
        second = store_quarantine(conn, item)
    assert first[1] is True and second == (first[0], False)
    with pytest.raises(DBAPIError), engine.begin() as conn:  # the database itself refuses the duplicate
        conn.execute(text("INSERT INTO quarantine (sha256, source_uri, reason, raw, received_at, reason_sha256) "
                          "SELECT sha256, source_uri, reason, raw, received_at, reason_sha256 FROM quarantine"))
    assert _count(engine, "SELECT COUNT(*) FROM quarantine") == 1
