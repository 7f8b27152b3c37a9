"""Faults: a killed writer, an unreachable database that comes back, two writers at once.

Each test drives real processes against a real SQLite file and (where reachable) PostgreSQL.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from warehouse.db import make_engine, upgrade
from warehouse.store import list_runs, read_values

BIN = Path(sys.executable).parent / "computecast"

# A child process that publishes one run of N synthetic values; it touches MARKER just before the
# transaction starts so the parent knows when to kill it.
WRITER = r"""
import sys
from datetime import date
from pathlib import Path
import polars as pl
from warehouse.db import make_engine
from warehouse.store import RunRecord, write_run

url, n, marker = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
values = pl.DataFrame({
    "metric": ["accelerators"] * n, "region": ["CN"] * n,
    "entity": [f"e{i}" for i in range(n)], "period": ["2026"] * n, "method": ["bottom_up"] * n,
    "p10": [1.0] * n, "p50": [2.0] * n, "p90": [3.0] * n, "unit": ["units"] * n,
})
record = RunRecord(as_of=date(2024, 6, 30), trigger="manual", code_version="fault-test", parameters={},
                   input_fingerprint="0" * 64, seed=1, scenario_name="t", scenario_sha256="0" * 64, scenario_text="")
marker.write_text("writing")
print(write_run(make_engine(url), record, values))
"""


def _writer(url: str, rows: int, marker: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER, url, str(rows), str(marker)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _kill_mid_write(url: str, tmp_path: Path) -> None:
    engine = make_engine(url)
    upgrade(engine)
    marker = tmp_path / "marker"
    proc = _writer(url, 1_500_000, marker)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "writer never started"
        time.sleep(0.05)
    time.sleep(1.0)  # well inside a write of 1.5M rows
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it could be killed; raise the row count"
    engine.dispose()
    engine = make_engine(url)
    assert list_runs(engine) == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM forecast_value")).scalar_one() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM forecast_run")).scalar_one() == 0
    # the next run succeeds and is complete
    after = _writer(url, 1000, tmp_path / "marker2")
    out, err = after.communicate(timeout=120)
    assert after.returncode == 0, err
    run_id = int(out.strip())
    assert [r["run_id"] for r in list_runs(engine)] == [run_id]
    assert read_values(engine, run_id).height == 1000


@pytest.mark.slow
def test_sigkill_during_write_leaves_no_partial_vintage_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    _kill_mid_write(sqlite_url, tmp_path)


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_during_write_leaves_no_partial_vintage_postgres(pg_url: str, tmp_path: Path) -> None:
    _kill_mid_write(pg_url, tmp_path)


def _concurrent(url: str, tmp_path: Path) -> None:
    engine = make_engine(url)
    upgrade(engine)
    procs = [_writer(url, 50_000, tmp_path / f"m{i}") for i in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-500:] for o in outs]
    run_ids = sorted(int(o[0].strip()) for o in outs)
    assert sorted(r["run_id"] for r in list_runs(engine)) == run_ids and len(set(run_ids)) == 2
    for run_id in run_ids:
        assert read_values(engine, run_id).height == 50_000


def test_two_forecasts_at_once_give_two_intact_vintages_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    _concurrent(sqlite_url, tmp_path)


@pytest.mark.postgres
def test_two_forecasts_at_once_give_two_intact_vintages_postgres(pg_url: str, tmp_path: Path) -> None:
    _concurrent(pg_url, tmp_path)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def late_proxy(pg_url: str) -> Iterator[tuple[str, threading.Event]]:
    """A loopback TCP proxy to the test PostgreSQL that refuses connections until ``open`` is set."""
    from sqlalchemy.engine import make_url

    target = make_url(pg_url)
    port = _free_port()
    opened = threading.Event()
    stop = threading.Event()

    def pump(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def serve() -> None:
        opened.wait()
        if stop.is_set():
            return
        with socket.socket() as listener:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", port))
            listener.listen()
            listener.settimeout(0.2)
            while not stop.is_set():
                try:
                    client, _ = listener.accept()
                except TimeoutError:
                    continue
                upstream = socket.create_connection((target.host or "127.0.0.1", target.port or 5432))
                for a, b in ((client, upstream), (upstream, client)):
                    threading.Thread(target=pump, args=(a, b), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield target.set(host="127.0.0.1", port=port).render_as_string(hide_password=False), opened
    stop.set()
    opened.set()
    thread.join(timeout=5)


@pytest.mark.postgres
def test_database_down_gives_clear_error_and_nonzero_exit(tmp_path: Path) -> None:
    env = {**os.environ, "COMPUTECAST_DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/test",
           "COMPUTECAST_DB_CONNECT_ATTEMPTS": "3", "COMPUTECAST_DB_RETRY_DELAY_S": "0.1"}
    started = time.monotonic()
    result = subprocess.run([str(BIN), "runs"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 3
    assert "cannot reach the database" in result.stderr and "after 3 attempts" in result.stderr
    assert "Traceback" not in result.stderr
    assert time.monotonic() - started >= 0.3  # it backed off 0.1 + 0.2 s between the attempts


@pytest.mark.postgres
def test_database_that_comes_back_is_retried(late_proxy: tuple[str, threading.Event]) -> None:
    url, opened = late_proxy
    env = {**os.environ, "COMPUTECAST_DATABASE_URL": url, "COMPUTECAST_DB_CONNECT_ATTEMPTS": "6",
           "COMPUTECAST_DB_RETRY_DELAY_S": "0.4"}
    proc = subprocess.Popen([str(BIN), "runs", "-f", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    # open the database only once the command has been refused and said it retries (waiting a
    # fixed time instead made the test depend on how fast the command starts on a loaded machine)
    first = proc.stderr.readline()
    assert "retrying" in first, first
    assert proc.poll() is None
    opened.set()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, first + err
    assert out.strip() == "[]"
