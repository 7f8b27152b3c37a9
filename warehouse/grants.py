"""A read-only PostgreSQL login for BI tools: SELECT on the warehouse views and nothing else.

PostgreSQL runs a view with its owner's privileges on the tables under it (views are not
``security_invoker`` unless asked), and the views are owned by the user that ran the migrations. So
the BI role gets USAGE on the schema and SELECT on the views only: no table, sequence or function
privilege, no CREATE on the schema. Run it again after a migration that adds views (idempotent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class GrantResult:
    """What :func:`grant_bi_role` did."""

    role: str
    schema: str
    created: bool
    views: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def bi_views(conn: Connection) -> list[str]:
    """The BI views (``fct_*``, ``v_*``, ``dim_*``) of the current schema."""
    names = conn.execute(
        text("SELECT viewname FROM pg_views WHERE schemaname = current_schema() ORDER BY viewname")
    ).scalars()
    return [n for n in names if n.startswith(VIEW_PREFIXES)]


def grant_bi_role(engine: Engine, role: str, password: str | None = None) -> GrantResult:
    """Create (or update) LOGIN role ``role`` that can SELECT the BI views and nothing else."""
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
        attrs = sql.SQL("LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS")
        if existing is None:
            stmt = sql.SQL("CREATE ROLE {} ").format(ident) + attrs
        else:
            stmt = sql.SQL("ALTER ROLE {} ").format(ident) + attrs
        if password is not None:
            stmt = stmt + sql.SQL(" PASSWORD {}").format(sql.Literal(password))
        run(stmt)

        schema_ident = sql.Identifier(schema)
        run(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(schema_ident, ident))
        run(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(schema_ident, ident))
        run(sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {} FROM {}").format(schema_ident, ident))
        run(sql.SQL("REVOKE ALL ON SCHEMA {} FROM {}").format(schema_ident, ident))
        run(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema_ident, ident))
        views = bi_views(conn)
        for view in views:
            run(sql.SQL("GRANT SELECT ON {}.{} TO {}").format(schema_ident, sql.Identifier(view), ident))
        warnings = _leftover_privileges(conn, role, schema)
    return GrantResult(role=role, schema=schema, created=existing is None, views=tuple(views), warnings=warnings)


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
