"""Facts in the forecasting core: the as-of cut, grouping with visible conflicts, and calibration.

Facts arrive as a polars frame with ``fact_id``, ``document_id``, ``published`` and the contract
fields (``connectors/contract.py`` FACT_FIELDS, ../shared/FACTS.md).

Rules (all recorded in :class:`FactLedger`, which ends up in ``ForecastResult.parameters``):

* **As-of cut**: a fact is visible at ``as_of`` iff ``published <= as_of``. Facts with a null
  ``published`` are *excluded* from every as-of forecast (their vintage is unknown); they are
  counted in ``parameters["facts"]["excluded_unpublished"]``.
* **Groups and conflicts**: facts describing the same key are combined by their **median**;
  when they disagree by more than 1 % the key, values and fact ids are listed under
  ``parameters["facts"]["conflicts"]`` and *all* the ids go to ``facts_used`` — nothing is
  dropped silently.
* **Bounds** (qualifier ``>``, ``>=``, ``<``, ``<=``) are not point values and are not used;
  ``~`` counts as a point value.
* **AI-server price**: ``unit_price`` facts with ``item = ai_server`` (CNY → region CN, USD →
  region GLOBAL) set the median server price; when there are none, pairs of ``tender_amount``
  and ``tender_quantity`` from the same document, buyer, item and period give amount/quantity.
  Stated unit prices win over pairs because a tender's amount often covers one lot while its
  quantity covers all lots (China Mobile 2023-24: 247372万元 is lot 12, 1250 servers, while the
  tender totals 2454 servers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import median
from typing import Any

import polars as pl

from forecasting.units import PeriodError, period_end

FACTS_SCHEMA: dict[str, Any] = {
    "fact_id": pl.Int64,
    "document_id": pl.Int64,
    "published": pl.Date,
    "metric": pl.String,
    "value": pl.Float64,
    "low": pl.Float64,
    "high": pl.Float64,
    "unit": pl.String,
    "period": pl.String,
    "region": pl.String,
    "entity": pl.String,
    "item": pl.String,
    "of": pl.String,
    "basis": pl.String,
    "qualifier": pl.String,
    "quote": pl.String,
}
BOUND_QUALIFIERS = frozenset({">", ">=", "<", "<="})
CONFLICT_TOLERANCE = 0.01


class FactsFrameError(ValueError):
    """The facts frame lacks a required column or has the wrong type in one."""


def empty_facts() -> pl.DataFrame:
    """A facts frame with no rows and the expected schema."""
    return pl.DataFrame(schema=FACTS_SCHEMA)


def validate_facts(facts: pl.DataFrame) -> pl.DataFrame:
    """Check the columns and cast them to :data:`FACTS_SCHEMA` (extra columns are kept)."""
    missing = [c for c in FACTS_SCHEMA if c not in facts.columns]
    if missing:
        raise FactsFrameError(f"facts frame lacks column(s) {missing}; expected {list(FACTS_SCHEMA)}")
    try:
        return facts.with_columns([pl.col(c).cast(t) for c, t in FACTS_SCHEMA.items()])
    except pl.exceptions.PolarsError as exc:
        raise FactsFrameError(f"facts frame has a column of the wrong type: {exc}") from exc


@dataclass
class FactLedger:
    """What happened to each fact: used, in conflict, or left out and why."""

    used: set[int] = field(default_factory=set)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    excluded_unpublished: int = 0
    excluded_after_as_of: int = 0
    visible: int = 0

    def use(self, ids: Iterable[int]) -> None:
        """Mark facts as having influenced the forecast."""
        self.used.update(int(i) for i in ids)

    def skip(self, reason: str, n: int = 1) -> None:
        """Count facts left out for ``reason``."""
        self.skipped[reason] = self.skipped.get(reason, 0) + n

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary for ``ForecastResult.parameters``."""
        return {
            "visible": self.visible,
            "used": len(self.used),
            "excluded_unpublished": self.excluded_unpublished,
            "excluded_after_as_of": self.excluded_after_as_of,
            "conflicts": self.conflicts,
            "conflict_count": len(self.conflicts),
            "skipped": dict(sorted(self.skipped.items())),
        }


def facts_as_of(facts: pl.DataFrame, as_of: dt.date, ledger: FactLedger) -> pl.DataFrame:
    """Facts published on or before ``as_of`` (null ``published`` excluded and counted)."""
    facts = validate_facts(facts)
    ledger.excluded_unpublished = facts.filter(pl.col("published").is_null()).height
    ledger.excluded_after_as_of = facts.filter(pl.col("published") > as_of).height
    visible = facts.filter(pl.col("published") <= as_of)
    ledger.visible = visible.height
    return visible


def point_facts(facts: pl.DataFrame, ledger: FactLedger) -> pl.DataFrame:
    """Facts usable as point values: qualifier not a bound; bounds are counted as skipped."""
    bounds = facts.filter(pl.col("qualifier").is_in(list(BOUND_QUALIFIERS)))
    if bounds.height:
        ledger.skip("bound_qualifier", bounds.height)
    return facts.filter(pl.col("qualifier").is_null() | ~pl.col("qualifier").is_in(list(BOUND_QUALIFIERS)))


def combine_group(key: str, values: list[float], ids: list[int], ledger: FactLedger) -> float:
    """Median of facts for one key; a spread above 1 % is recorded as a conflict (all ids listed).

    Does not mark the facts used: the caller does once the value actually enters the forecast.
    """
    m = float(median(values))
    lo, hi = min(values), max(values)
    if len(values) > 1 and hi - lo > CONFLICT_TOLERANCE * max(abs(m), 1e-300):
        ledger.conflicts.append({"key": key, "values": [float(v) for v in values], "fact_ids": ids, "used": m})
    return m


def period_end_year(period: str | None) -> int | None:
    """Calendar year in which ``period`` ends, or ``None`` for a null/invalid period."""
    if period is None:
        return None
    try:
        return period_end(period).year
    except PeriodError:
        return None


@dataclass(frozen=True)
class PriceCalibration:
    """Median AI-server price from facts, in ``currency``, dated ``year``, with the facts used."""

    currency: str
    price: float
    year: int | None
    fact_ids: tuple[int, ...]
    method: str


def server_price_calibration(facts: pl.DataFrame, ledger: FactLedger) -> dict[str, PriceCalibration]:
    """AI-server price by currency from ``unit_price`` facts, else tender amount/quantity pairs."""
    out: dict[str, PriceCalibration] = {}
    prices = facts.filter((pl.col("metric") == "unit_price") & (pl.col("item") == "ai_server"))
    for currency in ("CNY", "USD"):
        rows = prices.filter(pl.col("unit") == currency)
        method = "unit_price"
        values = rows["value"].to_list()
        ids = rows["fact_id"].to_list()
        years = [period_end_year(p) for p in rows["period"].to_list()]
        if not values:
            method = "tender_amount/tender_quantity"
            values, ids, years = _tender_pairs(facts, currency)
        if not values:
            continue
        price = combine_group(f"unit_price|ai_server|{currency}", values, ids, ledger)
        ledger.use(ids)
        known_years = [y for y in years if y is not None]
        year = int(median(known_years)) if known_years else None
        out[currency] = PriceCalibration(currency, price, year, tuple(int(i) for i in ids), method)
    return out


def _tender_pairs(facts: pl.DataFrame, currency: str) -> tuple[list[float], list[int], list[int | None]]:
    keys = ["document_id", "entity", "item", "period"]
    amount = facts.filter(
        (pl.col("metric") == "tender_amount") & (pl.col("item") == "ai_server") & (pl.col("unit") == currency)
    )
    qty = facts.filter((pl.col("metric") == "tender_quantity") & (pl.col("item") == "ai_server"))
    a = amount.group_by(keys).agg(pl.col("value"), pl.col("fact_id")).filter(pl.col("value").list.len() == 1)
    q = qty.group_by(keys).agg(pl.col("value"), pl.col("fact_id")).filter(pl.col("value").list.len() == 1)
    pairs = a.join(q, on=keys, suffix="_q", nulls_equal=True)
    values, ids, years = [], [], []
    for row in pairs.iter_rows(named=True):
        if row["value_q"][0] > 0:
            values.append(row["value"][0] / row["value_q"][0])
            ids.extend([row["fact_id"][0], row["fact_id_q"][0]])
            years.append(period_end_year(row["period"]))
    return values, ids, years


def observed_tender_servers(facts: pl.DataFrame, ledger: FactLedger) -> list[dict[str, Any]]:
    """Tendered AI servers per period (``tender_quantity``, ``item = ai_server``), summed over buyers.

    Several facts for the same buyer and period are combined by median (a conflict if they
    differ). Returned as observed demand; the pipeline compares it with the bottom-up shipments.
    """
    rows = facts.filter((pl.col("metric") == "tender_quantity") & (pl.col("item") == "ai_server"))
    by_period: dict[str, dict[str, Any]] = {}
    grouped = rows.group_by(["entity", "period"], maintain_order=True).agg(pl.col("value"), pl.col("fact_id"))
    for row in grouped.sort(["period", "entity"], nulls_last=True).iter_rows(named=True):
        period = row["period"] or "unknown"
        v = combine_group(f"tender_quantity|{row['entity']}|{period}|ai_server", row["value"], row["fact_id"], ledger)
        ledger.use(row["fact_id"])
        entry = by_period.setdefault(period, {"period": period, "ai_servers": 0.0, "fact_ids": [], "buyers": []})
        entry["ai_servers"] += v
        entry["fact_ids"].extend(int(i) for i in row["fact_id"])
        entry["buyers"].append(row["entity"])
    return list(by_period.values())


@dataclass(frozen=True)
class CapexGuidance:
    """A hyperscaler's capex guidance for a calendar year (median of its facts), in USD."""

    entity: str
    year: int
    value: float
    published_year: int
    fact_ids: tuple[int, ...]


def capex_guidance(facts: pl.DataFrame, hyperscalers: Iterable[str], ledger: FactLedger) -> list[CapexGuidance]:
    """Capex guidance: ``metric = capex``, ``basis = forecast``, entity a hyperscaler, a whole calendar year, USD.

    The value is the fact's ``value``, or the middle of ``low``/``high`` when only a range is
    given. Several facts for one (entity, year) are combined by median (a conflict if they
    differ); the publication year is the latest of them. Facts are not marked used here: the
    pipeline does once the guidance enters a driver path.
    """
    names = set(hyperscalers)
    rows = facts.filter(
        (pl.col("metric") == "capex") & (pl.col("basis") == "forecast") & (pl.col("unit") == "USD")
        & pl.col("entity").is_in(list(names))
    )
    grouped: dict[tuple[str, int], list[tuple[float, int, int]]] = {}
    for r in rows.iter_rows(named=True):
        period = r["period"]
        if period is None or not str(period).isdigit():
            continue
        value = r["value"]
        if value is None and r["low"] is not None and r["high"] is not None:
            value = 0.5 * (r["low"] + r["high"])
        if value is None or r["published"] is None:
            continue
        grouped.setdefault((r["entity"], int(period)), []).append((float(value), int(r["fact_id"]), r["published"].year))
    out = []
    for (entity, year), items in sorted(grouped.items()):
        ids = [i for _, i, _ in items]
        v = combine_group(f"capex_guidance|{entity}|{year}", [v for v, _, _ in items], ids, ledger)
        out.append(CapexGuidance(entity, year, v, max(p for _, _, p in items), tuple(ids)))
    return out
