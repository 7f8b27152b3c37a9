"""Published P10/P50/P90 are float64 computations, checked by hand against the draws (issue 14).

A float32 Monte Carlo put float32 rounding into published values (``4539.39228515625`` W is a
float32 number). Here the bottom-up's P10/P50/P90 of one target are recomputed by hand from the
same float64 draws: sort the 7 draws of the year, interpolate at (n − 1)·p (numpy's default).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import polars as pl

from forecasting import run_forecast
from forecasting.bottom_up import fleet_path, simulate_region
from forecasting.facts import empty_facts
from forecasting.montecarlo import quantiles, sample_inputs
from forecasting.pipeline import PUBLISHED_DTYPE
from forecasting.scenario import Scenario

AS_OF = dt.date(2026, 6, 30)
DRAWS = 7


def test_quantiles_interpolate_in_float64() -> None:
    draws = np.array([[1.1], [2.2], [3.3], [4.4]], dtype=np.float32)
    lo, mid, hi = quantiles(draws)[:, 0]
    x = [float(v) for v in draws[:, 0]]  # the float32 draws, exactly, as Python floats
    # positions (n − 1)·p = 0.3, 1.5, 2.7 between the sorted draws
    assert lo == x[0] + 0.3 * (x[1] - x[0]) or abs(lo / (x[0] + 0.3 * (x[1] - x[0])) - 1) < 1e-15
    assert mid == (x[1] + x[2]) / 2
    assert abs(hi / (x[2] + 0.7 * (x[3] - x[2])) - 1) < 1e-15
    assert mid != float(np.float32(mid)) or mid == 2.75  # not rounded to float32


def test_published_bottom_up_quantiles_match_a_hand_computation(scenario: Scenario, history: pl.DataFrame) -> None:
    assert np.dtype(PUBLISHED_DTYPE) == np.float64
    free = dataclasses.replace(scenario, anchor_log_sd=None)  # no anchoring: the kernel's draws as they are
    result = run_forecast(empty_facts(), history, free, as_of=AS_OF, draws=DRAWS, seed=11, influence=False)
    years = np.asarray(result.parameters["model_years"], dtype=np.int64)
    samples = sample_inputs(free.inputs(), free.factors, draws=DRAWS, seed=11, dtype=np.float64)
    region = free.regions["CN"]
    power = simulate_region(samples, region, fleet_path(region, years), free.base_year,
                            persistence=free.growth_persistence)["power_w"]
    checked = 0
    for year in (2027, 2029):
        x = sorted(float(v) for v in power[:, int(np.searchsorted(years, year))])
        hand = (x[0] + 0.6 * (x[1] - x[0]), x[3], x[5] + 0.4 * (x[6] - x[5]))  # (n − 1)·p = 0.6, 3, 5.4
        row = result.values.filter((pl.col("metric") == "datacenter_power") & (pl.col("region") == "CN")
                                   & (pl.col("method") == "bottom_up") & (pl.col("period") == str(year)))
        published = (row["p10"][0], row["p50"][0], row["p90"][0])
        assert row["unit"][0] == "W"
        for got, want in zip(published, hand, strict=True):
            assert abs(got / want - 1) < 1e-13, (year, got, want)
            # the check can tell: float32 arithmetic would be off by ~1e-7
            assert abs(float(np.float32(want)) / want - 1) > 1e-12 or float(np.float32(want)) == want
            checked += 1
    assert checked == 6
    values = result.values.select("p10", "p50", "p90").to_numpy().ravel()
    as32 = values.astype(np.float32).astype(np.float64)
    assert np.count_nonzero(values == as32) == 0  # no published value is a float32 number
