"""``computecast backtest`` (serial): prints the summary, stores the run, writes the scorecard PNG; clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()
DOCUMENTS = Path(__file__).resolve().parents[2] / "data" / "documents"


def test_backtest_prints_summary_and_writes_scorecard(db: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["ingest", str(DOCUMENTS)]).exit_code == 0
    png = tmp_path / "card.png"
    result = runner.invoke(app, ["backtest", "--start", "2022-12-31", "--end", "2024-12-31", "--every", "year",
                                 "--draws", "200", "--output", str(png)])
    assert result.exit_code == 0, result.output
    assert "3 origin(s) 2022-12-31 … 2024-12-31" in result.output
    assert "computecast (combined)" in result.output and "naive" in result.output and "drift" in result.output
    assert "backtest run 1 stored" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    again = runner.invoke(app, ["backtest", "--start", "2022-12-31", "--end", "2024-12-31", "--every", "year",
                                "--draws", "200", "--output", str(png), "--format", "json"])
    assert again.exit_code == 0 and '"backtest_run_id": 2' in again.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--dask-workers", "2", "--dask-address", "tcp://h:8786"], 2, "not both"),
        (["--start", "2025-01-01", "--end", "2024-01-01"], 2, "is after the end"),
        (["--start", "2024-01-01", "--end", "2024-02-01"], 2, "no quarter end lies between"),
        (["--start", "31/12/2021"], 2, "--start '31/12/2021' is not a date"),
    ],
)
def test_backtest_argument_errors(db: Path, args: list[str], code: int, message: str) -> None:
    result = runner.invoke(app, ["backtest", *args])
    assert result.exit_code == code
    assert message in result.output and len(result.output.strip().splitlines()) == 1
