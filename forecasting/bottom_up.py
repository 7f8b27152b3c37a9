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

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray

from forecasting.chips import chip as get_chip
from forecasting.scenario import Region
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


def grown(growth: FloatArray, years_since_base: FloatArray, decay: FloatArray | float = 1.0) -> FloatArray:
    """Cumulative growth factor from the base year, with the excess growth decaying after it.

    ``growth`` is a multiplier per year (1.5 = +50 %/yr) at the base year. Before the base year
    (``t ≤ 0``) the factor is ``growth**t``. After it, year *j*'s multiplier is
    ``1 + (growth − 1)·decay**(j−1)``, so the factor at ``t > 0`` is
    ``Π_{j=1..t} (1 + (growth − 1)·decay**(j−1))`` — growth rates fade toward 0 as adoption
    matures (``decay = 1`` is constant growth). Shapes broadcast: ``draws × 1`` with ``years``.
    """
    k = np.asarray(years_since_base, dtype=np.float64)
    g = np.asarray(growth, dtype=np.float64)
    log_g = np.log(g)
    if np.all(np.asarray(decay) == 1.0):
        return np.asarray(np.exp(log_g * k), dtype=np.float64)
    out = np.exp(log_g * np.minimum(k, 0.0))
    cum: FloatArray | float = 0.0
    rate: FloatArray | float = 1.0
    for j in range(1, int(k.max(initial=0.0)) + 1):
        cum = cum + np.log1p((g - 1.0) * rate)
        rate = rate * decay
        idx = np.nonzero(k == j)[0]
        if idx.size:
            out[..., idx] = np.exp(cum)
    return np.asarray(out, dtype=np.float64)


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
    names = set(mix[lo]) | set(mix[hi])
    return {n: (1 - w) * mix[lo].get(n, 0.0) + w * mix[hi].get(n, 0.0) for n in names}


def fleet_path(region: Region, years: NDArray[np.int64]) -> FleetPath:
    """Average peak FLOP/s (training and inference precision, 16-bit) and TDP per accelerator per year.

    Chips without the inference precision (e.g. FP8 on an A100) count at their 16-bit rate.
    """
    cols: dict[str, list[float]] = {"train": [], "inf": [], "p16": [], "power": []}
    for y in years:
        shares = mix_for_year(region.mix, int(y))
        cols["train"].append(sum(s * get_chip(c).peak(region.precision_training, fallback=True) for c, s in shares.items()))
        cols["inf"].append(sum(s * get_chip(c).peak(region.precision_inference, fallback=True) for c, s in shares.items()))
        cols["p16"].append(sum(s * get_chip(c).peak("fp16") for c, s in shares.items()))
        cols["power"].append(sum(s * get_chip(c).power_w for c, s in shares.items()))
    return FleetPath(
        years=years,
        peak_training_flop_per_s=np.asarray(cols["train"]),
        peak_inference_flop_per_s=np.asarray(cols["inf"]),
        peak_16bit_flop_per_s=np.asarray(cols["p16"]),
        accelerator_power_w=np.asarray(cols["power"]),
    )


#: Outputs of :func:`region_kernel` → (metric, unit) in the forecast table.
KERNEL_METRICS: dict[str, tuple[str, str]] = {
    "training_flop": ("training_compute", "FLOP"),
    "inference_flop": ("inference_compute", "FLOP"),
    "accelerators": ("accelerators", "units"),
    "accelerators_average": ("accelerators_average", "units"),
    "server_shipments": ("ai_server_shipments", "units"),
    "server_spend_local": ("ai_server_market_size", "LOCAL"),
    "server_spend_usd": ("ai_server_market_size", "USD"),
    "power_w": ("datacenter_power", "W"),
    "installed_flops": ("intelligent_compute_capacity", "FLOPS"),
}


def region_kernel(
    draws: Mapping[str, FloatArray],
    region: Region,
    fleet: FleetPath,
    base_year: int,
) -> dict[str, FloatArray]:
    """The bottom-up model for one region on ``draws × years`` arrays.

    ``draws`` maps input names (``Scenario.inputs()``) to 1-D arrays of equal length. Workloads
    are stated at ``base_year`` and compound with their growth multipliers. Training runs back
    to back all year (peak = average); inference segments peak together (their peak-to-average
    ratios multiply their own average load, a conservative coincident-peak assumption). The
    installed fleet is training + inference-at-peak accelerators; the first year is the
    predecessor for shipments and comes out NaN in ``server_shipments`` and spend.
    """
    code = region.code
    k = (fleet.years - base_year).astype(np.float64)
    decay = draws[f"{code}.growth_decay"][:, None]

    def col(name: str) -> FloatArray:
        return draws[f"{code}.{name}"][:, None]

    train = np.zeros((len(draws["fx.usd_cny"]), len(k)))
    for t in region.training:
        p = f"training.{t.name}."
        per_run = training_flop(col(p + "active_parameters"), col(p + "tokens"))
        growth = col(p + "runs_growth") * col(p + "parameters_growth") * col(p + "tokens_growth")
        train += col(p + "runs") * per_run * grown(growth, k, decay)
    train *= col("research_multiplier")
    train_accel = training_accelerators(
        accelerator_hours(train, fleet.peak_training_flop_per_s, col("utilization_training"))
    )

    inf_flop_per_s = np.zeros_like(train)
    inf_peak_accel = np.zeros_like(train)
    inf_avg_accel = np.zeros_like(train)
    # one accelerator's delivered inference FLOP/s, hoisted out of the segment loop
    delivered = fleet.peak_inference_flop_per_s * col("utilization_inference")
    for s in region.inference:
        p = f"inference.{s.name}."
        tokens_per_day = col(p + "calls_per_day") * (col(p + "input_tokens_per_call") + col(p + "output_tokens_per_call"))
        growth = col(p + "calls_growth") * col(p + "tokens_per_call_growth") * col(p + "active_parameters_growth")
        rate = inference_flop_per_s(col(p + "active_parameters"), tokens_per_day) * grown(growth, k, decay)
        need = rate / delivered  # accelerators_needed(rate, peak, utilization), product hoisted
        inf_flop_per_s += rate
        inf_avg_accel += need
        inf_peak_accel += need * col(p + "peak_to_average")

    installed = train_accel + inf_peak_accel
    shipments = server_shipments(servers(installed, region.accelerators_per_server), region.lifetime_years)
    price = col("server_price") * grown(col("server_price_growth"), k)
    spend = server_spend(shipments, price)
    cny_per_usd = draws["fx.usd_cny"][:, None] if region.currency == "CNY" else np.ones((train.shape[0], 1))
    return {
        "training_flop": train,
        "inference_flop": inf_flop_per_s * SECONDS_PER_DAY * 365.0,
        "accelerators": installed,
        "accelerators_average": train_accel + inf_avg_accel,
        "server_shipments": shipments,
        "server_spend_local": spend,
        "server_spend_usd": server_spend_usd(spend, cny_per_usd),
        "power_w": facility_power_w(installed, fleet.accelerator_power_w, col("server_power_overhead"), col("pue")),
        "installed_flops": installed_flops(installed, fleet.peak_16bit_flop_per_s),
    }
