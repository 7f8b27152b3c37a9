"""Human-readable rendering of forecast values (rich tables) with units people read."""

from __future__ import annotations

from typing import Any

import polars as pl
from rich.table import Table

from forecasting.quantity import format_band, format_quantity, format_range

__all__ = ["backtest_table", "forecast_table", "format_band", "format_quantity", "format_range", "headline"]

#: What an analyst looks at first: (metric, unit) in display order.
HEADLINE_TARGETS: tuple[tuple[str, str], ...] = (
    ("ai_server_market_size", "USD"),
    ("ai_server_shipments", "units"),
    ("accelerators", "units"),
    ("intelligent_compute_capacity", "FLOPS"),
    ("datacenter_power", "W"),
)


def headline(values: pl.DataFrame) -> pl.DataFrame:
    """Only the headline targets, in :data:`HEADLINE_TARGETS` order (all values when none match)."""
    order = {key: i for i, key in enumerate(HEADLINE_TARGETS)}
    picked = values.filter(
        pl.struct("metric", "unit").map_elements(lambda r: (r["metric"], r["unit"]) in order, return_dtype=pl.Boolean)
    )
    return picked if not picked.is_empty() else values


def forecast_table(values: pl.DataFrame, *, method: str = "combined", title: str = "") -> Table:
    """Targets down, years across, for one method; each cell is the P50 over its P10–P90 band as one
    range (``$51.2 bn`` over ``$25.6–102 bn``), each column labelled ``P50`` over ``P10–P90``."""
    chosen = values.filter(pl.col("method") == method)
    if chosen.is_empty():
        chosen = values
    periods = sorted(chosen["period"].unique().to_list())
    table = Table(title=title or f"Forecast ({method}): P50 (P10–P90 range)", show_lines=True)
    table.add_column("target", min_width=12, max_width=16)
    table.add_column("region / entity", min_width=6, max_width=10)
    for p in periods:
        table.add_column(f"{p}\nP50\n[dim]P10–P90[/dim]", justify="right", no_wrap=True)
    keys = chosen.select("metric", "region", "entity", "unit").unique(maintain_order=True)
    rank = {key: i for i, key in enumerate(HEADLINE_TARGETS)}
    ordered = sorted(keys.iter_rows(), key=lambda k: (rank.get((k[0], k[3]), len(rank)), k[0], k[3], k[1] or "", k[2] or ""))
    for metric, region, entity, unit in ordered:
        rows = chosen.filter(
            (pl.col("metric") == metric)
            & (pl.col("unit") == unit)
            & _eq_or_null("region", region)
            & _eq_or_null("entity", entity)
        )
        cells: dict[str, str] = {}
        for r in rows.iter_rows(named=True):
            cells[r["period"]] = (
                f"[bold]{format_quantity(r['p50'], unit)}[/bold]\n"
                f"[dim]{format_range(r['p10'], r['p90'], unit)}[/dim]"
            )
        label = metric.replace("_", " ")
        table.add_row(label, region or entity or "–", *(cells.get(p, "") for p in periods))
    return table


def _eq_or_null(col: str, value: Any) -> pl.Expr:
    return pl.col(col).is_null() if value is None else pl.col(col) == value


def backtest_table(summary: pl.DataFrame, *, title: str = "") -> Table:
    """The backtest summary for people: per method and horizon, n, P10–P90 coverage, median abs log error, mean CRPS."""
    table = Table(title=title, title_justify="left")
    for col in ("method", "horizon", "n", "with band", "P10–P90 coverage", "median |ln(actual/P50)|", "mean CRPS"):
        table.add_column(col, justify="left" if col == "method" else "right")
    for r in summary.iter_rows(named=True):
        coverage = "–" if r["coverage"] is None else f"{100 * r['coverage']:.0f} %"
        table.add_row(
            "computecast (combined)" if r["method"] == "combined" else r["method"], r["horizon"], str(r["n"]),
            str(r["n_band"]), coverage, f"{r['median_abs_log_error']:.3f}", f"{r['mean_crps']:.3f}",
        )
    return table
