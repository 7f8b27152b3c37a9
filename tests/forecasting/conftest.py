"""Fixtures for the forecasting tests: the bundled scenario and history, and a facts-frame builder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from forecasting import parse_history, parse_scenario
from forecasting.facts import FACTS_SCHEMA
from forecasting.scenario import Scenario

_REPO = Path(__file__).resolve().parents[2]

DATA = _REPO / "data"


@pytest.fixture(scope="session")
def scenario_text() -> str:
    return (DATA / "scenario.toml").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def scenario(scenario_text: str) -> Scenario:
    return parse_scenario(scenario_text)


@pytest.fixture(scope="session")
def history() -> pl.DataFrame:
    return parse_history((DATA / "history.csv").read_text(encoding="utf-8"))


FactsBuilder = Callable[..., pl.DataFrame]


def _facts(*rows: dict[str, Any]) -> pl.DataFrame:
    full = []
    for i, r in enumerate(rows, start=1):
        base: dict[str, Any] = dict.fromkeys(FACTS_SCHEMA)
        base.update({"fact_id": i, "document_id": 1, "published": dt.date(2024, 6, 1), "basis": "actual", "quote": "q"})
        base.update(r)
        full.append(base)
    return pl.DataFrame(full, schema=FACTS_SCHEMA, orient="row") if full else pl.DataFrame(schema=FACTS_SCHEMA)


@pytest.fixture
def make_facts() -> FactsBuilder:
    """Build a facts frame from partial rows (ids 1..n, published 2024-06-01, basis actual unless given)."""
    return _facts


@pytest.fixture
def seed_like_facts() -> pl.DataFrame:
    """A few facts shaped like ../shared/corpus/seeds/facts.jsonl (China Mobile tender, IDC market sizes)."""
    return _facts(
        {"metric": "ai_server_market_size", "value": 6.7e9, "unit": "USD", "period": "2022", "region": "CN"},
        {"metric": "ai_server_market_size", "value": 35.03e9, "unit": "CNY", "period": "2021", "region": "CN"},
        {"metric": "ai_server_market_size", "value": 13.4e9, "unit": "USD", "period": "2023", "region": "CN", "basis": "forecast"},
        {"metric": "tender_quantity", "value": 2454.0, "unit": "units", "period": "2023-2024", "entity": "China Mobile", "item": "ai_server"},
        {"metric": "tender_amount", "value": 2.47372e9, "unit": "CNY", "period": "2023-2024", "entity": "China Mobile", "item": "ai_server"},
        {"metric": "unit_price", "value": 1.98e6, "unit": "CNY", "period": "2023-2024", "entity": "China Mobile", "item": "ai_server"},
        {"metric": "datacenter_revenue", "value": 14.51e9, "unit": "USD", "entity": "Nvidia"},
        {"metric": "intelligent_compute_capacity", "value": 4.141e20, "unit": "FLOPS", "period": "2023", "region": "CN", "basis": "forecast"},
    )
