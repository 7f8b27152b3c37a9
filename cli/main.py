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
    from cli.common import EXIT_USAGE, describe_failure

    try:  # Typer 0.2x carries its own copy of click
        from typer._click import exceptions as click
    except ImportError:  # older Typer uses click itself
        from click import exceptions as click  # type: ignore[no-redef]

    try:
        code = app(standalone_mode=False)
    except click.NoArgsIsHelpError as exc:  # a group without its command: its help
        from typer import rich_utils

        rich_utils.rich_format_error(exc)
        sys.exit(EXIT_USAGE)
    except click.UsageError as exc:  # an unknown command or option, a value of the wrong type
        where = exc.ctx.command_path if exc.ctx is not None else "computecast"
        message = " ".join(exc.format_message().split())
        typer.secho(f"error: {message} (see `{where} --help`)", err=True, fg=typer.colors.RED)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        typer.secho(f"error: {' '.join(exc.format_message().split())}", err=True, fg=typer.colors.RED)
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.secho("error: aborted", err=True, fg=typer.colors.RED)
        sys.exit(1)
    except Exception as exc:  # the process boundary: one line, documented code
        if os.environ.get("COMPUTECAST_DEBUG"):
            raise
        message, code = describe_failure(exc)
        typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
        sys.exit(code)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
