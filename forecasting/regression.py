"""Regressions on short annual market series, as scikit-learn estimators, and the forecasters that use them.

Be honest about the data: the series are 4-8 annual points (China AI-server market 2019-2023,
Nvidia data-center revenue by calendar year 2022-2025, hyperscaler capex 2022-2025). A two-
parameter model on five points has three degrees of freedom; its in-sample fit says little, so
intervals come from rolling-origin backtest errors (:mod:`forecasting.backtest`), not from the
regression's standard errors, and both models are deliberately simple.

* :class:`LogLinearGrowth` — ``ln y = a + b·year`` (constant growth rate ``e^b − 1``);
* :class:`DriverElasticity` — ``ln y = a + b·ln x`` for an exogenous driver ``x`` (hyperscaler
  capex, Nvidia data-center revenue); ``alpha`` shrinks the elasticity ``b`` toward
  ``prior_elasticity`` (ridge on the slope), useful when there are 3-4 overlapping points.

Both follow the estimator contract: parameters only stored in ``__init__``, validation in
``fit``, ``fit`` returns ``self``, learned state ends in ``_``; they work with
``sklearn.base.clone``.
"""

from __future__ import annotations

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


# --- forecasters: fit on what was known up to a year, predict later years ----------------------


@dataclass(frozen=True)
class TrendForecaster:
    """Forecast a series from its own past with a (cloned) :class:`LogLinearGrowth`."""

    method: str = "regression"
    estimator: Any = field(default_factory=LogLinearGrowth)

    def forecast(self, years: NDArray[np.int64], values: FloatArray, target_years: NDArray[np.int64]) -> FloatArray:
        """Fit on ``(years, values)`` and predict ``target_years``."""
        est = clone(self.estimator).fit(years.reshape(-1, 1).astype(np.float64), values)
        return np.asarray(est.predict(target_years.reshape(-1, 1).astype(np.float64)))


@dataclass(frozen=True)
class DriverForecaster:
    """Forecast a series from a driver series with a (cloned) :class:`DriverElasticity`.

    Information set at a cut-off (the last training year): driver values up to that year. The
    driver is projected beyond it by :class:`LogLinearGrowth` on those values, except for years
    with ``guidance`` (e.g. capex guidance facts) known at the cut-off.
    """

    driver: Mapping[int, float]
    driver_name: str
    method: str = "regression_driver"
    estimator: Any = field(default_factory=DriverElasticity)
    guidance: Mapping[int, float] = field(default_factory=dict)

    def driver_path(self, cutoff: int, target_years: NDArray[np.int64]) -> FloatArray:
        """Driver values for ``target_years`` as known at ``cutoff``."""
        known = {y: v for y, v in self.driver.items() if y <= cutoff}
        if len(known) < 2:
            raise NotEnoughDataError(f"driver {self.driver_name} has {len(known)} points up to {cutoff}; need 2 to project")
        ky = np.array(sorted(known), dtype=np.float64)
        trend = LogLinearGrowth().fit(ky.reshape(-1, 1), np.array([known[int(y)] for y in ky]))
        out = []
        for y in target_years:
            if int(y) in known:
                out.append(known[int(y)])
            elif int(y) in self.guidance:
                out.append(self.guidance[int(y)])
            else:
                out.append(float(trend.predict(np.array([[float(y)]]))[0]))
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
