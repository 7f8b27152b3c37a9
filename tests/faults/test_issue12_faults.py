"""Issue 12: concurrency and faults, with real processes on a real SQLite file and PostgreSQL.

* Two ingests of one folder at once: both succeed, each input is stored once, the second counts
  "already stored"; one quarantine row per input and reason.
* Several commands on a fresh database at once: the migration runs once (a lock), none fails.
* A database lost mid-ingest: retried, then exit 3 with one line; what was stored is intact.
* ``db current`` against an unreachable database: retried, exit 3, no traceback.
* A SQLite lock held longer than the busy timeout: exit 3 with one line, no traceback.

Processes start together on a barrier file so that they really overlap.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.faults.test_faults import _free_port
from tests.hostile.corpus import GOOD_EN, GOOD_ZH
from warehouse.db import make_engine

BIN = Path(sys.executable).parent / "computecast"

# Waits for the barrier file, then runs `what` (ingest of a folder, or the migration) and prints JSON.
WORKER = r"""
import json, sys, time
from pathlib import Path
url, barrier, what = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
from flows.jobs import ingest, open_warehouse
from warehouse.db import make_engine, upgrade
while not barrier.exists():
    time.sleep(0.005)
if what == "migrate":
    upgrade(make_engine(url))
    print(json.dumps({"ok": True}))
else:
    s = ingest(open_warehouse(url), [what])
    print(json.dumps({"stored": s.stored, "duplicates": s.duplicates, "quarantined": s.quarantined}))
"""


def _together(url: str, tmp_path: Path, whats: list[str]) -> list[dict[str, int]]:
    barrier = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, url, str(barrier), w], text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for w in whats]
    time.sleep(2.0)  # every worker has imported and is polling the barrier
    barrier.write_text("go")
    outs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), [err[-800:] for _, err in outs]
    return [json.loads(out.strip().splitlines()[-1]) for out, _ in outs]


def _inbox(root: Path, n: int = 30) -> Path:
    for i in range(n):
        (root / f"doc{i:02d}.txt").parent.mkdir(parents=True, exist_ok=True)
        (root / f"doc{i:02d}.txt").write_text(GOOD_ZH.format(day=1 + i % 28, qty=100 + i, amount=1000 + i), encoding="utf-8")
        (root / f"junk{i:02d}.txt").write_text(f"nothing to read here {i}", encoding="utf-8")
    return root


def _two_ingests(url: str, tmp_path: Path) -> None:
    inbox = _inbox(tmp_path / "inbox")
    make_engine(url)  # nothing migrated yet: the two ingests also race the migration
    a, b = _together(url, tmp_path, [str(inbox), str(inbox)])
    assert a["stored"] + b["stored"] == 30 and a["duplicates"] + b["duplicates"] == 30
    assert a["quarantined"] == b["quarantined"] == 30
    with make_engine(url).connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM document")).scalar_one() == 30
        assert conn.execute(text("SELECT COUNT(*) FROM quarantine")).scalar_one() == 30


def test_two_ingests_of_one_folder_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    _two_ingests(sqlite_url, tmp_path)


@pytest.mark.postgres
def test_two_ingests_of_one_folder_postgres(pg_url: str, tmp_path: Path) -> None:
    _two_ingests(pg_url, tmp_path)


def _fresh_migrations(url: str, tmp_path: Path) -> None:
    assert all(r["ok"] for r in _together(url, tmp_path, ["migrate"] * 4))
    with make_engine(url).connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM alembic_version")).scalar_one() == 1


def test_commands_on_a_fresh_database_migrate_once_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    _fresh_migrations(sqlite_url, tmp_path)


@pytest.mark.postgres
def test_commands_on_a_fresh_database_migrate_once_postgres(pg_url: str, tmp_path: Path) -> None:
    _fresh_migrations(pg_url, tmp_path)


@pytest.fixture
def cuttable_proxy(pg_url: str) -> Iterator[tuple[str, threading.Event]]:
    """A loopback TCP proxy to the test PostgreSQL; setting the event cuts every connection and
    refuses new ones (the database is gone)."""
    from sqlalchemy.engine import make_url

    target = make_url(pg_url)
    port = _free_port()
    cut = threading.Event()
    socks: list[socket.socket] = []
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen()
    listener.settimeout(0.1)

    def pump(a: socket.socket, b: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := a.recv(65536):
                b.sendall(data)

    def serve() -> None:
        while not cut.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            upstream = socket.create_connection((target.host or "127.0.0.1", target.port or 5432))
            socks.extend((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=pump, args=(a, b), daemon=True).start()
        listener.close()
        for s in socks:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield target.set(host="127.0.0.1", port=port).render_as_string(hide_password=False), cut
    cut.set()
    thread.join(timeout=5)


@pytest.mark.postgres
def test_database_lost_mid_ingest_exits_3_in_one_line(pg_url: str, cuttable_proxy: tuple[str, threading.Event],
                                                      tmp_path: Path) -> None:
    url, cut = cuttable_proxy
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(400):
        (inbox / f"doc{i:03d}.txt").write_text(GOOD_EN.format(day=1 + i % 28, lo=i, hi=i + 5), encoding="utf-8")
    env = {**os.environ, "COMPUTECAST_DATABASE_URL": url, "COMPUTECAST_DB_CONNECT_ATTEMPTS": "3",
           "COMPUTECAST_DB_RETRY_DELAY_S": "0.1"}
    proc = subprocess.Popen([str(BIN), "ingest", str(inbox)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    direct = make_engine(pg_url)
    deadline = time.monotonic() + 120
    while True:  # wait until the ingest is writing
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the ingest never stored anything"
        with contextlib.suppress(Exception), direct.connect() as conn:
            if conn.execute(text("SELECT COUNT(*) FROM document")).scalar_one() >= 5:
                break
        time.sleep(0.05)
    cut.set()
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 3, err
    assert "Traceback" not in err
    assert "was lost while storing" in err or "lost the database" in err, err
    assert len(err.strip().splitlines()) == 1, err
    with direct.connect() as conn:  # what was stored before the loss is whole: each document with its facts
        n_docs = conn.execute(text("SELECT COUNT(*) FROM document")).scalar_one()
        orphans = conn.execute(text(
            "SELECT COUNT(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM fact f WHERE f.document_id = d.id)"
        )).scalar_one()
    assert 5 <= n_docs < 400 and orphans == 0
    direct.dispose()


def test_db_current_unreachable_is_retried_and_exits_3(tmp_path: Path) -> None:
    env = {**os.environ, "COMPUTECAST_DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/test",
           "COMPUTECAST_DB_CONNECT_ATTEMPTS": "2", "COMPUTECAST_DB_RETRY_DELAY_S": "0.1"}
    result = subprocess.run([str(BIN), "db", "current"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 3, result.stderr
    assert "cannot reach the database" in result.stderr and "after 2 attempts" in result.stderr
    assert "retrying" in result.stderr and "Traceback" not in result.stderr


def test_sqlite_locked_beyond_busy_timeout_exits_3_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "warehouse.db"
    env = {**os.environ, "COMPUTECAST_DATABASE_URL": f"sqlite:///{db}", "COMPUTECAST_SQLITE_BUSY_TIMEOUT_S": "0.5",
           "COMPUTECAST_DB_CONNECT_ATTEMPTS": "2", "COMPUTECAST_DB_RETRY_DELAY_S": "0.1"}
    subprocess.run([str(BIN), "db", "upgrade"], check=True, capture_output=True, env=env, timeout=120)
    doc = tmp_path / "tender.txt"
    doc.write_text(GOOD_ZH.format(day=3, qty=10, amount=100), encoding="utf-8")
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    try:
        for args in (["ingest", str(doc)], ["forecast", "--draws", "100"]):
            result = subprocess.run([str(BIN), *args], capture_output=True, text=True, env=env, timeout=120)
            assert result.returncode == 3, (args, result.stderr)
            assert "locked" in result.stderr and "Traceback" not in result.stderr, result.stderr
    finally:
        holder.rollback()
        holder.close()
