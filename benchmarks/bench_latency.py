#!/usr/bin/env python3
"""Service latency: a tender landing in the inbox → its vintage published, through a real Prefect
server, ``computecast serve --limit 4 --watch INBOX`` and the ``forecast-on-event`` trigger; and
the start-up time of ``computecast --help``.

Baselines measured in the same run: the same ingest + forecast as plain function calls in one
process (the work itself, no orchestration), and ``python -c pass`` (the interpreter's floor).
Prints figures (value, unit); asserts nothing. Aims: ≤ 10 s inbox → vintage, ≤ 0.5 s --help.

    .venv/bin/python benchmarks/bench_latency.py [--samples 3] [--large]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "flows"))  # the e2e test's server harness and tender generator

from flow_fixtures import tender_text, write_tender  # noqa: E402
from service_harness import BIN, file_sha256, served_computecast, wait_for  # noqa: E402


def startup(cmd: list[str], repeat: int) -> list[float]:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return times


def in_process_baseline(tmp: Path) -> float:
    """Ingest one tender and publish a forecast by plain function calls (warm: second tender timed)."""
    from flows.jobs import forecast, ingest, open_warehouse

    engine = open_warehouse(f"sqlite:///{tmp / 'baseline.db'}")
    docs = tmp / "baseline-docs"
    docs.mkdir()
    ingest(engine, [str(write_tender(docs, 0))])
    forecast(engine)
    path = docs / "timed.txt"
    path.write_text(tender_text(7), encoding="utf-8")
    t0 = time.perf_counter()
    ingest(engine, [str(path)])
    forecast(engine)
    elapsed = time.perf_counter() - t0
    engine.dispose()
    return elapsed


def served_latency(tmp: Path, samples: int) -> tuple[list[float], float]:
    """Seconds from each file landing to a published run whose lineage has its facts."""
    from sqlalchemy import text

    from flows.jobs import open_warehouse
    from warehouse.store import list_runs, run_fact_ids

    t_start = time.perf_counter()
    with served_computecast(tmp / "served", limit=4) as service:
        startup_s = time.perf_counter() - t_start
        engine = open_warehouse(service.database_url)
        latencies = []
        try:
            for i in range(samples + 1):  # the first drop warms up the runner; not counted
                path = service.inbox / f"tender-{i:02d}.txt"
                t0 = time.perf_counter()
                write_tender(service.inbox, 20 + i, name=path.name)
                sha = file_sha256(path)

                def published(sha: str = sha) -> bool:
                    with engine.connect() as conn:
                        facts = set(conn.execute(text(
                            "SELECT x.id FROM fact x JOIN document d ON d.id = x.document_id WHERE d.sha256 = :s"
                        ), {"s": sha}).scalars())
                    return bool(facts) and any(run_fact_ids(engine, r["run_id"]) & facts for r in list_runs(engine)[:3])

                wait_for(published, timeout=120, interval=0.1, what=f"a vintage with {path.name}")
                if i:
                    latencies.append(time.perf_counter() - t0)
                time.sleep(1.0)  # let the queue drain: one document at a time
        finally:
            engine.dispose()
    return latencies, startup_s


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=int, default=3, help="documents dropped one at a time (after one warm-up)")
    ap.add_argument("--large", action="store_true", help="more samples (10) and start-up repeats")
    args = ap.parse_args()
    samples = 10 if args.large else args.samples
    repeat = 10 if args.large else 5

    help_s = startup([str(BIN / "computecast"), "--help"], repeat)
    floor_s = startup([sys.executable, "-c", "pass"], repeat)
    print(f"computecast --help start-up   {statistics.median(help_s):7.3f} s   (median of {repeat}; min {min(help_s):.3f} s; aim ≤ 0.5 s)")
    print(f"python -c pass (baseline)     {statistics.median(floor_s):7.3f} s   ratio {statistics.median(help_s) / statistics.median(floor_s):.1f}×")

    with tempfile.TemporaryDirectory(prefix="computecast-bench-") as tmp:
        base_s = in_process_baseline(Path(tmp))
        latencies, startup_s = served_latency(Path(tmp), samples)
    med = statistics.median(latencies)
    print(f"inbox → published vintage     {med:7.2f} s   (median of {len(latencies)}; "
          f"min {min(latencies):.2f} s, max {max(latencies):.2f} s; aim ≤ 10 s)")
    print(f"ingest + forecast in-process  {base_s:7.2f} s   (baseline: the work without orchestration) "
          f"ratio {med / base_s:.1f}×")
    print(f"server + serve start-up       {startup_s:7.2f} s   (once per service start; not in the latency)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
