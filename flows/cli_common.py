"""Small helpers shared by the CLI modules: one way to fail, parse a date and open the warehouse.

Kept import-light: ``computecast --help`` loads this module.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, NoReturn

import typer


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
        fail(f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30")


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
