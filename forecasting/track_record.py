"""A track record: point-in-time backtests of the whole forecast, scored against naive, drift and published forecasts.

For each **origin** ``D`` (quarter or year ends between a start and an end date) the vintage is
re-created from what was public on ``D`` — facts from documents published by then, history rows
published by then in their latest vintage (:func:`forecasting.history.history_as_of`) — by the
public forecast entry point (``run_forecast`` by default, any function with its signature can be
passed), called as a black box with the same seed and draws at every origin.

**Targets and actuals.** A target is an annual series the pipeline itself builds
(:func:`forecasting.history.annual_series`: ``ai_server_market_size`` per region in USD,
``intelligent_compute_capacity`` per region in FLOPS), so forecast and actual share one
definition. The **actual** of a year is that series as known at ``evaluated_on`` (default: every
stored row and fact, latest vintage): history merged with the ``actual`` facts, exactly as the
pipeline merges them. ``ai_server_market_size|GLOBAL`` is itself *derived* (Nvidia data-center
revenue × ``history.global_server_per_nvidia_dc``), so its score measures how well the
pipeline foresaw Nvidia's revenue through that ratio.

**What is scored.** At origin ``D`` every year ``y`` the forecast emits (``D.year … D.year +
horizon``) whose actual exists and was *not yet visible* at ``D`` — so nothing the forecast
could already see counts. Horizon ``h = y − D.year`` (0 = the year the origin falls in, whose
figure is published after it ends).

**Methods** scored on the same origins and targets:

* every method the forecast emits (``combined`` is computecast's published forecast;
  ``bottom_up``, ``regression``, ``regression_driver`` its members);
* ``naive``: P50 = the last visible value ``y_T``; band of the random walk,
  ``ln y_T ± z₀.₉ σ √k`` with ``k`` = years ahead of the last value and ``σ`` the root mean
  square of the visible log changes (Hyndman & Athanasopoulos, *Forecasting: Principles and
  Practice*, 3rd ed., §5.5, Table 5.2);
* ``drift``: P50 = ``y_T · exp(k·μ)`` with ``μ`` the mean visible log change (the line from the
  first to the last value); band ``± z₀.₉ s √(k (1 + k/(T−1)))``, ``s`` the standard deviation of
  the log changes about ``μ`` (same table). Both need two visible values and drift's band three
  (two changes) — with fewer the baseline is a point forecast, and with one visible value only
  naive's P50 exists;
* ``published``: the latest fact with ``basis = forecast`` for the target and year visible at
  ``D`` (who said it: ``source``; when: ``published``), money converted to USD at the
  scenario's annual-average rate of that year. A stated range (``low``/``high``) is read as its
  band; a single figure is a point forecast (no coverage; CRPS = abs log error).

Scores per row (:mod:`forecasting.scoring`): ``abs_log_error``, ``covered``, ``crps``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import polars as pl

from forecasting.facts import FactLedger, facts_as_of, point_facts
from forecasting.history import MARKET_METRICS, AnnualSeries, annual_series, history_as_of, merged_history
from forecasting.pipeline import ForecastResult, run_forecast
from forecasting.scenario import Scenario
from forecasting.scoring import Z_P90, abs_log_error, covered, crps_log

#: A forecast entry point: ``(facts, history, scenario, *, as_of, seed, draws) -> ForecastResult``.
ForecastFn = Callable[..., ForecastResult]

SCORE_SCHEMA: dict[str, Any] = {
    "as_of": pl.Date,
    "metric": pl.String,
    "region": pl.String,
    "entity": pl.String,
    "period": pl.String,
    "horizon": pl.Int64,
    "method": pl.String,
    "unit": pl.String,
    "actual": pl.Float64,
    "p10": pl.Float64,
    "p50": pl.Float64,
    "p90": pl.Float64,
    "abs_log_error": pl.Float64,
    "covered": pl.Boolean,
    "crps": pl.Float64,
    "source": pl.String,
}
SUMMARY_SCHEMA: dict[str, Any] = {
    "method": pl.String,
    "horizon": pl.String,
    "n": pl.Int64,
    "n_band": pl.Int64,
    "coverage": pl.Float64,
    "median_abs_log_error": pl.Float64,
    "mean_crps": pl.Float64,
}
BASELINES = ("naive", "drift")
PUBLISHED = "published"
EVERY = ("quarter", "year")


class BacktestError(ValueError):
    """The origins of a backtest are ill-defined (start after end, unknown step)."""


def origins(start: dt.date, end: dt.date, every: str) -> list[dt.date]:
    """Quarter ends (``every = "quarter"``) or year ends (``"year"``) from ``start`` to ``end``, both included."""
    if every not in EVERY:
        raise BacktestError(f"--every must be one of {', '.join(EVERY)}, not {every!r}")
    if start > end:
        raise BacktestError(f"the start {start} is after the end {end}; give --start <= --end")
    months = (3, 6, 9, 12) if every == "quarter" else (12,)
    out: list[dt.date] = []
    for year in range(start.year, end.year + 1):
        for month in months:
            d = dt.date(year, 12, 31) if month == 12 else dt.date(year, month + 1, 1) - dt.timedelta(days=1)
            if start <= d <= end:
                out.append(d)
    return out


def series_as_of(history: pl.DataFrame, facts: pl.DataFrame, scenario: Scenario, as_of: dt.date) -> dict[str, AnnualSeries]:
    """The pipeline's annual series as known at ``as_of`` (history's latest vintage merged with actual facts)."""
    ledger = FactLedger()
    visible = point_facts(facts_as_of(facts, as_of, ledger), ledger)
    return annual_series(merged_history(history_as_of(history, as_of), visible, scenario, ledger), scenario)


def _band(p50: float, sd: float, steps: float) -> tuple[float | None, float | None]:
    if not math.isfinite(sd):
        return None, None
    half = Z_P90 * sd * math.sqrt(steps)
    return p50 * math.exp(-half), p50 * math.exp(half)


def baseline_quantiles(series: AnnualSeries, year: int) -> dict[str, tuple[float | None, float, float | None]]:
    """Naive and drift (P10, P50, P90) for ``year`` from the visible values of ``series`` (module docstring)."""
    years = series.years()
    if not years or any(series.values[y] <= 0 for y in years):
        return {}
    if len(years) == 1:
        return {"naive": (None, series.values[years[0]], None)}
    logs = np.log([series.values[y] for y in years])
    steps = np.diff(np.array(years, dtype=np.float64))
    changes = np.diff(logs) / steps  # per-year log changes (years may have gaps)
    last, k = float(series.values[years[-1]]), float(year - years[-1])
    rms = float(np.sqrt(np.mean(changes**2)))
    mu = float(np.mean(changes))
    n_changes = len(changes)
    s = float(np.std(changes, ddof=1)) if n_changes >= 2 else math.nan
    drift_p50 = last * math.exp(k * mu)
    naive_p10, naive_p90 = _band(last, rms, k)
    drift_p10, drift_p90 = _band(drift_p50, s, k * (1.0 + k / n_changes))
    return {"naive": (naive_p10, last, naive_p90), "drift": (drift_p10, drift_p50, drift_p90)}


def _usd(value: float, unit: str, year: int, scenario: Scenario) -> float | None:
    if unit == "USD":
        return value
    if unit == "CNY":
        rate = scenario.fx_annual_average.get(year, scenario.fx_usd_cny.median)
        return value / rate
    return None


def published_quantiles(
    facts: pl.DataFrame, scenario: Scenario, as_of: dt.date, metric: str, region: str, year: int
) -> tuple[float | None, float, float | None, str] | None:
    """The latest published forecast of ``metric``/``region``/``year`` visible at ``as_of``: (P10, P50, P90, who and when)."""
    rows = facts.filter(
        (pl.col("basis") == "forecast") & (pl.col("metric") == metric) & (pl.col("region") == region)
        & (pl.col("period") == str(year)) & pl.col("published").is_not_null() & (pl.col("published") <= as_of)
        & (pl.col("qualifier").is_null() | ~pl.col("qualifier").is_in([">", ">=", "<", "<="]))
    ).sort(["published", "fact_id"])
    want = MARKET_METRICS[metric]

    def canonical(value: float | None, unit: str) -> float | None:
        if value is None:
            return None
        return _usd(value, unit, year, scenario) if want == "USD" else (value if unit == want else None)

    for row in reversed(rows.to_dicts()):
        p50 = canonical(row["value"], row["unit"])
        if p50 is None or p50 <= 0:
            continue
        low, high = canonical(row["low"], row["unit"]), canonical(row["high"], row["unit"])
        band = (low, high) if low is not None and high is not None and 0 < low <= high else (None, None)
        who = row.get("source") or f"document {row['document_id']}"
        return band[0], p50, band[1], f"{who} ({row['published']}), fact {row['fact_id']}"
    return None


def _row(as_of: dt.date, metric: str, region: str, year: int, method: str, unit: str, actual: float,
         p10: float | None, p50: float, p90: float | None, source: str | None = None) -> dict[str, Any]:
    return {
        "as_of": as_of, "metric": metric, "region": region, "entity": None, "period": str(year),
        "horizon": year - as_of.year, "method": method, "unit": unit, "actual": actual,
        "p10": p10, "p50": p50, "p90": p90, "abs_log_error": abs_log_error(actual, p50),
        "covered": covered(actual, p10, p90), "crps": crps_log(actual, p10, p50, p90), "source": source,
    }


def score_origin(
    facts: pl.DataFrame,
    history: pl.DataFrame,
    scenario: Scenario,
    *,
    as_of: dt.date,
    actuals: dict[str, AnnualSeries],
    seed: int,
    draws: int,
    forecast: ForecastFn = run_forecast,
) -> pl.DataFrame:
    """Re-create the vintage at ``as_of`` and score it and the baselines on every scorable target (:data:`SCORE_SCHEMA`)."""
    result = forecast(facts, history, scenario, as_of=as_of, seed=seed, draws=draws)
    visible = series_as_of(history, facts, scenario, as_of)
    values = {
        (r["metric"], r["region"], r["unit"], r["period"], r["method"]): r
        for r in result.values.filter(pl.col("entity").is_null()).iter_rows(named=True)
    }
    methods = sorted({k[4] for k in values})
    rows: list[dict[str, Any]] = []
    for name, actual_series in sorted(actuals.items()):
        if "|" not in name:
            continue
        metric, region = name.split("|")
        unit = actual_series.unit
        seen = visible.get(name, AnnualSeries(name, unit))
        for year in sorted(actual_series.values):
            period = str(year)
            if year in seen.values or not any((metric, region, unit, period, m) in values for m in methods):
                continue
            actual = actual_series.values[year]
            if not (math.isfinite(actual) and actual > 0):
                continue
            for method in methods:
                v = values.get((metric, region, unit, period, method))
                if v is not None and v["p50"] > 0:
                    rows.append(_row(as_of, metric, region, year, method, unit, actual, v["p10"], v["p50"], v["p90"]))
            for method, (p10, p50, p90) in baseline_quantiles(seen, year).items():
                rows.append(_row(as_of, metric, region, year, method, unit, actual, p10, p50, p90))
            pub = published_quantiles(facts, scenario, as_of, metric, region, year)
            if pub is not None:
                p10, p50, p90, who = pub
                rows.append(_row(as_of, metric, region, year, PUBLISHED, unit, actual, p10, p50, p90, who))
    return pl.DataFrame(rows, schema=SCORE_SCHEMA, orient="row")


def backtest(
    facts: pl.DataFrame,
    history: pl.DataFrame,
    scenario: Scenario,
    *,
    at: Iterable[dt.date],
    seed: int,
    draws: int,
    evaluated_on: dt.date = dt.date.max,
    forecast: ForecastFn = run_forecast,
    progress: Callable[[dt.date, int, int], None] | None = None,
) -> pl.DataFrame:
    """Scores of every origin in ``at``, one after the other (the serial run; flows fan the same calls out).

    ``progress(origin, done, total)`` is called as each origin is scored.
    """
    actuals = series_as_of(history, facts, scenario, evaluated_on)
    origins_ = list(at)
    frames = []
    for i, d in enumerate(origins_, 1):
        frames.append(score_origin(facts, history, scenario, as_of=d, actuals=actuals, seed=seed, draws=draws,
                                   forecast=forecast))
        if progress is not None:
            progress(d, i, len(origins_))
    return concat_scores(frames)


def concat_scores(frames: Sequence[pl.DataFrame]) -> pl.DataFrame:
    """Scores of several origins in one frame, in a fixed order (origin, target, period, method)."""
    if not frames:
        return pl.DataFrame(schema=SCORE_SCHEMA)
    return pl.concat(frames).sort(["as_of", "metric", "region", "period", "method"])


def summary(scores: pl.DataFrame) -> pl.DataFrame:
    """By method and horizon (and ``all``): n, n with a band, P10–P90 coverage, median abs log error, mean CRPS."""
    def agg(frame: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
        return frame.group_by(keys).agg(
            pl.len().cast(pl.Int64).alias("n"),
            pl.col("covered").is_not_null().sum().cast(pl.Int64).alias("n_band"),
            pl.col("covered").cast(pl.Float64).mean().alias("coverage"),
            pl.col("abs_log_error").median().alias("median_abs_log_error"),
            pl.col("crps").mean().alias("mean_crps"),
        )

    if scores.is_empty():
        return pl.DataFrame(schema=SUMMARY_SCHEMA)
    by_h = agg(scores, ["method", "horizon"]).with_columns(pl.col("horizon").cast(pl.String))
    total = agg(scores, ["method"]).with_columns(pl.lit("all").alias("horizon"))
    out = pl.concat([by_h, total.select(by_h.columns)]).select(list(SUMMARY_SCHEMA))
    return out.sort(["method", pl.col("horizon").str.replace("all", "99").cast(pl.Int64)])

