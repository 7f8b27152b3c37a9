"""A real Prefect server and a served computecast in subprocesses, for the end-to-end test and the
latency benchmark. Every wait is bounded; every process started here is stopped on exit (its
whole process group: the server's and the runner's children included)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, text

from connectors.model import sha256_hex

BIN = Path(sys.executable).parent
T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(check: Callable[[], T | None], *, timeout: float, interval: float = 0.25, what: str = "condition") -> T:
    """Call ``check`` until it returns something truthy; TimeoutError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def api_post(api: str, path: str, body: dict[str, Any] | None = None, timeout: float = 10) -> Any:
    req = urllib.request.Request(
        f"{api}{path}", data=json.dumps(body or {}).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read() or b"null")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def stop(proc: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    """SIGINT the process group of ``proc`` (started with a new session; Prefect shuts down cleanly
    on it), then SIGTERM, then SIGKILL."""
    if proc.poll() is not None:
        return
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=grace)


@contextlib.contextmanager
def prefect_server_database() -> Iterator[str | None]:
    """A fresh, empty PostgreSQL database for the Prefect server itself, dropped afterwards.

    ``COMPUTECAST_TEST_PREFECT_DATABASE_URL`` names one explicitly; otherwise, where
    ``COMPUTECAST_TEST_DATABASE_URL`` points at a reachable server (CI), a database is created
    there. Without either the server keeps its SQLite file, which can stall for up to a minute on
    "database is locked" under bursts of runs: slower, same outcome.
    """
    explicit = os.environ.get("COMPUTECAST_TEST_PREFECT_DATABASE_URL")
    base = os.environ.get("COMPUTECAST_TEST_DATABASE_URL")
    if explicit or not base:
        yield explicit
        return
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"prefect_e2e_{uuid.uuid4().hex[:10]}"
    conninfo = dict(host=url.host or "127.0.0.1", port=url.port or 5432, user=url.username or "postgres",
                    password=url.password, dbname=url.database or "postgres")
    try:
        with psycopg.connect(**conninfo, autocommit=True) as conn:  # type: ignore[arg-type]
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error:
        yield None
        return
    try:
        yield url.set(drivername="postgresql+asyncpg", database=name, query={}).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(**conninfo, autocommit=True) as conn:  # type: ignore[arg-type]
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def base_env(prefect_home: Path, prefect_db: str | None = None) -> dict[str, str]:
    """The environment of the children: a private PREFECT_HOME, no inherited API or profile."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "COMPUTECAST_"))}
    env.update(
        PREFECT_HOME=str(prefect_home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_UI_ENABLED="false",
        # queued (concurrency-limited) runs look for a free slot every 2 s instead of 30 s
        PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS="2",
        PYTHONUNBUFFERED="1",
    )
    # The server's own database: SQLite in PREFECT_HOME unless a PostgreSQL URL is given
    # (see prefect_server_database)
    if prefect_db:
        env["PREFECT_API_DATABASE_CONNECTION_URL"] = prefect_db
    return env


@dataclass
class Service:
    """A running server plus ``computecast serve --watch``."""

    api: str
    inbox: Path
    database_url: str
    logs: Path


@contextlib.contextmanager
def served_computecast(tmp: Path, *, limit: int = 4, interval: float = 0.5, startup_timeout: float = 120) -> Iterator[Service]:
    """Start ``prefect server start`` on a free loopback port and ``computecast serve --limit N
    --watch INBOX`` against it (warehouse: a SQLite file in ``tmp``); stop both on exit."""
    home, inbox, logs = tmp / "prefect-home", tmp / "inbox", tmp / "logs"
    for folder in (home, inbox, logs):
        folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    procs: list[subprocess.Popen[bytes]] = []
    with contextlib.ExitStack() as stack:
        env = base_env(home, stack.enter_context(prefect_server_database()))
        yield from _serve(tmp, procs, env, api, port, inbox, logs, limit=limit, interval=interval,
                          startup_timeout=startup_timeout)


def _serve(tmp: Path, procs: list[subprocess.Popen[bytes]], env: dict[str, str], api: str, port: int, inbox: Path,
           logs: Path, *, limit: int, interval: float, startup_timeout: float) -> Iterator[Service]:
    try:
        with (logs / "server.log").open("wb") as out:
            procs.append(subprocess.Popen(
                [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            ))
        wait_for(lambda: procs[0].poll() is None and _healthy(f"{api}/health"), timeout=startup_timeout,
                 interval=0.5, what=f"the Prefect server on port {port} (log: {logs / 'server.log'})")
        url = f"sqlite:///{tmp / 'warehouse.db'}"
        served_env = {**env, "PREFECT_API_URL": api, "COMPUTECAST_DATABASE_URL": url}
        with (logs / "serve.log").open("wb") as out:
            procs.append(subprocess.Popen(
                [str(BIN / "computecast"), "serve", "--limit", str(limit), "--watch", str(inbox),
                 "--interval", str(interval), "--no-schedule"],
                env=served_env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp,
            ))

        def ready() -> bool:
            if procs[1].poll() is not None:
                raise RuntimeError(f"computecast serve exited: {(logs / 'serve.log').read_text(errors='replace')[-3000:]}")
            deps = api_post(api, "/deployments/filter")
            autos = api_post(api, "/automations/filter")
            return len(deps) >= 5 and any("computecast" in a["name"] for a in autos)

        wait_for(ready, timeout=startup_timeout, interval=0.5, what="the served deployments and their trigger")
        yield Service(api=api, inbox=inbox, database_url=url, logs=logs)
    finally:
        for proc in reversed(procs):
            stop(proc)


def file_sha256(path: Path) -> str:
    """The content address a document file is stored under (:func:`connectors.model.sha256_hex`)."""
    return sha256_hex(path.read_bytes())


def facts_of(engine: Engine, path: Path) -> set[int]:
    """Ids of the facts stored from the document file ``path``."""
    with engine.connect() as conn:
        return set(conn.execute(
            text("SELECT x.id FROM fact x JOIN document d ON d.id = x.document_id WHERE d.sha256 = :s"),
            {"s": file_sha256(path)},
        ).scalars())


def events_named(api: str, name: str) -> list[dict[str, Any]]:
    """Events called ``name`` the server has received (newest first; one page: up to 50)."""
    page = api_post(api, "/events/filter", {"filter": {"event": {"name": [name]}}, "limit": 50})
    return list(page["events"])


def triggered_forecasts_settled(api: str) -> bool:
    """True when every ``computecast.facts.ingested`` event has its forecast-on-event flow run and
    all of them have finished: no event lost, nothing left in the queue."""
    events = events_named(api, "computecast.facts.ingested")
    runs = api_post(api, "/flow_runs/filter", {"flows": {"name": {"any_": ["computecast-forecast"]}}})
    triggered = [r for r in runs if r["parameters"].get("trigger") == "event"]
    finished = all(r["state"] and r["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") for r in triggered)
    return len(triggered) == len(events) and finished


def pending_forecast_runs(api: str) -> int:
    """Flow runs of computecast-forecast that have not finished yet (scheduled, pending, running)."""
    runs = api_post(api, "/flow_runs/filter", {
        "flow_runs": {"state": {"type": {"any_": ["SCHEDULED", "PENDING", "RUNNING", "CANCELLING"]}}},
        "flows": {"name": {"any_": ["computecast-forecast"]}},
    })
    return len(runs)
