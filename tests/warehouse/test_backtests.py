"""Backtest runs in the warehouse: one transaction, immutable, BI views, apart from forecast vintages."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from forecasting.track_record import SCORE_SCHEMA
from warehouse.backtests import BacktestRecord, read_scores, write_backtest
from warehouse.errors import RunNotFoundError


def _scores() -> pl.DataFrame:
    base = {"metric": "ai_server_market_size", "region": "CN", "entity": None, "unit": "USD", "actual": 9.4e9}
    rows = [
        {**base, "as_of": date(2022, 12, 31), "period": "2023", "horizon": 1, "method": "combined",
         "p10": 8e9, "p50": 10e9, "p90": 12e9, "abs_log_error": 0.0619, "covered": True, "crps": 0.04, "source": None},
        {**base, "as_of": date(2022, 12, 31), "period": "2023", "horizon": 1, "method": "published",
         "p10": None, "p50": 13.4e9, "p90": None, "abs_log_error": 0.3545, "covered": None, "crps": 0.3545,
         "source": "CITIC (2023-06-21), fact 3"},
        {**base, "as_of": date(2023, 12, 31), "period": "2023", "horizon": 0, "method": "combined",
         "p10": 9.5e9, "p50": 10e9, "p90": 11e9, "abs_log_error": 0.0619, "covered": False, "crps": 0.05, "source": None},
    ]
    return pl.DataFrame(rows, schema=SCORE_SCHEMA, orient="row")


def _record() -> BacktestRecord:
    return BacktestRecord(first_origin=date(2022, 12, 31), last_origin=date(2023, 12, 31), every="year", n_origins=2,
                          seed=7, draws=200, code_version="test", history_sha256="h" * 64, scenario_sha256="s" * 64,
                          parameters={"runner": "serial"})


def test_backtest_run_round_trip_views_and_immutability(engine: Engine) -> None:
    run_id = write_backtest(engine, _record(), _scores())
    assert read_scores(engine, run_id).equals(_scores())
    with engine.connect() as conn:
        view = conn.execute(text(
            "SELECT run_id, as_of, metric, region, entity, period, horizon, method, actual, p10, p50, p90, "
            "abs_log_error, covered, crps FROM fct_backtest_score ORDER BY as_of, method")).all()
        summary = conn.execute(text(
            "SELECT method, horizon, n, n_band, coverage, mean_abs_log_error FROM v_backtest_summary "
            "WHERE run_id = :r ORDER BY method, horizon"), {"r": run_id}).all()
        vintages = conn.execute(text("SELECT COUNT(*) FROM v_forecast_latest")).scalar_one()
    assert len(view) == 3 and view[0][0] == run_id and view[1][7] == "published" and view[1][13] is None
    # combined: h0 one row not covered, h1 one covered; published has no band
    assert [tuple(r) for r in summary] == [
        ("combined", 0, 1, 1, 0.0, pytest.approx(0.0619)), ("combined", 1, 1, 1, 1.0, pytest.approx(0.0619)),
        ("published", 1, 1, 0, None, pytest.approx(0.3545)),
    ]
    assert vintages == 0
    for statement in ("UPDATE backtest_score SET p50 = 1", "DELETE FROM backtest_run"):
        with pytest.raises(DBAPIError, match="cannot be changed or deleted; run a new backtest"), engine.begin() as conn:
            conn.execute(text(statement))
    with pytest.raises(RunNotFoundError, match="no backtest run 999"):
        read_scores(engine, 999)


def test_a_failed_write_leaves_no_backtest_run(engine: Engine) -> None:
    bad = _scores().with_columns(pl.lit(None, dtype=pl.Float64).alias("actual"))  # NOT NULL violated
    with pytest.raises(DBAPIError):
        write_backtest(engine, _record(), bad)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM backtest_run")).scalar_one() == 0
