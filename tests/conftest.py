"""Shared fixtures: a real SQLite file, a real PostgreSQL schema, the shared corpus.

Prefect stays out of unit tests: ephemeral mode is off and Prefect's home is a throw-away
folder. Flow tests get one session-scoped ``prefect_test_harness`` (tests/flows/conftest.py).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ["PREFECT_SERVER_ALLOW_EPHEMERAL_MODE"] = "false"
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="computecast-prefect-"))

import pytest
from sqlalchemy import Engine, text

from warehouse.db import make_engine, upgrade

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
PG_URL = os.environ.get("COMPUTECAST_TEST_DATABASE_URL")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A SQLite warehouse file for commands run in the test (``COMPUTECAST_DATABASE_URL``)."""
    path = tmp_path / "warehouse.db"
    monkeypatch.setenv("COMPUTECAST_DATABASE_URL", f"sqlite:///{path}")
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'computecast.db'}"


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    engine = make_engine(sqlite_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def _pg_reachable() -> str | None:
    """None when usable, else the reason to skip."""
    if not PG_URL:
        return "COMPUTECAST_TEST_DATABASE_URL is not set (set it to a PostgreSQL URL to run these tests)"
    try:
        engine = make_engine(PG_URL)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure to connect means: skip on this machine
        return f"PostgreSQL at {PG_URL} is not reachable: {exc.__class__.__name__}"
    return None


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose connections live in a fresh schema of the test server, dropped afterwards."""
    reason = _pg_reachable()
    if reason:
        pytest.skip(reason)
    assert PG_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    """The warehouse on each backend: a SQLite file, and PostgreSQL where reachable."""
    name = "sqlite_engine" if request.param == "sqlite" else "pg_engine"
    return request.getfixturevalue(name)


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared corpus is not beside the repo ({SEEDS} missing)")
    return SEEDS
