"""Vectorised Monte Carlo sampling of scenario inputs, with a Gaussian copula for co-movement.

Every uncertain input gets one standard normal per draw, ``z``. Inputs in a correlation factor
share a common normal ``F``: ``z = √ρ·F + √(1-ρ)·ε``, so any two members have correlation ρ on
the normal scale (a one-factor Gaussian copula). ``z`` is then mapped to the input's distribution:

* lognormal through P10/P90: ``exp(μ + σ·z)`` with ``μ = (ln P10 + ln P90)/2`` and
  ``σ = (ln P90 − ln P10)/(2·Φ⁻¹(0.9))``;
* triangular (low, mode, high): ``u = Φ(z)`` then the inverse triangular CDF;
* fixed: the constant.

The generator is ``numpy.random.Generator(PCG64(seed))``; normals are drawn in the order of
:meth:`Scenario.inputs` then factors, so a seed reproduces the draws exactly.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from numpy.typing import NDArray

from forecasting.scenario import Z90, Dist, Factor

FloatArray = NDArray[np.float64]


def normal_cdf(z: FloatArray) -> FloatArray:
    """Φ(z) via the complementary error function series of Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7)."""
    x = np.abs(z) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erfc = poly * np.exp(-x * x)
    return np.where(z >= 0, 1.0 - 0.5 * erfc, 0.5 * erfc)


def lognormal_from_z(z: FloatArray, p10: float, p90: float) -> FloatArray:
    """Lognormal values through the stated P10 and P90 for standard-normal ``z``."""
    mu = 0.5 * (np.log(p10) + np.log(p90))
    sigma = (np.log(p90) - np.log(p10)) / (2.0 * Z90)
    return np.exp(mu + sigma * z)


def triangular_from_u(u: FloatArray, low: float, mode: float, high: float) -> FloatArray:
    """Inverse CDF of the triangular distribution at uniform ``u``."""
    width = high - low
    c = (mode - low) / width
    left = low + np.sqrt(u * width * (mode - low))
    right = high - np.sqrt((1.0 - u) * width * (high - mode))
    return np.where(u < c, left, right)


def transform(dist: Dist, z: FloatArray) -> FloatArray:
    """Map standard normals ``z`` to draws of ``dist``."""
    if dist.kind == "fixed":
        return np.full_like(z, dist.params[0])
    if dist.kind == "lognormal":
        return lognormal_from_z(z, dist.params[0], dist.params[1])
    low, mode, high = dist.params
    return triangular_from_u(normal_cdf(z), low, mode, high)


def sample_inputs(
    inputs: Mapping[str, Dist],
    factors: tuple[Factor, ...],
    *,
    draws: int,
    seed: int,
) -> dict[str, FloatArray]:
    """One array of ``draws`` values per input name, correlated through ``factors``."""
    if draws < 1:
        raise ValueError(f"draws must be >= 1, got {draws}")
    rng = np.random.Generator(np.random.PCG64(seed))
    names = list(inputs)
    z = rng.standard_normal((len(names), draws))
    common = rng.standard_normal((len(factors), draws))
    index = {n: i for i, n in enumerate(names)}
    for k, f in enumerate(factors):
        for name in f.inputs:
            i = index[name]
            z[i] = np.sqrt(f.rho) * common[k] + np.sqrt(1.0 - f.rho) * z[i]
    return {n: transform(inputs[n], z[index[n]]) for n in names}


def quantiles(samples: FloatArray, probs: tuple[float, ...] = (0.1, 0.5, 0.9)) -> FloatArray:
    """Quantiles along the draws axis (axis 0): shape ``(len(probs),) + samples.shape[1:]``."""
    return np.quantile(samples, probs, axis=0)
