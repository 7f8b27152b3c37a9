"""Issue 7: at least 100 hostile inputs through `ingest` in one batch; nothing crashes, nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from connectors.model import printable
from flows.jobs import ingest
from tests.hostile.corpus import make_hostile_corpus


@pytest.mark.slow
def test_hostile_batch_every_input_is_stored_or_quarantined(sqlite_engine: Engine, tmp_path: Path) -> None:
    inputs = make_hostile_corpus(tmp_path / "inbox", tmp_path / "outside", big_mb=50)
    assert len(inputs) >= 100
    summary = ingest(sqlite_engine, [str(tmp_path / "inbox")])

    # count in = stored + already stored + quarantined, and every file was seen
    assert summary.inputs == len(inputs)
    assert summary.stored + summary.duplicates + summary.quarantined == summary.inputs
    with sqlite_engine.connect() as conn:
        n_docs = conn.execute(text("SELECT COUNT(*) FROM document")).scalar_one()
        n_quarantine = conn.execute(text("SELECT COUNT(*) FROM quarantine")).scalar_one()
        reasons = dict(conn.execute(text("SELECT source_uri, reason FROM quarantine")).all())
        texts = conn.execute(text("SELECT text FROM document")).scalars().all()
    assert n_docs == summary.stored
    assert n_quarantine == summary.quarantined  # no two quarantined inputs share bytes and reason here

    quarantined_uris = {uri for uri, _ in summary.quarantine}
    for item in inputs:
        uri_hit = [u for u in quarantined_uris if u.endswith(printable(item.path.name))]
        if item.expect == "quarantined":
            assert uri_hit, f"{item.category} {item.path.name} was not quarantined"
            assert reasons[uri_hit[0]].strip(), "a quarantine reason must say why"
            assert item.reason in reasons[uri_hit[0]], (item.category, reasons[uri_hit[0]])
        elif item.expect in ("stored", "duplicate"):
            assert not uri_hit, f"{item.category} {item.path.name} was quarantined: {reasons.get(uri_hit[0]) if uri_hit else ''}"
    assert summary.duplicates == sum(1 for i in inputs if i.expect == "duplicate")

    # reasons say what was wrong
    too_large = next(u for u in quarantined_uris if u.endswith("huge.txt"))
    assert "large" in reasons[too_large].lower()
    assert any("symlink" in reasons[u].lower() or "outside" in reasons[u].lower() for u in quarantined_uris if "/links/" in u)
    encrypted = [u for u in quarantined_uris if "/pdf/encrypted" in u]
    assert len(encrypted) == 3 and all("encrypted" in reasons[u].lower() for u in encrypted)

    # hostile strings are stored verbatim and were never executed
    assert any("'; DROP TABLE fact; --" in t for t in texts)
    assert any("$(rm -rf /) `reboot`" in t for t in texts)
    assert {"document", "fact", "quarantine", "forecast_run"} <= set(inspect(sqlite_engine).get_table_names())

    # the contradiction is kept: both facts are stored under the same key
    with sqlite_engine.connect() as conn:
        values = conn.execute(text(
            "SELECT value FROM fact WHERE metric = 'ai_server_market_size' AND period = '2023' AND region = 'CN' "
            "AND quote LIKE '%市场规模为9%'")).scalars().all()
    assert sorted(values) == [9.1e9, 9.4e9]

    # ... and visible as a contradiction to the forecast: both in the run's lineage and listed
    from flows.jobs import forecast
    from warehouse.store import get_run, run_fact_ids

    with sqlite_engine.connect() as conn:
        ids = conn.execute(text(
            "SELECT id FROM fact WHERE metric = 'ai_server_market_size' AND period = '2023' AND region = 'CN' "
            "AND quote LIKE '%市场规模为9%'")).scalars().all()
    run_id = forecast(sqlite_engine, draws=500).run_id
    assert set(ids) <= run_fact_ids(sqlite_engine, run_id)
    with sqlite_engine.connect() as conn:
        conflicts = get_run(conn, run_id)["parameters"]["facts"]["conflicts"]
    [entry] = [c for c in conflicts if c["key"] == "ai_server_market_size|CN|2023"]
    assert set(ids) <= set(entry["fact_ids"]) and {9.1e9, 9.4e9} <= set(entry["values"])
