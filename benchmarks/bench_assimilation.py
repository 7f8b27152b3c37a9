"""Monte Carlo with assimilation vs the draws alone, in the same run (issue 11: aim ≤ 2×).

Run: ``.venv/bin/python benchmarks/bench_assimilation.py [--draws 1000000] [--repeat 2]``.

Both sides run the pipeline's bottom-up step (``forecasting.pipeline._bottom_up``) on the default
scenario with ``horizon_years = 3`` as of 2025-06-30, i.e. 8 model years (2021-2028), both
regions, float32 draws:

* **draws alone** — sampling, the kernel, the anchoring and the P10/P50/P90 of every output
  (``roles=None``: no evidence);
* **with assimilation** — the same, plus the observation equations of ``data/observations.toml``
  for the hand-labelled truth facts of three real documents of ``../shared/corpus/dev`` (China
  Mobile's tender report, Meta's capex guidance, IDC's 2025 China compute report), the per-draw
  log likelihood, ESS and tempering, systematic resampling of every output and the quantiles.

The prior cache is cleared before every repetition so each side samples its own draws. The
leave-one-document-out influence is reported separately (it re-runs the assimilation per
document at ``assimilation.influence_draws``). Prints the best of ``--repeat`` runs; no asserts.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import time
from pathlib import Path

import numpy as np
import polars as pl

from forecasting import parse_history, parse_scenario, run_forecast
from forecasting.facts import FACTS_SCHEMA, FactLedger, facts_as_of, point_facts
from forecasting.history import annual_series, history_as_of, merged_history
from forecasting.observation import parse_roles
from forecasting.pipeline import _bottom_up, history_ratios

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "dev"
FILES = ("zh_s_cmcc_tenders_2026.txt", "en_meta_capex_q3_2025.txt", "zh_s_idc_compute_2025.txt")
AS_OF = dt.date(2025, 6, 30)


def truth_facts() -> pl.DataFrame:
    """The truth facts of :data:`FILES`, one document id per file, published by ``AS_OF``."""
    rows = []
    for line in (DEV / "facts.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["file"] in FILES:
            row = {k: r.get(k) for k in FACTS_SCHEMA if k not in ("fact_id", "document_id", "published")}
            rows.append({**row, "fact_id": len(rows) + 1, "document_id": FILES.index(r["file"]) + 1,
                         "published": dt.date(2025, 3, 1)})
    return pl.DataFrame(rows, schema=FACTS_SCHEMA, orient="row")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--draws", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--seed", type=int, default=20240101)
    ap.add_argument("--large", action="store_true", help="accepted for run_all.py; the default is already 1M draws")
    args = ap.parse_args()

    scenario = dataclasses.replace(parse_scenario((REPO / "data" / "scenario.toml").read_text(encoding="utf-8")), horizon_years=3)
    history = parse_history((REPO / "data" / "history.csv").read_text(encoding="utf-8"))
    roles = parse_roles((REPO / "data" / "observations.toml").read_text(encoding="utf-8"))
    facts = truth_facts()
    ledger = FactLedger()
    seen = facts_as_of(facts, AS_OF, ledger)  # bounds included: they are censored observations
    merged = merged_history(history_as_of(history, AS_OF), point_facts(seen, ledger), scenario, ledger)
    series = annual_series(merged, scenario)
    years = np.arange(min(scenario.base_year, AS_OF.year) - 4, AS_OF.year + scenario.horizon_years + 1, dtype=np.int64)

    def run(with_roles: bool) -> tuple[float, object]:
        cache: dict = {}
        t = time.perf_counter()
        bu = _bottom_up(scenario, years, args.draws, args.seed, series, FactLedger(), visible=seen,
                        ratios=history_ratios(history_as_of(history, AS_OF), scenario),
                        roles=roles if with_roles else None, cache=cache)
        return time.perf_counter() - t, bu

    best = {True: float("inf"), False: float("inf")}
    last = None
    for _ in range(args.repeat):
        for with_roles in (False, True):
            t, bu = run(with_roles)
            best[with_roles] = min(best[with_roles], t)
            if with_roles:
                last = bu
    cells = args.draws * len(years)
    a = last.assimilation  # type: ignore[attr-defined]
    print(f"Monte Carlo, {args.draws:,} draws × {len(years)} years ({years[0]}-{years[-1]}), 2 regions, float32; "
          f"{len(facts)} truth facts of {len(FILES)} documents")
    print(f"  draws alone (sample + kernel + anchor + quantiles): {best[False]:8.3f} s  {cells / best[False]:14,.0f} draw-years/s")
    print(f"  with assimilation ({a.n_observations} observations):     {best[True]:8.3f} s  {cells / best[True]:14,.0f} draw-years/s")
    print(f"  ratio with / alone:                                 {best[True] / best[False]:8.2f} ×  (aim ≤ 2×)")
    print(f"  ESS {a.ess:,.0f} of {a.draws:,} ({100 * a.ess / a.draws:.1f} %), tempering β = {a.beta:.3f}, "
          f"untempered ESS {a.ess_untempered:,.0f}")
    t = time.perf_counter()
    r = run_forecast(facts, history, scenario, as_of=AS_OF, draws=roles.influence_draws, roles=roles)
    print(f"  whole forecast with influence of {r.influence['document_id'].n_unique()} documents at "
          f"{roles.influence_draws:,} draws: {time.perf_counter() - t:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
