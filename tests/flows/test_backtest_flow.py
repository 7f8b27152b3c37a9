"""The backtest flow fanned out on a 2-worker Dask LocalCluster equals the serial run; backtests stay out of vintages."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from flow_fixtures import TEST_DRAWS
from sqlalchemy import text

from flows import jobs
from warehouse.backtests import read_scores

pytestmark = [pytest.mark.prefect, pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]
START, END = date(2022, 12, 31), date(2024, 12, 31)


def test_dask_backtest_equals_serial_and_stays_out_of_vintages(sqlite_url: str) -> None:
    from flows.backtest import run_backtest_on_dask

    engine = jobs.open_warehouse(sqlite_url)
    jobs.ingest(engine, [str(jobs.bundled_documents_dir())])
    serial = jobs.backtest(engine, start=START, end=END, every="year", seed=11, draws=TEST_DRAWS)
    dask_run_id = run_backtest_on_dask(start=START, end=END, every="year", seed=11, draws=TEST_DRAWS,
                                       db_url=sqlite_url, workers=2)
    assert dask_run_id != serial.run_id
    fanned = read_scores(engine, dask_run_id)
    stored_serial = read_scores(engine, serial.run_id)
    assert stored_serial.equals(serial.scores)
    assert fanned.equals(stored_serial)
    # the run scored computecast and the baselines at all three origins
    assert set(fanned["as_of"]) == {date(2022, 12, 31), date(2023, 12, 31), date(2024, 12, 31)}
    assert {"combined", "naive", "drift"} <= set(fanned["method"])
    with engine.connect() as conn:
        runner = conn.execute(text("SELECT parameters FROM backtest_run WHERE id = :i"), {"i": dask_run_id}).scalar_one()
        n_vintages = conn.execute(text("SELECT COUNT(*) FROM v_forecast_latest")).scalar_one()
        by_view = conn.execute(text("SELECT COUNT(*) FROM fct_backtest_score WHERE run_id = :i"), {"i": dask_run_id}).scalar_one()
    assert "LocalCluster x2" in str(runner)
    assert n_vintages == 0  # backtests are never production vintages
    assert by_view == fanned.height
    summary = pl.DataFrame(serial.summary)
    assert summary.filter(pl.col("horizon") == "all")["method"].to_list() == sorted(set(fanned["method"]))
