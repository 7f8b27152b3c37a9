"""Small helpers shared by the CLI modules: one way to fail, parse a date, open the warehouse
and print (output formats, a console wide enough for tables).

Kept import-light: ``computecast --help`` loads this module.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from typing import Any, NoReturn

import typer

#: Largest INTEGER on PostgreSQL (int4): run ids and seeds above it are refused at the edge.
INT4_MAX = 2**31 - 1


#: ``flows.jobs.DEFAULT_SEED`` and ``DEFAULT_DRAWS`` as ``--help`` shows them (importing flows.jobs
#: would slow ``--help``; tests/cli/test_help.py keeps them equal).
DEFAULT_SEED_SHOWN, DEFAULT_DRAWS_SHOWN = "20240101", "10000"

#: The exit codes of every command (README, "Exit codes").
EXIT_OK, EXIT_QUARANTINED, EXIT_USAGE, EXIT_UNREACHABLE, EXIT_NOT_FOUND = 0, 1, 2, 3, 4


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def console() -> Any:
    """A rich console; wide enough for a year-by-year table when output goes to a file or pipe."""
    from rich.console import Console

    out = Console()
    if not out.is_terminal:
        out = Console(width=150)
    return out


def local_prefect_env() -> None:
    """Quiet, patient defaults for commands that run flows on Prefect's local (ephemeral) API: no
    analytics, warnings only, and two minutes for the local server to start on a busy machine
    (Prefect's 20 s is not always enough there). The user's own settings win."""
    import os

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` in red on stderr and exit with ``code``."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def parse_date(value: str | None, *, option: str = "--as-of") -> date | None:
    """An ISO date from a command-line option, or a clear error naming the expected form."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30", code=EXIT_USAGE)


def check_paths_exist(paths: list[str]) -> None:
    """Exit 4 naming every local path that does not exist (a mistyped path reads nothing).

    URLs are fetched later; a broken symlink exists (it is quarantined with its reason).
    """
    import os

    missing = [p for p in paths if not p.startswith(("http://", "https://")) and not os.path.lexists(p)]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)} (nothing was read)", code=EXIT_NOT_FOUND)


def not_found_or_unreachable(exc: BaseException) -> int:
    """4 for something asked for that is not in the warehouse, else 3 (the database failed)."""
    from warehouse.errors import NotFoundError

    return EXIT_NOT_FOUND if isinstance(exc, NotFoundError) else EXIT_UNREACHABLE


def open_engine() -> Any:
    """The configured warehouse, migrated; an unreachable database exits with code 3."""
    from flows.jobs import open_warehouse
    from warehouse.errors import DatabaseUnavailableError

    try:
        return open_warehouse()
    except DatabaseUnavailableError as exc:
        fail(str(exc), code=3)


def to_json(obj: Any) -> str:
    """Indented JSON for command output; dates and datetimes as ISO strings, Chinese kept as is."""
    return json.dumps(obj, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v),
                      ensure_ascii=False, indent=2)


def describe_failure(exc: BaseException) -> tuple[str, int]:
    """``(one-line message, exit code)`` for an exception that reached the command line.

    4: a run (or other thing asked for) is not in the warehouse; 3: the database is
    unreachable, was lost mid-command, or stayed locked (nothing partial is published: a vintage
    is one transaction; ingested inputs before the loss are kept); 2: an argument outside what
    the command supports; 1: anything else.
    """
    from sqlalchemy.exc import DBAPIError, OperationalError

    from flows.jobs import ForecastArgumentError
    from warehouse.db import database_url
    from warehouse.errors import WarehouseError

    if isinstance(exc, WarehouseError):
        return str(exc), not_found_or_unreachable(exc)
    if isinstance(exc, ForecastArgumentError):
        return str(exc), 2
    if isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        detail = (str(exc.orig) if exc.orig is not None else str(exc)).strip().splitlines()
        first = detail[0] if detail else type(exc).__name__
        where = database_url().split("@")[-1]
        if "locked" in first:
            return (f"the database {where} stayed locked by another process beyond the busy timeout ({first}); "
                    "nothing partial was written, run the command again when the other one finishes"), 3
        return (f"lost the database {where} during the command ({first}); nothing partial was published "
                "(a vintage is one transaction), run the command again when the database is back"), 3
    first_line = (str(exc).strip().splitlines() or [""])[0][:300]
    return f"unexpected {type(exc).__name__}: {first_line} (set COMPUTECAST_DEBUG=1 for the traceback)", 1


#: ``update(description, done, total)`` of a :func:`progress_bar`.
Update = Callable[[str, int, int | None], None]


def progress_wanted(enabled: bool = True) -> bool:
    """Whether to draw progress: only for people, i.e. when stderr is a terminal (never in pipes,
    files, captured test output or ``--format json``, whose callers pass ``enabled=False``)."""
    return enabled and sys.stderr.isatty()


@contextmanager
def progress_bar(description: str, total: int | None = None, *, enabled: bool = True) -> Iterator[Update]:
    """A rich progress bar on stderr that advances as the work reports it, cleared when done.

    Yields ``update(description, done, total)``; with stderr not a terminal (or ``enabled`` false)
    it does nothing and costs nothing.
    """
    if not progress_wanted(enabled):
        yield lambda description, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)

        def update(description: str, done: int, total: int | None) -> None:
            bar.update(task, description=description, completed=done, total=total)

        yield update
