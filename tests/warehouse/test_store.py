"""The warehouse on a real SQLite file and a real PostgreSQL schema."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from connectors.contract import Fact
from connectors.model import Quarantined, SourceDocument
from warehouse.db import current_revision, ensure_schema, head_revision
from warehouse.store import (
    RunRecord,
    latest_run_ids,
    list_runs,
    load_facts,
    read_values,
    run_fact_ids,
    store_document,
    store_quarantine,
    write_run,
)

VIEWS = {"fct_forecast_vintage", "v_forecast_latest", "v_forecast_change", "fct_fact", "fct_run",
         "fct_run_lineage", "dim_metric", "dim_region", "dim_entity",
         "fct_document_influence", "fct_run_warning", "fct_run_assimilation", "dim_target",
         "fct_backtest_score", "v_backtest_summary", "fct_actual", "fct_history_load", "fct_run_weight",
         "fct_run_backtest"}


def _doc(raw: bytes = "2022年中国AI服务器市场规模67亿美元".encode(), published: date | None = date(2023, 6, 25)) -> SourceDocument:
    return SourceDocument(
        source_uri="file:///reports/citic.txt",
        raw=raw,
        text=raw.decode(),
        kind="market_report",
        language="zh-Hans",
        published=published,
        encoding="utf-8",
        facts=(
            Fact(metric="ai_server_market_size", value=6.7e9, unit="USD", period="2022", region="CN",
                 quote="2022年中国AI服务器市场规模67亿美元"),
            Fact(metric="yoy_growth", value=24.0, unit="%", period="2022", region="CN", of="ai_server_market_size",
                 quote="同比增长24%"),
        ),
    )


def _values(scale: float = 1.0) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "metric": ["ai_server_market_size"] * 3,
            "region": ["CN", "CN", "GLOBAL"],
            "entity": [None, None, None],
            "period": ["2025", "2026", "2025"],
            "method": ["combined"] * 3,
            "p10": [40e9 * scale, 50e9 * scale, 150e9 * scale],
            "p50": [56e9 * scale, 70e9 * scale, 200e9 * scale],
            "p90": [70e9 * scale, 95e9 * scale, 260e9 * scale],
            "unit": ["USD"] * 3,
        },
        schema_overrides={"entity": pl.Utf8},
    )


def _record(facts_used: list[int] | None = None, **kw: object) -> RunRecord:
    base: dict[str, object] = dict(
        as_of=date(2024, 6, 30), trigger="manual", code_version="test", parameters={"draws": 100},
        input_fingerprint="f" * 64, seed=7, scenario_name="default", scenario_sha256="s" * 64,
        scenario_text="name = 'default'", facts_used=facts_used or [],
        weights=[{"metric": "ai_server_market_size", "region": "CN", "method": "regression", "weight": 0.6,
                  "backtest_error": 0.12}],
        backtests=[{"metric": "ai_server_market_size", "region": "CN", "method": "regression", "horizon": 1,
                    "mase": 0.8, "smape": 12.5, "n_origins": 3}],
    )
    base.update(kw)
    return RunRecord(**base)  # type: ignore[arg-type]


def test_migrations_create_every_table_and_view(engine: Engine) -> None:
    assert current_revision(engine) == head_revision() == "0015"
    ensure_schema(engine)  # idempotent on a migrated database
    insp = inspect(engine)
    for table in SQLModel.metadata.sorted_tables:
        db_cols = {c["name"] for c in insp.get_columns(table.name)}
        assert {c.name for c in table.columns} == db_cols, table.name
    assert set(insp.get_view_names()) >= VIEWS


def test_same_document_twice_is_stored_once(engine: Engine) -> None:
    with engine.begin() as conn:
        first = store_document(conn, _doc())
        second = store_document(conn, _doc())
    assert first.created and len(first.fact_ids) == 2
    assert not second.created and second.document_id == first.document_id
    facts = load_facts(engine)
    assert facts.height == 2
    row = facts.filter(pl.col("metric") == "yoy_growth").row(0, named=True)
    assert row["of"] == "ai_server_market_size" and row["published"] == date(2023, 6, 25)
    assert row["quote"] == "同比增长24%"


def test_quarantine_keeps_bytes_and_reason(engine: Engine) -> None:
    bad = Quarantined(source_uri="file:///in/blob.bin", raw=b"\x00\xff\x00binary", reason="undecodable: binary content")
    with engine.begin() as conn:
        qid, created = store_quarantine(conn, bad)
        again, created_again = store_quarantine(conn, bad)
    assert created and not created_again and qid == again
    with engine.connect() as conn:
        raw, reason = conn.execute(text("SELECT raw, reason FROM quarantine WHERE id = :i"), {"i": qid}).one()
    assert bytes(raw) == b"\x00\xff\x00binary" and reason == "undecodable: binary content"


def test_run_round_trip_with_lineage(engine: Engine) -> None:
    with engine.begin() as conn:
        stored = store_document(conn, _doc())
    run_id = write_run(engine, _record(list(stored.fact_ids)), _values())
    back = read_values(engine, run_id)
    assert back.sort("period", "region").equals(_values().sort("period", "region"))
    assert run_fact_ids(engine, run_id) == set(stored.fact_ids)
    [listed] = list_runs(engine)
    assert listed["run_id"] == run_id and listed["n_values"] == 3 and listed["n_facts"] == 2
    with engine.connect() as conn:
        weight = conn.execute(text("SELECT weight, backtest_error FROM run_weight WHERE run_id = :r"), {"r": run_id}).one()
        lineage = conn.execute(text("SELECT source_uri FROM fct_run_lineage WHERE run_id = :r"), {"r": run_id}).scalars().all()
    assert tuple(weight) == (0.6, 0.12)
    assert lineage == ["file:///reports/citic.txt"] * 2


def test_published_vintage_cannot_be_changed(engine: Engine) -> None:
    run_id = write_run(engine, _record(), _values())
    for sql in (
        "UPDATE forecast_value SET p50 = 0",
        "DELETE FROM forecast_value",
        "UPDATE forecast_run SET as_of = '2020-01-01'",
        "DELETE FROM forecast_run",
        "DELETE FROM run_weight",
    ):
        with pytest.raises(DBAPIError, match="published forecast vintage"), engine.begin() as conn:
            conn.execute(text(sql))
    assert read_values(engine, run_id)["p50"].to_list() == _values()["p50"].to_list()


def test_failed_write_leaves_no_partial_vintage(engine: Engine) -> None:
    duplicate_keys = pl.concat([_values(), _values()])  # violates the per-run key: the whole run must roll back
    with pytest.raises(DBAPIError):
        write_run(engine, _record(), duplicate_keys)
    assert list_runs(engine) == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM forecast_value")).scalar_one() == 0


def test_views_show_history_latest_and_change(engine: Engine) -> None:
    first = write_run(engine, _record(kind="production"), _values())
    second = write_run(engine, _record(supersedes_run_id=first, kind="production"), _values(scale=1.5))
    assert latest_run_ids(engine) == [second, first]
    with engine.connect() as conn:
        history = conn.execute(text("SELECT DISTINCT run_id FROM fct_forecast_vintage ORDER BY run_id")).scalars().all()
        latest = conn.execute(
            text("SELECT run_id, p50 FROM v_forecast_latest WHERE region = 'CN' AND period = '2025'")
        ).one()
        change = conn.execute(
            text("SELECT previous_run_id, p50_change, p50_change_pct FROM v_forecast_change "
                 "WHERE run_id = :r AND region = 'CN' AND period = '2025'"),
            {"r": second},
        ).one()
    assert history == [first, second]
    assert tuple(latest) == (second, pytest.approx(84e9))
    assert change[0] == first
    assert change[1] == pytest.approx(28e9) and change[2] == pytest.approx(50.0)


def test_superseding_a_missing_run_is_refused(engine: Engine) -> None:
    from warehouse.errors import RunNotFoundError

    with pytest.raises(RunNotFoundError, match="no forecast run 99"):
        write_run(engine, _record(supersedes_run_id=99), _values())


def test_one_target_in_two_currencies_is_two_values(engine: Engine) -> None:
    usd = _values().head(1)
    cny = usd.with_columns(pl.lit("CNY").alias("unit"), pl.col("p10", "p50", "p90") * 7.2)
    run_id = write_run(engine, _record(kind="production"), pl.concat([usd, cny]))
    assert sorted(read_values(engine, run_id)["unit"].to_list()) == ["CNY", "USD"]
    with engine.connect() as conn:
        units = conn.execute(text("SELECT unit FROM v_forecast_latest ORDER BY unit")).scalars().all()
    assert units == ["CNY", "USD"]
