"""Combining methods: inverse-error weights shrunk toward equal weights, and quantile averaging.

Weights for one target (metric, region, unit) with methods ``m = 1 … M`` and backtest errors
``e_m`` (mean MASE over horizons)::

    w_inv_m = (1/e_m) / Σ_j (1/e_j)
    w_m     = λ/M + (1 − λ)·w_inv_m        λ = scenario ``combine.shrinkage`` (default 0.5)

Shrinkage toward equal weights is the standard remedy for the "forecast combination puzzle"
(Smith & Wallis 2009): with a handful of backtest errors the estimated optimal weights are mostly
noise, and equal weights are hard to beat. A method without a backtest error (a series too
short to backtest) is given the mean error of the others, i.e. a neutral weight; if no method
has one, weights are equal. A target with one method gets weight 1 for it.

The combined P10/P50/P90 are the weighted averages of the methods' P10/P50/P90 (quantile
averaging, "Vincentization"), which keeps the combined interval between the members'.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np


def inverse_error_weights(errors: Mapping[str, float | None], shrinkage: float) -> dict[str, float]:
    """Weights per method from errors (``None`` = unknown) with shrinkage ``λ`` toward 1/M."""
    if not errors:
        return {}
    if not 0 <= shrinkage <= 1:
        raise ValueError(f"shrinkage is in [0, 1], got {shrinkage}")
    m = len(errors)
    known = [e for e in errors.values() if e is not None and np.isfinite(e)]
    if not known:
        return dict.fromkeys(errors, 1.0 / m)
    fill = float(np.mean(known))
    eps = 1e-9
    inv = {k: 1.0 / max(e if e is not None and np.isfinite(e) else fill, eps) for k, e in errors.items()}
    total = sum(inv.values())
    return {k: shrinkage / m + (1 - shrinkage) * v / total for k, v in inv.items()}


def combine_quantiles(members: Mapping[str, np.ndarray], weights: Mapping[str, float]) -> np.ndarray:
    """Weighted average of member quantile arrays (same shape each, e.g. ``years × 3``)."""
    total = sum(weights[k] for k in members)
    return sum((weights[k] / total) * np.asarray(v, dtype=np.float64) for k, v in members.items())  # type: ignore[return-value]


def gated_weights(
    errors: Mapping[str, float | None], shrinkage: float, *, naive: str, beats_naive: Mapping[str, bool]
) -> dict[str, float]:
    """Weights where only members that beat the naive member in the backtests take part.

    ``beats_naive[m]``: member ``m``'s backtest MASE is below the naive member's over the same
    horizons. The ``naive`` member is always in; the members in are weighted by
    :func:`inverse_error_weights` (their ``errors``) and the rest get weight 0. When the naive
    member has no backtest (a series too short for one rolling origin: nothing can be shown
    either way) the naive member is listed with weight 0 and the others share the weight as in
    :func:`inverse_error_weights` (equal when no errors are known): a drift through two or three
    boom years is no forecast to lean on unproven. Without a naive member (a target with no
    history) it is :func:`inverse_error_weights` over all members; a single member gets weight 1.
    """
    if len(errors) == 1:
        return dict.fromkeys(errors, 1.0)
    if naive not in errors:
        return inverse_error_weights(errors, shrinkage)
    if errors[naive] is None:
        others = {m: e for m, e in errors.items() if m != naive}
        inside = inverse_error_weights(others, shrinkage) if len(others) > 1 else dict.fromkeys(others, 1.0)
        return {m: inside.get(m, 0.0) for m in errors}
    eligible = {m: e for m, e in errors.items() if m == naive or beats_naive.get(m, False)}
    inside = inverse_error_weights(eligible, shrinkage) if len(eligible) > 1 else {naive: 1.0}
    return {m: inside.get(m, 0.0) for m in errors}


def local_currency_quantiles(usd: np.ndarray, fx: np.ndarray, seed: int) -> np.ndarray:
    """P10/P50/P90 (``years × 3``) in local currency of a member given as USD quantiles, through FX draws.

    The member's USD distribution per year is a two-piece lognormal through its P10, P50 and P90
    (log-sd ``ln(P50/P10)/Φ⁻¹(0.9)`` below the median, ``ln(P90/P50)/Φ⁻¹(0.9)`` above); one draw of it
    is paired with each FX draw (CNY per USD, independent of the USD level) and the quantiles of
    ``usd_draw × fx_draw`` are returned. A CNY row is then the USD row converted draw by draw,
    never a different model. ``seed`` fixes the normals.
    """
    from forecasting.scenario import Z90

    q = np.asarray(usd, dtype=np.float64)
    z = np.random.default_rng(seed).standard_normal(len(fx))[None, :]
    lo = np.log(q[:, 1] / q[:, 0])[:, None] / Z90
    hi = np.log(q[:, 2] / q[:, 1])[:, None] / Z90
    draws = q[:, 1][:, None] * np.exp(np.where(z < 0, z * lo, z * hi)) * np.asarray(fx, dtype=np.float64)[None, :]
    return np.asarray(np.quantile(draws, [0.1, 0.5, 0.9], axis=1).T, dtype=np.float64)
