"""What a person reads: quantities with units, forecast bands as ranges, calculators as tables."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from rich.console import Console
from typer.testing import CliRunner

from cli.main import app
from cli.report import forecast_table
from forecasting.chips import CHIPS
from forecasting.quantity import format_band, format_quantity, format_range

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (51.2e9, "USD", "$51.2 bn"),
    (102.1e9, "USD", "$102 bn"),
    (999.96e9, "USD", "$1 tn"),          # rounding does not give "$1,000 bn"
    (7.3e9, "CNY", "¥7.3 bn"),
    (4.14e20, "FLOPS", "414 EFLOPS"),
    (2.3874e22, "FLOPS", "23.9 ZFLOPS"),
    (3.15e23, "FLOP", "3.15e23 FLOP"),
    (4539.39228515625, "W", "4.54 kW"),  # float32 noise is not printed
    (2.771e10, "W", "27.7 GW"),
    (1.27e6, "units", "1.27m units"),
    (12.34, "%", "12.3%"),
    (-3e9, "USD", "−$3 bn"),
    (float("nan"), "USD", "–"),
])
def test_a_quantity_has_three_significant_figures_and_its_unit(value: float, unit: str, shown: str) -> None:
    assert format_quantity(value, unit) == shown


def test_a_band_is_one_labelled_range_that_never_reads_negative() -> None:
    assert format_band(51.2e9, 25.6e9, 102.1e9, "USD") == "$51.2 bn (P10–P90 $25.6–102 bn)"
    assert format_range(644e9, 1.1e12, "USD") == "$0.644–1.1 tn"   # one scale: the upper bound's
    assert format_range(878e3, 1.87e6, "units") == "0.878–1.87m units"
    assert format_range(1e24, 5e24, "FLOP") == "1e24–5e24 FLOP"
    assert format_range(-5e9, 1e9, "USD") == "−$5 bn – $1 bn"      # a negative bound: spaced dash, real minus


def _values(rows: list[tuple[str, str, str, float, float, float, str]]) -> pl.DataFrame:
    return pl.DataFrame(
        [(m, r, None, p, "combined", lo, mid, hi, u) for m, r, p, lo, mid, hi, u in rows],
        schema={"metric": pl.Utf8, "region": pl.Utf8, "entity": pl.Utf8, "period": pl.Utf8, "method": pl.Utf8,
                "p10": pl.Float64, "p50": pl.Float64, "p90": pl.Float64, "unit": pl.Utf8},
        orient="row",
    )


def test_the_forecast_table_shows_p50_over_its_band_with_units_and_no_leading_dash() -> None:
    values = _values([
        ("ai_server_market_size", "GLOBAL", "2026", 25.6e9, 51.2e9, 102.1e9, "USD"),
        ("ai_server_market_size", "GLOBAL", "2027", 644e9, 891e9, 1.1e12, "USD"),
        ("datacenter_power", "CN", "2026", 1.86e9, 3.1e9, 4.83e9, "W"),
    ])
    console = Console(width=150, record=True)
    console.print(forecast_table(values, title="t"))
    text = console.export_text()
    assert "$51.2 bn" in text and "$25.6–102 bn" in text and "$0.644–1.1 tn" in text
    assert "3.1 GW" in text and "1.86–4.83 GW" in text
    assert "P10–P90" in text and "P50" in text
    assert not re.search(r"│\s*[–-]\$?\d", text), text  # the bug: a P90 line reading "–$102.1 bn"


def test_the_chart_and_the_cli_share_one_formatter_and_the_chart_needs_no_cli() -> None:
    code = ("import sys, warehouse.chart as c, forecasting.quantity as q; "
            "assert c.format_quantity is q.format_quantity; "
            "print(sorted(m for m in sys.modules if m == 'flows' or m.startswith('flows.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True, timeout=120)
    assert out.stdout.strip() == "[]"


def test_calc_prints_a_table_by_default_and_json_on_request() -> None:
    args = ["calc", "train", "--params", "175e9", "--tokens", "300e9", "--chip", "A100", "--utilization", "0.2"]
    table = runner.invoke(app, args)
    assert table.exit_code == 0, table.output
    assert "3.65k PF-days" in table.output and "3.15e23 FLOP" in table.output and "20%" in table.output
    assert "3645.8333333333335" not in table.output
    out = json.loads(runner.invoke(app, [*args, "--format", "json"]).output)
    assert out["pf_days"] == pytest.approx(3.15e23 / 8.64e19)


def test_an_unknown_chip_is_a_usage_error_naming_the_known_ones() -> None:
    result = runner.invoke(app, ["calc", "infer", "--active-params", "70e9", "--tokens-per-day", "1e12", "--chip", "Z9"])
    assert result.exit_code == 2 and "Z9" in result.output and "Ascend 910B" in result.output


def test_every_chip_the_readme_names_is_in_the_catalogue() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\b(A100|H\d{2,3}|B\d00|GB\d00|Ascend \d{3}[A-Z]?|MI\d{3}X?)\b", readme))
    assert named, "the README names no chip: the pattern is stale"
    assert named <= set(CHIPS), f"named in the README but not in the catalogue: {sorted(named - set(CHIPS))}"
