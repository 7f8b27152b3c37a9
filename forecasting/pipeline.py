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
5. **Combination** — per (metric, region, unit): members that beat the naive drift in the
   rolling-origin backtests get inverse-MASE weights shrunk toward equal
   (:func:`combine.gated_weights`), the others weight 0 (see 7). The bottom-up is backtested out
   of sample by anchoring its prior draws at each origin (:func:`_bottom_up_backtest`). Targets
   with one method get ``combined`` = that method with weight 1.

6. **Assimilation** (between 3 and 5) — every visible fact with an observation equation
   (:mod:`forecasting.observation`, roles in ``data/observations.toml``) reweights the bottom-up
   draws by its likelihood; the draws are resampled (SIR, :mod:`forecasting.assimilate`) with the
   effective sample size recorded and kept ≥ ``min_ess_fraction·N`` by tempering. All outputs of
   a draw move together, so stocks, flows and currencies stay tied per draw.
7. **Naive member and gating** — a random walk with drift (``naive_drift``) is a member of every
   target with history; another member carries weight only if its mean backtest MASE beats the
   naive's over the same horizons (the bottom-up is backtested by rolling origin too: anchored at each origin, scored on
   the later years). Members whose P50s differ by more than :data:`DISAGREEMENT_RATIO` in a year
   raise a warning (``warnings``).
8. **Currencies** — money is combined in USD; every method's CNY row is its USD draws × the
   same draws' FX (for the bottom-up the posterior draws themselves; for the members that do
   not assimilate facts, and their combination, the scenario's FX draws), so a CNY row and its
   USD row differ by the FX of their draws and by nothing else.

Values are emitted for ``as_of.year … as_of.year + horizon_years``. :func:`document_influence`
recomputes the forecast without each document of the lineage (same seed, same draws) and reports
the shift of every target's P50 and P10–P90 width.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from forecasting import backtest as bt
from forecasting.assimilate import Assimilation, assimilate
from forecasting.bottom_up import (
    KERNEL_METRICS,
    QUANTITY_OUTPUT,
    TARGETS,
    anchor_factors,
    fleet_path,
    grown,
    simulate_region,
)
from forecasting.combine import combine_quantiles, gated_weights, local_currency_quantiles
from forecasting.facts import (
    CapexGuidance,
    FactLedger,
    capex_guidance,
    empty_facts,
    facts_as_of,
    observed_tender_servers,
    period_end_year,
    point_facts,
    server_price_calibration,
)
from forecasting.history import AnnualSeries, annual_series, history_as_of, merged_history
from forecasting.metrics import MetricsError, bundled_metrics
from forecasting.montecarlo import quantiles, sample_inputs
from forecasting.observation import (
    Observation,
    ObservationModel,
    build_observations,
    log_likelihood,
    predicted,
)
from forecasting.regression import (
    DampedLogTrend,
    DriverForecaster,
    NaiveForecaster,
    NotEnoughDataError,
    TrendForecaster,
)
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
#: Members whose P50s differ by more than this factor in a year raise a warning (issue 11).
DISAGREEMENT_RATIO = 3.0
NAIVE = "naive_drift"
INFLUENCE_SCHEMA: dict[str, Any] = {
    "document_id": pl.Int64,
    "metric": pl.String,
    "region": pl.String,
    "entity": pl.String,
    "period": pl.String,
    "method": pl.String,
    "unit": pl.String,
    "p50_shift": pl.Float64,
    "p50_shift_pct": pl.Float64,
    "band_width_shift_pct": pl.Float64,
}


class EmptyInputsError(ValueError):
    """Nothing to forecast from: no visible facts and no visible history (``allow_empty`` forces a run)."""


@dataclass(frozen=True)
class ForecastResult:
    """Everything one forecast run produced; ``parameters`` is JSON-serialisable."""

    values: pl.DataFrame
    weights: pl.DataFrame
    backtests: pl.DataFrame
    facts_used: list[int]
    parameters: dict[str, Any] = field(default_factory=dict)
    #: Disagreement warnings: metric, region, unit, period, ratio, message.
    warnings: list[dict[str, Any]] = field(default_factory=list)
    #: Kind (stock/flow), unit and definition of every target.
    targets: list[dict[str, Any]] = field(default_factory=list)
    #: Per document of the lineage, the shift it causes on each target (:func:`document_influence`).
    influence: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=INFLUENCE_SCHEMA))


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
#: Kernel output behind each history series, for the bottom-up's rolling-origin backtest.
SERIES_OUTPUT = {"ai_server_market_size": "server_spend_usd", "intelligent_compute_capacity": "installed_flops"}


@dataclass
class Prior:
    """The scenario's Monte Carlo draws and the kernel outputs per region (before anchoring)."""

    samples: dict[str, np.ndarray]
    outputs: dict[str, dict[str, np.ndarray]]


PriorCache = dict[tuple[Any, ...], Prior]

#: Float type of a published forecast's draws and of every output computed from them. Float32 (the
#: sampler's default, kept for the benchmarks) would put float32 rounding into every published
#: value: a P10/P50/P90 is an order statistic of the draws, so a stored 4539.39228515625 W was a
#: float32 number with its noise digits. In float64 the whole kernel costs ~0.25 s more at
#: 10,000 draws on this machine (0.35 → 0.6 s per forecast without influence).
PUBLISHED_DTYPE = np.float64


def _prior(scenario: Scenario, years: np.ndarray, draws: int, seed: int, cache: PriorCache) -> Prior:
    """Draws + kernel, memoised per (scenario, calibrated prices, years, draws, seed) for the influence re-runs."""
    key = (scenario.sha256, tuple(r.server_price for r in scenario.regions.values()), tuple(int(y) for y in years), draws, seed)
    if key not in cache:
        samples = sample_inputs(scenario.inputs(), scenario.factors, draws=draws, seed=seed, dtype=PUBLISHED_DTYPE)
        outputs = {code: simulate_region(samples, region, fleet_path(region, years), scenario.base_year,
                                         persistence=scenario.growth_persistence)
                   for code, region in scenario.regions.items()}
        cache.clear()  # one prior at a time: the influence re-runs share it
        cache[key] = Prior(samples, outputs)
    return cache[key]


def _frontier(samples: dict[str, np.ndarray], scenario: Scenario, code: str, years: np.ndarray) -> dict[str, np.ndarray]:
    """Active parameters, tokens and 6·N·D of the region's frontier training run per draw and year."""
    region = scenario.regions[code]
    tiers = [t for t in region.training if t.name == "frontier"] or list(region.training[:1])
    if not tiers:
        return {}
    t = tiers[0]
    p = f"{code}.training.{t.name}."
    k = (years - scenario.base_year).astype(np.float64)
    decay = np.asarray(samples[f"{code}.growth_decay"], dtype=np.float64)[:, None]

    def path(name: str, dist: Any) -> np.ndarray:
        g = np.asarray(samples[p + name], dtype=np.float64)[:, None]
        return grown(g, k, decay, median=dist.median, persistence=scenario.growth_persistence)

    n = np.asarray(samples[p + "active_parameters"], dtype=np.float64)[:, None] * path("parameters_growth", t.parameters_growth)
    d = np.asarray(samples[p + "tokens"], dtype=np.float64)[:, None] * path("tokens_growth", t.tokens_growth)
    return {"frontier_parameters": n, "frontier_tokens": d, "frontier_run_flop": 6.0 * n * d}


@dataclass
class BottomUp:
    """The assimilated bottom-up: quantiles per target, records, and what the rest of the pipeline needs."""

    quantiles: dict[tuple[str, str, str], np.ndarray]
    anchoring: dict[str, Any]
    assimilation: Assimilation
    observations: list[Observation]
    #: The prior FX draws (CNY per USD): the members that do not assimilate facts convert with these.
    fx: np.ndarray
    raw: dict[str, dict[str, np.ndarray]]
    #: Per observation: the value, and the model's median of it before and after assimilation.
    checks: list[dict[str, Any]]


def history_ratios(history_cut: pl.DataFrame, scenario: Scenario) -> dict[tuple[str, str], float]:
    """``capex_e / AI-server spend (GLOBAL)`` in the latest year both are known, per entity (the ``history_ratio`` scale).

    Read from the bundled history as cut at the as-of date (``history_cut``) only, as the roles table states, never
    from the visible facts: a document's own capex actual (Meta's "$39.2 billion in 2024") overrides the history row of
    that year in :func:`merged_history`, and a ratio set from it would make the document's observation of that year
    ``y · Q_Y / S_Y`` against ``y`` — the anchored spend ``S_Y`` counted a second time, not evidence — and would change
    the scale of every other capex observation when the document is left out (its influence).
    """
    bundled = merged_history(history_cut, empty_facts(), scenario, FactLedger())
    spend = annual_series(bundled, scenario).get("ai_server_market_size|GLOBAL")
    out: dict[tuple[str, str], float] = {}
    if spend is None:
        return out
    rows = bundled.filter(pl.col("metric") == "capex")
    best: dict[str, int] = {}
    for r in rows.iter_rows(named=True):
        y = period_end_year(r["period"])
        if y is not None and str(r["period"]).isdigit() and y in spend.values and y >= best.get(r["who"], 0):
            best[r["who"]] = y
            out[("capex", r["who"])] = r["value"] / spend.values[y]
    return out


def _bottom_up(
    scenario: Scenario,
    years: np.ndarray,
    draws: int,
    seed: int,
    series: dict[str, AnnualSeries],
    ledger: FactLedger,
    *,
    visible: pl.DataFrame,
    ratios: dict[tuple[str, str], float],
    roles: ObservationModel | None,
    cache: PriorCache,
) -> BottomUp:
    """Quantiles ``3 × years`` per (metric, region, unit) of the anchored, assimilated Monte Carlo.

    Anchoring (:func:`bottom_up.anchor_factors`): for each region, the latest observed year of
    its ``ai_server_market_size`` series inside the model years (not the first, which has no
    shipments) conditions each draw's USD spend there on the observation, with the scenario's
    ``calibration.anchor_log_sd``; the per-draw factor scales every output of that draw.
    Assimilation (:mod:`forecasting.assimilate`): the visible facts with an observation equation
    reweight the anchored draws (the anchor's own facts excluded: nothing counts twice) and the
    draws are resampled; every output and the FX of a draw move together.
    """
    prior = _prior(scenario, years, draws, seed, cache)
    record: dict[str, Any] = {}
    anchored: dict[str, dict[str, np.ndarray]] = {}
    anchor_ids: set[int] = set()
    for code in scenario.regions:
        result = prior.outputs[code]
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
            anchor_ids.update(s.fact_ids.get(year, []))
            record[f"{code}.bottom_up"] = {"anchor_metric": metric, "anchor_year": year,
                                           "anchor_origin": s.origin.get(year), "fact_ids": list(s.fact_ids.get(year, [])),
                                           "applies_to": sorted(KERNEL_METRICS), **rec}
        anchored[code] = result
    fx = np.asarray(prior.samples["fx.usd_cny"])
    observations: list[Observation] = []
    predictions: list[np.ndarray] = []
    checks: list[dict[str, Any]] = []
    total = np.zeros(draws, dtype=np.float64)
    if roles is not None:
        candidates = build_observations(
            visible, roles, regions=set(scenario.regions), model_years=(int(years[0]), int(years[-1])),
            history_ratio=ratios, nvidia_dc_scale=1.0 / scenario.global_server_per_nvidia_dc,
            ledger=ledger, exclude=anchor_ids,
        )
        tiers = {o.region for o in candidates if o.quantity.startswith("frontier_")}  # computed only when observed
        quantities = {code: {q: out[o] for q, o in QUANTITY_OUTPUT.items()}
                      | (_frontier(prior.samples, scenario, code, years) if code in tiers else {})
                      for code, out in anchored.items()}
        for obs in candidates:
            pred = predicted(obs, quantities, fx, years)
            ll = log_likelihood(obs, pred)
            if not np.any(np.isfinite(ll)):
                ledger.skip(f"observation:{obs.metric}:no_draw_predicts_it", len(obs.fact_ids))
                continue
            total += ll
            observations.append(obs)
            predictions.append(pred)
            ledger.use(obs.fact_ids)
    total = np.where(np.isfinite(total), total, -np.inf)
    assim = assimilate(total, len(observations), min_ess_fraction=roles.min_ess_fraction if roles else 0.1, seed=seed + 1)
    for obs, pred in zip(observations, predictions, strict=True):
        post = pred[assim.indices] if assim.indices is not None else pred
        checks.append({"key": obs.key, "value": obs.value, "prior_predictive_p50": float(np.nanmedian(pred)),
                       "posterior_predictive_p50": float(np.nanmedian(post))})
    if assim.indices is not None:
        idx = assim.indices
        anchored = {code: {k: v[idx] for k, v in out.items()} for code, out in anchored.items()}
    out: dict[tuple[str, str, str], np.ndarray] = {}
    for code, region in scenario.regions.items():
        for key, arr in anchored[code].items():
            if key not in KERNEL_METRICS:
                continue
            metric, unit = KERNEL_METRICS[key]
            if unit == "LOCAL":
                if region.currency == "USD":
                    continue
                unit = region.currency
            out[(metric, code, unit)] = quantiles(arr)
    return BottomUp(out, record, assim, observations, np.asarray(prior.samples["fx.usd_cny"]), prior.outputs, checks)


def _bottom_up_backtest(level: np.ndarray, model_years: np.ndarray, ys: np.ndarray, vs: np.ndarray, *,
                        log_sd: float, min_train: int, horizons: int) -> list[bt.BacktestError]:
    """Rolling-origin errors of the bottom-up on a history series (same origins and scale as the regressions).

    At origin ``k`` the prior draws are anchored (:func:`bottom_up.anchor_factors`) to the series'
    value in year ``ys[k−1]`` only, and their median in each of the next ``horizons`` years is the
    forecast. The scenario itself was written knowing the history, so this is out-of-sample for
    the anchoring and the growth paths, not for the scenario's judgement.
    """
    out: list[bt.BacktestError] = []
    index = {int(y): i for i, y in enumerate(model_years)}
    for k in range(min_train, len(ys)):
        a = index.get(int(ys[k - 1]))
        if a is None or a == 0 or not np.all(np.isfinite(level[:, a])):
            continue
        factor, _ = anchor_factors(level[:, a], float(vs[k - 1]), log_sd)
        scale = bt.naive_scale(vs[:k])
        for j in range(horizons):
            if k + j >= len(ys) or int(ys[k + j]) not in index:
                break
            f = float(np.median(level[:, index[int(ys[k + j])]] * factor))
            out.append(bt.BacktestError(int(ys[k - 1]), j + 1, float(vs[k + j]), f, scale))
    return out


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


#: ``progress(stage, done, total)``: called as the stages of a forecast finish (the CLI draws a bar
#: from it); ``total`` grows once the documents of the lineage are known.
Progress = Callable[[str, int, int], None]


def _no_progress(stage: str, done: int, total: int) -> None:
    del stage, done, total


def target_table(metrics: list[str], combined: Mapping[tuple[str, str, str], Any]) -> list[dict[str, Any]]:
    """Kind, unit(s) and definition of each forecast target: kind and definition from the metric catalogue."""
    catalogue = bundled_metrics()
    missing = sorted((set(metrics) & TARGETS) - set(catalogue))
    if missing:
        raise MetricsError(f"forecast target(s) {missing} have no entry in data/metrics.toml (kind, definition, source)")
    return [{"metric": m, "kind": catalogue[m].kind, "unit": ", ".join(sorted({k[2] for k in combined if k[0] == m})),
             "definition": catalogue[m].definition} for m in metrics if m in catalogue]


def run_forecast(
    facts: pl.DataFrame,
    history: pl.DataFrame,
    scenario: Scenario,
    *,
    as_of: dt.date,
    seed: int = 20240101,
    draws: int = 10_000,
    roles: ObservationModel | None = None,
    allow_empty: bool = False,
    influence: bool = True,
    progress: Progress | None = None,
) -> ForecastResult:
    """Forecast AI compute demand as known at ``as_of`` (see the module docstring).

    ``roles``: the observation model (``data/observations.toml``); ``None`` assimilates nothing.
    Raises :class:`EmptyInputsError` when no fact and no history row is visible at ``as_of``,
    unless ``allow_empty``. ``influence``: also compute :func:`document_influence`. ``progress``
    hears of each stage: the Monte Carlo, then each leave-one-document-out re-run.
    """
    n_facts = facts_as_of(facts, as_of, FactLedger()).height
    n_history = history_as_of(history, as_of).height
    if n_facts == 0 and n_history == 0 and not allow_empty:
        raise EmptyInputsError(
            f"nothing to forecast from as of {as_of.isoformat()}: no fact from a document published by then and no "
            "history before it; ingest documents or pass --allow-empty to publish the scenario alone"
        )
    report = progress or _no_progress
    report(f"Monte Carlo, {draws:,} draws", 0, 1)
    cache: PriorCache = {}
    result = _forecast(facts, history, scenario, as_of=as_of, seed=seed, draws=draws, roles=roles, cache=cache)
    report(f"Monte Carlo, {draws:,} draws", 1, 1)
    if not influence:
        return result
    table = document_influence(facts, history, scenario, as_of=as_of, seed=seed, draws=draws, roles=roles,
                               base=result, cache=cache,
                               progress=lambda stage, done, total: report(stage, 1 + done, 1 + total))
    return dataclasses.replace(result, influence=table)


def document_influence(
    facts: pl.DataFrame,
    history: pl.DataFrame,
    scenario: Scenario,
    *,
    as_of: dt.date,
    seed: int,
    draws: int,
    roles: ObservationModel | None,
    base: ForecastResult,
    cache: PriorCache | None = None,
    progress: Progress | None = None,
) -> pl.DataFrame:
    """Leave-one-document-out influence of every document in ``base``'s lineage on every target.

    For document *d*: the forecast is recomputed from the same seed and draws without *d*'s facts,
    and per target (metric, region, entity, period, method, unit)::

        p50_shift            = P50(all) − P50(without d)
        p50_shift_pct        = 100 · p50_shift / P50(without d)
        band_width_shift_pct = 100 · ((P90 − P10)(all) / (P90 − P10)(without d) − 1)

    Only targets that move are listed. The prior draws are shared by the re-runs (the Monte Carlo
    is sampled once); with more than ``roles.influence_draws`` draws the comparison is made at
    that many draws, both sides, so the shifts stay comparable and cheap.
    """
    cache = {} if cache is None else cache
    n = min(draws, roles.influence_draws) if roles is not None else draws
    if n != draws:
        base = _forecast(facts, history, scenario, as_of=as_of, seed=seed, draws=n, roles=roles, cache=cache)
    used = set(base.facts_used)
    docs = sorted({int(d) for d in facts.filter(pl.col("fact_id").is_in(list(used)))["document_id"].to_list()})
    key = ["metric", "region", "entity", "period", "method", "unit"]
    frames = []
    report = progress or _no_progress
    report("influence of each document", 0, len(docs))
    for i, d in enumerate(docs, 1):
        report(f"influence of document {d} ({i}/{len(docs)})", i - 1, len(docs))
        loo = _forecast(facts.filter(pl.col("document_id") != d), history, scenario, as_of=as_of, seed=seed, draws=n,
                        roles=roles, cache=cache)
        joined = base.values.join(loo.values, on=key, how="inner", suffix="_loo", nulls_equal=True)
        width = pl.col("p90") - pl.col("p10")
        width_loo = pl.col("p90_loo") - pl.col("p10_loo")
        frames.append(joined.select(
            pl.lit(d, dtype=pl.Int64).alias("document_id"), *key,
            (pl.col("p50") - pl.col("p50_loo")).alias("p50_shift"),
            pl.when(pl.col("p50_loo") != 0).then(100.0 * (pl.col("p50") / pl.col("p50_loo") - 1.0)).alias("p50_shift_pct"),
            pl.when(width_loo > 0).then(100.0 * (width / width_loo - 1.0)).alias("band_width_shift_pct"),
        ).filter((pl.col("p50_shift") != 0) | (pl.col("band_width_shift_pct").fill_null(0.0) != 0)))
        report(f"influence of document {d} ({i}/{len(docs)})", i, len(docs))
    if not frames:
        return pl.DataFrame(schema=INFLUENCE_SCHEMA)
    return pl.concat(frames).select(list(INFLUENCE_SCHEMA)).cast(pl.Schema(INFLUENCE_SCHEMA))


def _forecast(
    facts: pl.DataFrame,
    history: pl.DataFrame,
    scenario: Scenario,
    *,
    as_of: dt.date,
    seed: int,
    draws: int,
    roles: ObservationModel | None,
    cache: PriorCache,
) -> ForecastResult:
    ledger = FactLedger()
    seen = facts_as_of(facts, as_of, ledger)
    visible = point_facts(seen, ledger)  # bounds are no point values for history and calibration…
    scenario_cal, calibration = _calibrated(scenario, visible, ledger)

    history_cut = history_as_of(history, as_of)
    merged = merged_history(history_cut, visible, scenario, ledger)
    series = annual_series(merged, scenario)

    first = min(scenario.base_year, as_of.year) - LOOKBACK_YEARS - 1
    model_years = np.arange(first, as_of.year + scenario.horizon_years + 1, dtype=np.int64)
    forecast_years = np.arange(as_of.year, as_of.year + scenario.horizon_years + 1, dtype=np.int64)
    fidx = np.searchsorted(model_years, forecast_years)
    bu = _bottom_up(scenario_cal, model_years, draws, seed, series, ledger, visible=seen,  # …but censored observations
                    ratios=history_ratios(history_cut, scenario), roles=roles, cache=cache)  # for the assimilation
    bottom = bu.quantiles
    calibration.update(bu.anchoring)
    trend = DampedLogTrend(damping=scenario.damping, long_run_growth=scenario.long_run_growth)
    guidance = capex_guidance(visible, scenario.hyperscalers, ledger)

    quant: dict[tuple[str, str, str], dict[str, np.ndarray]] = {}
    for key, q in bottom.items():
        quant.setdefault(key, {})["bottom_up"] = q[:, fidx].T
    errors: dict[tuple[str, str, str], dict[str, float | None]] = {}
    by_horizon: dict[tuple[str, str, str], dict[str, dict[int, float]]] = {}
    backtest_rows: list[dict[str, Any]] = []
    skipped_methods: list[dict[str, str]] = []
    used_series_ids: set[int] = set()
    guidance_ids: dict[str, dict[int, list[int]]] = {}
    damping_choice: dict[str, dict[str, Any]] = {}

    # regression and naive drift per target series; pooled scaled log errors per method for short series
    targets: list[tuple[str, AnnualSeries, list[Any]]] = []
    for name, s in sorted(series.items()):
        if "|" not in name or len(s.values) < 2:
            continue
        forecasters: list[Any] = [NaiveForecaster(), TrendForecaster(estimator=trend)]
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
            if hasattr(f, "with_damping"):
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
            by_horizon.setdefault(key, {})[f.method] = {int(r["horizon"]): float(r["mase"]) for r in rows}
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

        # the bottom-up, backtested by rolling origin on the same series
        output = SERIES_OUTPUT.get(metric)
        if key in bottom and output is not None and region in bu.raw and scenario.anchor_log_sd is not None:
            errs = _bottom_up_backtest(np.asarray(bu.raw[region][output]), model_years, ys, vs,
                                       log_sd=scenario.anchor_log_sd, min_train=scenario.min_train,
                                       horizons=scenario.backtest_horizons)
            rows = bt.scores(errs, scenario.backtest_horizons)
            for r in rows:
                backtest_rows.append({"metric": metric, "region": region, "method": "bottom_up", **r})
            by_horizon.setdefault(key, {})["bottom_up"] = {int(r["horizon"]): float(r["mase"]) for r in rows}
            errors.setdefault(key, {})["bottom_up"] = float(np.mean([r["mase"] for r in rows])) if rows else None
    ledger.use(used_series_ids)

    value_rows: list[dict[str, Any]] = []
    weight_rows: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    combined: dict[tuple[str, str, str], dict[str, np.ndarray]] = {}
    weights_by_key: dict[tuple[str, str, str], dict[str, float]] = {}
    local = {(m, code, r.currency) for (m, code, _u) in quant for code_, r in scenario.regions.items()
             if code_ == code and r.currency != "USD" and m == "ai_server_market_size"}
    for key in sorted(quant):
        if key in local:
            continue
        members = quant[key]
        err = {m: errors.get(key, {}).get(m) for m in members}
        weights = gated_weights(err, scenario.shrinkage, naive=NAIVE, beats_naive=_beats_naive(by_horizon.get(key, {})))
        weights_by_key[key] = weights
        combined[key] = {**members, "combined": combine_quantiles(members, weights)}
        warnings.extend(_disagreements(key, members, forecast_years))
    for key in sorted(local):
        usd_key = (key[0], key[1], "USD")
        if usd_key not in combined:
            continue
        members = {m: (quant[key]["bottom_up"] if m == "bottom_up" and "bottom_up" in quant[key]
                       else local_currency_quantiles(q, bu.fx, seed + 2))
                   for m, q in combined[usd_key].items()}
        combined[key] = members
        weights_by_key[key] = weights_by_key[usd_key]
        errors[key] = errors.get(usd_key, {})
    for key in sorted(combined):
        metric, region, unit = key
        for method, q in combined[key].items():
            for i, y in enumerate(forecast_years):
                value_rows.append({"metric": metric, "region": region, "entity": None, "period": str(int(y)),
                                   "method": method, "p10": float(q[i, 0]), "p50": float(q[i, 1]),
                                   "p90": float(q[i, 2]), "unit": unit})
        for method, w in weights_by_key[key].items():
            weight_rows.append({"metric": metric, "region": region, "unit": unit, "method": method,
                                "weight": w, "error_mase": errors.get(key, {}).get(method)})

    observed = observed_tender_servers(visible, ledger)
    ship = bottom.get(("ai_server_shipments", "CN", "units"))
    for entry in observed:
        y = period_end_year(entry["period"])
        if ship is not None and y is not None and y in model_years:
            p50 = float(ship[1, int(np.searchsorted(model_years, y))])
            entry["bottom_up_cn_shipments_p50"] = p50
            entry["share_of_bottom_up"] = entry["ai_servers"] / p50 if np.isfinite(p50) and p50 > 0 else None

    metrics = sorted({k[0] for k in combined})
    target_rows = target_table(metrics, combined)
    parameters: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "seed": seed,
        "draws": draws,
        "forecast_years": [int(y) for y in forecast_years],
        "model_years": [int(y) for y in model_years],
        "scenario": {"name": scenario.name, "version": scenario.version, "sha256": scenario.sha256,
                     "base_year": scenario.base_year, "horizon_years": scenario.horizon_years},
        "shrinkage": scenario.shrinkage,
        "combination": {"rule": f"members beating {NAIVE_TEXT}; inverse-MASE weights shrunk toward equal",
                        "naive_member": NAIVE, "disagreement_ratio": DISAGREEMENT_RATIO},
        "min_train": scenario.min_train,
        "backtest_horizons": scenario.backtest_horizons,
        "global_server_per_nvidia_dc": scenario.global_server_per_nvidia_dc,
        "calibration": calibration,
        "assimilation": {**bu.assimilation.to_dict(),
                         "method": "sampling-importance-resampling (Bayesian melding, Poole & Raftery 2000)",
                         "roles": roles is not None,
                         "observations": [{"key": o.key, "quantity": o.quantity, "region": o.region, "years": list(o.years),
                                           "value": o.value, "scale": o.scale, "sigma": o.sigma, "growth": o.growth,
                                           "bound": o.bound,
                                           "prior_predictive_p50": c["prior_predictive_p50"],
                                           "posterior_predictive_p50": c["posterior_predictive_p50"],
                                           "fact_ids": list(o.fact_ids), "document_ids": list(o.document_ids)}
                                          for o, c in zip(bu.observations, bu.checks, strict=True)]},
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
        "warnings": warnings,
        "facts": ledger.to_dict(),
        "history_rows": history_as_of(history, as_of).height,
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
        warnings=warnings,
        targets=target_rows,
    )


NAIVE_TEXT = "the naive drift member in the rolling-origin backtests (mean MASE over common horizons)"


def _beats_naive(scores: dict[str, dict[int, float]]) -> dict[str, bool]:
    """Per member: mean MASE below the naive member's over the horizons both were backtested on."""
    naive = scores.get(NAIVE, {})
    out = {}
    for m, s in scores.items():
        common = sorted(set(s) & set(naive))
        out[m] = bool(common) and float(np.mean([s[h] for h in common])) < float(np.mean([naive[h] for h in common]))
    return out


def _disagreements(key: tuple[str, str, str], members: dict[str, np.ndarray], years: np.ndarray) -> list[dict[str, Any]]:
    """One warning per year where the members' P50s differ by more than :data:`DISAGREEMENT_RATIO`."""
    out: list[dict[str, Any]] = []
    if len(members) < 2:
        return out
    metric, region, unit = key
    for i, y in enumerate(years):
        p50 = {m: float(q[i, 1]) for m, q in members.items() if np.isfinite(q[i, 1]) and q[i, 1] > 0}
        if len(p50) < 2:
            continue
        hi, lo = max(p50, key=p50.__getitem__), min(p50, key=p50.__getitem__)
        ratio = p50[hi] / p50[lo]
        if ratio > DISAGREEMENT_RATIO:
            out.append({"metric": metric, "region": region, "unit": unit, "period": str(int(y)), "ratio": ratio,
                        "message": f"{metric} {region} {int(y)}: {hi} P50 {p50[hi]:.3g} is {ratio:.1f}x {lo} P50 "
                                   f"{p50[lo]:.3g} {unit} (members disagree by more than {DISAGREEMENT_RATIO:g}x)"})
    return out
