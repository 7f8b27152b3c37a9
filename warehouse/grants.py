"""A read-only PostgreSQL login for BI tools: SELECT on the warehouse views and nothing else.

PostgreSQL runs a view with its owner's privileges on the tables under it (views are not
``security_invoker`` unless asked), and the views are owned by the user that ran the migrations. So
the BI role gets USAGE on the schema and SELECT on the views only: no table, sequence or function
privilege, no CREATE on the schema. Run it again after a migration that adds views (idempotent).

The role is also made harmless as a session: it is a member of no other role (memberships of an
existing role are revoked, so ``SET ROLE`` leads nowhere), it cannot create temporary tables or
functions in the warehouse database (PUBLIC's TEMPORARY there is revoked: computecast never needs
it), every statement and idle transaction ends after ``statement_timeout_s`` (60 s by default) and
it has at most ``connection_limit`` sessions. PostgreSQL gives PUBLIC CONNECT on every database;
the other databases the role can reach are reported as warnings with the REVOKE to run (revoking
another database's PUBLIC rights is its owner's decision).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, text

from warehouse.errors import WarehouseError

ROLE_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
VIEW_PREFIXES = ("fct_", "v_", "dim_")
SQLITE_ADVICE = (
    "SQLite has no roles or grants, so there is no BI login to create. Give BI tools the database file "
    "opened read-only instead: SQLAlchemy `sqlite:///file:/path/computecast.db?mode=ro&uri=true`, "
    "DBeaver/DuckDB/Python sqlite3 `file:/path/computecast.db?mode=ro` (and a read-only file "
    "permission or a copy of the file if the tool cannot pass URI options). See 'Connect a BI tool' in the README."
)


class GrantError(WarehouseError):
    """The BI role could not be set up (wrong backend, bad name, unsafe existing role)."""


DEFAULT_STATEMENT_TIMEOUT_S = 60
DEFAULT_CONNECTION_LIMIT = 10


@dataclass(frozen=True)
class GrantResult:
    """What :func:`grant_bi_role` did."""

    role: str
    schema: str
    created: bool
    views: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    revoked_memberships: tuple[str, ...] = ()
    database: str = ""


def bi_views(conn: Connection) -> list[str]:
    """The BI views (``fct_*``, ``v_*``, ``dim_*``) of the current schema."""
    names = conn.execute(
        text("SELECT viewname FROM pg_views WHERE schemaname = current_schema() ORDER BY viewname")
    ).scalars()
    return [n for n in names if n.startswith(VIEW_PREFIXES)]


def grant_bi_role(engine: Engine, role: str, password: str | None = None, *,
                  statement_timeout_s: int = DEFAULT_STATEMENT_TIMEOUT_S,
                  connection_limit: int = DEFAULT_CONNECTION_LIMIT) -> GrantResult:
    """Create (or update) LOGIN role ``role`` that can SELECT the BI views and nothing else."""
    if statement_timeout_s < 1 or connection_limit < 1:
        raise GrantError("statement timeout and connection limit must be at least 1")
    if engine.dialect.name != "postgresql":
        raise GrantError(SQLITE_ADVICE if engine.dialect.name == "sqlite" else
                         f"grant-bi supports PostgreSQL only, not {engine.dialect.name}")
    if not ROLE_RE.match(role):
        raise GrantError(
            f"role name {role!r} is not a plain lower-case SQL identifier (letters, digits, _; at most 63)"
        )
    from psycopg import sql

    with engine.begin() as conn:
        dbapi = conn.connection.driver_connection
        assert dbapi is not None

        def run(statement: sql.Composable) -> None:
            conn.exec_driver_sql(statement.as_string(dbapi).replace("%", "%%"))

        database = conn.execute(text("SELECT current_database()")).scalar_one()

        ident = sql.Identifier(role)
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        if schema is None:
            raise GrantError("the connection has no current schema; set search_path to the warehouse schema")
        existing = conn.execute(
            text("SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = :r"),
            {"r": role},
        ).first()
        if existing is not None and any(existing):
            raise GrantError(
                f"role {role!r} exists and is privileged (superuser, bypassrls, createrole or createdb); "
                "it cannot be made read-only, pick another name"
            )
        current = conn.execute(text("SELECT current_user")).scalar_one()
        if current == role:
            raise GrantError(f"role {role!r} is the user running this command; pick another name")
        attrs = sql.SQL("LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS "
                        "CONNECTION LIMIT ") + sql.Literal(int(connection_limit))
        if existing is None:
            stmt = sql.SQL("CREATE ROLE {} ").format(ident) + attrs
        else:
            stmt = sql.SQL("ALTER ROLE {} ").format(ident) + attrs
        if password is not None:
            stmt = stmt + sql.SQL(" PASSWORD {}").format(sql.Literal(password))
        run(stmt)
        timeout = sql.Literal(f"{int(statement_timeout_s)}s")
        run(sql.SQL("ALTER ROLE {} SET statement_timeout = {}").format(ident, timeout))
        run(sql.SQL("ALTER ROLE {} SET idle_in_transaction_session_timeout = {}").format(ident, timeout))
        revoked = _revoke_memberships(conn, run, role)
        db_ident = sql.Identifier(database)
        run(sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM PUBLIC").format(db_ident))
        run(sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM {}").format(db_ident, ident))
        run(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db_ident, ident))

        schema_ident = sql.Identifier(schema)
        run(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(schema_ident, ident))
        run(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(schema_ident, ident))
        run(sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {} FROM {}").format(schema_ident, ident))
        run(sql.SQL("REVOKE ALL ON SCHEMA {} FROM {}").format(schema_ident, ident))
        run(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema_ident, ident))
        views = bi_views(conn)
        for view in views:
            run(sql.SQL("GRANT SELECT ON {}.{} TO {}").format(schema_ident, sql.Identifier(view), ident))
        warnings = _leftover_privileges(conn, role, schema) + _session_leftovers(conn, role, database)
    return GrantResult(role=role, schema=schema, created=existing is None, views=tuple(views), warnings=warnings,
                       revoked_memberships=revoked, database=database)


def _revoke_memberships(conn: Connection, run: Callable[[Any], None], role: str) -> tuple[str, ...]:
    """Revoke every role ``role`` is a member of; refuse when one cannot be revoked by this user."""
    from psycopg import sql
    from sqlalchemy.exc import DBAPIError

    query = text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :r ORDER BY g.rolname"
    )
    parents = tuple(conn.execute(query, {"r": role}).scalars())
    for parent in parents:
        try:
            with conn.begin_nested():
                run(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(parent), sql.Identifier(role)))
        except DBAPIError as exc:
            raise GrantError(
                f"role {role!r} is a member of {parent!r}, which this user cannot revoke ({exc.orig}); "
                "revoke it as that role's admin or pick another name"
            ) from exc
    left = conn.execute(query, {"r": role}).scalars().all()
    if left:
        raise GrantError(f"role {role!r} is still a member of {sorted(left)}; revoke that first or pick another name")
    return parents


def _session_leftovers(conn: Connection, role: str, database: str) -> tuple[str, ...]:
    """What the role can still do outside the views that this user cannot take away."""
    out: list[str] = []
    if conn.execute(text("SELECT has_database_privilege(:r, :d, 'TEMPORARY')"), {"r": role, "d": database}).scalar_one():
        out.append(
            f"{role!r} can still create temporary tables in database {database!r} (this user cannot revoke "
            f"TEMPORARY there); as its owner run `REVOKE TEMPORARY ON DATABASE {database} FROM PUBLIC`"
        )
    others = conn.execute(
        text("SELECT datname FROM pg_database WHERE datallowconn AND datname <> :d "
             "AND has_database_privilege(:r, datname, 'CONNECT') ORDER BY datname"),
        {"r": role, "d": database},
    ).scalars().all()
    if others:
        out.append(
            f"{role!r} can connect to database(s) {list(others)} through PUBLIC's default CONNECT (their "
            f"catalogs only, no warehouse data); to refuse it, run `REVOKE CONNECT ON DATABASE <name> FROM PUBLIC` "
            "on each and grant CONNECT to the roles that need it"
        )
    return tuple(out)


def _leftover_privileges(conn: Connection, role: str, schema: str) -> tuple[str, ...]:
    """Privileges the role still has through PUBLIC (which a per-role REVOKE cannot take away)."""
    out: list[str] = []
    if conn.execute(text("SELECT has_schema_privilege(:r, :s, 'CREATE')"), {"r": role, "s": schema}).scalar_one():
        out.append(
            f"PUBLIC may CREATE in schema {schema!r}, so {role!r} can create tables there; "
            f"run `REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC` (the default since PostgreSQL 15)"
        )
    tables = conn.execute(
        text(
            "SELECT tablename FROM pg_tables WHERE schemaname = :s AND "
            "(has_table_privilege(:r, quote_ident(schemaname) || '.' || quote_ident(tablename), 'SELECT') OR "
            " has_table_privilege(:r, quote_ident(schemaname) || '.' || quote_ident(tablename), 'INSERT'))"
        ),
        {"r": role, "s": schema},
    ).scalars().all()
    if tables:
        out.append(f"{role!r} can still read or write table(s) {sorted(tables)} through grants to PUBLIC; revoke them")
    return tuple(out)


def revoke_bi_role(engine: Engine, role: str) -> None:
    """Drop a BI role made by :func:`grant_bi_role` (its grants in this database first)."""
    if engine.dialect.name != "postgresql":
        raise GrantError(SQLITE_ADVICE)
    if not ROLE_RE.match(role):
        raise GrantError(f"role name {role!r} is not a plain lower-case SQL identifier")
    with engine.begin() as conn:
        conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
        conn.exec_driver_sql(f'DROP ROLE "{role}"')
