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
