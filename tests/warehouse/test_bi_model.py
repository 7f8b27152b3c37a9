"""The BI model explains itself (migration 0015): dim_metric, fct_actual, the history loads, weights and backtests.

On a real SQLite file and a real PostgreSQL schema; the expected rows are read off the data files by
hand (data/history.csv, data/metrics.toml, data/observations.toml).
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from connectors.contract import METRIC_UNITS, Fact
from connectors.model import SourceDocument
from forecasting.bottom_up import TARGETS
from forecasting.metrics import KINDS, bundled_metrics
from warehouse.reference import data_dir, sync_reference
from warehouse.store import RunRecord, store_document, write_run

REPO = Path(__file__).resolve().parents[2]


def test_the_catalogue_covers_the_contract_and_the_targets_and_nothing_else() -> None:
    catalogue = bundled_metrics()
    assert set(catalogue) == set(METRIC_UNITS) | TARGETS
    assert all(m.kind in KINDS and m.definition and m.source for m in catalogue.values())
    assert {m: catalogue[m].kind for m in ("accelerators", "datacenter_power", "ai_server_shipments")} == {
        "accelerators": "stock", "datacenter_power": "stock", "ai_server_shipments": "flow"}


def test_dim_metric_has_kind_definition_and_role_for_every_target(engine: Engine) -> None:
    with engine.connect() as conn:
        rows = {r.metric: r for r in conn.execute(text("SELECT * FROM dim_metric")).all()}
    assert set(rows) >= set(METRIC_UNITS) | TARGETS  # every metric, before any fact or forecast
    catalogue = bundled_metrics()
    for target in TARGETS:
        r = rows[target]
        assert r.kind in ("stock", "flow") and r.kind == catalogue[target].kind, target
        assert r.definition == catalogue[target].definition and r.role and r.unit and r.is_target, target
        assert (r.n_facts, r.n_forecast_values) == (0, 0)
    market = rows["ai_server_market_size"]
    assert (market.kind, market.unit, market.role, market.observes, market.role_scale, market.role_log_sd) == (
        "flow", "CNY, USD", "observation of a target", "ai_server_market_size", "1.0", 0.1)
    assert "anchors the bottom-up" in market.history_use
    assert (rows["tender_quantity"].observes, rows["tender_quantity"].role_scale) == ("ai_server_shipments", "entity_share")
    assert rows["capex"].role_scale == "history_ratio" and "driver of regression_driver" in rows["capex"].history_use
    assert (rows["award_amount"].role, rows["award_amount"].is_target) == ("ignored", False)
    assert rows["award_amount"].role_source.startswith("awards are keyed by the winning vendor")
    assert rows["unit_price"].role == "prior" and rows["yoy_growth"].role == "observation of a growth rate"
    assert rows["accelerators_average"].role == "forecast output (no fact carries it)"
    assert (rows["datacenter_power"].unit, rows["training_compute"].observes) == ("W", "frontier_run_flop")


def _history_rows() -> list[dict[str, str]]:
    with open(REPO / "data" / "history.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_fct_actual_holds_the_history_with_dates_and_sources(engine: Engine) -> None:
    with engine.connect() as conn:
        history = conn.execute(text("SELECT * FROM fct_actual WHERE source_kind = 'history'")).all()
        revised = conn.execute(text(
            "SELECT value, unit, published_on, source FROM fct_actual WHERE source_kind = 'history' "
            "AND metric = 'intelligent_compute_capacity' AND region = 'CN' AND period = '2022' ORDER BY published_on"
        )).all()
        nvidia = conn.execute(text(
            "SELECT value, unit, published_on FROM fct_actual WHERE metric = 'datacenter_revenue' "
            "AND entity = 'Nvidia' AND period = 'FY2024Q2'"
        )).one()
    assert len(history) == len(_history_rows()) == 40
    # the history_sha256 a run or backtest records for the history it read (flows.jobs.text_sha256)
    sha = hashlib.sha256((REPO / "data" / "history.csv").read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    assert {r.history_sha256 for r in history} == {sha}
    # the revision of China's 2022 intelligent compute: 268.0 EFLOPS first, 259.9 from 2023-11-29
    assert [(v, u, str(p)) for v, u, p, _ in revised] == [(2.68e20, "FLOPS", "2023-03-31"), (2.599e20, "FLOPS", "2023-11-29")]
    assert revised[1].source.startswith("IDC/Inspur 2023-2024 China AI compute report, FP16 (revised from 268.0")
    assert (nvidia.value, nvidia.unit, str(nvidia.published_on)) == (10.32e9, "USD", "2023-08-23")
    # point in time: what a forecast as of 2023-06-30 could have seen of China's AI-server market
    with engine.connect() as conn:
        seen = conn.execute(text(
            "SELECT period FROM fct_actual WHERE metric = 'ai_server_market_size' AND region = 'CN' "
            "AND published_on <= '2023-06-30' ORDER BY period")).scalars().all()
    assert seen == ["2019", "2020", "2021", "2022"]


def _document(uri: str, published: date | None, facts: tuple[Fact, ...]) -> SourceDocument:
    raw = "|".join(f.quote for f in facts).encode()
    return SourceDocument(source_uri=uri, raw=raw, text=raw.decode(), kind="market_report", language="zh-Hans",
                          published=published, encoding="utf-8", facts=facts)


def test_fct_actual_holds_facts_used_as_actuals_with_source_and_date(engine: Engine) -> None:
    actual = Fact(metric="ai_server_market_size", value=6.7e9, unit="USD", period="2022", region="CN",
                  basis="actual", quote="2022年中国AI服务器市场规模67亿美元")
    forecast = Fact(metric="ai_server_market_size", value=13.4e9, unit="USD", period="2023", region="CN",
                    basis="forecast", quote="预计2023年中国AI服务器市场规模将达134亿美元")
    with engine.begin() as conn:
        stored = store_document(conn, _document("https://example.org/idc-2023.html", date(2023, 5, 23), (actual, forecast)))
    with engine.connect() as conn:
        facts = conn.execute(text("SELECT * FROM fct_actual WHERE source_kind = 'fact'")).all()
    assert len(facts) == 1
    row = facts[0]
    assert (row.metric, row.region, row.period, row.value, row.unit) == ("ai_server_market_size", "CN", "2022", 6.7e9, "USD")
    assert (row.source, str(row.published_on), row.quote) == ("https://example.org/idc-2023.html", "2023-05-23", actual.quote)
    assert row.fact_id == stored.fact_ids[0] and row.document_id == stored.document_id
    assert row.history_row_id is None and row.history_sha256 is None


def test_history_loads_are_append_only_and_the_newest_is_shown(engine: Engine, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(data_dir(), data, ignore=shutil.ignore_patterns("documents"))
    with engine.begin() as conn:
        assert sync_reference(conn, data) == {"metric_info": False, "history_load_id": None}  # as migrated
    with open(data / "history.csv", "a", encoding="utf-8") as fh:
        fh.write('capex,,Meta,2026,1.0e11,USD,2027-01-29,"test row: a capex figure published later"\n')
    with engine.begin() as conn:
        changed = sync_reference(conn, data)
    assert changed["history_load_id"] is not None and not changed["metric_info"]
    with engine.connect() as conn:
        loads = conn.execute(text("SELECT history_load_id, n_rows, is_current FROM fct_history_load "
                                  "ORDER BY history_load_id")).all()
        added = conn.execute(text("SELECT value, published_on, history_load_id FROM fct_actual "
                                  "WHERE metric = 'capex' AND entity = 'Meta' AND period = '2026'")).one()
        kept = conn.execute(text("SELECT COUNT(*) FROM history_row WHERE load_id = :l"), {"l": loads[0][0]}).scalar_one()
    assert [(n, c) for _, n, c in loads] == [(40, 0), (41, 1)] and kept == 40
    assert (added.value, str(added.published_on), added.history_load_id) == (1.0e11, "2027-01-29", loads[1][0])
    for sql in ("UPDATE history_row SET value = 0", "DELETE FROM history_row", "DELETE FROM history_load"):
        with pytest.raises(DBAPIError, match="a loaded history is kept as it was loaded"), engine.begin() as conn:
            conn.execute(text(sql))


def test_metric_info_follows_the_catalogue(engine: Engine, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(data_dir(), data, ignore=shutil.ignore_patterns("documents"))
    text_ = (data / "metrics.toml").read_text(encoding="utf-8")
    (data / "metrics.toml").write_text(text_.replace(
        'definition = "the cost of one training run of an AI model"',
        'definition = "the compute cost of one training run of an AI model"'), encoding="utf-8")
    with engine.begin() as conn:
        assert sync_reference(conn, data)["metric_info"]
        assert not sync_reference(conn, data)["metric_info"]  # written only when something changed
    with engine.connect() as conn:
        definition = conn.execute(text("SELECT definition FROM dim_metric WHERE metric = 'training_cost'")).scalar_one()
    assert definition == "the compute cost of one training run of an AI model"


def _values() -> pl.DataFrame:
    return pl.DataFrame(
        {"metric": ["ai_server_market_size"] * 2, "region": ["CN"] * 2, "entity": [None, None],
         "period": ["2025", "2026"], "method": ["combined"] * 2, "p10": [40e9, 50e9], "p50": [56e9, 70e9],
         "p90": [70e9, 95e9], "unit": ["USD"] * 2},
        schema_overrides={"entity": pl.Utf8},
    )


def test_weight_and_backtest_views_match_their_tables(engine: Engine) -> None:
    weights = [{"metric": "ai_server_market_size", "region": "CN", "unit": "USD", "method": m, "weight": w,
                "backtest_error": e} for m, w, e in (("regression", 0.6, 0.8), ("bottom_up", 0.4, 1.1),
                                                     ("naive_drift", 0.0, None))]
    backtests = [{"metric": "ai_server_market_size", "region": "CN", "method": "regression", "horizon": h,
                  "mase": 0.7 + h / 10, "smape": 10.0 * h, "n_origins": 4 - h} for h in (1, 2, 3)]
    record = RunRecord(as_of=date(2024, 6, 30), trigger="manual", code_version="test", parameters={},
                       input_fingerprint="f" * 64, seed=1, scenario_name="default", scenario_sha256="s" * 64,
                       scenario_text="", weights=weights, backtests=backtests, kind="re-creation")
    run_id = write_run(engine, record, _values())
    with engine.connect() as conn:
        table = conn.execute(text("SELECT run_id, metric, region, unit, method, weight, backtest_error FROM run_weight "
                                  "ORDER BY method")).all()
        view = conn.execute(text("SELECT run_id, metric, region, unit, method, weight, backtest_error FROM fct_run_weight "
                                 "ORDER BY method")).all()
        kinds = conn.execute(text("SELECT DISTINCT run_kind, as_of FROM fct_run_weight")).all()
        bt_table = conn.execute(text("SELECT run_id, metric, region, method, horizon, mase, smape, n_origins "
                                     "FROM run_backtest ORDER BY horizon")).all()
        bt_view = conn.execute(text("SELECT run_id, metric, region, method, horizon, mase, smape, n_origins "
                                    "FROM fct_run_backtest ORDER BY horizon")).all()
    assert len(view) == 3 and [tuple(r) for r in view] == [tuple(r) for r in table]
    assert {r.method: (r.weight, r.backtest_error) for r in view} == {
        "regression": (0.6, 0.8), "bottom_up": (0.4, 1.1), "naive_drift": (0.0, None)}
    assert [(k, str(a)) for k, a in kinds] == [("re-creation", "2024-06-30")] and view[0].run_id == run_id
    assert len(bt_view) == 3 and [tuple(r) for r in bt_view] == [tuple(r) for r in bt_table]


def test_migration_0015_downgrades_and_upgrades_again(engine: Engine) -> None:
    from alembic import command

    from warehouse.db import _alembic_config, current_revision, upgrade

    record = RunRecord(as_of=date(2024, 6, 30), trigger="manual", code_version="test", parameters={},
                       input_fingerprint="f" * 64, seed=1, scenario_name="default", scenario_sha256="s" * 64,
                       scenario_text="", weights=[{"metric": "ai_server_market_size", "region": "CN", "unit": "USD",
                                                   "method": "regression", "weight": 1.0, "backtest_error": 0.5}])
    run_id = write_run(engine, record, _values())
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0014")
    assert current_revision(engine) == "0014"
    with engine.connect() as conn:
        assert list(conn.execute(text("SELECT * FROM dim_metric")).keys()) == ["metric", "unit", "n_facts", "n_forecast_values"]
        assert conn.execute(text("SELECT metric, n_forecast_values FROM dim_metric")).all() == [("ai_server_market_size", 2)]
    upgrade(engine)
    with engine.connect() as conn:
        weights = conn.execute(text("SELECT run_id, method, weight FROM fct_run_weight")).all()
        loads = conn.execute(text("SELECT COUNT(*) FROM fct_actual WHERE source_kind = 'history'")).scalar_one()
        market = conn.execute(text("SELECT unit, n_forecast_values, kind FROM dim_metric "
                                   "WHERE metric = 'ai_server_market_size'")).one()
    assert [tuple(w) for w in weights] == [(run_id, "regression", 1.0)] and loads == 40
    assert tuple(market) == ("CNY, USD", 2, "flow")
