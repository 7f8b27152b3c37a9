"""Estimators (sklearn contract), rolling-origin backtests on a hand-checkable series, combination weights."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.utils._param_validation import InvalidParameterError

from forecasting.backtest import (
    MIN_LOG_SPREAD,
    interval,
    log_quantiles,
    mase,
    naive_scale,
    rolling_origin,
    scores,
    smape,
)
from forecasting.combine import combine_quantiles, inverse_error_weights
from forecasting.regression import (
    DampedLogTrend,
    DriverElasticity,
    DriverForecaster,
    LogLinearGrowth,
    NotEnoughDataError,
    TrendForecaster,
)


def test_log_linear_growth_recovers_growth_and_clones() -> None:
    years = np.arange(2019, 2024, dtype=float).reshape(-1, 1)
    y = 2.0 * 1.5 ** (years[:, 0] - 2019)
    est = LogLinearGrowth()
    assert est.fit(years, y) is est
    assert est.growth_rate_ == pytest.approx(0.5)
    assert est.predict(np.array([[2025.0]]))[0] == pytest.approx(2.0 * 1.5**6)
    twin = clone(est)
    assert twin.get_params() == {"min_points": 2} and not hasattr(twin, "coef_")


def test_log_linear_needs_points_and_positive_values() -> None:
    with pytest.raises(NotEnoughDataError):
        LogLinearGrowth(min_points=3).fit([[2020.0], [2021.0]], [1.0, 2.0])
    with pytest.raises(ValueError, match="positive"):
        LogLinearGrowth().fit([[2020.0], [2021.0]], [1.0, -2.0])
    with pytest.raises(InvalidParameterError):
        LogLinearGrowth(min_points=1).fit([[2020.0], [2021.0]], [1.0, 2.0])


def test_driver_elasticity_and_ridge_toward_prior() -> None:
    x = np.array([[1.0], [2.0], [4.0], [8.0]])
    y = 3.0 * x[:, 0] ** 1.7
    ols = DriverElasticity().fit(x, y)
    assert ols.coef_[0] == pytest.approx(1.7)
    assert ols.predict([[16.0]])[0] == pytest.approx(3.0 * 16**1.7)
    ridge = DriverElasticity(alpha=1e6, prior_elasticity=1.0).fit(x, y)
    assert ridge.coef_[0] == pytest.approx(1.0, abs=1e-4)
    assert clone(ridge).get_params()["alpha"] == 1e6
    with pytest.raises(InvalidParameterError):
        DriverElasticity(alpha=-1.0).fit(x, y)


class LastValue:
    """Naive forecaster for hand-checking the backtest arithmetic."""

    method = "naive"

    def forecast(self, years: np.ndarray, values: np.ndarray, target_years: np.ndarray) -> np.ndarray:
        return np.full(len(target_years), values[-1], dtype=float)


def test_rolling_origin_scores_by_hand() -> None:
    years = np.array([2020, 2021, 2022, 2023])
    values = np.array([10.0, 12.0, 11.0, 15.0])
    errs = rolling_origin(years, values, LastValue(), min_train=2, horizons=2)
    assert [(e.origin, e.horizon, e.actual, e.forecast, e.scale) for e in errs] == [
        (2021, 1, 11.0, 12.0, 2.0),
        (2021, 2, 15.0, 12.0, 2.0),
        (2022, 1, 15.0, 11.0, 1.5),
    ]
    rows = scores(errs, 2)
    assert rows[0]["horizon"] == 1 and rows[0]["n_origins"] == 2
    assert rows[0]["mase"] == pytest.approx((0.5 + 4 / 1.5) / 2)
    assert rows[0]["smape"] == pytest.approx((200 * 1 / 23 + 200 * 4 / 26) / 2)
    assert rows[1] == {"horizon": 2, "mase": pytest.approx(1.5), "smape": pytest.approx(200 * 3 / 27), "n_origins": 1}


def test_metric_helpers() -> None:
    assert naive_scale([1.0, 3.0, 2.0]) == pytest.approx(1.5)
    assert mase(10.0, 7.0, 2.0) == 1.5
    assert smape(100.0, 100.0) == 0.0 and smape(0.0, 1.0) == 200.0


def test_trend_forecaster_is_exact_on_exponential_series() -> None:
    years = np.arange(2019, 2025)
    values = 5.0 * 2.0 ** (years - 2019)
    # undamped (φ = 1) is exact on constant growth; the default damps it (see test_damped_log_trend_*)
    errs = rolling_origin(years, values, TrendForecaster(estimator=DampedLogTrend(damping=1.0)), min_train=3, horizons=3)
    assert len(errs) == 3 + 2 + 1
    assert all(mase(e.actual, e.forecast, e.scale) < 1e-9 for e in errs)


def test_driver_forecaster_projects_driver_and_skips_thin_origins() -> None:
    years = np.arange(2020, 2026)
    driver = {int(y): 100.0 * 1.3 ** (y - 2020) for y in years}
    values = np.array([0.5 * driver[int(y)] ** 1.2 for y in years])
    f = DriverForecaster(driver=driver, driver_name="capex", trend=DampedLogTrend(damping=1.0))
    pred = f.forecast(years[:4], values[:4], years[4:])
    assert pred == pytest.approx(values[4:], rel=1e-9)
    thin = DriverForecaster(driver={2024: 1.0, 2025: 2.0}, driver_name="capex")
    assert rolling_origin(years, values, thin, min_train=3, horizons=1) == []


def test_intervals_floor_and_widen_with_horizon() -> None:
    q10, q90 = log_quantiles(np.array([0.01, -0.02]))
    assert (q10, q90) == (-MIN_LOG_SPREAD, MIN_LOG_SPREAD)
    q10, q90 = log_quantiles(np.array([-0.5, -0.1, 0.2, 0.4, 0.6]))
    assert q10 == pytest.approx(np.quantile([-0.5, -0.1, 0.2, 0.4, 0.6], 0.1))
    lo, hi = interval(np.array([100.0, 100.0]), np.array([1.0, 4.0]), q10, q90)
    assert hi[0] == pytest.approx(100 * np.exp(q90)) and hi[1] == pytest.approx(100 * np.exp(2 * q90))
    assert lo[1] < lo[0] < 100 < hi[0] < hi[1]


def test_inverse_error_weights_with_shrinkage() -> None:
    w = inverse_error_weights({"a": 1.0, "b": 3.0}, shrinkage=0.5)
    assert w == {"a": pytest.approx(0.625), "b": pytest.approx(0.375)}
    assert inverse_error_weights({"a": 1.0, "b": 3.0}, shrinkage=1.0) == {"a": 0.5, "b": 0.5}
    assert inverse_error_weights({"a": 2.0, "b": None}, shrinkage=0.0) == {"a": 0.5, "b": 0.5}
    assert inverse_error_weights({"a": None, "b": None, "c": None}, shrinkage=0.3)["c"] == pytest.approx(1 / 3)
    combined = combine_quantiles({"a": np.array([[1.0, 2.0, 3.0]]), "b": np.array([[3.0, 4.0, 5.0]])}, {"a": 0.75, "b": 0.25})
    assert combined[0] == pytest.approx([1.5, 2.5, 3.5])
