"""Bottom-up demand physics: workloads → FLOP → accelerator-hours → accelerators → servers → money, power, FLOPS.

Each step is a noun function named after the quantity it returns, with its inputs as parameters
and its unit as a suffix (Hamilton style). They work on floats and on numpy arrays alike, so the
same functions serve the calculator (:func:`training_run`, :func:`inference_load`) and the
vectorised Monte Carlo kernel (:func:`region_kernel`, arrays shaped ``draws × years``).

Physics
-------
* training: ``C = 6·N·D`` FLOP (Kaplan et al. 2020 §2.1; N = *active* parameters for a
  mixture-of-experts model, D = training tokens);
* inference: ``2·N_active`` FLOP per token (forward pass only, attention ignored);
* time on hardware: ``FLOP / (peak FLOP/s × utilisation)``; utilisation is the model FLOP
  utilisation (MFU), median 0.38 over 62 models in Epoch's database (figures.csv).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray

from forecasting.chips import chip as get_chip
from forecasting.scenario import Z90, Region
from forecasting.units import (
    HOURS_PER_DAY,
    HOURS_PER_YEAR,
    INFERENCE_FLOP_PER_PARAMETER_TOKEN,
    PF_DAY_FLOP,
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    TRAINING_FLOP_PER_PARAMETER_TOKEN,
)

FloatArray = NDArray[np.float64]
Q = TypeVar("Q", float, FloatArray)


# --- physics: noun functions -------------------------------------------------------------------


def training_flop(parameters: Q, tokens: Q) -> Q:
    """Training compute in FLOP: 6·N·D (N active parameters, D tokens; Kaplan et al. 2020)."""
    return TRAINING_FLOP_PER_PARAMETER_TOKEN * parameters * tokens


def pf_days(flop: Q) -> Q:
    """FLOP expressed in petaFLOP/s-days (1 PF-day = 8.64e19 FLOP)."""
    return flop / PF_DAY_FLOP


def accelerator_hours(flop: Q, peak_flop_per_s: Q, utilization: Q) -> Q:
    """Accelerator-hours to execute ``flop`` at ``utilization`` × ``peak_flop_per_s``."""
    return flop / (peak_flop_per_s * utilization) / SECONDS_PER_HOUR


def wall_days(accelerator_hours: Q, accelerators: Q) -> Q:
    """Calendar days when ``accelerators`` run in parallel: hours / accelerators / 24."""
    return accelerator_hours / accelerators / HOURS_PER_DAY


def inference_flop_per_s(active_parameters: Q, tokens_per_day: Q) -> Q:
    """Average inference rate in FLOP/s: 2·N_active FLOP per token × tokens/day ÷ 86 400 s."""
    return INFERENCE_FLOP_PER_PARAMETER_TOKEN * active_parameters * tokens_per_day / SECONDS_PER_DAY


def accelerators_needed(flop_per_s: Q, peak_flop_per_s: Q, utilization: Q) -> Q:
    """Accelerators to sustain ``flop_per_s`` when each delivers ``utilization`` × peak."""
    return flop_per_s / (peak_flop_per_s * utilization)


def training_accelerators(accelerator_hours: Q, hours: float = HOURS_PER_YEAR) -> Q:
    """Accelerators busy all year to deliver ``accelerator_hours`` (training runs back to back)."""
    return accelerator_hours / hours


def servers(accelerators: Q, accelerators_per_server: float) -> Q:
    """AI servers holding ``accelerators`` (8 per HGX/DGX or Atlas 800 box)."""
    return accelerators / accelerators_per_server


def server_shipments(installed_servers: FloatArray, lifetime_years: float) -> FloatArray:
    """Servers bought per year: net growth of the fleet plus replacement of 1/lifetime of last year's.

    ``installed_servers`` is ``draws × years``; the first year has no predecessor and is NaN.
    Shrinking fleets buy replacements only (growth is floored at 0).
    """
    out = np.full_like(installed_servers, np.nan)
    prev = installed_servers[..., :-1]
    out[..., 1:] = np.maximum(installed_servers[..., 1:] - prev, 0.0) + prev / lifetime_years
    return out


def server_spend(server_shipments: Q, server_price: Q) -> Q:
    """Money spent on AI servers in a year, in the price's currency."""
    return server_shipments * server_price


def server_spend_usd(server_spend: Q, cny_per_usd: Q) -> Q:
    """Convert CNY spend to USD at ``cny_per_usd`` (pass 1.0 for a USD spend)."""
    return server_spend / cny_per_usd


def facility_power_w(accelerators: Q, accelerator_power_w: Q, server_power_overhead: Q, pue: Q) -> Q:
    """Facility power in W: accelerator TDP × server overhead (CPU, memory, network) × PUE."""
    return accelerators * accelerator_power_w * server_power_overhead * pue


def installed_flops(accelerators: Q, peak_flop_per_s: Q) -> Q:
    """Installed peak capacity in FLOP/s (IDC's "intelligent compute" is quoted at FP16)."""
    return accelerators * peak_flop_per_s


def grown(
    growth: FloatArray,
    years_since_base: FloatArray,
    decay: FloatArray | float = 1.0,
    *,
    median: float | None = None,
    persistence: float = 1.0,
) -> FloatArray:
    """Cumulative growth factor from the base year: excess growth decays, draw deviations mean-revert.

    ``growth`` is a multiplier per year (1.5 = +50 %/yr) per draw, ``median`` the median of its
    distribution (ĝ) and ``persistence`` ψ ∈ [0, 1]. Year *j* after the base year (``j ≥ 1``)
    grows by::

        g_j = ĝ + (g − ĝ)·ψ^(j−1)                   the draw's deviation from the median fades
        m_j = 1 + (g_j − 1)·decay^(j−1)              excess growth fades as adoption matures

    and the factor at ``t > 0`` is ``Π_{j=1..t} m_j``. Before the base year (``t < 0``) the
    factor is ``Π_{j=1..|t|} 1/g_j`` (no maturity decay backwards). ``ψ = 1`` (or no median)
    keeps each draw's growth for the whole horizon, so the log spread of the level grows
    linearly with the horizon (P90/P10 of 25-30× after five years); ``ψ < 1`` treats a draw's
    growth surprise as a shock that partly reverts, bounding the extra log spread by
    ``|ln g − ln ĝ|/(1 − ψ)``. With ``ψ = 1`` and ``decay = 1`` this is ``g^t``.

    Vectorised over years (a cumulative sum of ``log1p``); keeps the dtype of ``growth``.
    Shapes broadcast: ``draws × 1`` with ``years``.
    """
    g = np.asarray(growth)
    dtype = g.dtype if np.issubdtype(g.dtype, np.floating) else np.dtype(np.float64)
    g = g.astype(dtype, copy=False)
    k = np.asarray(years_since_base, dtype=dtype)
    out = np.ones(np.broadcast_shapes(g.shape, k.shape), dtype=dtype)
    kmax, kmin = int(k.max(initial=0.0)), int(k.min(initial=0.0))
    med = g if median is None or persistence == 1.0 else dtype.type(median)
    dev = g - med

    def steps(n: int, forward: bool) -> FloatArray:
        j = np.arange(n, dtype=dtype)  # j − 1 for years 1..n
        g_j = med + dev * (dtype.type(persistence) ** j)
        if not forward:
            return np.asarray(np.cumsum(-np.log(g_j), axis=-1), dtype=dtype)
        rate = np.asarray(decay, dtype=dtype) ** j
        return np.asarray(np.cumsum(np.log1p((g_j - 1) * rate), axis=-1), dtype=dtype)

    if kmax > 0:
        cum = np.exp(steps(kmax, True))
        idx = np.nonzero(k > 0)[0]
        out[..., idx] = cum[..., k[idx].astype(np.int64) - 1]
    if kmin < 0:
        cum = np.exp(steps(-kmin, False))
        idx = np.nonzero(k < 0)[0]
        out[..., idx] = cum[..., (-k[idx]).astype(np.int64) - 1]
    return out


def anchor_factors(level: FloatArray, actual: float, log_sd: float) -> tuple[FloatArray, dict[str, float]]:
    """Per-draw factors conditioning the Monte Carlo level at an anchor year on an observed actual.

    ``level`` holds one value per draw at the anchor year (e.g. bottom-up AI-server spend in
    2023), ``actual`` the observation (IDC's figure), ``log_sd`` σ the observation's own
    uncertainty in logs. In logs, the draws are a prior ``ℓ_i ~ N(m, s²)`` with ``m`` their
    median and ``s = (q90 − q10)/(2·Φ⁻¹(0.9))``; the observation is ``ln A ~ N(ℓ, σ²)``. The
    conjugate normal update gives the posterior ``N(m′, s′²)``::

        w  = σ² / (σ² + s²)
        m′ = w·m + (1 − w)·ln A          s′ = √w·s

    and each draw is moved by the rank-preserving affine map ``ℓ′_i = m′ + √w·(ℓ_i − m)``, so
    its correlation with its own growth draws is kept. The factor ``exp(ℓ′_i − ℓ_i)`` then
    multiplies *every* quantity of that draw that is linear in the workload (FLOP, accelerators,
    shipments, spend, power, installed FLOPS): the calibration rescales the workload, not one
    output, and the outputs stay mutually consistent (spend/accelerator, W/accelerator unchanged).
    """
    lv = np.asarray(level)
    positive = lv > 0  # a draw whose fleet shrinks may ship nothing that year (spend 0)
    ell = np.log(np.where(positive, lv, 1.0).astype(np.float64))
    q10, m, q90 = np.quantile(ell[positive], [0.1, 0.5, 0.9])
    s = max(float(q90 - q10) / (2.0 * Z90), 1e-12)
    w = log_sd**2 / (log_sd**2 + s**2)
    m_post = w * m + (1.0 - w) * np.log(actual)
    shifted = m_post + np.sqrt(w) * (ell - m)
    # draws with a zero level get the median's shift (their own log level is undefined)
    factor = np.where(positive, np.exp(shifted - ell), np.exp(m_post - m)).astype(lv.dtype, copy=False)
    record = {
        "actual": float(actual),
        "prior_p50": float(np.exp(m)),
        "prior_log_sd": s,
        "observation_log_sd": float(log_sd),
        "weight_on_prior": float(w),
        "posterior_p50": float(np.exp(m_post)),
        "factor_p10": float(np.quantile(factor, 0.1)),
        "factor_p50": float(np.exp(m_post - m)),
        "factor_p90": float(np.quantile(factor, 0.9)),
    }
    return factor, record


# --- calculators (the CLI's `calc`) ------------------------------------------------------------


def training_run(
    *,
    parameters: float,
    tokens: float,
    active_parameters: float | None = None,
    chip: str = "H100",
    utilization: float = 0.4,
    accelerators: int | None = None,
    precision: str = "bf16",
) -> dict[str, object]:
    """Compute, PF-days, accelerator-hours and (given a cluster size) wall-clock days of one run.

    Uses ``active_parameters`` for the 6·N·D rule when given (mixture-of-experts), else
    ``parameters``. JSON-serialisable.
    """
    for name, v in (("parameters", parameters), ("tokens", tokens)):
        if not v > 0:
            raise ValueError(f"{name} must be positive, got {v}")
    if not 0 < utilization <= 1:
        raise ValueError(f"utilization is a fraction of peak in (0, 1], got {utilization}")
    if active_parameters is not None and not 0 < active_parameters <= parameters:
        raise ValueError(f"active_parameters must be in (0, parameters], got {active_parameters}")
    if accelerators is not None and accelerators < 1:
        raise ValueError(f"accelerators must be >= 1, got {accelerators}")
    n = active_parameters if active_parameters is not None else parameters
    peak = get_chip(chip).peak(precision)
    flop = training_flop(float(n), float(tokens))
    hours = accelerator_hours(flop, peak, utilization)
    out: dict[str, object] = {
        "parameters": float(parameters),
        "active_parameters": float(n),
        "tokens": float(tokens),
        "training_flop": flop,
        "pf_days": pf_days(flop),
        "chip": chip,
        "precision": precision,
        "peak_flop_per_s": peak,
        "utilization": utilization,
        "accelerator_hours": hours,
        "accelerators": accelerators,
        "wall_days": wall_days(hours, float(accelerators)) if accelerators else None,
    }
    return out


def inference_load(
    *,
    active_parameters: float,
    tokens_per_day: float,
    chip: str = "H100",
    utilization: float = 0.3,
    peak_to_average: float = 1.0,
    precision: str = "bf16",
) -> dict[str, object]:
    """Average and peak FLOP/s of serving ``tokens_per_day`` and the accelerators needed."""
    if not active_parameters > 0 or not tokens_per_day >= 0:
        raise ValueError("active_parameters must be positive and tokens_per_day non-negative")
    if not 0 < utilization <= 1:
        raise ValueError(f"utilization is a fraction of peak in (0, 1], got {utilization}")
    if peak_to_average < 1:
        raise ValueError(f"peak_to_average is >= 1, got {peak_to_average}")
    peak = get_chip(chip).peak(precision)
    average = inference_flop_per_s(float(active_parameters), float(tokens_per_day))
    need = accelerators_needed(average, peak, utilization)
    return {
        "active_parameters": float(active_parameters),
        "tokens_per_day": float(tokens_per_day),
        "chip": chip,
        "precision": precision,
        "peak_flop_per_s": peak,
        "utilization": utilization,
        "peak_to_average": peak_to_average,
        "flop_per_token": INFERENCE_FLOP_PER_PARAMETER_TOKEN * float(active_parameters),
        "flop_per_s_average": average,
        "flop_per_s_peak": average * peak_to_average,
        "accelerators_needed_average": need,
        "accelerators_needed_peak": need * peak_to_average,
    }


# --- fleet and the vectorised kernel -----------------------------------------------------------


@dataclass(frozen=True)
class FleetPath:
    """Per-year averages over the region's chip mix (weights = share of accelerators)."""

    years: NDArray[np.int64]
    peak_training_flop_per_s: FloatArray
    peak_inference_flop_per_s: FloatArray
    peak_16bit_flop_per_s: FloatArray
    accelerator_power_w: FloatArray


def mix_for_year(mix: Mapping[int, Mapping[str, float]], year: int) -> dict[str, float]:
    """Chip shares in ``year``: linear between stated years, flat before the first and after the last."""
    years = sorted(mix)
    if year <= years[0]:
        return dict(mix[years[0]])
    if year >= years[-1]:
        return dict(mix[years[-1]])
    hi = next(y for y in years if y >= year)
    lo = max(y for y in years if y <= year)
    if hi == lo:
        return dict(mix[lo])
    w = (year - lo) / (hi - lo)
    # sorted: the fleet's averages sum over these chips in this order, and a set's order changes with
    # each process's string hashing (a different last bit of a float64 peak in every run)
    names = sorted(set(mix[lo]) | set(mix[hi]))
    return {n: (1 - w) * mix[lo].get(n, 0.0) + w * mix[hi].get(n, 0.0) for n in names}


def fleet_path(region: Region, years: NDArray[np.int64]) -> FleetPath:
    """Average peak FLOP/s (training and inference precision, 16-bit) and TDP per accelerator per year.

    Chips without the inference precision (e.g. FP8 on an A100) count at their 16-bit rate.

    After the last stated mix year the chip roadmap is assumed to continue: each peak rate
    keeps growing at its own average annual rate over the stated mix span (floored at 0, never
    extrapolating a decline), ``peak_y = peak_last·r^(y − last)``, rather than freezing — a
    frozen mix would make the fleet (and spend) re-accelerate after the last stated year.
    Epoch AI measures ML-hardware peak FLOP/s growing ~1.3×/yr ("Trends in Machine Learning
    Hardware", 2023). Power per accelerator stays at the last stated mix (conservative).
    """
    cols: dict[str, list[float]] = {"train": [], "inf": [], "p16": [], "power": []}
    for y in years:
        shares = mix_for_year(region.mix, int(y))
        cols["train"].append(sum(s * get_chip(c).peak(region.precision_training, fallback=True) for c, s in shares.items()))
        cols["inf"].append(sum(s * get_chip(c).peak(region.precision_inference, fallback=True) for c, s in shares.items()))
        cols["p16"].append(sum(s * get_chip(c).peak("fp16") for c, s in shares.items()))
        cols["power"].append(sum(s * get_chip(c).power_w for c, s in shares.items()))
    first, last = min(region.mix), max(region.mix)
    ahead = np.maximum(np.asarray(years, dtype=np.float64) - last, 0.0)
    peaks = {}
    for key, prec in (("train", region.precision_training), ("inf", region.precision_inference), ("p16", "fp16")):
        def mean_peak(year: int, prec: str = prec) -> float:
            return sum(sh * get_chip(c).peak(prec, fallback=True) for c, sh in mix_for_year(region.mix, year).items())
        rate = (mean_peak(last) / mean_peak(first)) ** (1.0 / (last - first)) if last > first else 1.0
        peaks[key] = np.asarray(cols[key]) * max(rate, 1.0) ** ahead
    return FleetPath(
        years=years,
        peak_training_flop_per_s=peaks["train"],
        peak_inference_flop_per_s=peaks["inf"],
        peak_16bit_flop_per_s=peaks["p16"],
        accelerator_power_w=np.asarray(cols["power"]),
    )


#: Outputs of :func:`region_kernel` → (metric, unit) in the forecast table.
KERNEL_METRICS: dict[str, tuple[str, str]] = {
    "training_flop": ("training_compute", "FLOP"),
    "inference_flop": ("inference_compute", "FLOP"),
    "accelerators": ("accelerators", "units"),
    "accelerators_average": ("accelerators_average", "units"),
    "server_shipments": ("ai_server_shipments", "units"),
    "server_retirements": ("ai_server_retirements", "units"),
    "accelerator_shipments": ("accelerator_shipments", "units"),
    "server_spend_local": ("ai_server_market_size", "LOCAL"),
    "server_spend_usd": ("ai_server_market_size", "USD"),
    "power_w": ("datacenter_power", "W"),
    "installed_flops": ("intelligent_compute_capacity", "FLOPS"),
}


#: Model quantity of the observation roles (data/observations.toml) → the kernel output it reads.
QUANTITY_OUTPUT: dict[str, str] = {"spend": "server_spend_usd", "shipments": "server_shipments",
                                   "accelerator_shipments": "accelerator_shipments", "accelerators": "accelerators",
                                   "flops": "installed_flops", "power": "power_w"}

#: The forecast targets. Their kind (stock/flow) and definition are in the metric catalogue
#: (``data/metrics.toml``, :mod:`forecasting.metrics`): stocks are read at the end of the year, flows are per year.
TARGETS: frozenset[str] = frozenset(metric for metric, _ in KERNEL_METRICS.values())


def region_kernel(
    draws: Mapping[str, FloatArray],
    region: Region,
    fleet: FleetPath,
    base_year: int,
    *,
    persistence: float = 1.0,
) -> dict[str, FloatArray]:
    """The bottom-up model for one region on ``draws × years`` arrays.

    ``draws`` maps input names (``Scenario.inputs()``) to 1-D arrays of equal length (fixed
    inputs may be length-1 or zero-stride views); the outputs take their float dtype (the
    sampler's default is float32; a published forecast samples float64, ``pipeline.PUBLISHED_DTYPE``). Workloads are stated at ``base_year`` and compound with their
    growth multipliers through :func:`grown` (maturity ``decay`` per draw; ``persistence`` ψ of
    each draw's deviation from the median growth). Training runs back to back all year
    (peak = average); inference segments peak together (their peak-to-average ratios multiply
    their own average load, a conservative coincident-peak assumption). The installed fleet is
    training + inference-at-peak accelerators; the first year is the predecessor for shipments
    and comes out NaN in ``server_shipments`` and spend.
    """
    code = region.code
    fx = np.asarray(draws["fx.usd_cny"])
    dtype = fx.dtype if np.issubdtype(fx.dtype, np.floating) else np.dtype(np.float64)
    n = max(len(np.asarray(v)) for v in draws.values())
    k = (fleet.years - base_year).astype(dtype)
    decay = np.asarray(draws[f"{code}.growth_decay"], dtype=dtype)[:, None]

    def col(name: str) -> FloatArray:
        return np.asarray(draws[f"{code}.{name}"], dtype=dtype)[:, None]

    def path(growth: FloatArray, median: float) -> FloatArray:
        return grown(growth, k, decay, median=median, persistence=persistence)

    peak_train = fleet.peak_training_flop_per_s.astype(dtype)
    peak_inf = fleet.peak_inference_flop_per_s.astype(dtype)
    train = np.zeros((n, len(k)), dtype=dtype)
    for t in region.training:
        p = f"training.{t.name}."
        per_run = training_flop(col(p + "active_parameters"), col(p + "tokens"))
        growth = col(p + "runs_growth") * col(p + "parameters_growth") * col(p + "tokens_growth")
        median = t.runs_growth.median * t.parameters_growth.median * t.tokens_growth.median
        train += (col(p + "runs") * per_run) * path(growth, median)
    train *= col("research_multiplier")
    train_accel = training_accelerators(
        accelerator_hours(train, peak_train, col("utilization_training"))
    )

    inf_flop_per_s = np.zeros_like(train)
    inf_peak_accel = np.zeros_like(train)
    inf_avg_accel = np.zeros_like(train)
    # one accelerator's delivered inference FLOP/s, hoisted out of the segment loop
    delivered = peak_inf * col("utilization_inference")
    for s in region.inference:
        p = f"inference.{s.name}."
        tokens_per_day = col(p + "calls_per_day") * (col(p + "input_tokens_per_call") + col(p + "output_tokens_per_call"))
        growth = col(p + "calls_growth") * col(p + "tokens_per_call_growth") * col(p + "active_parameters_growth")
        median = s.calls_growth.median * s.tokens_per_call_growth.median * s.active_parameters_growth.median
        rate = inference_flop_per_s(col(p + "active_parameters"), tokens_per_day) * path(growth, median)
        need = rate / delivered  # accelerators_needed(rate, peak, utilization), product hoisted
        inf_flop_per_s += rate
        inf_avg_accel += need
        inf_peak_accel += need * col(p + "peak_to_average")

    demand = train_accel + inf_peak_accel
    fleet_flows = fleet_stock_flows(servers(demand, region.accelerators_per_server), region.lifetime_years)
    aps = dtype.type(region.accelerators_per_server)
    shipments = fleet_flows["server_shipments"]
    price = col("server_price") * grown(col("server_price_growth"), k)
    spend = server_spend(shipments, price)
    cny_per_usd = fx.astype(dtype, copy=False)[:, None] if region.currency == "CNY" else np.ones((1, 1), dtype=dtype)
    watts_per_accelerator = fleet.accelerator_power_w.astype(dtype) * col("server_power_overhead") * col("pue")
    flops_stock = vintage_stock(fleet_flows["installed_servers"][:, 0] * aps * fleet.peak_16bit_flop_per_s[0].astype(dtype),
                                shipments * aps * fleet.peak_16bit_flop_per_s.astype(dtype), region.lifetime_years)
    power_stock = vintage_stock(fleet_flows["installed_servers"][:, 0] * aps * watts_per_accelerator[:, 0],
                                shipments * aps * watts_per_accelerator, region.lifetime_years)
    return {
        "training_flop": train,
        "inference_flop": inf_flop_per_s * dtype.type(SECONDS_PER_DAY * 365.0),
        "accelerators": fleet_flows["installed_servers"] * aps,
        "accelerators_average": train_accel + inf_avg_accel,
        "accelerator_demand": demand,
        "server_shipments": shipments,
        "server_retirements": fleet_flows["server_retirements"],
        "accelerator_shipments": shipments * aps,
        "server_spend_local": spend,
        "server_spend_usd": server_spend_usd(spend, cny_per_usd),
        "power_w": power_stock,
        "installed_flops": flops_stock,
    }


def fleet_stock_flows(server_demand: FloatArray, lifetime_years: float) -> dict[str, FloatArray]:
    """Installed servers (stock), shipments and retirements (flows) per draw and year, tied by the identity.

    ``server_demand`` (``draws × years``) is the servers the workload needs. Each year a
    ``1/lifetime`` slice of last year's stock retires (straight-line replacement, the rule the
    5-year depreciation of hyperscaler servers implies) and just enough is shipped to meet the
    demand::

        retirements_t = stock_{t−1} / L
        shipments_t   = max(demand_t − (stock_{t−1} − retirements_t), 0)
        stock_t       = stock_{t−1} + shipments_t − retirements_t          (the stock/flow identity)

    so ``stock_t = max(demand_t, stock_{t−1}·(1 − 1/L))``: a shrinking demand leaves idle
    servers that retire over time instead of un-buying them. The first year is the initial stock
    (``stock = demand``) and its flows are NaN. Exact per draw (a loop over the few years,
    vectorised over draws).
    """
    d = np.asarray(server_demand)
    stock = np.empty_like(d)
    ship = np.full_like(d, np.nan)
    retire = np.full_like(d, np.nan)
    stock[..., 0] = d[..., 0]
    keep = d.dtype.type(1.0 - 1.0 / lifetime_years)
    for t in range(1, d.shape[-1]):
        survivors = stock[..., t - 1] * keep
        retire[..., t] = stock[..., t - 1] - survivors
        ship[..., t] = np.maximum(d[..., t] - survivors, 0.0)
        stock[..., t] = survivors + ship[..., t]
    return {"installed_servers": stock, "server_shipments": ship, "server_retirements": retire}


def vintage_stock(initial: FloatArray, added: FloatArray, lifetime_years: float) -> FloatArray:
    """A stock carried by the fleet (installed FLOP/s, facility W): ``x_t = x_{t−1}·(1 − 1/L) + added_t``.

    Retirement takes the same ``1/L`` slice of every vintage as :func:`fleet_stock_flows`, so
    the stock keeps each vintage's own chip (peak FLOP/s, W) rather than re-pricing the whole
    fleet at this year's mix; ``added_t`` is what year *t*'s shipments bring (shipments ×
    accelerators per server × that year's peak or W). ``added`` is ``draws × years`` with the
    first column ignored (NaN), ``initial`` the first year's stock per draw.
    """
    a = np.asarray(added)
    out = np.empty_like(a)
    out[..., 0] = initial
    keep = a.dtype.type(1.0 - 1.0 / lifetime_years)
    for t in range(1, a.shape[-1]):
        out[..., t] = out[..., t - 1] * keep + a[..., t]
    return out


def simulate_region(
    draws: Mapping[str, FloatArray],
    region: Region,
    fleet: FleetPath,
    base_year: int,
    *,
    persistence: float = 1.0,
    block: int = 1 << 14,
) -> dict[str, FloatArray]:
    """:func:`region_kernel` over blocks of ``block`` draws, on a small thread pool.

    Same arithmetic and results as one :func:`region_kernel` call (each output element depends
    on its own draw only); blocks keep the ``block × years`` temporaries in cache and numpy
    releases the GIL inside them. Outputs are preallocated and filled in place.
    """
    n = max(len(np.asarray(v)) for v in draws.values())
    if n <= block:
        return region_kernel(draws, region, fleet, base_year, persistence=persistence)
    starts = list(range(0, n, block))

    def part(lo: int) -> dict[str, FloatArray]:
        return region_kernel({k: v[lo:lo + block] for k, v in draws.items()}, region, fleet, base_year,
                             persistence=persistence)

    first = part(0)
    out = {k: np.empty((n, *v.shape[1:]), dtype=v.dtype) for k, v in first.items()}

    def fill(lo: int) -> None:
        res = first if lo == 0 else part(lo)
        for k, v in res.items():
            out[k][lo:lo + v.shape[0]] = v

    with ThreadPoolExecutor(max_workers=max(1, min(len(starts), os.cpu_count() or 1, 8))) as pool:
        list(pool.map(fill, starts))
    return out
