"""History parsing and as-of cut, calendar mapping, facts over history, conflicts, tender calibration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import polars as pl
import pytest

from forecasting import parse_history
from forecasting.facts import FactLedger, facts_as_of, observed_tender_servers, server_price_calibration
from forecasting.history import HistoryError, annual_series, history_as_of, merged_history
from forecasting.scenario import Scenario
from forecasting.units import period_end

FactsBuilder = Callable[..., pl.DataFrame]


def test_bundled_history_is_valid_and_sourced(history: pl.DataFrame) -> None:
    assert history.columns == ["metric", "region", "entity", "period", "value", "unit", "published_on", "source"]
    assert history["source"].null_count() == 0
    assert history["published_on"].null_count() == 0
    cn = history.filter((pl.col("metric") == "ai_server_market_size") & (pl.col("region") == "CN"))
    assert cn.sort("period")["value"].to_list() == [2.09e9, 3.93e9, 5.92e9, 6.7e9, 9.4e9]


_HEAD = "metric,region,entity,period,value,unit,published_on,source\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("metric,region,entity,period,value,unit,source\n", "lacks column"),
        (_HEAD + "capex,,Meta,2023,1,USD,2024-02-01,\n", "needs a source"),
        (_HEAD + "capex,,Meta,23,1,USD,2024-02-01,s\n", "not a contract period"),
        (_HEAD + "capex,CN,Meta,2023,1,USD,2024-02-01,s\n", "exactly one of region"),
        (_HEAD + "capex,,Meta,2023,x,USD,2024-02-01,s\n", "not a number"),
        (_HEAD + "capex,,Meta,2023,1,USD,Feb 2024,s\n", "published_on 'Feb 2024' is not a date"),
        (_HEAD + "capex,,Meta,2023,1,USD,2024-02-01,s\ncapex,,Meta,2023,2,USD,2024-02-01,s\n", "duplicate key"),
    ],
)
def test_history_errors(text: str, message: str) -> None:
    with pytest.raises(HistoryError, match=message):
        parse_history(text)


def test_period_ends_including_nvidia_fiscal() -> None:
    assert period_end("2023") == dt.date(2023, 12, 31)
    assert period_end("2023H1") == dt.date(2023, 6, 30)
    assert period_end("FY2025Q1") == dt.date(2024, 4, 30)
    assert period_end("FY2025Q4") == dt.date(2025, 1, 31)
    assert period_end("2023-2025") == dt.date(2025, 12, 31)


def test_history_as_of_cut(history: pl.DataFrame) -> None:
    cut = history_as_of(history, dt.date(2023, 6, 30))
    assert "2023" not in cut.filter(pl.col("metric") == "ai_server_market_size")["period"].to_list()
    nv = cut.filter(pl.col("entity") == "Nvidia")["period"].to_list()
    assert "FY2024Q1" in nv and "FY2024Q2" not in nv


def _series(history: pl.DataFrame, facts: pl.DataFrame, scenario: Scenario, as_of: dt.date = dt.date(2026, 6, 1)):
    ledger = FactLedger()
    visible = facts_as_of(facts, as_of, ledger)
    merged = merged_history(history_as_of(history, as_of), visible, scenario, ledger)
    return annual_series(merged, scenario), ledger


def test_nvidia_calendar_mapping_capex_and_derived_global(history: pl.DataFrame, scenario: Scenario, make_facts: FactsBuilder) -> None:
    series, _ = _series(history, make_facts(), scenario)
    nv = series["nvidia_dc_revenue"].values
    assert nv[2024] == pytest.approx(115.3e9)  # FY2025 = Feb 2024 - Jan 2025
    assert nv[2022] == pytest.approx(15.01e9)
    assert series["hyperscaler_capex"].values[2025] == pytest.approx(410.957e9)
    glob = series["ai_server_market_size|GLOBAL"]
    assert glob.values[2024] == pytest.approx(115.3e9 * scenario.global_server_per_nvidia_dc)
    assert glob.origin[2024] == "derived_from_nvidia_dc_revenue"
    # FY2026Q4 ends 2026-01-31: CY2025 is unknown on 2026-01-15
    series_early, _ = _series(history, make_facts(), scenario, dt.date(2026, 1, 15))
    assert 2025 not in series_early["nvidia_dc_revenue"].values


def test_facts_override_history_and_convert_cny(history: pl.DataFrame, scenario: Scenario, seed_like_facts: pl.DataFrame) -> None:
    series, ledger = _series(history, seed_like_facts, scenario)
    cn = series["ai_server_market_size|CN"]
    assert cn.origin[2022] == "fact_override" and cn.fact_ids[2022] == [1]
    assert cn.values[2021] == pytest.approx(35.03e9 / scenario.fx_annual_average[2021])
    assert cn.values[2023] == 9.4e9  # the 13.4e9 fact is a forecast, not history
    assert ledger.skipped["ai_server_market_size:basis_forecast"] == 1
    assert ledger.skipped["datacenter_revenue:no_period"] == 1


def test_contradicting_facts_are_kept_visible(history: pl.DataFrame, scenario: Scenario, make_facts: FactsBuilder) -> None:
    facts = make_facts(
        {"metric": "ai_server_market_size", "value": 6.0e9, "unit": "USD", "period": "2022", "region": "CN"},
        {"metric": "ai_server_market_size", "value": 7.0e9, "unit": "USD", "period": "2022", "region": "CN"},
        {"metric": "ai_server_market_size", "value": 9.0e9, "unit": "USD", "period": "2022", "region": "CN"},
    )
    series, ledger = _series(history, facts, scenario)
    assert series["ai_server_market_size|CN"].values[2022] == 7.0e9
    assert ledger.conflicts == [
        {"key": "ai_server_market_size|CN|2022", "values": [6.0e9, 7.0e9, 9.0e9], "fact_ids": [1, 2, 3], "used": 7.0e9}
    ]


def test_as_of_excludes_late_and_unpublished_facts(make_facts: FactsBuilder) -> None:
    facts = make_facts(
        {"metric": "capex", "value": 1.0, "unit": "USD", "published": dt.date(2024, 1, 1)},
        {"metric": "capex", "value": 1.0, "unit": "USD", "published": dt.date(2025, 1, 1)},
        {"metric": "capex", "value": 1.0, "unit": "USD", "published": None},
    )
    ledger = FactLedger()
    visible = facts_as_of(facts, dt.date(2024, 6, 30), ledger)
    assert visible["fact_id"].to_list() == [1]
    assert (ledger.excluded_after_as_of, ledger.excluded_unpublished) == (1, 1)


def test_server_price_prefers_unit_price_then_tender_pairs(seed_like_facts: pl.DataFrame, make_facts: FactsBuilder) -> None:
    ledger = FactLedger()
    cal = server_price_calibration(seed_like_facts, ledger)["CNY"]
    assert (cal.price, cal.method, cal.fact_ids, cal.year) == (1.98e6, "unit_price", (6,), 2024)
    pairs = make_facts(
        {"metric": "tender_amount", "value": 2.47372e9, "unit": "CNY", "period": "2023-2024", "entity": "China Mobile", "item": "ai_server"},
        {"metric": "tender_quantity", "value": 1250.0, "unit": "units", "period": "2023-2024", "entity": "China Mobile", "item": "ai_server"},
    )
    cal = server_price_calibration(pairs, FactLedger())["CNY"]
    assert cal.price == pytest.approx(1_978_976.0)  # 247372万元 / 1250
    assert cal.method == "tender_amount/tender_quantity" and cal.fact_ids == (1, 2)


def test_observed_tender_servers(seed_like_facts: pl.DataFrame) -> None:
    ledger = FactLedger()
    obs = observed_tender_servers(seed_like_facts, ledger)
    assert obs == [{"period": "2023-2024", "ai_servers": 2454.0, "fact_ids": [4], "buyers": ["China Mobile"]}]
    assert 4 in ledger.used
