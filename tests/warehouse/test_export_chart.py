"""Export of a run (Parquet/CSV read back with polars) and the fan chart (artists and PNG)."""

from __future__ import annotations

import struct
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl
import pytest
from matplotlib.collections import PolyCollection
from sqlalchemy import Engine

from connectors.contract import Fact
from connectors.model import SourceDocument
from warehouse.chart import NothingToChartError, add_history, chart_inputs, fan_chart, write_png
from warehouse.export import EXPORT_COLUMNS, default_export_path, export_frame, export_run
from warehouse.store import RunRecord, read_values, store_document, write_run

BN = 1e9
YEARS = [str(y) for y in range(2024, 2031)]


def values(scale: float, *, method: str = "combined") -> pl.DataFrame:
    n = len(YEARS)
    p50 = [60 * BN * scale * 1.3**i for i in range(n)]
    return pl.DataFrame(
        {
            "metric": ["ai_server_market_size"] * n + ["intelligent_compute_capacity"],
            "region": ["CN"] * n + [None],
            "entity": [None] * n + ["Alibaba Cloud"],
            "period": [*YEARS, "2025"],
            "method": [method] * (n + 1),
            "p10": [v * (0.8 - 0.03 * i) for i, v in enumerate(p50)] + [1.0e20],
            "p50": [*p50, 2.5e20],
            "p90": [v * (1.2 + 0.05 * i) for i, v in enumerate(p50)] + [4.0e20],
            "unit": ["USD"] * n + ["FLOPS"],
        },
        schema_overrides={"region": pl.Utf8, "entity": pl.Utf8},
    )


def record(as_of: date) -> RunRecord:
    return RunRecord(as_of=as_of, trigger="manual", code_version="0.1.0+gtest", parameters={}, input_fingerprint="f" * 64,
                     seed=1, scenario_name="default", scenario_sha256="s" * 64, scenario_text="")


def seed(engine: Engine) -> list[int]:
    facts = tuple(
        Fact(metric="ai_server_market_size", value=v, unit=u, period=p, region="CN", basis=b, quote=q)
        for v, u, p, b, q in [
            (3.9e9 * 7, "USD", "2020", "actual", "2020年 39亿"),
            (5.4e9 * 7, "USD", "2021", "actual", "2021年 54亿"),
            (6.7e9 * 7, "USD", "2022", "actual", "2022年 67亿"),
            (9.9e10, "USD", "2030", "forecast", "2030年预计990亿"),  # a forecast fact: not history
            (4.7e10, "CNY", "2022", "actual", "470亿元"),             # another unit: not on this axis
            (2.0e10, "USD", "2023H1", "actual", "2023年上半年200亿"),  # half-year: not on an annual axis
        ]
    )
    with engine.begin() as conn:
        store_document(conn, SourceDocument(source_uri="https://example.org/r", raw=b"r", text="r", kind="market_report",
                                            language="zh-Hans", published=date(2023, 1, 5), encoding="utf-8", facts=facts))
    return [
        write_run(engine, record(date(2023, 12, 31)), values(0.8)),
        write_run(engine, record(date(2024, 3, 31)), values(0.9)),
        write_run(engine, record(date(2024, 6, 30)), values(1.0)),
    ]


def test_export_parquet_and_csv_read_back_equal(engine: Engine, tmp_path: Path) -> None:
    run_id = seed(engine)[-1]
    stored = read_values(engine, run_id)
    frame = export_frame(engine, run_id)
    assert frame.columns == list(EXPORT_COLUMNS)
    for fmt in ("parquet", "csv"):
        path, n = export_run(engine, run_id, fmt, tmp_path / f"out.{fmt}")  # type: ignore[arg-type]
        assert n == stored.height == 8
        if fmt == "parquet":
            back = pl.read_parquet(path)
        else:
            back = pl.read_csv(path, schema_overrides={"region": pl.Utf8, "entity": pl.Utf8, "period": pl.Utf8},
                               try_parse_dates=True)
        assert back.columns == list(EXPORT_COLUMNS), fmt
        assert back.select(stored.columns).equals(stored), fmt  # exact floats, nulls and strings
        assert back["run_id"].unique().to_list() == [run_id]
        assert back["as_of"].unique().to_list() == [date(2024, 6, 30)], fmt
        assert back["code_version"].unique().to_list() == ["0.1.0+gtest"]
        created = back["created_at"].unique().to_list()
        assert len(created) == 1 and isinstance(created[0], datetime) and created[0].tzinfo is not None
        assert abs((datetime.now(UTC) - created[0]).total_seconds()) < 600, fmt
    assert default_export_path(7, "csv") == Path("computecast_run_7.csv")


def test_chart_inputs_from_the_warehouse(engine: Engine) -> None:
    runs = seed(engine)
    inputs = chart_inputs(engine, metric="ai_server_market_size", region="CN", method="combined")
    assert inputs.latest_run_id == runs[-1] and inputs.latest_as_of == date(2024, 6, 30)
    assert inputs.unit == "USD" and inputs.other_units == ()
    assert sorted(inputs.vintages["run_id"].unique().to_list()) == runs
    assert inputs.vintages.height == 3 * len(YEARS)
    # actuals in USD only (the forecast-basis fact and the CNY one stay out)
    assert sorted(inputs.history["period"].to_list()) == ["2020", "2021", "2022", "2023H1"]
    extra = pl.DataFrame({"period": ["2019"], "value": [2.0e10]})
    assert add_history(inputs, extra).height == 5
    with pytest.raises(NothingToChartError, match="methods there are: combined"):
        chart_inputs(engine, metric="ai_server_market_size", region="CN", method="arima")
    with pytest.raises(NothingToChartError, match="no forecast of ai_server_market_size / US"):
        chart_inputs(engine, metric="ai_server_market_size", region="US", method="combined")
    by_entity = chart_inputs(engine, metric="intelligent_compute_capacity", region=None, entity="Alibaba Cloud",
                             method="combined")
    assert by_entity.unit == "FLOPS" and by_entity.vintages.height == 3


def test_fan_chart_artists_and_png(engine: Engine, tmp_path: Path) -> None:
    runs = seed(engine)
    inputs = chart_inputs(engine, metric="ai_server_market_size", region="CN", method="combined")
    history = add_history(inputs, pl.DataFrame({"period": ["2019"], "value": [2.0e10]}))
    fig = fan_chart(history, inputs.vintages, title="AI server market size, China", unit="USD",
                    subtitle="P50 and P10–P90", source_note=f"Source: run {runs[-1]}", max_earlier=5)
    [ax] = fig.axes
    by_gid = {a.get_gid(): a for a in (*ax.lines, *ax.collections) if a.get_gid()}
    # band: P10–P90 of the latest run for every forecast year
    band = by_gid["band"]
    assert isinstance(band, PolyCollection)
    latest = values(1.0).filter(pl.col("region") == "CN")
    verts = band.get_paths()[0].vertices
    assert verts[:, 0].min() == 2024 and verts[:, 0].max() == 2030
    assert verts[:, 1].max() == pytest.approx(latest["p90"].max())
    assert verts[:, 1].min() == pytest.approx(latest["p10"].min())
    # P50 line of the latest run, earlier vintages faint
    p50 = by_gid["p50"]
    assert list(p50.get_xdata()) == list(range(2024, 2031))
    assert list(p50.get_ydata()) == pytest.approx(latest["p50"].to_list())
    for earlier in runs[:-1]:
        line = by_gid[f"earlier-{earlier}"]
        assert line.get_alpha() < 1 and line.get_linestyle() == "--"
    assert f"earlier-{runs[-1]}" not in by_gid
    # reported actuals as points, no line: annual only (2023H1 is left out), the extra frame's 2019 included
    assert "history" not in by_gid
    points = by_gid["history-points"].get_offsets()
    ordered = sorted(map(tuple, points.tolist()))
    assert [x for x, _ in ordered] == [2019, 2020, 2021, 2022]
    assert [y for _, y in ordered] == pytest.approx([2.0e10, 3.9e9 * 7, 5.4e9 * 7, 6.7e9 * 7])
    # the forecast starts at the run's as-of: a vertical line at 2024-06-30, the band from that year on
    as_of_line = by_gid["as-of"]
    assert list(as_of_line.get_xdata()) == pytest.approx([2024 + 181 / 366] * 2)
    assert any(t.get_text().strip().startswith("as of 2024-06-30") for t in ax.texts)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "Reported (actual)" and "P10–P90 range" in legend
    assert any(f"run {runs[-1]}, as of 2024-06-30" in t for t in legend)
    assert any(t.startswith("Earlier vintages") for t in legend)
    assert fig._suptitle is not None and fig._suptitle.get_text() == "AI server market size, China"
    assert ax.yaxis.get_major_formatter()(40e9, 0) == r"\$40 bn"
    labels = [t.get_text() for t in ax.texts]
    assert any(r"(P10–P90 \$" in t and "–" in t.split("P10–P90")[1] for t in labels), labels
    path = write_png(fig, tmp_path / "chart.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert 1200 <= width <= 2400 and 700 <= height <= 1400
    assert 30_000 < len(data) < 2_000_000


def test_fan_chart_single_vintage_without_history() -> None:
    vintages = pl.DataFrame(
        {"run_id": [1, 1], "as_of": [date(2024, 6, 30)] * 2, "period": ["2025", "2026"], "p10": [1e20, 2e20],
         "p50": [2e20, 3e20], "p90": [3e20, 5e20]}
    )
    fig = fan_chart(pl.DataFrame(schema={"period": pl.Utf8, "value": pl.Float64}), vintages, title="t", unit="FLOPS")
    [ax] = fig.axes
    gids = {a.get_gid() for a in (*ax.lines, *ax.collections)}
    assert {"band", "p50"} <= gids and "history" not in gids
    assert not any(str(g).startswith("earlier-") for g in gids)
    assert ax.yaxis.get_major_formatter()(3e20, 0) == "300 EFLOPS"
    with pytest.raises(NothingToChartError):
        fan_chart(pl.DataFrame(), vintages.clear(), title="t", unit="FLOPS")


def _two_currencies(scale: float) -> pl.DataFrame:
    usd = values(scale).filter(pl.col("unit") == "USD")
    return pl.concat([usd, usd.with_columns(pl.lit("CNY").alias("unit"), pl.col("p10", "p50", "p90") * 7.2)])


def test_one_unit_per_chart_and_the_latest_production_run(engine: Engine) -> None:
    recreation = write_run(engine, record(date(2024, 6, 30)), _two_currencies(1.0))
    today = datetime.now(UTC).date()
    production = write_run(engine, RunRecord(**{**record(today).__dict__, "kind": "production"}), _two_currencies(1.1))
    future = write_run(engine, record(today.replace(year=today.year + 1)), _two_currencies(2.0))
    inputs = chart_inputs(engine, metric="ai_server_market_size", region="CN", method="combined")
    # the default is the target's primary unit, USD; CNY values are not on the axis, only named
    assert inputs.unit == "USD" and inputs.other_units == ("CNY",)
    assert inputs.vintages.height == 3 * len(YEARS)
    assert inputs.vintages["p50"].max() == pytest.approx(values(2.0)["p50"].head(len(YEARS)).max())
    # the newest production run is the latest, not the later what-if with a future as-of
    assert (inputs.latest_run_id, inputs.latest_as_of) == (production, today)
    cny = chart_inputs(engine, metric="ai_server_market_size", region="CN", method="combined", unit="CNY")
    assert cny.unit == "CNY" and cny.other_units == ("USD",)
    assert cny.vintages["p50"].min() == pytest.approx(7.2 * values(1.0)["p50"].min())
    with pytest.raises(NothingToChartError, match="in EUR; its units are: CNY, USD"):
        chart_inputs(engine, metric="ai_server_market_size", region="CN", method="combined", unit="EUR")
    fig = fan_chart(cny.history, cny.vintages, title="t", unit="CNY", latest_run_id=cny.latest_run_id)
    [ax] = fig.axes
    by_gid = {a.get_gid(): a for a in (*ax.lines, *ax.collections) if a.get_gid()}
    # earlier vintages are those as of before the latest: the re-creation, not the future what-if
    assert f"earlier-{recreation}" in by_gid and f"earlier-{future}" not in by_gid
    assert list(by_gid["p50"].get_xdata()) == [y for y in range(2024, 2031) if y >= today.year]
    assert by_gid["band"].get_paths()[0].vertices[:, 1].max() <= 7.2 * values(1.1)["p90"].max() * (1 + 1e-9)
    assert ax.yaxis.get_major_formatter()(7.2e11, 0) == "¥720 bn"
