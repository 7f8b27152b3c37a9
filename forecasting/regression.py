"""Regressions on short annual market series, as scikit-learn estimators, and the forecasters that use them.

Be honest about the data: the series are 4-8 annual points (China AI-server market 2019-2023,
Nvidia data-center revenue by calendar year 2022-2025, hyperscaler capex 2022-2025). A two-
parameter model on five points has three degrees of freedom; its in-sample fit says little, so
intervals come from rolling-origin backtest errors (:mod:`forecasting.backtest`), not from the
regression's standard errors, and both models are deliberately simple.

* :class:`LogLinearGrowth` — ``ln y = a + b·year`` (constant growth rate ``e^b − 1``);
* :class:`DampedLogTrend` — the log-linear slope, damped ahead of the last point (Gardner &
  McKenzie 1985) and reverting to a long-run growth rate: what the forecasters use, because a
  constant-growth line through a boom (the GLOBAL AI-server market grew ~170 %/yr in logs over
  2022-2024) compounds to more than world GDP within five years;
* :class:`DriverElasticity` — ``ln y = a + b·ln x`` for an exogenous driver ``x`` (hyperscaler
  capex, Nvidia data-center revenue); ``alpha`` shrinks the elasticity ``b`` toward
  ``prior_elasticity`` (ridge on the slope), useful when there are 3-4 overlapping points.

Both follow the estimator contract: parameters only stored in ``__init__``, validation in
``fit``, ``fit`` returns ``self``, learned state ends in ``_``; they work with
``sklearn.base.clone``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from numbers import Integral, Real
from typing import Any, ClassVar

import numpy as np
from numpy.typing import ArrayLike, NDArray
from sklearn.base import BaseEstimator, RegressorMixin, clone
from sklearn.utils._param_validation import Interval
from sklearn.utils.validation import check_is_fitted, validate_data

FloatArray = NDArray[np.float64]


class NotEnoughDataError(ValueError):
    """Too few points to fit; the message says how many are needed."""


def _positive(y: FloatArray, what: str) -> None:
    if np.any(y <= 0):
        raise ValueError(f"{what} must be positive for a log model; got min {y.min()}")


class LogLinearGrowth(RegressorMixin, BaseEstimator):
    """Constant-growth trend: ``ln y = intercept_ + coef_[0]·year``.

    ``X`` is one column of years (or any time index), ``y`` positive values. ``growth_rate_``
    is ``e^{coef_} − 1`` per unit of X. With two points this is the line through them (the
    drift method in logs).
    """

    _parameter_constraints: ClassVar[dict[str, list[Any]]] = {"min_points": [Interval(Integral, 2, None, closed="left")]}

    def __init__(self, min_points: int = 2) -> None:
        self.min_points = min_points

    def fit(self, X: ArrayLike, y: ArrayLike) -> LogLinearGrowth:
        """Least squares in logs."""
        self._validate_params()
        Xa, ya = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        if Xa.shape[1] != 1:
            raise ValueError(f"X must be one column of years, got {Xa.shape[1]} columns")
        if len(ya) < self.min_points:
            raise NotEnoughDataError(f"LogLinearGrowth needs at least {self.min_points} points, got {len(ya)}")
        _positive(ya, "y")
        t, ly = Xa[:, 0], np.log(ya)
        tm, lm = t.mean(), ly.mean()
        sxx = float(((t - tm) ** 2).sum())
        if sxx == 0:
            raise ValueError("X has no spread: all years are equal")
        b = float(((t - tm) * (ly - lm)).sum()) / sxx
        self.coef_ = np.array([b])
        self.intercept_ = float(lm - b * tm)
        self.growth_rate_ = float(np.expm1(b))
        self.log_residual_std_ = float(np.std(ly - (self.intercept_ + b * t), ddof=min(2, len(ly) - 1)))
        return self

    def predict(self, X: ArrayLike) -> FloatArray:
        """``exp(intercept_ + coef_·X)``."""
        check_is_fitted(self)
        Xa = validate_data(self, X, dtype=np.float64, reset=False)
        return np.asarray(np.exp(self.intercept_ + self.coef_[0] * Xa[:, 0]), dtype=np.float64)


class DriverElasticity(RegressorMixin, BaseEstimator):
    """Constant-elasticity link to an exogenous driver: ``ln y = intercept_ + coef_[0]·ln x``.

    ``alpha`` ≥ 0 adds a ridge penalty ``alpha·(b − prior_elasticity)²`` to the slope, in
    units of centred ``(ln x)²``; ``alpha = 0`` is ordinary least squares.
    """

    _parameter_constraints: ClassVar[dict[str, list[Any]]] = {
        "alpha": [Interval(Real, 0, None, closed="left")],
        "prior_elasticity": [Interval(Real, None, None, closed="neither")],
        "min_points": [Interval(Integral, 2, None, closed="left")],
    }

    def __init__(self, alpha: float = 0.0, prior_elasticity: float = 1.0, min_points: int = 3) -> None:
        self.alpha = alpha
        self.prior_elasticity = prior_elasticity
        self.min_points = min_points

    def fit(self, X: ArrayLike, y: ArrayLike) -> DriverElasticity:
        """Ridge-on-slope least squares in logs."""
        self._validate_params()
        Xa, ya = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        if Xa.shape[1] != 1:
            raise ValueError(f"X must be one column (the driver), got {Xa.shape[1]} columns")
        if len(ya) < self.min_points:
            raise NotEnoughDataError(f"DriverElasticity needs at least {self.min_points} overlapping points, got {len(ya)}")
        _positive(ya, "y")
        _positive(Xa[:, 0], "the driver X")
        lx, ly = np.log(Xa[:, 0]), np.log(ya)
        xm, ym = lx.mean(), ly.mean()
        sxx = float(((lx - xm) ** 2).sum())
        sxy = float(((lx - xm) * (ly - ym)).sum())
        if sxx + self.alpha == 0:
            raise ValueError("the driver has no spread and alpha is 0: nothing identifies the elasticity")
        b = (sxy + self.alpha * self.prior_elasticity) / (sxx + self.alpha)
        self.coef_ = np.array([b])
        self.intercept_ = float(ym - b * xm)
        return self

    def predict(self, X: ArrayLike) -> FloatArray:
        """``exp(intercept_ + coef_·ln X)``."""
        check_is_fitted(self)
        Xa = validate_data(self, X, dtype=np.float64, reset=False)
        _positive(Xa[:, 0], "the driver X")
        return np.asarray(np.exp(self.intercept_ + self.coef_[0] * np.log(Xa[:, 0])), dtype=np.float64)


class DampedLogTrend(RegressorMixin, BaseEstimator):
    """Damped log-trend with mean reversion of growth (Gardner & McKenzie 1985, additive damped trend in logs).

    Fit: ordinary least squares ``ln y = a + b·t`` over the training window gives the growth
    ``b`` (log units per year); the forecast origin is the *last* observation,
    ``level_ = ln y_T`` at ``last_x_ = T``. Forecast ``h = t − T > 0`` years ahead::

        g_h      = g∞ + (b − g∞)·φ^h                        log growth in year h
        ln ŷ_T+h = level_ + Σ_{i=1..h} g_i
                 = level_ + h·g∞ + (b − g∞)·φ(1 − φ^h)/(1 − φ)      (φ < 1)

    with ``φ = damping`` and ``g∞ = ln(1 + long_run_growth)``. ``g∞ = 0`` is Gardner &
    McKenzie's damped trend (``ŷ = ℓ + (φ + … + φ^h)·b``); ``φ = 1`` is the undamped
    log-linear trend from the last point. Excess growth ``b − g∞`` halves every
    ``ln 0.5 / ln φ`` years (φ = 0.7: ~1.9 years). In-sample (``h ≤ 0``) it predicts the fitted
    line ``exp(a + b·t)``.

    Default ``damping = 0.7``: annual damped-trend fits in the M3 competition typically land at
    φ ≈ 0.8-0.98 for ordinary series (Gardner 2006 review); a boom measured on 3-5 points
    needs stronger damping, and the pipeline replaces the default by the rolling-origin
    backtest's choice from a small grid when a series has ≥ 3 origins
    (:func:`forecasting.backtest.select_damping`).
    """

    _parameter_constraints: ClassVar[dict[str, list[Any]]] = {
        "damping": [Interval(Real, 0, 1, closed="both")],
        "long_run_growth": [Interval(Real, -1, None, closed="neither")],
        "min_points": [Interval(Integral, 2, None, closed="left")],
    }

    def __init__(self, damping: float = 0.7, long_run_growth: float = 0.0, min_points: int = 2) -> None:
        self.damping = damping
        self.long_run_growth = long_run_growth
        self.min_points = min_points

    def fit(self, X: ArrayLike, y: ArrayLike) -> DampedLogTrend:
        """Least-squares log slope; origin at the last point."""
        self._validate_params()
        Xa, ya = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        if Xa.shape[1] != 1:
            raise ValueError(f"X must be one column of years, got {Xa.shape[1]} columns")
        if len(ya) < self.min_points:
            raise NotEnoughDataError(f"DampedLogTrend needs at least {self.min_points} points, got {len(ya)}")
        _positive(ya, "y")
        line = LogLinearGrowth(min_points=self.min_points).fit(Xa, ya)
        last = int(np.argmax(Xa[:, 0]))
        self.coef_ = line.coef_
        self.intercept_ = line.intercept_
        self.growth_rate_ = line.growth_rate_
        self.last_x_ = float(Xa[last, 0])
        self.level_ = float(np.log(ya[last]))
        return self

    def log_growth_path(self, h: ArrayLike) -> FloatArray:
        """Cumulative log growth ``Σ_{i=1..h} g_i`` from the origin to ``h`` years ahead (0 for ``h ≤ 0``)."""
        check_is_fitted(self)
        ha = np.maximum(np.asarray(h, dtype=np.float64), 0.0)
        g_inf = float(np.log1p(self.long_run_growth))
        excess = float(self.coef_[0]) - g_inf
        phi = float(self.damping)
        damped = ha if phi == 1.0 else phi * (1.0 - phi**ha) / (1.0 - phi)
        return np.asarray(ha * g_inf + excess * damped, dtype=np.float64)

    def predict(self, X: ArrayLike) -> FloatArray:
        """Damped path ahead of the last training year; the fitted line at or before it."""
        check_is_fitted(self)
        Xa = validate_data(self, X, dtype=np.float64, reset=False)
        h = Xa[:, 0] - self.last_x_
        ahead = np.exp(self.level_ + self.log_growth_path(h))
        inside = np.exp(self.intercept_ + self.coef_[0] * Xa[:, 0])
        return np.asarray(np.where(h > 0, ahead, inside), dtype=np.float64)


# --- forecasters: fit on what was known up to a year, predict later years ----------------------


@dataclass(frozen=True)
class TrendForecaster:
    """Forecast a series from its own past with a (cloned) :class:`DampedLogTrend`."""

    method: str = "regression"
    estimator: Any = field(default_factory=DampedLogTrend)

    def with_damping(self, damping: float) -> TrendForecaster:
        """The same forecaster with the trend's ``damping`` set (used by the backtest grid)."""
        return dataclasses.replace(self, estimator=clone(self.estimator).set_params(damping=damping))

    def forecast(self, years: NDArray[np.int64], values: FloatArray, target_years: NDArray[np.int64]) -> FloatArray:
        """Fit on ``(years, values)`` and predict ``target_years``."""
        est = clone(self.estimator).fit(years.reshape(-1, 1).astype(np.float64), values)
        return np.asarray(est.predict(target_years.reshape(-1, 1).astype(np.float64)))


@dataclass(frozen=True)
class DriverForecaster:
    """Forecast a series from a driver series with a (cloned) :class:`DriverElasticity`.

    Information set at a cut-off (the last training year): driver values up to that year. The
    driver is projected beyond it by ``trend`` (a :class:`DampedLogTrend`, the same damping and
    long-run growth as the target's own trend) on those values, except for years with
    **guidance** known at the cut-off. Guidance comes from capex-guidance facts of some of the
    entities that make up the driver (e.g. Meta's 2025 capex guidance inside the four-hyperscaler
    total): for a guided year ``y``::

        driver_y = trend_y·(1 − s_y) + G_y

    where ``G_y`` is the guided entities' guidance and ``s_y`` their share of the driver in the
    last actual year (``guidance_share``; 1.0 when every entity guided). Guidance for ``y`` is
    known at cut-off ``c`` iff it was published in a calendar year ``≤ c + 1``
    (``guidance_published``; a guidance published in January 2025 is part of a forecast cut off
    at 2024). Later unguided years keep the guided year's level shift: ``trend_t·driver_y/trend_y``.
    """

    driver: Mapping[int, float]
    driver_name: str
    method: str = "regression_driver"
    estimator: Any = field(default_factory=DriverElasticity)
    guidance: Mapping[int, float] = field(default_factory=dict)
    guidance_share: Mapping[int, float] = field(default_factory=dict)
    guidance_published: Mapping[int, int] = field(default_factory=dict)
    trend: Any = field(default_factory=DampedLogTrend)

    def with_damping(self, damping: float) -> DriverForecaster:
        """The same forecaster with the driver trend's ``damping`` set (used by the backtest grid)."""
        return dataclasses.replace(self, trend=clone(self.trend).set_params(damping=damping))

    def guidance_years(self, cutoff: int) -> list[int]:
        """Years after ``cutoff`` whose guidance was known at ``cutoff``."""
        return sorted(
            y for y in self.guidance
            if y > cutoff and self.guidance_published.get(y, cutoff + 1) <= cutoff + 1
        )

    def driver_path(self, cutoff: int, target_years: NDArray[np.int64]) -> FloatArray:
        """Driver values for ``target_years`` as known at ``cutoff``."""
        known = {y: v for y, v in self.driver.items() if y <= cutoff}
        if len(known) < 2:
            raise NotEnoughDataError(f"driver {self.driver_name} has {len(known)} points up to {cutoff}; need 2 to project")
        ky = np.array(sorted(known), dtype=np.float64)
        trend = clone(self.trend).fit(ky.reshape(-1, 1), np.array([known[int(y)] for y in ky]))
        guided = self.guidance_years(cutoff)
        years = sorted(set(range(cutoff + 1, max([int(y) for y in target_years] + guided + [cutoff]) + 1))
                       | {int(y) for y in target_years})
        projected = trend.predict(np.array(years, dtype=np.float64).reshape(-1, 1))
        path: dict[int, float] = {}
        shift = 1.0
        for y, p in zip(years, projected, strict=True):
            if y in guided:
                share = self.guidance_share.get(y, 1.0)
                shift = (float(p) * (1.0 - share) + self.guidance[y]) / float(p)
            path[y] = float(p) * (shift if y > cutoff else 1.0)
        out = [known[int(y)] if int(y) in known else path[int(y)] for y in target_years]
        return np.asarray(out, dtype=np.float64)

    def forecast(self, years: NDArray[np.int64], values: FloatArray, target_years: NDArray[np.int64]) -> FloatArray:
        """Fit on the years where both series are known; predict from the projected driver."""
        cutoff = int(years.max())
        overlap = [i for i, y in enumerate(years) if int(y) in self.driver]
        need = getattr(self.estimator, "min_points", 2)
        if len(overlap) < need:
            raise NotEnoughDataError(f"{self.driver_name} overlaps the series in {len(overlap)} years up to {cutoff}; need {need}")
        x = np.array([self.driver[int(years[i])] for i in overlap], dtype=np.float64).reshape(-1, 1)
        est = clone(self.estimator).fit(x, values[overlap])
        return np.asarray(est.predict(self.driver_path(cutoff, target_years).reshape(-1, 1)))


@dataclass(frozen=True)
class NaiveForecaster:
    """The naive member: a random walk with drift in logs (Hyndman & Athanasopoulos, *FPP3* §5.2).

    ``ŷ_{T+h} = y_T · exp(h · (ln y_T − ln y_1)/(T − 1))``: the last value grown at the series'
    average log growth, the "no model" forecast of a growing market (a flat random walk would
    call every boom over). Always a member of the combination, and the bar every other member has
    to clear in the rolling-origin backtests to carry weight. Needs two points.
    """

    method: str = "naive_drift"

    def forecast(self, years: NDArray[np.int64], values: FloatArray, target_years: NDArray[np.int64]) -> FloatArray:
        """Fit on ``(years, values)`` and predict ``target_years``."""
        v = np.asarray(values, dtype=np.float64)
        if len(v) < 2:
            raise NotEnoughDataError("the naive drift member needs at least two points")
        _positive(v, "values")
        order = np.argsort(years)
        y, lv = np.asarray(years)[order], np.log(v[order])
        drift = (lv[-1] - lv[0]) / float(y[-1] - y[0])
        return np.asarray(np.exp(lv[-1] + drift * (np.asarray(target_years, dtype=np.float64) - float(y[-1]))))
