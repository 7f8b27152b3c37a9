"""Monte Carlo throughput: the model's sampler and kernel vs hand-written numpy of the same arithmetic.

Run: ``.venv/bin/python benchmarks/bench_montecarlo.py [--draws 1000000] [--years 8] [--region GLOBAL]``.

Two comparisons, each model vs a hand-written numpy baseline of the same arithmetic, float32:

* **kernel only** — ``forecasting.bottom_up.region_kernel`` (noun functions, growth with decay
  and persistence), one call on all draws, vs :func:`hand_kernel`; plus
  ``simulate_region`` (the same kernel in cache-sized blocks on a thread pool, what the
  pipeline runs);
* **end to end** (sampling + kernel) — ``sample_inputs`` + ``simulate_region`` vs
  :func:`hand_sampling` (one ``standard_normal`` call for the region's inputs, inline copula and
  transforms) + :func:`hand_kernel`.

Sampling covers the inputs the region's kernel reads (``fx.usd_cny`` and ``REGION.*``); the
time to sample the whole scenario (both regions) is printed too. Also prints the largest
relative difference between model and hand outputs (same draws). No asserts.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np

from forecasting import parse_history, parse_scenario, run_forecast
from forecasting.bottom_up import FleetPath, fleet_path, region_kernel, simulate_region
from forecasting.facts import empty_facts
from forecasting.montecarlo import normal_cdf, sample_inputs
from forecasting.scenario import Z90, Dist, Factor, Region

SCENARIO = Path(__file__).resolve().parents[1] / "data" / "scenario.toml"


def hand_sampling(inputs: Mapping[str, Dist], factors: tuple[Factor, ...], draws: int, seed: int) -> dict[str, np.ndarray]:
    """Straightforward numpy: one normal array, copula rows mixed in a loop over inputs, transforms per input."""
    rng = np.random.Generator(np.random.PCG64(seed))
    names = [n for n, d in inputs.items() if d.kind != "fixed"]
    z = rng.standard_normal((len(names), draws), dtype=np.float32)
    common = rng.standard_normal((len(factors), draws), dtype=np.float32)
    row = {n: i for i, n in enumerate(names)}
    for k, f in enumerate(factors):
        for n in f.inputs:
            if n in row:
                z[row[n]] = np.sqrt(np.float32(f.rho)) * common[k] + np.sqrt(np.float32(1 - f.rho)) * z[row[n]]
    out: dict[str, np.ndarray] = {}
    for n, d in inputs.items():
        if d.kind == "fixed":
            out[n] = np.full(draws, d.params[0], dtype=np.float32)
        elif d.kind == "lognormal":
            mu = np.float32(0.5 * (np.log(d.params[0]) + np.log(d.params[1])))
            sd = np.float32((np.log(d.params[1]) - np.log(d.params[0])) / (2 * Z90))
            out[n] = np.exp(mu + sd * z[row[n]])
        else:
            lo, mo, hi = (np.float32(v) for v in d.params)
            u = normal_cdf(z[row[n]])
            c = (mo - lo) / (hi - lo)
            out[n] = np.where(u < c, lo + np.sqrt(u * (hi - lo) * (mo - lo)), hi - np.sqrt((1 - u) * (hi - lo) * (hi - mo)))
    return out


def hand_kernel(d: Mapping[str, np.ndarray], region: Region, fleet: FleetPath, base_year: int,
                persistence: float) -> dict[str, np.ndarray]:
    """The bottom-up arithmetic written out inline (no helper functions), float32."""
    f32 = np.float32
    c = region.code
    k = (fleet.years - base_year).astype(f32)
    n, t = len(d["fx.usd_cny"]), len(k)
    decay = d[f"{c}.growth_decay"][:, None]
    kmax, kmin = int(k.max()), int(k.min())

    def path(g: np.ndarray, med: float) -> np.ndarray:
        out = np.ones((n, t), dtype=f32)
        j = np.arange(max(kmax, -kmin), dtype=f32)
        gj = f32(med) + (g - f32(med)) * f32(persistence) ** j
        fwd = np.exp(np.cumsum(np.log1p((gj[:, :kmax] - 1) * decay ** j[:kmax]), axis=1))
        back = np.exp(np.cumsum(-np.log(gj[:, :-kmin]), axis=1)) if kmin < 0 else None
        for col, kk in enumerate(k):
            if kk > 0:
                out[:, col] = fwd[:, int(kk) - 1]
            elif kk < 0 and back is not None:
                out[:, col] = back[:, int(-kk) - 1]
        return out

    train = np.zeros((n, t), dtype=f32)
    for tier in region.training:
        p = f"{c}.training.{tier.name}."
        g = d[p + "runs_growth"][:, None] * d[p + "parameters_growth"][:, None] * d[p + "tokens_growth"][:, None]
        med = tier.runs_growth.median * tier.parameters_growth.median * tier.tokens_growth.median
        train += (d[p + "runs"] * 6.0 * d[p + "active_parameters"] * d[p + "tokens"])[:, None] * path(g, med)
    train *= d[f"{c}.research_multiplier"][:, None]
    peak_train = fleet.peak_training_flop_per_s.astype(f32)
    peak_inf = fleet.peak_inference_flop_per_s.astype(f32)
    train_acc = train / (peak_train * d[f"{c}.utilization_training"][:, None]) / 3600.0 / 8760.0
    rate_sum = np.zeros((n, t), dtype=f32)
    avg = np.zeros((n, t), dtype=f32)
    peak = np.zeros((n, t), dtype=f32)
    util_inf = d[f"{c}.utilization_inference"][:, None]
    for seg in region.inference:
        p = f"{c}.inference.{seg.name}."
        tok = d[p + "calls_per_day"] * (d[p + "input_tokens_per_call"] + d[p + "output_tokens_per_call"])
        g = d[p + "calls_growth"][:, None] * d[p + "tokens_per_call_growth"][:, None] * d[p + "active_parameters_growth"][:, None]
        med = seg.calls_growth.median * seg.tokens_per_call_growth.median * seg.active_parameters_growth.median
        r = (2.0 * d[p + "active_parameters"] * tok / 86400.0)[:, None] * path(g, med)
        need = r / (peak_inf * util_inf)
        rate_sum += r
        avg += need
        peak += need * d[p + "peak_to_average"][:, None]
    installed = train_acc + peak
    srv = installed / region.accelerators_per_server
    ship = np.full_like(srv, np.nan)
    ship[:, 1:] = np.maximum(srv[:, 1:] - srv[:, :-1], 0.0) + srv[:, :-1] / region.lifetime_years
    price = d[f"{c}.server_price"][:, None] * np.exp(np.log(d[f"{c}.server_price_growth"][:, None]) * k)
    spend = ship * price
    fx = d["fx.usd_cny"][:, None] if region.currency == "CNY" else np.ones((n, 1), dtype=f32)
    return {
        "training_flop": train,
        "inference_flop": rate_sum * 86400.0 * 365.0,
        "accelerators": installed,
        "accelerators_average": train_acc + avg,
        "server_shipments": ship,
        "server_spend_local": spend,
        "server_spend_usd": spend / fx,
        "power_w": installed * fleet.accelerator_power_w.astype(f32) * d[f"{c}.server_power_overhead"][:, None] * d[f"{c}.pue"][:, None],
        "installed_flops": installed * fleet.peak_16bit_flop_per_s.astype(f32),
    }


def best_of(fn: Callable[[], dict[str, np.ndarray]], repeat: int) -> tuple[float, dict[str, np.ndarray]]:
    best, out = float("inf"), {}
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def max_rel_diff(a: Mapping[str, np.ndarray], b: Mapping[str, np.ndarray]) -> float:
    return max(float(np.nanmax(np.abs(a[key].astype(np.float64) / b[key].astype(np.float64) - 1.0))) for key in a)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--draws", type=int, default=1_000_000)
    ap.add_argument("--years", type=int, default=8)
    ap.add_argument("--region", default="GLOBAL")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--large", action="store_true",
                    help="also time the model end to end at 100k, 1M and 4M draws to show how cost grows")
    args = ap.parse_args()

    scenario = parse_scenario(SCENARIO.read_text(encoding="utf-8"))
    region = scenario.regions[args.region]
    years = np.arange(scenario.base_year - 1, scenario.base_year - 1 + args.years, dtype=np.int64)
    fleet = fleet_path(region, years)
    psi = scenario.growth_persistence
    inputs = {k: v for k, v in scenario.inputs().items() if k == "fx.usd_cny" or k.startswith(f"{args.region}.")}
    factors = tuple(
        dataclasses.replace(f, inputs=tuple(i for i in f.inputs if i in inputs)) for f in scenario.factors
    )
    factors = tuple(f for f in factors if f.inputs)
    seed = 20240101

    def sample() -> dict[str, np.ndarray]:
        return sample_inputs(inputs, factors, draws=args.draws, seed=seed)

    t_all, _ = best_of(lambda: sample_inputs(scenario.inputs(), scenario.factors, draws=args.draws, seed=seed), 1)
    t_samp, draws = best_of(sample, args.repeat)
    t_hsamp, _ = best_of(lambda: hand_sampling(inputs, factors, args.draws, seed), args.repeat)
    t_model, out_model = best_of(lambda: region_kernel(draws, region, fleet, scenario.base_year, persistence=psi), args.repeat)
    t_block, out_block = best_of(lambda: simulate_region(draws, region, fleet, scenario.base_year, persistence=psi), args.repeat)
    t_hand, out_hand = best_of(lambda: hand_kernel(draws, region, fleet, scenario.base_year, psi), args.repeat)
    t_e2e, _ = best_of(lambda: simulate_region(sample(), region, fleet, scenario.base_year, persistence=psi), args.repeat)
    t_he2e, _ = best_of(
        lambda: hand_kernel(hand_sampling(inputs, factors, args.draws, seed), region, fleet, scenario.base_year, psi), args.repeat
    )
    cells = args.draws * args.years
    print(f"region {args.region}: {args.draws:,} draws × {args.years} years = {cells:,} cells, float32, "
          f"{len(region.training)} training tiers, {len(region.inference)} inference segments, {len(inputs)} inputs")
    print("kernel only")
    print(f"  model region_kernel (one call):      {t_model:8.3f} s  {cells / t_model:14,.0f} draw-years/s")
    print(f"  model simulate_region (blocked):     {t_block:8.3f} s  {cells / t_block:14,.0f} draw-years/s")
    print(f"  hand-written numpy kernel:           {t_hand:8.3f} s  {cells / t_hand:14,.0f} draw-years/s")
    print(f"  ratio region_kernel / hand:          {t_model / t_hand:8.2f} ×")
    print(f"  ratio simulate_region / hand:        {t_block / t_hand:8.2f} ×")
    print("end to end (sampling + kernel)")
    print(f"  model sample_inputs:                 {t_samp:8.3f} s   (whole scenario, {len(scenario.inputs())} inputs: {t_all:.3f} s)")
    print(f"  hand sampling:                       {t_hsamp:8.3f} s")
    print(f"  model sample_inputs + simulate:      {t_e2e:8.3f} s  {cells / t_e2e:14,.0f} draw-years/s")
    print(f"  hand sampling + hand kernel:         {t_he2e:8.3f} s  {cells / t_he2e:14,.0f} draw-years/s")
    print(f"  ratio model / hand:                  {t_e2e / t_he2e:8.2f} ×")
    print(f"max relative difference model vs hand kernel (same draws): "
          f"{max(max_rel_diff(out_model, out_hand), max_rel_diff(out_block, out_hand)):.2e}")
    history = parse_history((SCENARIO.parent / "history.csv").read_text(encoding="utf-8"))
    run_times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        run_forecast(empty_facts(), history, scenario, as_of=dt.date(2025, 6, 30))
        run_times.append(time.perf_counter() - t0)
    t_run = min(run_times)
    print(f"whole run_forecast, default scenario, 10,000 draws (both regions, all methods): {t_run:.3f} s (aim < 2 s)")
    if args.large:
        print("scaling (model sample_inputs + simulate, best of 2)")
        for n in (100_000, 1_000_000, 4_000_000):

            def end_to_end(n: int = n) -> dict[str, np.ndarray]:
                return simulate_region(sample_inputs(inputs, factors, draws=n, seed=seed), region, fleet,
                                       scenario.base_year, persistence=psi)

            t, _ = best_of(end_to_end, 2)
            print(f"  {n:>10,} draws × {args.years} years: {t:8.3f} s  {n * args.years / t:14,.0f} draw-years/s")


if __name__ == "__main__":
    main()
