"""Bundled market history (``data/history.csv``), its as-of cut, and the annual series the regressions read.

History rows have ``metric, region, entity, period, value, unit, published_on, source``; market
rows are keyed by ``region``, company rows by ``entity`` (FACTS.md). ``published_on`` is the date
the figure was first made public (an earnings release, a tracker's or report's release); a
*revision* is a second row for the same key with its own, later ``published_on`` (as ALFRED keeps
the real-time vintages of FRED series). ``source`` names the figure's source and where its date
comes from; dates the source does not state are marked ASSUMED and set late, never early.

**As-of cut for history** (point in time): a row is visible at ``as_of`` iff it was published by
then *and* its period has ended (``published_on <= as_of`` and ``period_end(period) <= as_of``;
Nvidia fiscal quarters end per :func:`units.period_end`; a figure published before its year ended
is an estimate and waits for the year end). Of the visible rows of one key the latest published
wins. So a forecast as of 2023-12-31 sees China's 2022 intelligent compute as first reported
(268.0 EFLOPS) only until the revision (259.9) appears, and does not see the 2023 AI-server
market that IDC published in 2024. Re-running an old ``as_of`` with the same history file, facts
and scenario reproduces that vintage exactly, and adding rows published later changes nothing.

**Facts over history**: a visible fact with ``basis = actual`` and a whole-year (or, for Nvidia,
fiscal-quarter) period overrides the history row with the same key (metric, region/entity,
period) or adds one. Several facts for one key are combined by median and disagreements are
recorded as conflicts (:mod:`forecasting.facts`). Money in CNY is converted to USD at the
scenario's annual-average rate for that year (``fx.annual_average``; the forecast rate's median
where a year is missing).

**Series** (calendar years):

* ``ai_server_market_size`` per region (USD), ``intelligent_compute_capacity`` per region (FLOPS);
* ``nvidia_dc_revenue``: Nvidia fiscal quarters summed per fiscal year and mapped to the calendar
  year the fiscal year mostly covers (FY2025 = Feb 2024 – Jan 2025 → 2024); incomplete fiscal
  years are left out; a whole ``FYnnnn`` fact replaces the quarter sum;
* ``hyperscaler_capex``: sum of the scenario's hyperscalers' capex, for years where all report;
* ``ai_server_market_size`` GLOBAL: the references hold no global AI-server market series, so
  for years without a direct figure it is *derived* as Nvidia data-center revenue × the
  scenario's ``history.global_server_per_nvidia_dc`` (documented there). Direct figures win.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from forecasting.facts import FactLedger, combine_group
from forecasting.scenario import Scenario
from forecasting.units import PeriodError, calendar_year, fiscal_quarter, period_end

HISTORY_COLUMNS = ("metric", "region", "entity", "period", "value", "unit", "published_on", "source")
#: The columns that name one figure; several rows of a key are its vintages (``published_on``).
HISTORY_KEY = ("metric", "region", "entity", "period", "unit")
HISTORY_SCHEMA: dict[str, Any] = {
    "metric": pl.String,
    "region": pl.String,
    "entity": pl.String,
    "period": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "published_on": pl.Date,
    "source": pl.String,
}
#: Metrics read from history/facts as annual market series keyed by region.
MARKET_METRICS = {"ai_server_market_size": "USD", "intelligent_compute_capacity": "FLOPS"}
#: Metrics whose history rows and ``actual`` facts make the series the forecast stands on, and what each series does.
HISTORY_METRICS: dict[str, str] = {
    "ai_server_market_size": "a region's AI-server market series: anchors the bottom-up; regression members and backtests",
    "intelligent_compute_capacity": "a region's installed-compute series: regression members and backtests",
    "datacenter_revenue": "Nvidia data-center revenue: the global AI-server market where no direct figure exists (× history.global_server_per_nvidia_dc)",
    "capex": "hyperscaler capex: the driver of regression_driver; an entity's latest year sets its history_ratio",
}


class HistoryError(ValueError):
    """The history CSV is malformed; the message names the line and column."""


def parse_history(csv_text: str) -> pl.DataFrame:
    """Parse and validate history CSV text into a frame with :data:`HISTORY_COLUMNS`."""
    reader = csv.DictReader(io.StringIO(csv_text))
    header = reader.fieldnames or []
    missing = [c for c in HISTORY_COLUMNS if c not in header]
    if missing:
        raise HistoryError(f"history CSV lacks column(s) {missing}; the header must name {list(HISTORY_COLUMNS)}")
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()
    for line_no, raw in enumerate(reader, start=2):
        row = {c: (raw.get(c) or "").strip() or None for c in HISTORY_COLUMNS}
        where = f"history line {line_no}"
        if not row["metric"] or not row["unit"] or not row["period"]:
            raise HistoryError(f"{where}: metric, period and unit are required")
        if not row["source"]:
            raise HistoryError(f"{where}: every figure needs a source")
        if (row["region"] is None) == (row["entity"] is None):
            raise HistoryError(f"{where}: give exactly one of region (market figures) or entity (company figures)")
        try:
            period_end(str(row["period"]))
        except PeriodError as exc:
            raise HistoryError(f"{where}: {exc}") from exc
        try:
            value = float(str(row["value"]))
        except ValueError as exc:
            raise HistoryError(f"{where}: value {row['value']!r} is not a number") from exc
        if not math.isfinite(value):
            raise HistoryError(f"{where}: value must be finite")
        row["value"] = value
        try:
            row["published_on"] = dt.date.fromisoformat(str(row["published_on"]))
        except ValueError as exc:
            raise HistoryError(
                f"{where}: published_on {row['published_on']!r} is not a date (YYYY-MM-DD, when the figure was first public)"
            ) from exc
        key = (str(row["metric"]), str(row["region"]), str(row["entity"]), str(row["period"]), str(row["unit"]),
               str(row["published_on"]))
        if key in seen:
            raise HistoryError(
                f"{where}: duplicate key {key}; keep one row per metric/region/entity/period/unit and publication date"
            )
        seen.add(key)
        rows.append(row)
    return pl.DataFrame(rows, schema=HISTORY_SCHEMA, orient="row")


def history_as_of(history: pl.DataFrame, as_of: dt.date) -> pl.DataFrame:
    """What was public at ``as_of``: rows published and with their period ended by then, latest vintage per key."""
    ended = pl.Series([period_end(p) <= as_of for p in history["period"].to_list()], dtype=pl.Boolean)
    visible = history.filter(ended & (pl.col("published_on") <= as_of))
    latest = visible.with_columns(pl.col("published_on").max().over(HISTORY_KEY).alias("_latest"))
    return latest.filter(pl.col("published_on") == pl.col("_latest")).drop("_latest")


@dataclass
class AnnualSeries:
    """One annual series: ``values[year]`` plus where each point came from."""

    name: str
    unit: str
    values: dict[int, float] = field(default_factory=dict)
    origin: dict[int, str] = field(default_factory=dict)
    fact_ids: dict[int, list[int]] = field(default_factory=dict)

    def years(self) -> list[int]:
        """Sorted years with a value."""
        return sorted(self.values)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready view for ``parameters``."""
        return {
            "unit": self.unit,
            "values": {str(y): self.values[y] for y in self.years()},
            "origin": {str(y): self.origin[y] for y in self.years()},
        }


def _usd(value: float, unit: str, year: int | None, scenario: Scenario) -> float | None:
    if unit == "USD":
        return value
    if unit == "CNY":
        rate = scenario.fx_annual_average.get(year) if year is not None else None
        return value / (rate if rate is not None else scenario.fx_usd_cny.median)
    return None


def _fact_table(facts: pl.DataFrame, scenario: Scenario, ledger: FactLedger) -> dict[tuple[str, str, str], tuple[list[float], list[int]]]:
    """Actual facts that can override history, keyed (metric, region-or-entity, period), in canonical units."""
    out: dict[tuple[str, str, str], tuple[list[float], list[int]]] = defaultdict(lambda: ([], []))
    relevant = facts.filter(pl.col("metric").is_in(list(HISTORY_METRICS)))
    for row in relevant.iter_rows(named=True):
        metric, period = row["metric"], row["period"]
        if row["basis"] != "actual":
            ledger.skip(f"{metric}:basis_{row['basis']}")
            continue
        if period is None:
            ledger.skip(f"{metric}:no_period")
            continue
        if metric in MARKET_METRICS:
            year = calendar_year(period)
            if row["region"] is None or year is None or period.startswith("FY"):
                ledger.skip(f"{metric}:not_a_region_year")
                continue
            who = row["region"]
            value = _usd(row["value"], row["unit"], year, scenario) if MARKET_METRICS[metric] == "USD" else (
                row["value"] if row["unit"] == "FLOPS" else None
            )
        elif metric == "datacenter_revenue":
            if row["entity"] != "Nvidia" or not (fiscal_quarter(period) or period.startswith("FY")):
                ledger.skip("datacenter_revenue:not_nvidia_fiscal")
                continue
            who, value = "Nvidia", _usd(row["value"], row["unit"], None, scenario)
        else:  # capex
            year = calendar_year(period)
            if row["entity"] not in scenario.hyperscalers or year is None or period.startswith("FY"):
                ledger.skip("capex:not_hyperscaler_calendar_year")
                continue
            who, value = row["entity"], _usd(row["value"], row["unit"], year, scenario)
        if value is None:
            ledger.skip(f"{metric}:unit_{row['unit']}")
            continue
        vals, ids = out[(metric, who, period)]
        vals.append(value)
        ids.append(int(row["fact_id"]))
    return out


def merged_history(history: pl.DataFrame, facts: pl.DataFrame, scenario: Scenario, ledger: FactLedger) -> pl.DataFrame:
    """History (already cut) with visible actual facts overriding or adding rows; adds ``origin`` and ``fact_ids``."""
    table = _fact_table(facts, scenario, ledger)
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in history.iter_rows(named=True):
        who = r["region"] if r["region"] is not None else r["entity"]
        value = r["value"]
        if r["unit"] == "CNY":
            value = _usd(value, "CNY", calendar_year(r["period"]), scenario)
        rows[(r["metric"], who, r["period"])] = {
            "metric": r["metric"], "who": who, "period": r["period"], "value": value,
            "origin": "history", "fact_ids": [],
        }
    for (metric, who, period), (vals, ids) in sorted(table.items()):
        v = combine_group(f"{metric}|{who}|{period}", vals, ids, ledger)
        rows[(metric, who, period)] = {
            "metric": metric, "who": who, "period": period, "value": v,
            "origin": "fact" if (metric, who, period) not in rows else "fact_override", "fact_ids": ids,
        }
    return pl.DataFrame(
        list(rows.values()),
        schema={"metric": pl.String, "who": pl.String, "period": pl.String, "value": pl.Float64,
                "origin": pl.String, "fact_ids": pl.List(pl.Int64)},
        orient="row",
    )


def annual_series(merged: pl.DataFrame, scenario: Scenario) -> dict[str, AnnualSeries]:
    """The calendar-year series the regressions read (see module docstring), keyed like ``ai_server_market_size|CN``."""
    out: dict[str, AnnualSeries] = {}
    for r in merged.filter(pl.col("metric").is_in(list(MARKET_METRICS))).iter_rows(named=True):
        year = calendar_year(r["period"])
        if year is None or r["period"].startswith("FY"):
            continue
        key = f"{r['metric']}|{r['who']}"
        s = out.setdefault(key, AnnualSeries(key, MARKET_METRICS[r["metric"]]))
        s.values[year], s.origin[year], s.fact_ids[year] = r["value"], r["origin"], list(r["fact_ids"])

    nvidia = AnnualSeries("nvidia_dc_revenue", "USD")
    quarters: dict[int, dict[int, tuple[float, list[int]]]] = defaultdict(dict)
    annual_fy: dict[int, tuple[float, list[int]]] = {}
    for r in merged.filter((pl.col("metric") == "datacenter_revenue") & (pl.col("who") == "Nvidia")).iter_rows(named=True):
        fq = fiscal_quarter(r["period"])
        if fq:
            quarters[fq[0]][fq[1]] = (r["value"], list(r["fact_ids"]))
        elif r["period"].startswith("FY") and len(r["period"]) == 6:
            annual_fy[int(r["period"][2:])] = (r["value"], list(r["fact_ids"]))
    for fy in sorted(set(quarters) | set(annual_fy)):
        if fy in annual_fy:
            nvidia.values[fy - 1], nvidia.fact_ids[fy - 1] = annual_fy[fy]
            nvidia.origin[fy - 1] = "fact" if annual_fy[fy][1] else "history"
        elif len(quarters[fy]) == 4:
            nvidia.values[fy - 1] = sum(v for v, _ in quarters[fy].values())
            nvidia.fact_ids[fy - 1] = [i for _, ids in quarters[fy].values() for i in ids]
            nvidia.origin[fy - 1] = "fact" if nvidia.fact_ids[fy - 1] else "history"
    out["nvidia_dc_revenue"] = nvidia

    capex = AnnualSeries("hyperscaler_capex", "USD")
    per_year: dict[int, dict[str, tuple[float, list[int]]]] = defaultdict(dict)
    for r in merged.filter(pl.col("metric") == "capex").iter_rows(named=True):
        year = calendar_year(r["period"])
        if year is not None and r["who"] in scenario.hyperscalers:
            per_year[year][r["who"]] = (r["value"], list(r["fact_ids"]))
    for year, by_entity in sorted(per_year.items()):
        if set(by_entity) == set(scenario.hyperscalers):
            capex.values[year] = sum(v for v, _ in by_entity.values())
            capex.fact_ids[year] = [i for _, ids in by_entity.values() for i in ids]
            capex.origin[year] = "fact" if capex.fact_ids[year] else "history"
    out["hyperscaler_capex"] = capex

    key = "ai_server_market_size|GLOBAL"
    glob = out.setdefault(key, AnnualSeries(key, "USD"))
    for year in nvidia.years():
        if year not in glob.values:
            glob.values[year] = nvidia.values[year] * scenario.global_server_per_nvidia_dc
            glob.origin[year] = "derived_from_nvidia_dc_revenue"
            glob.fact_ids[year] = list(nvidia.fact_ids[year])
    return out
