"""Scores of a P10/P50/P90 forecast against the actual that arrived later.

All three work on the log scale, so a market size in USD and a capacity in FLOPS score alike and a
forecast twice too high is as wrong as one half too low:

* **absolute log error** of the P50: ``|ln(actual / p50)|`` (0.69 = a factor of 2);
* **P10–P90 coverage**: ``p10 <= actual <= p90``; over many forecasts a calibrated band covers 80 %;
* **CRPS** (continuous ranked probability score, Gneiting & Raftery 2007) of the forecast
  distribution for ``ln(actual)``. A forecast stored as three quantiles is read as the lognormal
  with median P50 and log-sd ``σ = (ln P90 − ln P10) / (2 z₀.₉)``, ``z₀.₉ = Φ⁻¹(0.9) = 1.28155``,
  whose CRPS has the closed form (Gneiting et al. 2005, eq. 5)
  ``σ [ω (2Φ(ω) − 1) + 2φ(ω) − 1/√π]`` with ``ω = (ln actual − ln P50) / σ``, computed by
  ``scoringrules.crps_normal``. For a point forecast (no band, σ = 0) the CRPS is the absolute
  log error, so CRPS rewards a band only as far as it is both sharp and right.
"""

from __future__ import annotations

import math

import scoringrules

#: Φ⁻¹(0.9): a normal's P90 lies this many standard deviations above its median.
Z_P90 = 1.2815515655446004


class ScoreError(ValueError):
    """A value to score is not a positive finite number."""


def _log(value: float, name: str) -> float:
    if not (math.isfinite(value) and value > 0):
        raise ScoreError(f"{name} must be a positive finite number to score on the log scale, got {value!r}")
    return math.log(value)


def abs_log_error(actual: float, p50: float) -> float:
    """``|ln(actual / p50)|``: the P50's error as a log ratio (0.69 = off by a factor of 2)."""
    return abs(_log(actual, "actual") - _log(p50, "p50"))


def covered(actual: float, p10: float | None, p90: float | None) -> bool | None:
    """Whether the actual lies in the P10–P90 band; None for a point forecast (no band)."""
    if p10 is None or p90 is None:
        return None
    return p10 <= actual <= p90


def log_sd(p10: float | None, p90: float | None) -> float:
    """Log-scale standard deviation of the lognormal through P10 and P90 (0 without a band)."""
    if p10 is None or p90 is None:
        return 0.0
    return max(_log(p90, "p90") - _log(p10, "p10"), 0.0) / (2.0 * Z_P90)


def crps_log(actual: float, p10: float | None, p50: float, p90: float | None) -> float:
    """CRPS (log units) of the lognormal read from P10/P50/P90 for ``ln(actual)``; see the module docstring."""
    sigma = log_sd(p10, p90)
    if sigma == 0.0:
        return abs_log_error(actual, p50)
    return float(scoringrules.crps_normal(_log(actual, "actual"), _log(p50, "p50"), sigma))
