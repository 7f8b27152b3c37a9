"""The fact contract: what a valid fact is, and the errors that say how to fix one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connectors.contract import FACT_FIELDS, Fact, FactError


def test_seed_truth_facts_all_satisfy_the_contract(seeds: Path) -> None:
    rows = [json.loads(line) for line in (seeds / "facts.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 40
    for row in rows:
        fact = Fact.from_dict(row)
        assert list(fact.to_dict()) == list(FACT_FIELDS)
        assert fact.value == pytest.approx(float(row["value"]))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"metric": "tender_amount", "value": 1e30, "unit": "CNY", "quote": "q"}, "plausible maximum"),
        ({"metric": "tender_quantity", "value": -5, "unit": "units", "quote": "q"}, "cannot be negative"),
        ({"metric": "market_share", "value": 128, "unit": "%", "quote": "q", "of": "x"}, "outside the plausible range"),
        ({"metric": "yoy_growth", "value": 24, "unit": "%", "quote": "q"}, "needs `of`"),
        ({"metric": "capex", "value": "NaN", "unit": "USD", "quote": "q"}, "finite"),
        ({"metric": "capex", "value": "inf", "unit": "USD", "quote": "q"}, "finite"),
        ({"metric": "capex", "value": "lots", "unit": "USD", "quote": "q"}, "not a number"),
        ({"metric": "capex", "value": 1e9, "unit": "FLOPS", "quote": "q"}, "currency code"),
        ({"metric": "gdp", "value": 1, "unit": "USD", "quote": "q"}, "unknown metric"),
        ({"metric": "capex", "value": 1e9, "unit": "USD", "quote": "q", "period": "Q3 2024"}, "not a contract period"),
        ({"metric": "capex", "value": 1e9, "unit": "USD", "quote": "q", "region": "Beijing"}, "ISO 3166-2"),
        ({"metric": "capex", "value": 1e9, "unit": "USD", "quote": "q", "low": 2e9, "high": 3e9, "basis": "guess"}, "basis"),
        ({"metric": "capex", "value": 1e9, "unit": "USD", "quote": "q", "low": 5e9, "high": 3e9}, "above high"),
        ({"metric": "capex", "value": 1e9, "unit": "USD"}, "missing required"),
        ({"metric": "capex", "value": 1e9, "unit": "USD", "quote": "q", "colour": "red"}, "unknown field"),
    ],
)
def test_invalid_facts_are_refused_with_a_reason(row: dict[str, object], message: str) -> None:
    with pytest.raises(FactError, match=message):
        Fact.from_dict(row)


def test_feed_strings_are_parsed_and_blanks_are_null() -> None:
    fact = Fact.from_dict({"metric": "capex", "value": "68e9", "low": "64e9", "high": "72e9", "unit": "USD",
                           "period": "2025", "entity": "Meta", "region": "", "basis": "forecast", "quote": "$64-72 billion"})
    assert (fact.value, fact.low, fact.high, fact.region) == (68e9, 64e9, 72e9, None)


def test_the_plausible_maximum_of_an_amount_scales_with_what_its_currency_is_worth() -> None:
    # 333.6 trillion won (about $230 billion) is a company's revenue; 333.6 trillion yuan would be a misread multiplier
    assert Fact.from_dict({"metric": "revenue", "value": 3.336e14, "unit": "KRW", "quote": "q"}).value == 3.336e14
    with pytest.raises(FactError, match="plausible maximum"):
        Fact.from_dict({"metric": "revenue", "value": 3.336e14, "unit": "CNY", "quote": "q"})
    with pytest.raises(FactError, match="plausible maximum"):
        Fact.from_dict({"metric": "revenue", "value": 1e17, "unit": "KRW", "quote": "q"})
