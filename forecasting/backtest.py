"""Rolling-origin backtests, MASE and sMAPE, and prediction intervals from backtest errors.

Rolling origin: for each origin ``k = min_train … n−1`` the forecaster is fitted on the first
``k`` points and predicts the next ``h = 1 … horizons`` points that exist. Scores per horizon:

* MASE (Hyndman & Koehler 2006): ``|y − ŷ| / s`` with ``s`` the mean absolute one-step naive
  change of the *training* window, ``mean |y_t − y_{t−1}|``; averaged over origins;
* sMAPE: ``200·|y − ŷ| / (|y| + |ŷ|)`` in percent, averaged over origins.

With 4-8 annual points there are at most a handful of origins (five points, ``min_train=3``:
two one-step errors and one two-step error). The scores rank methods roughly and nothing more.

Intervals: log errors ``e = ln(y/ŷ)`` are scaled to one step by ``e/√h`` and pooled over
horizons; P10/P90 of the forecast at horizon ``h`` are ``ŷ·exp(q10·√h)`` and ``ŷ·exp(q90·√h)``
where ``q10, q90`` are the empirical 10 % and 90 % quantiles of the scaled errors (random-walk
widening). Because a handful of errors understates the tails, each side is at least
:data:`MIN_LOG_SPREAD` wide at h=1, and the interval always contains the point forecast, which
is reported as P50 (no bias correction).

Honesty about short series: with 3-5 annual points the backtest only sees h = 1-2, and its
errors say little about h = 5, where the uncertainty of the *growth rate* dominates: an error
of δ in the log growth rate compounds to ``δ·h`` in the log level. So each side of the interval
is also at least :data:`MIN_LOG_SPREAD_PER_YEAR`·h wide (0.10·h: ±10 %/yr of growth
uncertainty; at h = 5 the P90/P10 ratio is at least e^1 ≈ 2.7). The floor is linear in h,
the backtest part grows with √h, so intervals always widen with the horizon.

Damping by backtest (:func:`select_damping`): when a series gives at least
:data:`MIN_ORIGINS_FOR_DAMPING` rolling origins, the damped trend's φ is chosen from
:data:`DAMPING_GRID` by the smallest mean absolute log error over all origins and horizons;
otherwise the estimator's default stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from forecasting.regression import NotEnoughDataError

FloatArray = NDArray[np.float64]
#: Smallest half-width of the log interval at h=1 (±10 %), whatever the backtest says.
MIN_LOG_SPREAD = 0.10
#: Half-width used when no backtest errors exist for a method at all (a 2-point series, no pool).
DEFAULT_LOG_SPREAD = 0.30
#: Smallest half-width of the log interval per year of horizon: ±10 %/yr of growth-rate error.
MIN_LOG_SPREAD_PER_YEAR = 0.10
#: Candidate damping factors φ for :func:`select_damping`.
DAMPING_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.98)
#: Origins a series needs before φ is fitted rather than defaulted.
MIN_ORIGINS_FOR_DAMPING = 3


class Forecaster(Protocol):
    """Anything with ``forecast(years, values, target_years) -> predictions`` and a ``method`` name."""

    method: str

    def forecast(self, years: NDArray[np.int64], values: FloatArray, target_years: NDArray[np.int64]) -> FloatArray: ...


@dataclass(frozen=True)
class BacktestError:
    """One out-of-sample forecast: origin (last training year), horizon, actual, forecast, MASE scale."""

    origin: int
    horizon: int
    actual: float
    forecast: float
    scale: float


def naive_scale(values: Sequence[float] | FloatArray) -> float:
    """Mean absolute one-step change ``mean |y_t − y_{t−1}|`` (the MASE denominator)."""
    v = np.asarray(values, dtype=np.float64)
    if len(v) < 2:
        raise ValueError("the MASE scale needs at least two training points")
    return float(np.mean(np.abs(np.diff(v))))


def mase(actual: float, forecast: float, scale: float) -> float:
    """Absolute error in units of the naive scale."""
    return abs(actual - forecast) / scale if scale > 0 else float("nan")


def smape(actual: float, forecast: float) -> float:
    """Symmetric absolute percentage error in percent (0-200)."""
    denom = abs(actual) + abs(forecast)
    return 200.0 * abs(actual - forecast) / denom if denom > 0 else 0.0


def rolling_origin(
    years: NDArray[np.int64],
    values: FloatArray,
    forecaster: Forecaster,
    *,
    min_train: int = 3,
    horizons: int = 3,
) -> list[BacktestError]:
    """Out-of-sample errors from every origin with at least ``min_train`` training points.

    ``years`` must be consecutive or at least increasing; horizon is counted in *points*.
    Origins where the forecaster cannot fit (e.g. too little driver overlap) are skipped.
    """
    order = np.argsort(years)
    years, values = years[order], values[order]
    out: list[BacktestError] = []
    for k in range(min_train, len(years)):
        targets = years[k : k + horizons]
        try:
            pred = forecaster.forecast(years[:k], values[:k], targets)
        except NotEnoughDataError:
            continue
        scale = naive_scale(values[:k])
        for j, p in enumerate(pred[: len(targets)]):
            out.append(BacktestError(int(years[k - 1]), j + 1, float(values[k + j]), float(p), scale))
    return out


def scores(errors: Sequence[BacktestError], horizons: int) -> list[dict[str, float | int]]:
    """MASE, sMAPE and number of origins per horizon (horizons without errors are omitted)."""
    rows: list[dict[str, float | int]] = []
    for h in range(1, horizons + 1):
        es = [e for e in errors if e.horizon == h]
        if not es:
            continue
        rows.append(
            {
                "horizon": h,
                "mase": float(np.mean([mase(e.actual, e.forecast, e.scale) for e in es])),
                "smape": float(np.mean([smape(e.actual, e.forecast) for e in es])),
                "n_origins": len(es),
            }
        )
    return rows


def scaled_log_errors(errors: Sequence[BacktestError]) -> FloatArray:
    """``ln(actual/forecast)/√h`` for every backtest error."""
    return np.array([np.log(e.actual / e.forecast) / np.sqrt(e.horizon) for e in errors], dtype=np.float64)


def log_quantiles(scaled: FloatArray) -> tuple[float, float]:
    """``(q10, q90)`` of scaled log errors with the :data:`MIN_LOG_SPREAD` floor; default if empty."""
    if len(scaled) == 0:
        return -DEFAULT_LOG_SPREAD, DEFAULT_LOG_SPREAD
    q10, q90 = np.quantile(scaled, [0.1, 0.9])
    return min(float(q10), -MIN_LOG_SPREAD), max(float(q90), MIN_LOG_SPREAD)


def interval(point: FloatArray, horizon: FloatArray, q10: float, q90: float) -> tuple[FloatArray, FloatArray]:
    """P10 and P90 around ``point`` at ``horizon`` steps: ``point·exp(q·√h)``, each side ≥ 0.10·h in logs."""
    h = np.maximum(horizon, 1.0)
    floor = MIN_LOG_SPREAD_PER_YEAR * h
    lo = np.minimum(q10 * np.sqrt(h), -floor)
    hi = np.maximum(q90 * np.sqrt(h), floor)
    return point * np.exp(lo), point * np.exp(hi)


class DampedForecaster(Forecaster, Protocol):
    """A forecaster whose trend damping can be set."""

    def with_damping(self, damping: float) -> DampedForecaster: ...


def select_damping(
    years: NDArray[np.int64],
    values: FloatArray,
    forecaster: DampedForecaster,
    *,
    min_train: int = 3,
    horizons: int = 3,
    grid: Sequence[float] = DAMPING_GRID,
) -> tuple[float | None, dict[str, float]]:
    """φ from ``grid`` minimising the mean absolute backtest log error, or ``None`` with < 3 origins.

    Returns the choice and the score of every candidate (empty when not fitted).
    """
    scores_: dict[str, float] = {}
    for phi in grid:
        errs = rolling_origin(years, values, forecaster.with_damping(phi), min_train=min_train, horizons=horizons)
        if len({e.origin for e in errs}) < MIN_ORIGINS_FOR_DAMPING:
            return None, {}
        scores_[f"{phi:g}"] = float(np.mean([abs(np.log(e.actual / e.forecast)) for e in errs]))
    best = min(scores_, key=lambda k: (scores_[k], float(k)))  # ties: the stronger damping
    return float(best), scores_
