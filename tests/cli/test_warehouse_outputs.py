"""``computecast diff / export / chart / db grant-bi`` through typer's runner on a real SQLite file
(and PostgreSQL for grant-bi)."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from cli.main import app
from connectors.contract import Fact
from connectors.model import SourceDocument
from flows.jobs import open_warehouse
from warehouse.store import RunRecord, read_values, store_document, write_run

runner = CliRunner()
BN = 1e9


def _values(rows: list[tuple[str, str, float, float, float]]) -> pl.DataFrame:
    """(period, method, p10, p50, p90) in bn USD for China's AI server market."""
    return pl.DataFrame(
        [("ai_server_market_size", "CN", None, p, m, a * BN, b * BN, c * BN, "USD") for p, m, a, b, c in rows],
        schema={"metric": pl.Utf8, "region": pl.Utf8, "entity": pl.Utf8, "period": pl.Utf8, "method": pl.Utf8,
                "p10": pl.Float64, "p50": pl.Float64, "p90": pl.Float64, "unit": pl.Utf8},
        orient="row",
    )


def _record(as_of: date, facts: list[int]) -> RunRecord:
    return RunRecord(as_of=as_of, trigger="manual", code_version="0.1.0+gcli", parameters={}, input_fingerprint="f" * 64,
                     seed=1, scenario_name="default", scenario_sha256="s" * 64, scenario_text="", facts_used=facts)


def _doc(uri: str, published: date, facts: tuple[Fact, ...]) -> SourceDocument:
    raw = "；".join(f.quote for f in facts).encode()
    return SourceDocument(source_uri=uri, raw=raw, text=raw.decode(), kind="market_report", language="zh-Hans",
                          published=published, encoding="utf-8", facts=facts)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "warehouse.db"
    monkeypatch.setenv("COMPUTECAST_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.chdir(tmp_path)
    return path


def _seed(engine: Engine) -> tuple[int, int, int]:
    """Two runs; B's lineage adds fact f3 from a new document. Returns (run A, run B, f3)."""
    with engine.begin() as conn:
        old = store_document(conn, _doc("https://example.org/citic-2023", date(2023, 6, 25), (
            Fact(metric="ai_server_market_size", value=6.7e9, unit="USD", period="2022", region="CN",
                 quote="2022年中国AI服务器市场规模67亿美元"),
            Fact(metric="ai_server_market_size", value=5.4e9, unit="USD", period="2021", region="CN",
                 quote="2021年54亿美元"),
        )))
        new = store_document(conn, _doc("https://example.org/idc-2024", date(2024, 5, 2), (
            Fact(metric="ai_server_market_size", value=9.1e9, unit="USD", period="2023", region="CN",
                 quote="2023年中国AI服务器市场规模达91亿美元"),
        )))
    a = write_run(engine, _record(date(2024, 3, 31), list(old.fact_ids)), _values([
        ("2025", "combined", 40, 50, 70), ("2026", "combined", 50, 60, 90), ("2025", "regression", 45, 55, 65)]))
    b = write_run(engine, _record(date(2024, 6, 30), [*old.fact_ids, *new.fact_ids]), _values([
        ("2025", "combined", 45, 60, 85), ("2026", "combined", 50, 60, 90), ("2025", "regression", 40, 44, 50)]))
    return a, b, new.fact_ids[0]


def test_diff_json_defaults_to_latest_two_runs(db: Path) -> None:
    a, b, f3 = _seed(open_warehouse())
    result = runner.invoke(app, ["diff", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["run_a"]["run_id"], out["run_b"]["run_id"]) == (a, b)
    assert out["run_a"]["as_of"] == "2024-03-31" and out["method"] == "combined"
    moved = next(v for v in out["values"] if v["period"] == "2025")
    assert moved["p50_change"] == pytest.approx(10 * BN) and moved["p50_change_pct"] == pytest.approx(20.0)
    assert moved["band_change"] == pytest.approx(10 * BN) and moved["band_change_pct"] == pytest.approx(100 / 3)
    assert next(v for v in out["values"] if v["period"] == "2026")["status"] == "unchanged"
    [fact] = out["new_facts"]
    assert fact["fact_id"] == f3 and fact["quote"] == "2023年中国AI服务器市场规模达91亿美元"
    assert fact["source_uri"] == "https://example.org/idc-2024" and fact["document_published"] == "2024-05-02"
    assert [d["source_uri"] for d in out["new_documents"]] == ["https://example.org/idc-2024"]


def test_diff_table_and_method(db: Path) -> None:
    a, b, _ = _seed(open_warehouse())
    result = runner.invoke(app, ["diff", str(a), str(b)])
    assert result.exit_code == 0, result.output
    text_out = result.stdout
    assert f"A = run {a}" in text_out and f"B = run {b}" in text_out
    assert "$50 bn" in text_out and "$60 bn" in text_out and "+$10 bn" in text_out and "+20.0%" in text_out
    assert "+33.3%" in text_out and "1 target(s) unchanged" in text_out
    assert "“2023年中国AI服务器市场规模达91亿美元”" in text_out and "https://example.org/idc-2024" in text_out
    regression = json.loads(runner.invoke(app, ["diff", "--method", "regression", "-f", "json"]).stdout)
    assert [v["p50_change_pct"] for v in regression["values"]] == [pytest.approx(-20.0)]
    unknown = runner.invoke(app, ["diff", "--method", "arima"])
    assert unknown.exit_code == 4 and "neither run has method 'arima'" in unknown.output
    single = json.loads(runner.invoke(app, ["diff", str(b), "-f", "json"]).stdout)
    assert (single["run_a"]["run_id"], single["run_b"]["run_id"]) == (a, b)


def test_diff_needs_two_runs(db: Path) -> None:
    result = runner.invoke(app, ["diff"])
    assert result.exit_code == 4
    assert "needs two published forecast runs and the warehouse has 0" in result.output
    write_run(open_warehouse(), _record(date(2024, 3, 31), []), _values([("2025", "combined", 1, 2, 3)]))
    result = runner.invoke(app, ["diff"])
    assert result.exit_code == 4 and "has 1" in result.output
    missing = runner.invoke(app, ["diff", "1", "42"])
    assert missing.exit_code == 4 and "no forecast run 42" in missing.output


def test_export_parquet_default_name_and_csv(db: Path, tmp_path: Path) -> None:
    engine = open_warehouse()
    _, b, _ = _seed(engine)
    stored = read_values(engine, b)
    result = runner.invoke(app, ["export", str(b), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    parquet = tmp_path / f"computecast_run_{b}.parquet"
    assert f"wrote 3 value(s) of run {b}" in result.output and parquet.is_file()
    back = pl.read_parquet(parquet)
    assert back.select(stored.columns).equals(stored)
    assert back.select("run_id", "as_of", "code_version").unique().rows() == [(b, date(2024, 6, 30), "0.1.0+gcli")]
    assert back["created_at"].dtype == pl.Datetime("us", "UTC")
    out = tmp_path / "sub" / "run.csv"
    result = runner.invoke(app, ["export", str(b), "-f", "csv", "--output", str(out)])
    assert result.exit_code == 0, result.output
    csv = pl.read_csv(out, schema_overrides={"entity": pl.Utf8, "period": pl.Utf8}, try_parse_dates=True)
    assert csv.select(stored.columns).equals(stored)
    assert csv["as_of"].to_list() == [date(2024, 6, 30)] * 3
    missing = runner.invoke(app, ["export", "99", "-f", "csv"])
    assert missing.exit_code == 4 and "no forecast run 99" in missing.output
    assert runner.invoke(app, ["export", str(b), "-f", "xlsx"]).exit_code == 2


def test_chart_writes_a_png(db: Path, tmp_path: Path) -> None:
    _, b, _ = _seed(open_warehouse())
    out = tmp_path / "slides" / "cn.png"
    result = runner.invoke(app, ["chart", "--output", str(out)])
    assert result.exit_code == 0, result.output
    # reported actuals: 3 stored facts and the 5 China figures of the bundled history (2019-2023)
    assert f"(USD; run {b} as of 2024-06-30, 2 vintage(s), 8 reported value(s))" in result.output
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 30_000
    default = runner.invoke(app, ["chart", "--method", "regression"])
    assert default.exit_code == 0 and (tmp_path / "chart.png").is_file()
    none = runner.invoke(app, ["chart", "--region", "US"])
    assert none.exit_code == 4 and "no forecast of ai_server_market_size / US" in none.output
    other_unit = runner.invoke(app, ["chart", "--unit", "CNY"])
    assert other_unit.exit_code == 4 and "in CNY; its units are: USD" in other_unit.output


def test_grant_bi_on_sqlite_explains_read_only_files(db: Path) -> None:
    result = runner.invoke(app, ["db", "grant-bi", "bi_reader"])
    assert result.exit_code == 2
    assert "SQLite has no roles" in result.output and "mode=ro" in result.output


@pytest.mark.postgres
def test_grant_bi_on_postgres(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPUTECAST_DATABASE_URL", pg_url)
    role = f"bi_cli_{uuid.uuid4().hex[:10]}"
    engine = open_warehouse()
    try:
        result = runner.invoke(app, ["db", "grant-bi", role, "--password", "pw"])
        assert result.exit_code == 0, result.output
        assert f"created role {role}: SELECT on 19 view(s)" in result.output  # 9 + 2 backtest + 4 evidence + 4 BI-model (0015) views
        with engine.connect() as conn:
            can = conn.execute(text("SELECT has_table_privilege(:r, 'v_forecast_latest', 'SELECT'), "
                                    "has_table_privilege(:r, 'forecast_value', 'SELECT'), "
                                    "has_table_privilege(:r, 'forecast_value', 'INSERT')"), {"r": role}).one()
        assert tuple(can) == (True, False, False)
        again = runner.invoke(app, ["db", "grant-bi", role])
        assert again.exit_code == 0 and f"updated role {role}" in again.output
    finally:
        with engine.begin() as conn:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
                conn.exec_driver_sql(f'DROP ROLE "{role}"')
        engine.dispose()


def test_help_lists_the_commands_without_heavy_imports() -> None:
    result = runner.invoke(app, ["--help"])
    for name in ("diff", "export", "chart"):
        assert name in result.output
    assert "grant-bi" in runner.invoke(app, ["db", "--help"]).output
    probe = (
        "import sys, cli.main; heavy = [m for m in ('matplotlib', 'polars', 'warehouse.diff', 'warehouse.chart', "
        "'pyarrow') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == ""
