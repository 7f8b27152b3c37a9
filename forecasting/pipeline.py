"""``run_forecast``: facts + history + scenario → bottom-up, regression and combined forecasts.

Steps (all pure; the caller passes frames and a parsed scenario):

1. **As-of cut** — facts with ``published <= as_of`` (null ``published`` excluded, counted);
   history rows published and with their period ended by ``as_of``, latest vintage per key
   (:mod:`forecasting.history`).
2. **Calibration from facts** — AI-server price from tender facts recentres the region's
   ``server_price`` distribution (shape kept), moved from the tender's year to ``base_year``
   with the median price growth; tendered server counts are reported as observed demand next
   to the bottom-up shipments; market-size, Nvidia data-center revenue and capex facts
   override or extend history.
3. **Bottom-up** — Monte Carlo draws of the scenario inputs → :func:`bottom_up.region_kernel`
   for years ``min(base_year, as_of.year) − 3 … as_of.year + horizon`` (the first is only the
   predecessor for shipments) → P10/P50/P90.
4. **Regression** — for each history series of a target: log-linear trend (``regression``) and,
   where a driver overlaps by ≥ 3 years, a driver elasticity (``regression_driver``; GLOBAL and
   CN AI-server market on hyperscaler capex); rolling-origin backtests; intervals from
   backtest log errors (a series too short to backtest borrows the pooled errors of the same
   method on the other series).
5. **Combination** — per (metric, region, unit): inverse-MASE weights shrunk toward equal
   (:mod:`forecasting.combine`). The bottom-up model has no vintages to backtest, so its error
   is its **in-sample** MASE/sMAPE against history in overlapping years (horizon 0 in
   ``backtests``): a calibration error, not an out-of-sample one. Targets with one method get
   ``combined`` = that method with weight 1.

Values are emitted for ``as_of.year … as_of.year + horizon_years``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from forecasting import backtest as bt
from forecasting.bottom_up import KERNEL_METRICS, anchor_factors, fleet_path, simulate_region
from forecasting.combine import combine_quantiles, inverse_error_weights
from forecasting.facts import (
    CapexGuidance,
    FactLedger,
    capex_guidance,
    facts_as_of,
    observed_tender_servers,
    period_end_year,
    point_facts,
    server_price_calibration,
)
from forecasting.history import AnnualSeries, annual_series, history_as_of, merged_history
from forecasting.montecarlo import quantiles, sample_inputs
from forecasting.regression import DampedLogTrend, DriverForecaster, NotEnoughDataError, TrendForecaster
from forecasting.scenario import Scenario

VALUES_SCHEMA: dict[str, Any] = {
    "metric": pl.String,
    "region": pl.String,
    "entity": pl.String,
    "period": pl.String,
    "method": pl.String,
    "p10": pl.Float64,
    "p50": pl.Float64,
    "p90": pl.Float64,
    "unit": pl.String,
}
WEIGHTS_SCHEMA: dict[str, Any] = {
    "metric": pl.String,
    "region": pl.String,
    "unit": pl.String,
    "method": pl.String,
    "weight": pl.Float64,
    "error_mase": pl.Float64,
}
BACKTESTS_SCHEMA: dict[str, Any] = {
    "metric": pl.String,
    "region": pl.String,
    "method": pl.String,
    "horizon": pl.Int64,
    "mase": pl.Float64,
    "smape": pl.Float64,
    "n_origins": pl.Int64,
}
#: Which driver series feeds ``regression_driver`` for a target series.
DRIVERS = {
    "ai_server_market_size|GLOBAL": "hyperscaler_capex",
    "ai_server_market_size|CN": "hyperscaler_capex",
}
MIN_DRIVER_OVERLAP = 3
LOOKBACK_YEARS = 3


@dataclass(frozen=True)
class ForecastResult:
    """Everything one forecast run produced; ``parameters`` is JSON-serialisable."""

    values: pl.DataFrame
    weights: pl.DataFrame
    backtests: pl.DataFrame
    facts_used: list[int]
    parameters: dict[str, Any] = field(default_factory=dict)


def _calibrated(scenario: Scenario, facts: pl.DataFrame, ledger: FactLedger) -> tuple[Scenario, dict[str, Any]]:
    """Scenario with server prices recentred on tender facts; the calibration record."""
    record: dict[str, Any] = {}
    for currency, cal in server_price_calibration(facts, ledger).items():
        for code, region in scenario.regions.items():
            if region.currency != currency:
                continue
            growth = region.server_price_growth.median
            years = (scenario.base_year - cal.year) if cal.year is not None else 0
            at_base = cal.price * growth**years
            factor = at_base / region.server_price.median
            scenario = scenario.with_input(f"{code}.server_price", region.server_price.scaled(factor))
            record[f"{code}.server_price"] = {
                "currency": currency,
                "fact_price": cal.price,
                "fact_year": cal.year,
                "price_at_base_year": at_base,
                "scenario_median_before": region.server_price.median,
                "scale_factor": factor,
                "method": cal.method,
                "fact_ids": list(cal.fact_ids),
            }
    return scenario, record


#: Observed series each region's bottom-up is anchored to (metric, kernel output).
ANCHORS = (("ai_server_market_size", "server_spend_usd"),)


def _bottom_up(
    scenario: Scenario,
    years: np.ndarray,
    draws: int,
    seed: int,
    series: dict[str, AnnualSeries],
    ledger: FactLedger,
) -> tuple[dict[tuple[str, str, str], np.ndarray], dict[str, Any]]:
    """Quantiles ``3 × years`` per (metric, region, unit) from the Monte Carlo, and the anchoring record.

    Anchoring (:func:`bottom_up.anchor_factors`): for each region, the latest observed year of
    its ``ai_server_market_size`` series inside the model years (not the first, which has no
    shipments) conditions each draw's USD spend there on the observation, with the scenario's
    ``calibration.anchor_log_sd``; the per-draw factor scales every output of that draw.
    """
    samples = sample_inputs(scenario.inputs(), scenario.factors, draws=draws, seed=seed)
    out: dict[tuple[str, str, str], np.ndarray] = {}
    record: dict[str, Any] = {}
    for code, region in scenario.regions.items():
        result = simulate_region(samples, region, fleet_path(region, years), scenario.base_year,
                               persistence=scenario.growth_persistence)
        for metric, output in ANCHORS:
            s = series.get(f"{metric}|{code}")
            if scenario.anchor_log_sd is None or s is None:
                continue
            usable = [y for y in s.years() if int(years[1]) <= y <= int(years[-1])]
            if not usable:
                continue
            year = max(usable)
            col = int(np.searchsorted(years, year))
            factor, rec = anchor_factors(result[output][:, col], s.values[year], scenario.anchor_log_sd)
            result = {k: v * factor[:, None] for k, v in result.items()}
            ledger.use(s.fact_ids.get(year, []))
            record[f"{code}.bottom_up"] = {"anchor_metric": metric, "anchor_year": year,
                                           "anchor_origin": s.origin.get(year), "fact_ids": list(s.fact_ids.get(year, [])),
                                           "applies_to": sorted(KERNEL_METRICS), **rec}
        for key, arr in result.items():
            metric, unit = KERNEL_METRICS[key]
            if unit == "LOCAL":
                if region.currency == "USD":
                    continue
                unit = region.currency
            out[(metric, code, unit)] = quantiles(arr)
    return out, record


def _driver_guidance(
    guidance: list[CapexGuidance], merged: pl.DataFrame, driver: AnnualSeries
) -> tuple[dict[int, float], dict[int, float], dict[int, int], dict[int, list[int]]]:
    """Guidance per future year of the hyperscaler-capex driver: guided sum, share of the driver, publication year, fact ids.

    The share is the guided entities' share of the driver in its last actual year (see
    :class:`regression.DriverForecaster`). Years the driver already has actuals for are ignored.
    """
    if not driver.values:
        return {}, {}, {}, {}
    last = max(driver.values)
    capex = merged.filter((pl.col("metric") == "capex") & (pl.col("period") == str(last)))
    by_entity = dict(zip(capex["who"].to_list(), capex["value"].to_list(), strict=True))
    values: dict[int, float] = {}
    shares: dict[int, float] = {}
    published: dict[int, int] = {}
    ids: dict[int, list[int]] = {}
    for g in guidance:
        if g.year <= last or g.entity not in by_entity:
            continue
        values[g.year] = values.get(g.year, 0.0) + g.value
        shares[g.year] = shares.get(g.year, 0.0) + by_entity[g.entity] / driver.values[last]
        published[g.year] = max(published.get(g.year, g.published_year), g.published_year)
        ids.setdefault(g.year, []).extend(g.fact_ids)
    return values, shares, published, ids


def _series_arrays(s: AnnualSeries) -> tuple[np.ndarray, np.ndarray]:
    ys = s.years()
    return np.array(ys, dtype=np.int64), np.array([s.values[y] for y in ys], dtype=np.float64)


def run_forecast(
    facts: pl.DataFrame,
    history: pl.DataFrame,
    scenario: Scenario,
    *,
    as_of: dt.date,
    seed: int = 20240101,
    draws: int = 10_000,
) -> ForecastResult:
    """Forecast AI compute demand as known at ``as_of`` (see the module docstring)."""
    ledger = FactLedger()
    visible = point_facts(facts_as_of(facts, as_of, ledger), ledger)
    scenario_cal, calibration = _calibrated(scenario, visible, ledger)

    merged = merged_history(history_as_of(history, as_of), visible, scenario, ledger)
    series = annual_series(merged, scenario)

    first = min(scenario.base_year, as_of.year) - LOOKBACK_YEARS - 1
    model_years = np.arange(first, as_of.year + scenario.horizon_years + 1, dtype=np.int64)
    forecast_years = np.arange(as_of.year, as_of.year + scenario.horizon_years + 1, dtype=np.int64)
    fidx = np.searchsorted(model_years, forecast_years)
    bottom, anchoring = _bottom_up(scenario_cal, model_years, draws, seed, series, ledger)
    calibration.update(anchoring)
    trend = DampedLogTrend(damping=scenario.damping, long_run_growth=scenario.long_run_growth)
    guidance = capex_guidance(visible, scenario.hyperscalers, ledger)

    quant: dict[tuple[str, str, str], dict[str, np.ndarray]] = {}
    for key, q in bottom.items():
        quant.setdefault(key, {})["bottom_up"] = q[:, fidx].T
    errors: dict[tuple[str, str, str], dict[str, float | None]] = {}
    backtest_rows: list[dict[str, Any]] = []
    skipped_methods: list[dict[str, str]] = []
    used_series_ids: set[int] = set()
    guidance_ids: dict[str, dict[int, list[int]]] = {}
    damping_choice: dict[str, dict[str, Any]] = {}

    # regression per target series; pooled scaled log errors per method for short series
    targets: list[tuple[str, AnnualSeries, list[Any]]] = []
    for name, s in sorted(series.items()):
        if "|" not in name or len(s.values) < 2:
            continue
        forecasters: list[Any] = [TrendForecaster(estimator=trend)]
        driver_name = DRIVERS.get(name)
        if driver_name:
            driver = series[driver_name]
            overlap = set(driver.values) & set(s.values)
            if len(overlap) >= MIN_DRIVER_OVERLAP:
                g_values, g_shares, g_published, g_ids = _driver_guidance(guidance, merged, driver)
                guidance_ids[name] = g_ids
                forecasters.append(DriverForecaster(
                    driver=dict(driver.values), driver_name=driver_name, trend=trend, guidance=g_values,
                    guidance_share=g_shares, guidance_published=g_published,
                ))
            else:
                skipped_methods.append({"series": name, "method": "regression_driver",
                                        "reason": f"{driver_name} overlaps {len(overlap)} years; need {MIN_DRIVER_OVERLAP}"})
        targets.append((name, s, forecasters))

    bt_errors: dict[tuple[str, str], list[bt.BacktestError]] = {}
    for name, s, forecasters in targets:
        ys, vs = _series_arrays(s)
        for f_i, f in enumerate(forecasters):
            phi, grid = bt.select_damping(ys, vs, f, min_train=scenario.min_train, horizons=scenario.backtest_horizons)
            damping_choice[f"{name}|{f.method}"] = {"damping": phi if phi is not None else scenario.damping,
                                                    "fitted": phi is not None, "grid_mean_abs_log_error": grid}
            if phi is not None:
                f = forecasters[f_i] = f.with_damping(phi)
            bt_errors[(name, f.method)] = bt.rolling_origin(
                ys, vs, f, min_train=scenario.min_train, horizons=scenario.backtest_horizons
            )
    pooled = {
        m: bt.scaled_log_errors([e for (_, mm), es in bt_errors.items() if mm == m for e in es])
        for m in {m for _, m in bt_errors}
    }
    for name, s, forecasters in targets:
        metric, region = name.split("|")
        unit = s.unit
        key = (metric, region, unit)
        ys, vs = _series_arrays(s)
        for f in forecasters:
            errs = bt_errors[(name, f.method)]
            rows = bt.scores(errs, scenario.backtest_horizons)
            for r in rows:
                backtest_rows.append({"metric": metric, "region": region, "method": f.method, **r})
            try:
                point = f.forecast(ys, vs, forecast_years)
            except NotEnoughDataError as exc:
                skipped_methods.append({"series": name, "method": f.method, "reason": str(exc)})
                continue
            scaled = bt.scaled_log_errors(errs) if errs else pooled.get(f.method, np.array([]))
            q10, q90 = bt.log_quantiles(scaled)
            lo, hi = bt.interval(point, (forecast_years - ys.max()).astype(np.float64), q10, q90)
            quant.setdefault(key, {})[f.method] = np.column_stack([lo, point, hi])
            errors.setdefault(key, {})[f.method] = float(np.mean([r["mase"] for r in rows])) if rows else None
            for y in ys:
                used_series_ids.update(s.fact_ids.get(int(y), []))
            if isinstance(f, DriverForecaster):
                driver = series[f.driver_name]
                for y in driver.years():
                    used_series_ids.update(driver.fact_ids.get(y, []))
                for y in f.guidance_years(int(ys.max())):
                    used_series_ids.update(guidance_ids.get(name, {}).get(y, []))

        # bottom-up in-sample error against history where both exist
        if key in bottom:
            med = bottom[key][1]
            pairs = [(y, s.values[int(y)], med[i]) for i, y in enumerate(model_years)
                     if i > 0 and int(y) in s.values and np.isfinite(med[i])]
            if pairs and len(vs) >= 2:
                scale = bt.naive_scale(vs)
                m_ = float(np.mean([bt.mase(a, f_, scale) for _, a, f_ in pairs]))
                sm = float(np.mean([bt.smape(a, f_) for _, a, f_ in pairs]))
                backtest_rows.append({"metric": metric, "region": region, "method": "bottom_up",
                                      "horizon": 0, "mase": m_, "smape": sm, "n_origins": len(pairs)})
                errors.setdefault(key, {})["bottom_up"] = m_
    ledger.use(used_series_ids)

    value_rows: list[dict[str, Any]] = []
    weight_rows: list[dict[str, Any]] = []
    for key in sorted(quant):
        metric, region, unit = key
        members = quant[key]
        err = {m: errors.get(key, {}).get(m) for m in members}
        weights = inverse_error_weights(err, scenario.shrinkage) if len(members) > 1 else dict.fromkeys(members, 1.0)
        members = {**members, "combined": combine_quantiles(members, weights)}
        for method, q in members.items():
            for i, y in enumerate(forecast_years):
                value_rows.append({"metric": metric, "region": region, "entity": None, "period": str(int(y)),
                                   "method": method, "p10": float(q[i, 0]), "p50": float(q[i, 1]),
                                   "p90": float(q[i, 2]), "unit": unit})
        for method, w in weights.items():
            weight_rows.append({"metric": metric, "region": region, "unit": unit, "method": method,
                                "weight": w, "error_mase": err.get(method)})

    observed = observed_tender_servers(visible, ledger)
    ship = bottom.get(("ai_server_shipments", "CN", "units"))
    for entry in observed:
        y = period_end_year(entry["period"])
        if ship is not None and y is not None and y in model_years:
            p50 = float(ship[1, int(np.searchsorted(model_years, y))])
            entry["bottom_up_cn_shipments_p50"] = p50
            entry["share_of_bottom_up"] = entry["ai_servers"] / p50 if np.isfinite(p50) and p50 > 0 else None

    parameters: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "seed": seed,
        "draws": draws,
        "forecast_years": [int(y) for y in forecast_years],
        "model_years": [int(y) for y in model_years],
        "scenario": {"name": scenario.name, "version": scenario.version, "sha256": scenario.sha256,
                     "base_year": scenario.base_year, "horizon_years": scenario.horizon_years},
        "shrinkage": scenario.shrinkage,
        "min_train": scenario.min_train,
        "backtest_horizons": scenario.backtest_horizons,
        "global_server_per_nvidia_dc": scenario.global_server_per_nvidia_dc,
        "calibration": calibration,
        "regression": {"method": "damped log trend (Gardner & McKenzie 1985) reverting to long_run_growth",
                       "default_damping": scenario.damping, "long_run_growth": scenario.long_run_growth,
                       "damping": damping_choice,
                       "capex_guidance": [{"entity": g.entity, "year": g.year, "value": g.value,
                                           "published_year": g.published_year, "fact_ids": list(g.fact_ids)}
                                          for g in guidance]},
        "growth_persistence": scenario.growth_persistence,
        "observed_demand": {"tendered_ai_servers": observed},
        "series": {name: s.to_dict() for name, s in sorted(series.items())},
        "skipped_methods": skipped_methods,
        "facts": ledger.to_dict(),
        "as_of_rules": {
            "facts": "published <= as_of; null published excluded",
            "history": "published_on <= as_of and period_end(period) <= as_of; latest vintage per key",
        },
    }
    return ForecastResult(
        values=pl.DataFrame(value_rows, schema=VALUES_SCHEMA, orient="row"),
        weights=pl.DataFrame(weight_rows, schema=WEIGHTS_SCHEMA, orient="row"),
        backtests=pl.DataFrame(backtest_rows, schema=BACKTESTS_SCHEMA, orient="row"),
        facts_used=sorted(ledger.used),
        parameters=parameters,
    )
