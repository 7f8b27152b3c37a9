"""Diff of two vintages: hand-checkable value moves and the new evidence in B's lineage."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from sqlalchemy import Engine

from connectors.contract import Fact
from connectors.model import SourceDocument
from warehouse.diff import NotEnoughRunsError, compare_runs, diff_values, lineage_changes, pick_runs
from warehouse.errors import RunNotFoundError, WarehouseError
from warehouse.store import RunRecord, store_document, write_run

BN = 1e9


def values(rows: list[tuple[str, str, str, float, float, float]]) -> pl.DataFrame:
    """(region, period, method, p10, p50, p90) in billions of USD → a values frame."""
    return pl.DataFrame(
        [("ai_server_market_size", r, None, p, m, a * BN, b * BN, c * BN, "USD") for r, p, m, a, b, c in rows],
        schema={"metric": pl.Utf8, "region": pl.Utf8, "entity": pl.Utf8, "period": pl.Utf8, "method": pl.Utf8,
                "p10": pl.Float64, "p50": pl.Float64, "p90": pl.Float64, "unit": pl.Utf8},
        orient="row",
    )


RUN_A = values([
    ("CN", "2025", "combined", 40, 50, 70),
    ("CN", "2026", "combined", 50, 60, 90),
    ("GLOBAL", "2025", "combined", 150, 200, 260),
    ("CN", "2025", "regression", 45, 55, 65),
])
RUN_B = values([
    ("CN", "2025", "combined", 45, 60, 85),      # P50 +10 bn (+20 %), band 30 → 40 bn (+33.3 %)
    ("CN", "2026", "combined", 50, 60, 90),      # unchanged
    ("CN", "2027", "combined", 60, 80, 120),     # new target
    ("CN", "2025", "regression", 40, 44, 50),    # P50 −11 bn (−20 %)
])


def record(as_of: date, facts: list[int]) -> RunRecord:
    return RunRecord(as_of=as_of, trigger="manual", code_version="test-1", parameters={}, input_fingerprint="f" * 64,
                     seed=1, scenario_name="default", scenario_sha256="s" * 64, scenario_text="", facts_used=facts)


def document(uri: str, raw: bytes, published: date, facts: tuple[Fact, ...]) -> SourceDocument:
    return SourceDocument(source_uri=uri, raw=raw, text=raw.decode(), kind="market_report", language="zh-Hans",
                          published=published, encoding="utf-8", facts=facts)


def market(period: str, value: float, quote: str) -> Fact:
    return Fact(metric="ai_server_market_size", value=value, unit="USD", period=period, region="CN", quote=quote)


def seed_two_runs(engine: Engine) -> tuple[int, int, list[int], list[int]]:
    """doc1 (facts f1, f2) and doc2 (f3); run A used f1, run B used f1, f2, f3."""
    with engine.begin() as conn:
        d1 = store_document(conn, document("https://example.org/idc-2023", "2022年67亿美元；2021年54亿美元".encode(),
                                           date(2023, 6, 1), (market("2022", 6.7e9, "2022年67亿美元"),
                                                              market("2021", 5.4e9, "2021年54亿美元"))))
        d2 = store_document(conn, document("https://example.org/idc-2024", "2023年中国AI服务器市场规模91亿美元".encode(),
                                           date(2024, 5, 1), (market("2023", 9.1e9, "2023年中国AI服务器市场规模91亿美元"),)))
    f1, f2 = d1.fact_ids
    (f3,) = d2.fact_ids
    a = write_run(engine, record(date(2024, 3, 31), [f1]), RUN_A)
    b = write_run(engine, record(date(2024, 6, 30), [f1, f2, f3]), RUN_B)
    return a, b, [d1.document_id, d2.document_id], [f1, f2, f3]


def _row(frame: pl.DataFrame, region: str, period: str) -> dict[str, object]:
    return frame.filter((pl.col("region") == region) & (pl.col("period") == period)).row(0, named=True)


def test_diff_values_by_hand() -> None:
    out = diff_values(RUN_A, RUN_B)
    assert set(out["method"].to_list()) == {"combined"}  # combined is the default when present
    assert out.height == 4
    moved = _row(out, "CN", "2025")
    assert moved["status"] == "changed"
    assert moved["p50_a"] == 50 * BN and moved["p50_b"] == 60 * BN
    assert moved["p50_change"] == pytest.approx(10 * BN)
    assert moved["p50_change_pct"] == pytest.approx(20.0)
    assert moved["p10_change"] == pytest.approx(5 * BN) and moved["p90_change"] == pytest.approx(15 * BN)
    assert moved["band_a"] == pytest.approx(30 * BN) and moved["band_b"] == pytest.approx(40 * BN)
    assert moved["band_change"] == pytest.approx(10 * BN)
    assert moved["band_change_pct"] == pytest.approx(100 / 3)
    same = _row(out, "CN", "2026")
    assert same["status"] == "unchanged" and same["p50_change"] == 0 and same["band_change_pct"] == 0
    new = _row(out, "CN", "2027")
    assert new["status"] == "new" and new["p50_a"] is None and new["p50_b"] == 80 * BN and new["p50_change"] is None
    dropped = _row(out, "GLOBAL", "2025")
    assert dropped["status"] == "dropped" and dropped["p50_b"] is None and dropped["unit"] == "USD"


def test_diff_values_other_method_and_unknown_method() -> None:
    out = diff_values(RUN_A, RUN_B, method="regression")
    assert out.height == 1
    row = out.row(0, named=True)
    assert row["p50_change"] == pytest.approx(-11 * BN) and row["p50_change_pct"] == pytest.approx(-20.0)
    assert row["band_change_pct"] == pytest.approx(-50.0)  # 20 bn → 10 bn
    with pytest.raises(WarehouseError, match="neither run has method 'arima'"):
        diff_values(RUN_A, RUN_B, method="arima")


def test_diff_values_without_combined_compares_every_method() -> None:
    a = RUN_A.filter(pl.col("method") == "regression")
    b = RUN_B.filter(pl.col("method") == "regression").with_columns(pl.lit("bottom_up").alias("method"))
    out = diff_values(a, b)
    assert sorted(out["status"].to_list()) == ["dropped", "new"]


def test_diff_values_zero_base_has_no_percentage() -> None:
    a = values([("CN", "2025", "combined", 0, 0, 0)])
    b = values([("CN", "2025", "combined", 1, 2, 3)])
    row = diff_values(a, b).row(0, named=True)
    assert row["p50_change"] == 2 * BN and row["p50_change_pct"] is None and row["band_change_pct"] is None


def test_lineage_changes_pure() -> None:
    schema = {"fact_id": pl.Int64, "document_id": pl.Int64, "source_uri": pl.Utf8, "document_title": pl.Utf8,
              "document_published": pl.Date}
    a = pl.DataFrame([(1, 10, "u10", None, None), (2, 10, "u10", None, None)], schema=schema, orient="row")
    b = pl.DataFrame([(1, 10, "u10", None, None), (3, 10, "u10", None, None), (4, 11, "u11", None, None)],
                     schema=schema, orient="row")
    added, removed, docs = lineage_changes(a, b)
    assert added["fact_id"].to_list() == [3, 4]
    assert removed["fact_id"].to_list() == [2]
    assert docs.select("document_id", "source_uri", "n_facts").rows() == [(11, "u11", 1)]


def test_compare_runs_from_the_warehouse(engine: Engine) -> None:
    a, b, (doc1, doc2), (f1, f2, f3) = seed_two_runs(engine)
    result = compare_runs(engine)  # default: the latest two, A the older
    assert (result.run_a["run_id"], result.run_b["run_id"]) == (a, b)
    assert result.run_a["as_of"] == date(2024, 3, 31) and result.run_b["code_version"] == "test-1"
    assert result.run_b["created_at"].tzinfo is not None
    assert result.method == "combined"
    assert _row(result.values, "CN", "2025")["p50_change_pct"] == pytest.approx(20.0)
    assert result.new_facts["fact_id"].to_list() == [f2, f3]
    new3 = result.new_facts.filter(pl.col("fact_id") == f3).row(0, named=True)
    assert new3["quote"] == "2023年中国AI服务器市场规模91亿美元"
    assert new3["source_uri"] == "https://example.org/idc-2024" and new3["document_published"] == date(2024, 5, 1)
    assert new3["value"] == 9.1e9 and new3["document_id"] == doc2
    assert result.new_documents["document_id"].to_list() == [doc2]  # doc1 was already in A's lineage
    assert result.dropped_facts.is_empty()
    assert f1 not in result.new_facts["fact_id"].to_list()
    # reversed: what B had that A lacks is now dropped
    back = compare_runs(engine, b, a)
    assert back.dropped_facts["fact_id"].to_list() == [f2, f3] and back.new_facts.is_empty()
    assert _row(back.values, "CN", "2025")["p50_change"] == pytest.approx(-10 * BN)
    assert doc1 not in back.new_documents["document_id"].to_list()
    d = result.to_dict()
    assert d["run_a"]["run_id"] == a and len(d["new_facts"]) == 2


def test_pick_runs_needs_two_runs(engine: Engine) -> None:
    with pytest.raises(NotEnoughRunsError, match="has 0"):
        pick_runs(engine, None, None)
    first = write_run(engine, record(date(2024, 3, 31), []), RUN_A)
    with pytest.raises(NotEnoughRunsError, match="has 1"):
        compare_runs(engine)
    with pytest.raises(NotEnoughRunsError, match="first published run"):
        pick_runs(engine, first, None)
    second = write_run(engine, record(date(2024, 6, 30), []), RUN_B)
    third = write_run(engine, record(date(2024, 9, 30), []), RUN_B)
    assert pick_runs(engine, None, None) == (second, third)
    assert pick_runs(engine, second, None) == (first, second)  # one run: against the run before it
    assert pick_runs(engine, third, first) == (third, first)
    with pytest.raises(RunNotFoundError):
        pick_runs(engine, 999, None)
    with pytest.raises(RunNotFoundError):
        compare_runs(engine, first, 999)
