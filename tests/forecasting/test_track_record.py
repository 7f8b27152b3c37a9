"""Point-in-time inputs, scores (abs log error, coverage, CRPS), baselines and the per-origin backtest."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

import polars as pl
import pytest

from forecasting import parse_history, run_forecast
from forecasting import track_record as tr
from forecasting.history import AnnualSeries, history_as_of
from forecasting.pipeline import VALUES_SCHEMA, ForecastResult
from forecasting.scenario import Scenario
from forecasting.scoring import Z_P90, ScoreError, abs_log_error, covered, crps_log

FactsBuilder = Callable[..., pl.DataFrame]


# --- point in time -------------------------------------------------------------------------------

def _value(cut: pl.DataFrame, metric: str, period: str, who: str = "CN") -> list[float]:
    col = "region" if who in ("CN", "GLOBAL") else "entity"
    return cut.filter((pl.col("metric") == metric) & (pl.col("period") == period) & (pl.col(col) == who))["value"].to_list()


def test_history_as_of_sees_first_print_then_revision(history: pl.DataFrame) -> None:
    # IDC's 2022 intelligent compute: 268.0 EFLOPS first (2023-03-31), revised to 259.9 (2023-11-29)
    assert _value(history_as_of(history, dt.date(2023, 3, 30)), "intelligent_compute_capacity", "2022") == []
    assert _value(history_as_of(history, dt.date(2023, 6, 30)), "intelligent_compute_capacity", "2022") == [2.68e20]
    assert _value(history_as_of(history, dt.date(2023, 12, 31)), "intelligent_compute_capacity", "2022") == [2.599e20]
    # the 2023 figure was published (2023-11-29) before the year ended: it waits for the year end
    assert _value(history_as_of(history, dt.date(2023, 12, 30)), "intelligent_compute_capacity", "2023") == []
    # China's 2023 AI-server market is not known at the end of 2023, only once published
    assert _value(history_as_of(history, dt.date(2024, 3, 31)), "ai_server_market_size", "2023") == []
    assert _value(history_as_of(history, dt.date(2024, 6, 30)), "ai_server_market_size", "2023") == [9.4e9]
    # Nvidia's FY2024Q4 ended 2024-01-28 but was reported on 2024-02-21
    assert _value(history_as_of(history, dt.date(2024, 2, 20)), "datacenter_revenue", "FY2024Q4", "Nvidia") == []
    assert _value(history_as_of(history, dt.date(2024, 2, 21)), "datacenter_revenue", "FY2024Q4", "Nvidia") == [18.4e9]


def _with_rows(history: pl.DataFrame, rows: list[dict[str, Any]]) -> pl.DataFrame:
    return pl.concat([history, pl.DataFrame(rows, schema=history.schema, orient="row")])


def test_past_dated_forecast_never_sees_rows_or_facts_published_later(
    history: pl.DataFrame, scenario: Scenario, make_facts: FactsBuilder
) -> None:
    as_of = dt.date(2023, 12, 31)
    later = as_of + dt.timedelta(days=1)
    known = make_facts(
        {"metric": "ai_server_market_size", "value": 6.5e9, "unit": "USD", "period": "2022", "region": "CN",
         "published": dt.date(2023, 6, 1)},
    )
    future_facts = make_facts(
        {"metric": "ai_server_market_size", "value": 6.5e9, "unit": "USD", "period": "2022", "region": "CN",
         "published": dt.date(2023, 6, 1)},
        {"metric": "ai_server_market_size", "value": 50e9, "unit": "USD", "period": "2023", "region": "CN", "published": later},
        {"metric": "datacenter_revenue", "value": 9e9, "unit": "USD", "period": "FY2023Q3", "entity": "Nvidia", "published": later},
    )
    future_history = _with_rows(history, [
        # a revision of a figure the forecast does see, and a figure of a year that has ended
        {"metric": "ai_server_market_size", "region": "CN", "entity": None, "period": "2021", "value": 1e12,
         "unit": "USD", "published_on": later, "source": "test revision"},
        {"metric": "intelligent_compute_capacity", "region": "CN", "entity": None, "period": "2021", "value": 1e21,
         "unit": "FLOPS", "published_on": later, "source": "test late figure"},
    ])
    base = run_forecast(known, history, scenario, as_of=as_of, seed=7, draws=500)
    with_future = run_forecast(future_facts, future_history, scenario, as_of=as_of, seed=7, draws=500)
    assert with_future.values.equals(base.values)
    assert with_future.parameters["series"] == base.parameters["series"]
    assert with_future.facts_used == base.facts_used == [1]
    # the same inputs a day later do see them (so the check above can fail)
    after = run_forecast(future_facts, future_history, scenario, as_of=later, seed=7, draws=500)
    cn = after.parameters["series"]["ai_server_market_size|CN"]["values"]
    assert cn["2021"] == 1e12 and cn["2023"] == 50e9
    assert {2, 3} <= set(after.facts_used)


# --- scores --------------------------------------------------------------------------------------

def test_scores_by_hand() -> None:
    assert abs_log_error(50.0, 100.0) == pytest.approx(math.log(2))
    assert covered(90.0, 80.0, 120.0) is True
    assert covered(130.0, 80.0, 120.0) is False
    assert covered(130.0, None, None) is None
    # lognormal with median 100 and log-sd 1: P10/P90 = 100·e^(∓1.28155)
    p10, p90 = 100 * math.exp(-Z_P90), 100 * math.exp(Z_P90)
    # CRPS of N(0,1) at 0: 2φ(0) − 1/√π = 0.797885 − 0.564190; at 1: (2Φ(1) − 1) + 2φ(1) − 1/√π
    assert crps_log(100.0, p10, 100.0, p90) == pytest.approx(0.2336949773, abs=1e-9)
    assert crps_log(100.0 * math.e, p10, 100.0, p90) == pytest.approx(0.6826894921 + 0.4839414490 - 0.5641895835, abs=1e-9)
    # a point forecast: CRPS is the absolute log error
    assert crps_log(200.0, None, 100.0, None) == pytest.approx(math.log(2))
    with pytest.raises(ScoreError, match="positive finite"):
        abs_log_error(0.0, 100.0)


def test_origins() -> None:
    quarters = tr.origins(dt.date(2021, 12, 31), dt.date(2025, 6, 30), "quarter")
    assert len(quarters) == 15
    assert quarters[:3] == [dt.date(2021, 12, 31), dt.date(2022, 3, 31), dt.date(2022, 6, 30)]
    assert quarters[-1] == dt.date(2025, 6, 30)
    assert tr.origins(dt.date(2021, 12, 31), dt.date(2025, 6, 30), "year") == [dt.date(y, 12, 31) for y in range(2021, 2025)]
    with pytest.raises(tr.BacktestError, match="after the end"):
        tr.origins(dt.date(2025, 1, 1), dt.date(2024, 1, 1), "year")
    with pytest.raises(tr.BacktestError, match="one of quarter, year"):
        tr.origins(dt.date(2024, 1, 1), dt.date(2025, 1, 1), "month")


def test_naive_and_drift_by_hand() -> None:
    s = AnnualSeries("x|CN", "USD", values={2020: 100.0, 2021: 200.0, 2022: 300.0, 2023: 600.0})
    q = tr.baseline_quantiles(s, 2025)
    l2, l15 = math.log(2), math.log(1.5)
    rms = math.sqrt((2 * l2**2 + l15**2) / 3)
    assert q["naive"][1] == 600.0
    assert q["naive"][0] == pytest.approx(600 * math.exp(-Z_P90 * rms * math.sqrt(2)))
    assert q["naive"][2] == pytest.approx(600 * math.exp(Z_P90 * rms * math.sqrt(2)))
    mu = (2 * l2 + l15) / 3  # = ln(600/100) / 3
    sd = math.sqrt(((l2 - mu) ** 2 * 2 + (l15 - mu) ** 2) / 2)
    assert q["drift"][1] == pytest.approx(600 * math.exp(2 * mu))
    assert q["drift"][2] == pytest.approx(600 * math.exp(2 * mu) * math.exp(Z_P90 * sd * math.sqrt(2 * (1 + 2 / 3))))
    # two values: naive's band from the one change, drift a point forecast; one value: naive's P50 only
    q2 = tr.baseline_quantiles(AnnualSeries("x|CN", "USD", values={2022: 100.0, 2023: 150.0}), 2024)
    assert q2["naive"] == (pytest.approx(150 / 1.5**Z_P90), 150.0, pytest.approx(150 * 1.5**Z_P90))
    assert q2["drift"] == (None, pytest.approx(225.0), None)
    assert tr.baseline_quantiles(AnnualSeries("x|CN", "USD", values={2023: 150.0}), 2024) == {"naive": (None, 150.0, None)}


def test_published_forecast_latest_visible_in_usd(scenario: Scenario, make_facts: FactsBuilder) -> None:
    facts = make_facts(
        {"metric": "ai_server_market_size", "value": 13.4e9, "unit": "USD", "period": "2023", "region": "CN",
         "basis": "forecast", "published": dt.date(2023, 6, 21)},
        {"metric": "ai_server_market_size", "value": 70e9, "unit": "CNY", "period": "2023", "region": "CN",
         "basis": "forecast", "published": dt.date(2023, 9, 1), "low": 60e9, "high": 80e9},
        {"metric": "ai_server_market_size", "value": 1e12, "unit": "USD", "period": "2023", "region": "CN",
         "basis": "forecast", "published": dt.date(2024, 1, 5)},
    )
    p10, p50, p90, who = tr.published_quantiles(facts, scenario, dt.date(2023, 6, 30), "ai_server_market_size", "CN", 2023) or (0, 0, 0, "")
    assert (p10, p50, p90) == (None, 13.4e9, None) and "fact 1" in who
    rate = scenario.fx_annual_average[2023]
    p10, p50, p90, who = tr.published_quantiles(facts, scenario, dt.date(2023, 12, 31), "ai_server_market_size", "CN", 2023) or (0, 0, 0, "")
    assert (p10, p50, p90) == (pytest.approx(60e9 / rate), pytest.approx(70e9 / rate), pytest.approx(80e9 / rate))
    assert "2023-09-01" in who
    assert tr.published_quantiles(facts, scenario, dt.date(2023, 6, 1), "ai_server_market_size", "CN", 2023) is None


def _stub_forecast(values: list[dict[str, Any]]) -> tr.ForecastFn:
    def forecast(facts: pl.DataFrame, history: pl.DataFrame, scenario: Scenario, *, as_of: dt.date, seed: int, draws: int) -> ForecastResult:
        return ForecastResult(values=pl.DataFrame(values, schema=VALUES_SCHEMA, orient="row"),
                              weights=pl.DataFrame(), backtests=pl.DataFrame(), facts_used=[])
    return forecast


def test_score_origin_scores_only_what_was_unknown(scenario: Scenario, make_facts: FactsBuilder) -> None:
    head = "metric,region,entity,period,value,unit,published_on,source\n"
    history = parse_history(head + "\n".join([
        "ai_server_market_size,CN,,2020,100,USD,2021-03-01,s",
        "ai_server_market_size,CN,,2021,200,USD,2022-03-01,s",
        "ai_server_market_size,CN,,2022,400,USD,2023-03-01,s",
        "ai_server_market_size,CN,,2023,500,USD,2024-03-01,s",
    ]) + "\n")
    row = {"metric": "ai_server_market_size", "region": "CN", "entity": None, "unit": "USD", "method": "combined"}
    stub = _stub_forecast([
        {**row, "period": "2022", "p10": 300.0, "p50": 400.0, "p90": 500.0},
        {**row, "period": "2023", "p10": 600.0, "p50": 800.0, "p90": 1000.0},
        {**row, "period": "2024", "p10": 900.0, "p50": 1600.0, "p90": 2000.0},
    ])
    facts = make_facts()
    actuals = tr.series_as_of(history, facts, scenario, dt.date.max)
    scores = tr.score_origin(facts, history, scenario, as_of=dt.date(2022, 12, 31), actuals=actuals, seed=1, draws=1,
                             forecast=stub)
    # 2022 and 2023 were unknown on 2022-12-31 (published 2023, 2024); 2024 has no actual
    assert sorted(set(zip(scores["period"], scores["horizon"], strict=True))) == [("2022", 0), ("2023", 1)]
    combined = scores.filter(pl.col("method") == "combined").sort("period")
    assert combined["abs_log_error"].to_list() == pytest.approx([0.0, math.log(800 / 500)])
    assert combined["covered"].to_list() == [True, False]
    naive = scores.filter(pl.col("method") == "naive").sort("period")
    assert naive["p50"].to_list() == [200.0, 200.0]  # the last visible value, 2021's
    # one visible change ln 2: band ± z·ln2·√k for k = 1, 2 years after 2021
    assert naive["p10"].to_list() == pytest.approx([200 / 2**Z_P90, 200 / 2 ** (Z_P90 * math.sqrt(2))])
    drift = scores.filter(pl.col("method") == "drift").sort("period")
    assert drift["p50"].to_list() == pytest.approx([400.0, 800.0])  # doubling per year
    assert drift["p10"].to_list() == [None, None]  # one change: no spread to estimate
    # a quarter later 2022 is known: only 2023 is scored
    later = tr.score_origin(facts, history, scenario, as_of=dt.date(2023, 3, 31), actuals=actuals, seed=1, draws=1,
                            forecast=stub)
    assert set(later["period"]) == {"2023"}


def test_summary_by_method_and_horizon() -> None:
    rows = [
        {"as_of": dt.date(2022, 12, 31), "metric": "m", "region": "CN", "entity": None, "period": str(2022 + h),
         "horizon": h, "method": "combined", "unit": "USD", "actual": 1.0, "p10": 0.5, "p50": p50, "p90": 2.0,
         "abs_log_error": e, "covered": c, "crps": k, "source": None}
        for h, p50, e, c, k in [(0, 1.0, 0.1, True, 0.05), (0, 1.0, 0.3, False, 0.2), (1, 1.0, 0.5, True, 0.4)]
    ]
    summ = tr.summary(pl.DataFrame(rows, schema=tr.SCORE_SCHEMA, orient="row"))
    by = {r["horizon"]: r for r in summ.to_dicts()}
    assert by["0"]["n"] == 2 and by["0"]["coverage"] == 0.5 and by["0"]["median_abs_log_error"] == pytest.approx(0.2)
    assert by["all"]["coverage"] == pytest.approx(2 / 3) and by["all"]["mean_crps"] == pytest.approx(0.65 / 3)
    assert summ["horizon"].to_list() == ["0", "1", "all"]
