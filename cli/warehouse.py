"""``computecast db ...``: the warehouse schema and BI access."""

from __future__ import annotations

from typing import Annotated

import typer

from cli.common import fail as _fail
from cli.common import open_engine as _engine

db_app = typer.Typer(help="Database schema and access.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply the schema migrations (every command also does this on a fresh database)."""
    from warehouse.db import current_revision, database_url, make_engine, upgrade

    engine = make_engine()
    upgrade(engine, revision)
    typer.echo(f"{engine.url.render_as_string(hide_password=True) if database_url() else ''} at revision {current_revision(engine)}")


@db_app.command("current")
def db_current() -> None:
    """Print the schema revision of the configured database (retried like every connection)."""
    from warehouse.db import current_revision, make_engine, wait_for_database
    from warehouse.errors import DatabaseUnavailableError

    engine = make_engine()
    try:
        wait_for_database(engine)
    except DatabaseUnavailableError as exc:
        _fail(str(exc), code=3)
    typer.echo(current_revision(engine) or "empty (no migrations applied)")


@db_app.command("grant-bi")
def grant_bi(
    role: Annotated[str, typer.Argument(help="Login role for BI tools (created if missing).")],
    password: Annotated[str | None, typer.Option(help="Password to set for the role.")] = None,
    statement_timeout: Annotated[int, typer.Option("--statement-timeout", min=1, help="Seconds after which the role's statements and idle transactions are cancelled.")] = 60,
    connection_limit: Annotated[int, typer.Option("--connection-limit", min=1, help="Most sessions the role may hold at once.")] = 10,
) -> None:
    """PostgreSQL: a LOGIN role that can SELECT the fct_/v_/dim_ views and nothing else."""
    from warehouse.errors import WarehouseError
    from warehouse.grants import grant_bi_role

    engine = _engine()
    try:
        result = grant_bi_role(engine, role, password, statement_timeout_s=statement_timeout,
                               connection_limit=connection_limit)
    except WarehouseError as exc:
        _fail(str(exc), code=2)
    verb = "created" if result.created else "updated"
    typer.echo(
        f"{verb} role {result.role}: SELECT on {len(result.views)} view(s) of schema {result.schema} "
        f"({', '.join(result.views)}); no table access, no writes, no temporary tables, "
        f"statements cancelled after {statement_timeout} s, at most {connection_limit} connection(s)"
        + (f"; revoked its membership in {', '.join(result.revoked_memberships)}" if result.revoked_memberships else "")
    )
    for w in result.warnings:
        typer.secho(f"warning: {w}", err=True, fg=typer.colors.YELLOW)


def register(app: typer.Typer) -> None:
    """Add ``db upgrade``, ``db current`` and ``db grant-bi`` to the ``computecast`` app."""
    app.add_typer(db_app, name="db")
