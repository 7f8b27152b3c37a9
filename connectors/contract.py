"""The fact contract (``../shared/FACTS.md``): one number, what it measures, for whom, when, in
canonical units, and the words it came from.

This module is the single place the contract lives in code. Connectors produce :class:`Fact`
objects, the warehouse stores their fields one-to-one, and the forecasting core reads them as a
polars frame with the same column names (:data:`FACT_FIELDS`).
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from connectors.lexicon import lexicon

#: Canonical units of FACTS.md. Money may be any ISO 4217 code besides USD/CNY (e.g. TWD).
UNITS_NON_MONEY = frozenset({"FLOPS", "FLOP", "units", "%", "params", "tokens", "W"})
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")

#: metric -> the kind of unit it takes. ``money`` is any currency code.
#: FACTS.md vocabulary plus the project's additions (documented in README "Fact vocabulary").
METRIC_UNITS: dict[str, str] = {
    "ai_server_market_size": "money",
    "ai_compute_market_size": "money",
    "server_market_size": "money",
    "compute_industry_size": "money",
    "intelligent_compute_capacity": "FLOPS",
    "general_compute_capacity": "FLOPS",
    "total_compute_capacity": "FLOPS",
    "supercomputing_capacity": "FLOPS",
    "capex": "money",
    "compute_investment": "money",
    "revenue": "money",
    "datacenter_revenue": "money",
    "tender_quantity": "units",
    "tender_amount": "money",
    "award_amount": "money",
    "unit_price": "money",
    "accelerator_count": "units",
    "shipments": "units",
    "datacenter_power": "W",
    "model_parameters": "params",
    "training_tokens": "tokens",
    "training_compute": "FLOP",
    "training_cost": "money",
    "yoy_growth": "%",
    "cagr": "%",
    "market_share": "%",
    "share": "%",
}

#: Plausible magnitudes per unit kind: a value outside is a misreading or a hostile input, not a
#: fact. Money up to 1e14 (100 trillion in any currency: China's whole GDP is ~1.3e14 CNY);
#: compute rates up to 1e24 FLOPS (a million EFLOPS; China's 2023 total was ~2.3e20); work up to
#: 1e30 FLOP (the largest 2025 training runs are ~1e26); counts up to 1e10 units; power up to
#: 1e12 W (a terawatt); parameters up to 1e15; tokens up to 1e17.
PLAUSIBLE_MAX: dict[str, float] = {
    "money": 1e14,
    "FLOPS": 1e24,
    "FLOP": 1e30,
    "units": 1e10,
    "W": 1e12,
    "params": 1e15,
    "tokens": 1e17,
}
#: Percentages: shares lie in [0, 100]; growth rates in [-100, 100000] (a 1000× jump).
PERCENT_RANGE: dict[str, tuple[float, float]] = {
    "market_share": (0.0, 100.0),
    "share": (0.0, 100.0),
    "yoy_growth": (-100.0, 1e5),
    "cagr": (-100.0, 1e5),
}

BASES = frozenset({"actual", "forecast", "target", "estimate"})
QUALIFIERS = frozenset({">", ">=", "<", "~"})  # ../shared/FACTS.md: no "at most"
PERIOD_RE = re.compile(
    r"^(?:\d{4}(?:H[12]|Q[1-4]|-(?:0[1-9]|1[0-2])|-\d{4})?|FY\d{4}(?:H[12]|Q[1-4])?)$"
)
REGION_RE = re.compile(r"^(?:GLOBAL|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$")

#: Column order of the contract, as printed by ``computecast extract --format jsonl``.
FACT_FIELDS: tuple[str, ...] = (
    "metric",
    "value",
    "low",
    "high",
    "unit",
    "period",
    "region",
    "entity",
    "item",
    "of",
    "basis",
    "qualifier",
    "quote",
)


#: Longest text per field, as the warehouse columns hold it (PostgreSQL refuses longer, SQLite
#: would keep it: refusing here keeps both backends the same). ``quote`` has no limit.
FIELD_MAX_LENGTH: dict[str, int] = {
    "metric": 64, "unit": 16, "period": 16, "region": 16, "entity": 128, "item": 64, "of": 64,
    "basis": 16, "qualifier": 4,
}


class FactError(ValueError):
    """A fact does not satisfy the contract in FACTS.md."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact as defined by FACTS.md. ``of`` is spelled ``of`` in JSON and in the database."""

    metric: str
    value: float
    unit: str
    quote: str
    basis: str = "actual"
    low: float | None = None
    high: float | None = None
    period: str | None = None
    region: str | None = None
    entity: str | None = None
    item: str | None = None
    of: str | None = None
    qualifier: str | None = None

    def __post_init__(self) -> None:
        validate_fact(self)

    def to_dict(self) -> dict[str, Any]:
        """The contract fields in contract order (JSON-ready)."""
        d = asdict(self)
        return {k: d[k] for k in FACT_FIELDS}

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Fact:
        """Build a fact from a mapping (a feed row, a JSON line); unknown keys are an error.

        Empty strings count as null, numbers given as strings are parsed.
        """
        known = {f.name for f in fields(cls)}
        extra = set(row) - known - {"file", "fact_id", "document_id"}
        if extra:
            raise FactError(
                f"unknown field(s) {sorted(extra)}; the contract fields are {list(FACT_FIELDS)}"
            )
        missing = [k for k in ("metric", "value", "unit", "quote") if _blank(row.get(k))]
        if missing:
            raise FactError(f"missing required field(s) {missing}")
        clean: dict[str, Any] = {}
        for name in known:
            v = row.get(name)
            if _blank(v):
                continue
            if name in ("value", "low", "high"):
                try:
                    v = float(v)  # type: ignore[arg-type]  # strings and numbers from feeds
                except (TypeError, ValueError, OverflowError) as exc:
                    shown = repr(v) if len(repr(v)) <= 40 else repr(v)[:37] + "..."
                    raise FactError(f"{name}={shown} is not a number a float can hold") from exc
            else:
                v = str(v).strip()
            clean[name] = v
        return cls(**clean)


@functools.cache
def metric_kinds() -> dict[str, str]:
    """metric -> its kind (stock, flow, ratio, price, attribute) from the metric catalogue
    ``data/metrics.toml`` (the one place a metric's meaning is kept; :mod:`forecasting.metrics`
    validates it, this reads only the kinds, without importing the forecasting package)."""
    doc = tomllib.loads((Path(__file__).resolve().parents[1] / "data" / "metrics.toml").read_text(encoding="utf-8"))
    return {str(e["metric"]): str(e["kind"]) for e in doc.get("metric", []) if "metric" in e and "kind" in e}


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def is_money_unit(unit: str) -> bool:
    """True for a currency code (USD, CNY, TWD, ...)."""
    return unit not in UNITS_NON_MONEY and bool(CURRENCY_RE.match(unit))


def money_limit(unit: str) -> float:
    """The plausible maximum of an amount in ``unit``: PLAUSIBLE_MAX["money"] in a currency worth at least
    a yuan, scaled up for one worth less (1e14 CNY is about 1.9e16 KRW). The rates, about how many units buy
    a US dollar, are the lexicon's (lexicons/quantities.toml [currency.units_per_usd], read by the one loader,
    extra files of $COMPUTECAST_LEXICON included)."""
    rates = {str(k): float(v) for k, v in lexicon()["quantities"].get("currency", {}).get("units_per_usd", {}).items()}
    yuan = rates.get("CNY", 7.2)
    return PLAUSIBLE_MAX["money"] * max(1.0, rates.get(unit, yuan) / yuan)


def _check_plausible(f: Fact, kind: str) -> None:
    numbers = [v for v in (f.value, f.low, f.high) if v is not None]
    if kind == "%":
        lo, hi = PERCENT_RANGE.get(f.metric, (-100.0, 1e5))
        bad = [v for v in numbers if not lo <= v <= hi]
        if bad:
            raise FactError(f"{f.metric} {bad[0]}% is outside the plausible range [{lo}, {hi}]")
        return
    limit = money_limit(f.unit) if kind == "money" else PLAUSIBLE_MAX[kind]
    if any(v < 0 for v in numbers):
        raise FactError(f"{f.metric} cannot be negative, got {min(numbers)} {f.unit}")
    if any(v > limit for v in numbers):
        raise FactError(
            f"{f.metric} {max(numbers):.3g} {f.unit} is above the plausible maximum {limit:.0e}; "
            "check the unit multiplier (万/亿/billion) or the source"
        )


def text_problem(value: str, limit: int | None = None) -> str | None:
    """What makes ``value`` text no backend can store (one rule for facts and for warehouse rows):
    longer than ``limit`` characters, a NUL character, or a lone surrogate; None when it is fine."""
    if limit is not None and len(value) > limit:
        return f"is {len(value)} characters long; at most {limit}"
    if "\x00" in value:
        return "contains a NUL character (U+0000), which is not text"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"contains {value[exc.start]!r}, a lone surrogate that is not text"
    return None


def _check_text(f: Fact) -> None:
    for name in FACT_FIELDS:
        v = getattr(f, name)
        if isinstance(v, str) and (problem := text_problem(v, FIELD_MAX_LENGTH.get(name))):
            raise FactError(f"{name} {problem}")


def validate_fact(f: Fact) -> None:
    """Raise :class:`FactError` saying what is wrong with ``f`` and how to fix it."""
    _check_text(f)
    if f.metric not in METRIC_UNITS:
        raise FactError(
            f"unknown metric {f.metric!r}; use one of {sorted(METRIC_UNITS)} "
            "or add it to connectors/contract.py METRIC_UNITS and the README vocabulary"
        )
    for name in ("value", "low", "high"):
        v = getattr(f, name)
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise FactError(f"{name} must be a number, got {v!r}")
        if not math.isfinite(v):
            raise FactError(f"{name} must be finite, got {v!r}")
    if (f.low is None) != (f.high is None):
        raise FactError("low and high come together: give both bounds of a range or neither")
    if f.low is not None and f.high is not None and f.low > f.high:
        raise FactError(f"low {f.low} is above high {f.high}")
    kind = METRIC_UNITS[f.metric]
    if kind == "money":
        if not is_money_unit(f.unit):
            raise FactError(f"{f.metric} is money: unit must be a currency code such as USD or CNY, got {f.unit!r}")
    elif f.unit != kind and not (f.metric == "unit_price" and is_money_unit(f.unit)):
        raise FactError(f"{f.metric} takes unit {kind!r}, got {f.unit!r}")
    _check_plausible(f, kind)
    if f.basis not in BASES:
        raise FactError(f"basis must be one of {sorted(BASES)}, got {f.basis!r}")
    if f.qualifier is not None and f.qualifier not in QUALIFIERS:
        raise FactError(f"qualifier must be one of {sorted(QUALIFIERS)} or null, got {f.qualifier!r}")
    if f.period is not None and not PERIOD_RE.match(f.period):
        raise FactError(
            f"period {f.period!r} is not a contract period: 2023, 2023H1, 2023Q3, 2024-04, 2023-2025, FY2024Q4"
        )
    if f.region is not None and not REGION_RE.match(f.region):
        raise FactError(f"region {f.region!r} must be GLOBAL, an ISO country code or an ISO 3166-2 code like CN-BJ")
    if f.metric in ("yoy_growth", "cagr") and not f.of:
        raise FactError(f"{f.metric} needs `of`: the metric it is the growth of")
    if not f.quote.strip():
        raise FactError("quote must be the exact span the fact was read from, not empty")
