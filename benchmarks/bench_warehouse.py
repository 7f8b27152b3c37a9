#!/usr/bin/env python3
"""Forecast-value write throughput of ``warehouse.store.write_run`` next to the raw driver.

    python benchmarks/bench_warehouse.py              # 100k rows
    python benchmarks/bench_warehouse.py --rows 1000000
    python benchmarks/bench_warehouse.py --large      # 1M rows

Both sides write the same rows into the same migrated table layout (unique key index, immutability
triggers) in one transaction:

* SQLite: ``write_run`` vs ``sqlite3`` ``executemany`` of prepared tuples, each on a fresh file;
* PostgreSQL: ``write_run`` vs psycopg ``COPY ... FROM STDIN`` of the same tuples, each in a fresh
  schema that is dropped afterwards. Skipped with a note when the server is unreachable
  (``COMPUTECAST_TEST_DATABASE_URL``, default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``).

The baseline gets its rows as ready-made tuples; ``write_run`` starts from a polars frame, so its
figure includes the frame-to-rows conversion and the run row. Best of ``--repeat`` runs each.
Prints value, unit, baseline and ratio; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warehouse.db import make_engine, upgrade
from warehouse.store import VALUE_COLUMNS, RunRecord, write_run

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
COLUMNS = ("run_id", *VALUE_COLUMNS)
RUN_INSERT = (
    "INSERT INTO forecast_run (id, created_at, as_of, trigger, status, code_version, parameters, input_fingerprint, "
    "seed, scenario_name, scenario_sha256, scenario_text) VALUES (1, '2024-06-30 00:00:00', '2024-06-30', 'bench', "
    "'published', 'bench', '{}', 'x', 1, 'bench', 'x', 'x')"
)


def make_values(n: int) -> pl.DataFrame:
    """``n`` forecast values with distinct keys: 17 metrics, 4 regions (one of them NULL), 7 years,
    3 methods; ``entity`` = row // 4 keeps every (region, entity) pair, hence every key, unique."""
    k = pl.int_range(0, n, eager=True).alias("k")
    return (
        k.to_frame()
        .select(
            pl.format("metric_{}", pl.col("k") % 17).alias("metric"),
            pl.col("k").mod(4).replace_strict({0: "CN", 1: "US", 2: "GLOBAL", 3: None}, return_dtype=pl.Utf8).alias("region"),
            pl.format("entity_{}", pl.col("k") // 4).alias("entity"),
            (2024 + pl.col("k") % 7).cast(pl.Utf8).alias("period"),
            pl.col("k").mod(3).replace_strict({0: "combined", 1: "regression", 2: "bottom_up"}, return_dtype=pl.Utf8).alias("method"),
            (pl.col("k") * 1.0e6 + 0.8e9).alias("p10"),
            (pl.col("k") * 1.2e6 + 1.0e9).alias("p50"),
            (pl.col("k") * 1.5e6 + 1.3e9).alias("p90"),
            pl.lit("USD").alias("unit"),
        )
    )


def record() -> RunRecord:
    return RunRecord(as_of=date(2024, 6, 30), trigger="bench", code_version="bench", parameters={},
                     input_fingerprint="x", seed=1, scenario_name="bench", scenario_sha256="x", scenario_text="x")


def best(repeat: int, fn: Callable[[], float]) -> float:
    return min(fn() for _ in range(repeat))


def timed_write_run(url: str, values: pl.DataFrame) -> float:
    """Seconds :func:`write_run` takes on a warm connection to ``url``."""
    engine = make_engine(url)
    engine.connect().close()
    t = time.perf_counter()
    write_run(engine, record(), values)
    elapsed = time.perf_counter() - t
    engine.dispose()
    return elapsed


def in_schema(url: str, schema: str) -> str:
    """``url`` with every connection's search_path set to ``schema``."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


def bench_sqlite(values: pl.DataFrame, tuples: list[tuple[object, ...]], repeat: int) -> tuple[float, float]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-warehouse-"))

    def fresh(name: str) -> Path:
        path = tmp / f"{name}-{uuid.uuid4().hex[:6]}.db"
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)
        engine.dispose()
        return path

    def store() -> float:
        return timed_write_run(f"sqlite:///{fresh('store')}", values)

    def raw() -> float:
        conn = sqlite3.connect(fresh("raw"))
        conn.execute("PRAGMA foreign_keys=ON")
        t = time.perf_counter()
        with conn:
            conn.execute(RUN_INSERT)
            conn.executemany(
                f"INSERT INTO forecast_value ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", tuples
            )
        elapsed = time.perf_counter() - t
        conn.close()
        return elapsed

    try:
        return best(repeat, store), best(repeat, raw)
    finally:
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()


def bench_postgres(url: str, values: pl.DataFrame, tuples: list[tuple[object, ...]], repeat: int) -> tuple[float, float]:
    import psycopg
    from sqlalchemy import make_url, text

    admin = make_engine(url)
    schemas: list[str] = []

    def fresh() -> str:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        schemas.append(schema)
        engine = make_engine(in_schema(url, schema))
        upgrade(engine)
        engine.dispose()
        return schema

    def store() -> float:
        return timed_write_run(in_schema(url, fresh()), values)

    def raw() -> float:
        schema = fresh()
        u = make_url(url)
        conninfo = u.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, options=f"-csearch_path={schema}") as conn:
            t = time.perf_counter()
            with conn.transaction(), conn.cursor() as cur:
                cur.execute(RUN_INSERT)
                with cur.copy(f"COPY forecast_value ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    for row in tuples:
                        copy.write_row(row)
            return time.perf_counter() - t

    try:
        return best(repeat, store), best(repeat, raw)
    finally:
        with admin.begin() as conn:
            for schema in schemas:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def pg_reachable(url: str) -> str | None:
    from sqlalchemy import text

    try:
        engine = make_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure: skip PostgreSQL with a note
        return f"{exc.__class__.__name__}: {str(exc).splitlines()[0][:120]}"
    return None


def line(name: str, rows: int, store_s: float, raw_s: float, baseline: str) -> None:
    store_rate, raw_rate = rows / store_s, rows / raw_s
    print(f"{name:<11} {store_rate:>12,.0f} rows/s   ({store_s:6.2f} s)   baseline {baseline}: "
          f"{raw_rate:>12,.0f} rows/s ({raw_s:6.2f} s)   ratio {store_rate / raw_rate:4.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000, help="forecast values per run (default 100000)")
    ap.add_argument("--large", action="store_true", help="1M rows (as --rows 1000000)")
    ap.add_argument("--repeat", type=int, default=None, help="runs per measurement, best kept (default 3; 1 for 1M+)")
    ap.add_argument("--pg-url", default=os.environ.get("COMPUTECAST_TEST_DATABASE_URL") or DEFAULT_PG)
    args = ap.parse_args()
    rows = 1_000_000 if args.large else args.rows
    repeat = args.repeat or (1 if rows >= 1_000_000 else 3)
    values = make_values(rows)
    tuples = list(values.select(VALUE_COLUMNS).with_columns(pl.lit(1).alias("run_id")).select(COLUMNS).iter_rows())
    print(f"forecast-value writes: {rows:,} rows in one transaction, best of {repeat}; "
          "value = warehouse.store.write_run, ratio = write_run / raw driver (higher is better, 1.00x = parity)")
    store_s, raw_s = bench_sqlite(values, tuples, repeat)
    line("sqlite", rows, store_s, raw_s, "sqlite3 executemany")
    reason = pg_reachable(args.pg_url)
    if reason:
        print(f"postgresql  skipped: server at {args.pg_url} not reachable ({reason})")
    else:
        store_s, raw_s = bench_postgres(args.pg_url, values, tuples, repeat)
        line("postgresql", rows, store_s, raw_s, "psycopg COPY")
    return 0


if __name__ == "__main__":
    sys.exit(main())
