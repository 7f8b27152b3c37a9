"""Monte Carlo throughput of the bottom-up kernel vs a hand-written numpy kernel of the same arithmetic.

Run: ``.venv/bin/python benchmarks/bench_montecarlo.py [--draws 1000000] [--years 8] [--region GLOBAL]``.
Prints draws × years per second for ``forecasting.bottom_up.region_kernel`` (noun functions,
growth with decay) and for one flat numpy function doing the same operations, their ratio, the
sampling time, and the largest relative difference between the two outputs. No asserts.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np

from forecasting import parse_scenario
from forecasting.bottom_up import FleetPath, fleet_path, region_kernel
from forecasting.montecarlo import sample_inputs
from forecasting.scenario import Region

SCENARIO = Path(__file__).resolve().parents[1] / "data" / "scenario.toml"


def hand_kernel(d: Mapping[str, np.ndarray], region: Region, fleet: FleetPath, base_year: int) -> dict[str, np.ndarray]:
    """The bottom-up arithmetic written out inline (no helper functions)."""
    c = region.code
    k = (fleet.years - base_year).astype(np.float64)
    n, t = len(d["fx.usd_cny"]), len(k)
    decay = d[f"{c}.growth_decay"][:, None]
    kmax = int(k.max())

    def path(g: np.ndarray) -> np.ndarray:
        lg = np.log(g)
        out = np.exp(lg * np.minimum(k, 0.0))
        cum = np.zeros_like(g)
        rate = np.ones_like(g)
        for j in range(1, kmax + 1):
            cum = cum + np.log1p((g - 1.0) * rate)
            rate = rate * decay
            out[:, k == j] = np.exp(cum)
        return out

    train = np.zeros((n, t))
    for tier in region.training:
        p = f"{c}.training.{tier.name}."
        g = d[p + "runs_growth"][:, None] * d[p + "parameters_growth"][:, None] * d[p + "tokens_growth"][:, None]
        train += (d[p + "runs"] * 6.0 * d[p + "active_parameters"] * d[p + "tokens"])[:, None] * path(g)
    train *= d[f"{c}.research_multiplier"][:, None]
    train_acc = train / (fleet.peak_training_flop_per_s * d[f"{c}.utilization_training"][:, None]) / 3600.0 / 8760.0
    rate_sum = np.zeros((n, t))
    avg = np.zeros((n, t))
    peak = np.zeros((n, t))
    util_inf = d[f"{c}.utilization_inference"][:, None]
    for seg in region.inference:
        p = f"{c}.inference.{seg.name}."
        tok = d[p + "calls_per_day"] * (d[p + "input_tokens_per_call"] + d[p + "output_tokens_per_call"])
        g = d[p + "calls_growth"][:, None] * d[p + "tokens_per_call_growth"][:, None] * d[p + "active_parameters_growth"][:, None]
        r = (2.0 * d[p + "active_parameters"] * tok / 86400.0)[:, None] * path(g)
        need = r / (fleet.peak_inference_flop_per_s * util_inf)
        rate_sum += r
        avg += need
        peak += need * d[p + "peak_to_average"][:, None]
    installed = train_acc + peak
    srv = installed / region.accelerators_per_server
    ship = np.full_like(srv, np.nan)
    ship[:, 1:] = np.maximum(srv[:, 1:] - srv[:, :-1], 0.0) + srv[:, :-1] / region.lifetime_years
    price = d[f"{c}.server_price"][:, None] * np.exp(np.log(d[f"{c}.server_price_growth"][:, None]) * k)
    spend = ship * price
    fx = d["fx.usd_cny"][:, None] if region.currency == "CNY" else np.ones((n, 1))
    return {
        "training_flop": train,
        "inference_flop": rate_sum * 86400.0 * 365.0,
        "accelerators": installed,
        "accelerators_average": train_acc + avg,
        "server_shipments": ship,
        "server_spend_local": spend,
        "server_spend_usd": spend / fx,
        "power_w": installed * fleet.accelerator_power_w * d[f"{c}.server_power_overhead"][:, None] * d[f"{c}.pue"][:, None],
        "installed_flops": installed * fleet.peak_16bit_flop_per_s,
    }


def best_of(fn: Callable[[], dict[str, np.ndarray]], repeat: int) -> tuple[float, dict[str, np.ndarray]]:
    best, out = float("inf"), {}
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--draws", type=int, default=1_000_000)
    ap.add_argument("--years", type=int, default=8)
    ap.add_argument("--region", default="GLOBAL")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    scenario = parse_scenario(SCENARIO.read_text(encoding="utf-8"))
    region = scenario.regions[args.region]
    years = np.arange(scenario.base_year - 1, scenario.base_year - 1 + args.years, dtype=np.int64)
    fleet = fleet_path(region, years)

    start = time.perf_counter()
    draws = sample_inputs(scenario.inputs(), scenario.factors, draws=args.draws, seed=20240101)
    sampling = time.perf_counter() - start

    t_model, out_model = best_of(lambda: region_kernel(draws, region, fleet, scenario.base_year), args.repeat)
    t_hand, out_hand = best_of(lambda: hand_kernel(draws, region, fleet, scenario.base_year), args.repeat)
    cells = args.draws * args.years
    diff = max(
        float(np.nanmax(np.abs(out_model[key] / out_hand[key] - 1.0))) for key in out_model
    )
    print(f"region {args.region}: {args.draws:,} draws × {args.years} years = {cells:,} cells, "
          f"{len(region.training)} training tiers, {len(region.inference)} inference segments")
    print(f"sampling {len(draws)} inputs (copula):   {sampling:8.3f} s")
    print(f"model kernel (region_kernel):        {t_model:8.3f} s  {cells / t_model:14,.0f} draw-years/s")
    print(f"hand-written numpy kernel:           {t_hand:8.3f} s  {cells / t_hand:14,.0f} draw-years/s")
    print(f"ratio model / hand:                  {t_model / t_hand:8.2f} ×")
    print(f"max relative difference of outputs:  {diff:.2e}")


if __name__ == "__main__":
    main()
