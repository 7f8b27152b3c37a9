#!/usr/bin/env python3
"""Wall time of a 16-origin backtest (quarter ends 2021-12-31 … 2025-09-30): serial in one process,
and fanned out as Prefect tasks on a local Dask cluster of 2 worker processes.

Baseline measured in the same run: the serial backtest (:func:`flows.jobs.backtest`, no Prefect,
no Dask). The Dask figure is taken twice: the first run includes starting Prefect's local server
and the cluster; the second is warm (server up; a new cluster each run, as the command does).
Both write their backtest run to a throw-away SQLite warehouse holding the bundled documents, and
the script checks the fanned-out scores equal the serial ones. A third figure isolates the
orchestration cost: 16 Prefect tasks that do nothing, fanned out the same way. Prints figures;
asserts nothing.

    .venv/bin/python benchmarks/bench_backtest.py [--draws 10000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")

from prefect import flow, task  # imported after the logging settings above
from prefect.cache_policies import NO_CACHE

START, END = date(2021, 12, 31), date(2025, 9, 30)


@task(cache_policy=NO_CACHE)
def noop_task(i: int) -> int:
    """A task that does nothing: what a fanned-out task costs before any work."""
    return i


@flow
def noop_flow(n: int) -> int:
    """``n`` no-op tasks submitted to the flow's task runner, gathered."""
    return sum(f.result() for f in [noop_task.submit(i) for i in range(n)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--draws", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--large", action="store_true", help="300,000 draws per origin (where the fan-out starts to pay)")
    args = ap.parse_args()
    if args.large:
        args.draws = 300_000
    tmp = Path(tempfile.mkdtemp(prefix="computecast-bench-backtest-"))
    os.environ.setdefault("PREFECT_HOME", str(tmp / "prefect"))
    url = f"sqlite:///{tmp / 'bench.db'}"

    from flows import jobs
    from flows.backtest import dask_runner, run_backtest_on_dask, shared_prefect_api
    from forecasting.track_record import origins
    from warehouse.backtests import read_scores

    n = len(origins(START, END, "quarter"))
    engine = jobs.open_warehouse(url)
    jobs.ingest(engine, [str(jobs.bundled_documents_dir())])

    t0 = time.perf_counter()
    serial = jobs.backtest(engine, start=START, end=END, every="quarter", draws=args.draws)
    t_serial = time.perf_counter() - t0

    timings = []
    for _ in range(2):
        t0 = time.perf_counter()
        run_id = run_backtest_on_dask(start=START, end=END, every="quarter", seed=jobs.DEFAULT_SEED,
                                      draws=args.draws, db_url=url, workers=args.workers)
        timings.append(time.perf_counter() - t0)
    same = read_scores(engine, run_id).equals(read_scores(engine, serial.run_id))
    t0 = time.perf_counter()
    with shared_prefect_api():
        noop_flow.with_options(task_runner=dask_runner(workers=args.workers))(n)
    t_noop = time.perf_counter() - t0

    print(f"{n}-origin backtest, {args.draws} draws per origin, {serial.scores.height} score rows, "
          f"{os.cpu_count()} cores")
    print(f"{'figure':<52}{'wall time':>12}{'vs serial':>12}")
    print(f"{'serial, one process (baseline)':<52}{t_serial:>10.2f} s{1.0:>11.2f}×")
    print(f"{f'Dask LocalCluster x{args.workers}, first run (server + cluster start)':<52}"
          f"{timings[0]:>10.2f} s{timings[0] / t_serial:>11.2f}×")
    print(f"{f'Dask LocalCluster x{args.workers}, warm server':<52}{timings[1]:>10.2f} s{timings[1] / t_serial:>11.2f}×")
    print(f"{f'{n} no-op tasks on Dask LocalCluster x{args.workers} (orchestration only)':<52}"
          f"{t_noop:>10.2f} s{t_noop / t_serial:>11.2f}×")
    print(f"per origin: serial {t_serial / n:.2f} s; Dask warm {timings[1] / n:.2f} s; no-op task {t_noop / n:.2f} s")
    print(f"scores identical to the serial run: {same}")


if __name__ == "__main__":
    main()
