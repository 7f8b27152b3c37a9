#!/usr/bin/env python3
"""Every benchmark in one command: each figure with its unit and the ratio to a baseline measured
in the same run.

    python benchmarks/run_all.py            # default scale
    python benchmarks/run_all.py --large    # 10k documents, 1M draws, 1M forecast rows

Each script prints its own table; they run one after another so they do not compete for the
two cores. PostgreSQL figures need ``COMPUTECAST_TEST_DATABASE_URL`` (or the local default).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("bench_extract.py", "bench_montecarlo.py", "bench_assimilation.py", "bench_warehouse.py", "bench_latency.py",
           "bench_backtest.py")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--large", action="store_true", help="the larger scale: 10k documents, 1M draws, 1M rows")
    ap.add_argument("--only", nargs="*", help="run only these scripts (e.g. bench_extract.py)")
    args = ap.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.setdefault("COMPUTECAST_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    failed = []
    for script in args.only or SCRIPTS:
        print(f"\n== {script}{' --large' if args.large else ''}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / script), *(["--large"] if args.large else [])], env=env)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
        if code:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
