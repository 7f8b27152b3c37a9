"""run_forecast end to end on the bundled scenario and history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from forecasting import ForecastResult, run_forecast
from forecasting.facts import empty_facts
from forecasting.scenario import Scenario

FactsBuilder = Callable[..., pl.DataFrame]
AS_OF = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def result(scenario: Scenario, history: pl.DataFrame) -> ForecastResult:
    return run_forecast(empty_facts(), history, scenario, as_of=AS_OF, draws=4000)


def _p50(r: ForecastResult, metric: str, region: str, method: str, period: str, unit: str = "USD") -> float:
    row = r.values.filter(
        (pl.col("metric") == metric) & (pl.col("region") == region) & (pl.col("method") == method)
        & (pl.col("period") == period) & (pl.col("unit") == unit)
    )
    assert row.height == 1, (metric, region, method, period, unit)
    return float(row["p50"][0])


def test_values_frame_contract(result: ForecastResult, scenario: Scenario) -> None:
    v = result.values
    assert v.columns == ["metric", "region", "entity", "period", "method", "p10", "p50", "p90", "unit"]
    assert v.schema["p50"] == pl.Float64 and v.schema["period"] == pl.String
    years = sorted(set(v["period"].to_list()))
    assert years == [str(y) for y in range(2026, 2026 + scenario.horizon_years + 1)]
    assert v.filter((pl.col("p10") > pl.col("p50")) | (pl.col("p50") > pl.col("p90"))).is_empty()
    assert v.filter(~pl.col("p50").is_finite() | (pl.col("p10") <= 0)).is_empty()
    metrics = set(v["metric"].to_list())
    assert {"ai_server_market_size", "accelerators", "intelligent_compute_capacity", "datacenter_power"} <= metrics


def test_both_methods_and_combination_on_market_targets(result: ForecastResult) -> None:
    methods = lambda region: set(  # noqa: E731
        result.values.filter((pl.col("metric") == "ai_server_market_size") & (pl.col("region") == region)
                             & (pl.col("unit") == "USD"))["method"].to_list()
    )
    assert methods("CN") == {"bottom_up", "regression", "naive_drift", "combined"}
    assert methods("GLOBAL") == {"bottom_up", "regression", "regression_driver", "naive_drift", "combined"}
    for region in ("CN", "GLOBAL"):
        members = [_p50(result, "ai_server_market_size", region, m, "2028") for m in methods(region) - {"combined"}]
        assert min(members) <= _p50(result, "ai_server_market_size", region, "combined", "2028") <= max(members)
    eflops = result.values.filter((pl.col("metric") == "intelligent_compute_capacity") & (pl.col("region") == "CN"))
    assert set(eflops["method"].to_list()) == {"bottom_up", "regression", "naive_drift", "combined"}


def test_weights_sum_to_one_and_single_method_gets_one(result: ForecastResult) -> None:
    sums = result.weights.group_by(["metric", "region", "unit"]).agg(pl.col("weight").sum())
    assert sums["weight"].to_list() == pytest.approx([1.0] * sums.height)
    acc = result.weights.filter((pl.col("metric") == "accelerators") & (pl.col("region") == "GLOBAL"))
    assert acc["method"].to_list() == ["bottom_up"] and acc["weight"].to_list() == [1.0]
    assert _p50(result, "accelerators", "GLOBAL", "combined", "2027", "units") == _p50(
        result, "accelerators", "GLOBAL", "bottom_up", "2027", "units"
    )


def test_backtests_recorded(result: ForecastResult) -> None:
    bt = result.backtests
    cn = bt.filter((pl.col("region") == "CN") & (pl.col("metric") == "ai_server_market_size") & (pl.col("method") == "regression"))
    assert cn["horizon"].to_list() == [1, 2] and cn["n_origins"].to_list() == [2, 1]  # 2019-2023, min_train 3
    # the bottom-up is backtested out of sample like the others: anchored at an origin, scored on later years
    # (2022 is the first model year with shipments when as_of is 2026: origin 2022, horizon 1 → 2023)
    bu = bt.filter((pl.col("region") == "CN") & (pl.col("metric") == "ai_server_market_size") & (pl.col("method") == "bottom_up"))
    assert bu["horizon"].to_list() == [1] and bu["n_origins"].to_list() == [1]
    naive = bt.filter((pl.col("region") == "CN") & (pl.col("metric") == "ai_server_market_size") & (pl.col("method") == "naive_drift"))
    assert naive["horizon"].to_list() == [1, 2]
    assert (bt["mase"] >= 0).all() and (bt["smape"] >= 0).all()


def test_parameters_are_json_and_record_the_run(result: ForecastResult, scenario: Scenario) -> None:
    p = json.loads(json.dumps(result.parameters))
    assert p["seed"] == 20240101 and p["draws"] == 4000 and p["as_of"] == "2026-06-30"
    assert p["scenario"]["sha256"] == scenario.sha256
    assert p["forecast_years"][0] == 2026


def test_fixed_seed_reproduces_and_other_seed_differs(scenario: Scenario, history: pl.DataFrame) -> None:
    a = run_forecast(empty_facts(), history, scenario, as_of=AS_OF, seed=5, draws=2000)
    b = run_forecast(empty_facts(), history, scenario, as_of=AS_OF, seed=5, draws=2000)
    c = run_forecast(empty_facts(), history, scenario, as_of=AS_OF, seed=6, draws=2000)
    assert_frame_equal(a.values, b.values)
    assert_frame_equal(a.weights, b.weights)
    bu = pl.col("method") == "bottom_up"
    assert not a.values.filter(bu)["p50"].equals(c.values.filter(bu)["p50"])
    reg = (pl.col("method") == "regression") & (pl.col("unit") == "USD")  # CNY rows are USD draws × FX draws
    assert a.values.filter(reg)["p50"].equals(c.values.filter(reg)["p50"])  # regressions do not sample


def test_fact_published_after_as_of_changes_nothing(scenario: Scenario, history: pl.DataFrame, make_facts: FactsBuilder) -> None:
    price = {"metric": "unit_price", "value": 3.0e6, "unit": "CNY", "period": "2025", "entity": "China Mobile", "item": "ai_server"}
    market = {"metric": "ai_server_market_size", "value": 30e9, "unit": "USD", "period": "2024", "region": "CN"}
    late = make_facts({**price, "published": dt.date(2026, 9, 1)}, {**market, "published": dt.date(2026, 9, 1)})
    early = make_facts({**price, "published": dt.date(2026, 3, 1)}, {**market, "published": dt.date(2026, 3, 1)})
    base = run_forecast(empty_facts(), history, scenario, as_of=AS_OF, draws=2000)
    with_late = run_forecast(late, history, scenario, as_of=AS_OF, draws=2000)
    with_early = run_forecast(early, history, scenario, as_of=AS_OF, draws=2000)
    assert_frame_equal(base.values, with_late.values)
    assert with_late.facts_used == [] and with_late.parameters["facts"]["excluded_after_as_of"] == 2
    assert with_early.facts_used == [1, 2]
    cal = with_early.parameters["calibration"]["CN.server_price"]
    assert cal["fact_price"] == 3.0e6 and cal["fact_ids"] == [1]
    # a higher tender price raises China's bottom-up spend in CNY; the 2024 fact moves the regression
    assert _p50(with_early, "ai_server_market_size", "CN", "bottom_up", "2027", "CNY") > _p50(
        base, "ai_server_market_size", "CN", "bottom_up", "2027", "CNY"
    )
    assert _p50(with_early, "ai_server_market_size", "CN", "regression", "2027") != _p50(
        base, "ai_server_market_size", "CN", "regression", "2027"
    )


def test_conflicting_facts_keep_both_ids(scenario: Scenario, history: pl.DataFrame, make_facts: FactsBuilder) -> None:
    facts = make_facts(
        {"metric": "ai_server_market_size", "value": 6.0e9, "unit": "USD", "period": "2022", "region": "CN"},
        {"metric": "ai_server_market_size", "value": 8.0e9, "unit": "USD", "period": "2022", "region": "CN"},
        {"metric": "ai_server_market_size", "value": 1.0e9, "unit": "USD", "period": "2022", "region": "CN", "published": None},
    )
    r = run_forecast(facts, history, scenario, as_of=AS_OF, draws=1000)
    assert r.facts_used == [1, 2]
    assert r.parameters["facts"]["conflict_count"] == 1 and r.parameters["facts"]["excluded_unpublished"] == 1
    assert r.parameters["series"]["ai_server_market_size|CN"]["values"]["2022"] == 7.0e9


def test_past_vintage_uses_only_what_was_known(scenario: Scenario, history: pl.DataFrame) -> None:
    r = run_forecast(empty_facts(), history, scenario, as_of=dt.date(2023, 3, 1), draws=1000)
    assert r.parameters["forecast_years"] == list(range(2023, 2029))
    # China's 2021 and 2022 AI-server markets were not yet published on 2023-03-01 (2023-03-31, 2023-05-23)
    assert max(int(y) for y in r.parameters["series"]["ai_server_market_size|CN"]["values"]) == 2020
    assert "ai_server_market_size|GLOBAL" in r.parameters["series"]
    # FY2023 (Feb 2022 - Jan 2023) is complete on 2023-03-01: calendar 2022 is known, 2023 is not
    assert r.parameters["series"]["nvidia_dc_revenue"]["values"] == {"2022": pytest.approx(15.01e9)}
    # one global point cannot carry a regression: GLOBAL market is bottom-up only in this vintage
    glob = r.values.filter((pl.col("metric") == "ai_server_market_size") & (pl.col("region") == "GLOBAL"))
    assert set(glob["method"].to_list()) == {"bottom_up", "combined"}

