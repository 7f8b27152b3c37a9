"""The ``computecast`` app: the top-level options, the command groups and the entry point.

Heavy modules (polars, scikit-learn, SQLAlchemy, Prefect) are imported inside the commands that
need them, so ``computecast --help`` starts quickly.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from cli import backtest, calc, documents, forecast, service, warehouse

app = typer.Typer(
    help="computecast: AI compute demand forecasts from tenders, capex announcements and market reports.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    epilog="Exit codes: 0 done (every input stored), 1 some inputs quarantined (listed) or an unexpected error, "
           "2 usage, 3 database unreachable, 4 not found (a path, a run id).",
)


def _version(value: bool) -> None:
    if value:
        from flows.jobs import code_version

        typer.echo(f"computecast {code_version()}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version (package and git commit) and exit.")] = False,
) -> None:
    """computecast: AI compute demand forecasts from tenders, capex announcements and market reports."""


for _group in (documents, forecast, backtest, warehouse, calc, service):
    _group.register(app)


def main() -> None:
    """Console-script entry point: every failure is one clear line and a documented exit code
    (0 done, 1 inputs quarantined or unexpected, 2 usage, 3 database unreachable, 4 not found),
    never a traceback (``COMPUTECAST_DEBUG=1`` shows it for unexpected errors)."""
    from cli.common import describe_failure

    try:
        app()
    except Exception as exc:  # the process boundary: one line, documented code
        if os.environ.get("COMPUTECAST_DEBUG"):
            raise
        message, code = describe_failure(exc)
        typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
        sys.exit(code)


if __name__ == "__main__":
    main()
