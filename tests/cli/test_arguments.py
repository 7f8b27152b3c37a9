"""Issue 12: arguments are checked at the edge with one clear line, and nothing is published.

Before: ``--as-of 0001-01-01`` published NaN (PostgreSQL) or crashed (SQLite), ``1900-01-01``
published 1e-28 accelerators, ``9999-12-31`` and ``--draws 100000000`` ran out of memory,
``--seed -1``, seeds and run ids >= 2^31 crashed with a traceback.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from cli.main import app
from flows.jobs import ForecastArgumentError, check_forecast_arguments
from warehouse.db import make_engine

runner = CliRunner()


@pytest.mark.parametrize(("args", "says"), [
    (["forecast", "--as-of", "0001-01-01"], "before the first market history"),
    (["run", "--as-of", "1900-01-01"], "before the first market history"),
    (["forecast", "--as-of", "1900-01-01"], "before the first market history"),
    (["forecast", "--as-of", "9999-12-31"], "in the future"),
    (["forecast", "--as-of", "9999-12-31", "--allow-future"], "more than 10 years ahead"),
    (["forecast", "--draws", "100000000"], "use at most"),
    (["forecast", "--seed", "-1"], "--seed"),
    (["forecast", "--seed", str(2**31)], "--seed"),
    (["forecast", "--supersedes", str(2**31)], "--supersedes"),
    (["export", str(2**31)], "2147483647"),
    (["diff", "1", str(2**31 + 5)], "2147483647"),
])
def test_out_of_range_arguments_fail_in_one_line_and_publish_nothing(db: Path, args: list[str], says: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert says in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    if db.exists():
        with make_engine(f"sqlite:///{db}").connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM forecast_run")).scalar_one() == 0


def test_argument_bounds() -> None:
    today = date(2026, 12, 2)
    ok = dict(as_of=date(2024, 6, 30), today=today, first_history_end=date(2019, 12, 31), seed=0, draws=100,
              model_years=11, memory_bytes=4 << 30)
    check_forecast_arguments(**ok)  # type: ignore[arg-type]
    check_forecast_arguments(**{**ok, "seed": 2**31 - 1, "as_of": date(2019, 12, 31)})  # type: ignore[arg-type]
    check_forecast_arguments(**{**ok, "as_of": date(2030, 1, 1), "allow_future": True})  # type: ignore[arg-type]
    # 4 GiB available -> half of it at 240 bytes per draw-year (float64 draws) over 11 years: 813,440 draws
    check_forecast_arguments(**{**ok, "draws": 813_440})  # type: ignore[arg-type]
    for bad in ({"draws": 813_441}, {"draws": 99}, {"seed": -1}, {"seed": 2**31}, {"as_of": date(2019, 12, 30)},
                {"as_of": date(2026, 12, 3)}, {"as_of": date(2036, 12, 3), "allow_future": True}):
        with pytest.raises(ForecastArgumentError):
            check_forecast_arguments(**{**ok, **bad})  # type: ignore[arg-type]


def test_a_database_lost_mid_command_is_one_line_and_exit_3() -> None:
    from sqlalchemy.exc import OperationalError

    from cli.common import describe_failure

    lost = OperationalError("INSERT INTO forecast_value ...", {}, Exception("server closed the connection unexpectedly\n..."))
    message, code = describe_failure(lost)
    assert code == 3 and "lost the database" in message and "nothing partial was published" in message
    assert "\n" not in message
    locked = OperationalError("INSERT ...", {}, Exception("database is locked"))
    assert describe_failure(locked)[1] == 3 and "stayed locked" in describe_failure(locked)[0]
    assert describe_failure(RuntimeError("boom\nmore"))[0].startswith("unexpected RuntimeError: boom (")
