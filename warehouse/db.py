"""Engine, configuration and migrations.

The database comes from ``COMPUTECAST_DATABASE_URL``; the default is the SQLite file
``computecast.db`` in the working directory (the embedded default). PostgreSQL in production:
``postgresql+psycopg://user@host:5432/dbname``.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError

from warehouse.errors import DatabaseUnavailableError

DEFAULT_DATABASE_URL = "sqlite:///computecast.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)


def database_url() -> str:
    """The configured database URL (``COMPUTECAST_DATABASE_URL``), or the SQLite default."""
    return os.environ.get("COMPUTECAST_DATABASE_URL") or DEFAULT_DATABASE_URL


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url`` (default :func:`database_url`).

    SQLite gets WAL journalling, enforced foreign keys and a 30 s busy timeout so that two
    processes writing forecasts at once queue instead of failing.
    """
    url = url or database_url()
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def retry_policy() -> tuple[int, float]:
    """Connection attempts and first back-off delay: ``COMPUTECAST_DB_CONNECT_ATTEMPTS`` (default 5)
    and ``COMPUTECAST_DB_RETRY_DELAY_S`` (default 0.5; doubles after each failure, so the default
    waits 0.5 + 1 + 2 + 4 = 7.5 s before giving up)."""
    try:
        attempts = int(os.environ.get("COMPUTECAST_DB_CONNECT_ATTEMPTS", "5"))
        delay = float(os.environ.get("COMPUTECAST_DB_RETRY_DELAY_S", "0.5"))
    except ValueError as exc:
        raise ValueError(
            "COMPUTECAST_DB_CONNECT_ATTEMPTS must be an integer and COMPUTECAST_DB_RETRY_DELAY_S a number of seconds"
        ) from exc
    return max(1, attempts), max(0.0, delay)


def wait_for_database(engine: Engine, *, attempts: int | None = None, first_delay_s: float | None = None) -> None:
    """Connect with exponential backoff; raise :class:`DatabaseUnavailableError` if it never answers."""
    default_attempts, default_delay = retry_policy()
    attempts = attempts or default_attempts
    delay = default_delay if first_delay_s is None else first_delay_s
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return
        except OperationalError as exc:
            if attempt == attempts:
                raise DatabaseUnavailableError(
                    f"cannot reach the database at {engine.url.render_as_string(hide_password=True)} after "
                    f"{attempts} attempts ({exc.orig}); check that the server is running and "
                    "COMPUTECAST_DATABASE_URL is right"
                ) from exc
            log.warning("database not reachable (attempt %d/%d), retrying in %.1f s", attempt, attempts, delay)
            time.sleep(delay)
            delay *= 2


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the Alembic migrations up to ``revision`` (idempotent)."""
    from alembic import command

    wait_for_database(engine)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None for a fresh database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def head_revision() -> str:
    """The newest migration shipped with this code."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() or ""


def ensure_schema(engine: Engine) -> None:
    """Apply migrations when the database is not at the head revision (every command calls this)."""
    wait_for_database(engine)
    if current_revision(engine) != head_revision():
        upgrade(engine)
