"""Engine, configuration and migrations.

The database comes from ``COMPUTECAST_DATABASE_URL``; the default is the SQLite file
``computecast.db`` in the working directory (the embedded default). PostgreSQL in production:
``postgresql+psycopg://user@host:5432/dbname``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from warehouse.errors import DatabaseUnavailableError

DEFAULT_DATABASE_URL = "sqlite:///computecast.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)


def database_url() -> str:
    """The configured database URL (``COMPUTECAST_DATABASE_URL``), or the SQLite default."""
    return os.environ.get("COMPUTECAST_DATABASE_URL") or DEFAULT_DATABASE_URL


def sqlite_busy_timeout_s() -> float:
    """How long a SQLite writer waits for another one's lock: ``COMPUTECAST_SQLITE_BUSY_TIMEOUT_S``, default 30."""
    try:
        return max(0.0, float(os.environ.get("COMPUTECAST_SQLITE_BUSY_TIMEOUT_S", "30")))
    except ValueError as exc:
        raise ValueError("COMPUTECAST_SQLITE_BUSY_TIMEOUT_S must be a number of seconds") from exc


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url`` (default :func:`database_url`).

    SQLite gets WAL journalling, enforced foreign keys and a busy timeout (30 s,
    :func:`sqlite_busy_timeout_s`) so that two processes writing forecasts at once queue instead
    of failing.
    """
    url = url or database_url()
    if url.startswith("sqlite"):
        busy = sqlite_busy_timeout_s()
        engine = create_engine(url, connect_args={"timeout": busy}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA busy_timeout={int(busy * 1000)}")
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
                    f"{attempts} attempts ({' '.join(str(exc.orig).split())}); check that the server is running and "
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


#: Key of the PostgreSQL advisory lock held while migrating (any bigint; "cc" "mig" in ASCII).
MIGRATION_LOCK_KEY = 0x63636D6967


@contextlib.contextmanager
def _sqlite_migration_lock(engine: Engine) -> Iterator[None]:
    """An exclusive ``flock`` on ``<database file>.migrate.lock`` (nothing for an in-memory database)."""
    path = engine.url.database
    if not path or path == ":memory:" or path.startswith("file:"):
        yield
        return
    import fcntl

    with open(f"{path}.migrate.lock", "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the Alembic migrations up to ``revision`` (idempotent).

    Two processes starting on a fresh database at once would both create the tables; a lock
    makes the second wait and then find the schema at head: a transaction-scoped advisory lock on
    PostgreSQL (DDL is transactional there, so the second sees the first's tables only after its
    commit), an exclusive ``flock`` beside the file on SQLite.
    """
    from alembic import command

    wait_for_database(engine)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            command.upgrade(_alembic_config(conn), revision)
            _sync_at_head(conn)
        return
    with _sqlite_migration_lock(engine), engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
        _sync_at_head(conn)


def _sync_at_head(conn: Any) -> None:
    """Copy the reference data (metric catalogue, history) into a warehouse at the head revision."""
    from warehouse.reference import sync_reference

    if conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none() == head_revision():
        sync_reference(conn)


def sync_reference_data(engine: Engine) -> None:
    """:func:`warehouse.reference.sync_reference` under the migration lock (writes only what changed)."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            _sync_at_head(conn)
        return
    with _sqlite_migration_lock(engine), engine.begin() as conn:
        _sync_at_head(conn)


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
    """Apply migrations when the database is not at the head revision, then bring the reference data
    (``warehouse.reference``: metric catalogue, bundled history) up to date (every command calls this)."""
    wait_for_database(engine)
    if current_revision(engine) != head_revision():
        upgrade(engine)
        return
    try:
        sync_reference_data(engine)
    except DBAPIError as exc:  # e.g. a read-only file: the command still runs, on the copy it has
        log.warning("reference data not synced to the warehouse: %s", " ".join(str(exc.orig).split()))
