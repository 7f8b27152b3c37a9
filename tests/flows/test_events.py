"""Event building and the coalescing check, without Prefect: pure functions and a real SQLite file."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from sqlalchemy import Engine

from connectors.contract import Fact
from connectors.model import SourceDocument
from flows import events
from flows.events import EventSpec, NewDocument
from warehouse.store import VALUE_COLUMNS, RunRecord, store_document, write_run

AS_OF = date(2024, 6, 30)


def _summary(fact_ids: list[int], **counts: int) -> dict[str, object]:
    base = {"inputs": 1, "stored": 1, "duplicates": 0, "quarantined": 0, "facts": len(fact_ids)}
    return {**base, **counts, "new_fact_ids": fact_ids, "document_ids": [1]}


def _docs() -> list[NewDocument]:
    return [
        NewDocument(7, "b" * 64, "/inbox/tender-02.txt", 2),
        NewDocument(5, "a" * 64, "/inbox/tender-01.txt", 3),
    ]


def test_no_event_without_new_facts() -> None:
    assert events.facts_ingested_event(_summary([], stored=0, duplicates=1), []) is None


def test_facts_ingested_event_names_documents_and_counts() -> None:
    spec = events.facts_ingested_event(_summary([11, 10, 12, 13, 14], inputs=3, stored=2, duplicates=1), _docs())
    assert isinstance(spec, EventSpec)
    assert spec.event == "computecast.facts.ingested"
    # the primary resource is the first new document, by id; the trigger matches on the label
    assert spec.resource["prefect.resource.id"] == "computecast.document." + "a" * 64
    assert spec.resource["computecast.forecast"] == "triggered"
    assert spec.resource["prefect.resource.name"] == "tender-01.txt"
    assert [r["prefect.resource.id"] for r in spec.related] == [
        "computecast.document." + "a" * 64,
        "computecast.document." + "b" * 64,
    ]
    assert {r["prefect.resource.role"] for r in spec.related} == {"document"}
    assert spec.payload["fact_count"] == 5
    assert spec.payload["fact_ids"] == [10, 11, 12, 13, 14]
    assert spec.payload["document_ids"] == [5, 7]
    assert (spec.payload["inputs"], spec.payload["stored"], spec.payload["duplicates"]) == (3, 2, 1)
    assert spec.kwargs()["resource"] is spec.resource


def test_in_flow_label_and_bad_label() -> None:
    spec = events.facts_ingested_event(_summary([1]), _docs()[:1], forecast=events.FORECAST_IN_FLOW)
    assert spec is not None and spec.resource["computecast.forecast"] == "in-flow"
    with pytest.raises(ValueError, match="forecast must be"):
        events.facts_ingested_event(_summary([1]), _docs(), forecast="maybe")
    with pytest.raises(ValueError, match="no new documents"):
        events.facts_ingested_event(_summary([1]), [])


def test_forecast_published_event() -> None:
    spec = events.forecast_published_event(
        42, as_of=AS_OF, trigger="event", trigger_event_id="e-1", fact_count=9, input_fingerprint="f" * 64
    )
    assert spec.event == "computecast.forecast.published"
    assert spec.resource["prefect.resource.id"] == "computecast.forecast-run.42"
    assert spec.payload == {
        "run_id": 42, "as_of": "2024-06-30", "trigger": "event", "trigger_event_id": "e-1",
        "fact_count": 9, "input_fingerprint": "f" * 64,
    }


def test_emit_none_sends_nothing() -> None:
    assert events.emit(None) is None


# --- the warehouse side: new documents and freshness -------------------------------------------


def _store(engine: Engine, raw: str, published: date | None, n_facts: int) -> tuple[int, list[int]]:
    facts = tuple(
        Fact(metric="tender_quantity", value=100.0 + i, unit="units", entity="China Mobile", item="ai_server",
             period="2024", quote=f"采购AI服务器{100 + i}台")
        for i in range(n_facts)
    )
    doc = SourceDocument(source_uri=f"/inbox/{raw}.txt", raw=raw.encode(), text=raw, kind="tender",
                         language="zh-Hans", published=published, encoding="utf-8", facts=facts)
    with engine.begin() as conn:
        stored = store_document(conn, doc)
    return stored.document_id, list(stored.fact_ids)


def _run(engine: Engine, used: list[int], *, visible: int | None, seed: int = 1, draws: int = 200,
         as_of: date = AS_OF, scenario_sha256: str = "s" * 64) -> int:
    params: dict[str, object] = {"draws": draws, "history_sha256": "h" * 64, "roles_sha256": "r" * 64}
    if visible is not None:
        params["facts"] = {"visible": visible, "used": len(used)}
    values = pl.DataFrame(
        [{"metric": "ai_server_shipments", "region": "CN", "entity": None, "period": "2025", "method": "combined",
          "p10": 1.0, "p50": 2.0, "p90": 3.0, "unit": "units"}],
        schema={c: (pl.Float64 if c in ("p10", "p50", "p90") else pl.Utf8) for c in VALUE_COLUMNS},
    )
    record = RunRecord(as_of=as_of, trigger="event", code_version="test", parameters=params,
                       input_fingerprint="x" * 64, seed=seed, scenario_name="base",
                       scenario_sha256=scenario_sha256, scenario_text="", facts_used=used)
    return write_run(engine, record, values)


def _fresh(engine: Engine, **kw: object) -> events.Freshness:
    args: dict[str, object] = {"as_of": AS_OF, "seed": 1, "draws": 200, "scenario_sha256": "s" * 64,
                               "history_sha256": "h" * 64, "roles_sha256": "r" * 64, **kw}
    return events.forecast_freshness(engine, **args)  # type: ignore[arg-type]


def test_new_documents_of_facts(engine: Engine) -> None:
    d1, f1 = _store(engine, "one", date(2024, 5, 1), 2)
    d2, f2 = _store(engine, "two", date(2024, 5, 2), 3)
    docs = events.new_documents(engine, [*f1, *f2])
    assert [(d.document_id, d.facts, d.source_uri) for d in docs] == [(d1, 2, "/inbox/one.txt"), (d2, 3, "/inbox/two.txt")]
    assert len(docs[0].sha256) == 64
    assert events.new_documents(engine, []) == []


def test_freshness_without_vintage(engine: Engine) -> None:
    _, facts = _store(engine, "one", date(2024, 5, 1), 2)
    fresh = _fresh(engine)
    assert not fresh.current and fresh.latest_run_id is None and fresh.pending_fact_ids == tuple(facts)


def test_freshness_by_visible_count(engine: Engine) -> None:
    _, facts = _store(engine, "one", date(2024, 5, 1), 3)
    run_id = _run(engine, facts[:1], visible=3)  # the core used only one of the three facts
    fresh = _fresh(engine)
    assert fresh.current and fresh.latest_run_id == run_id
    # an undated document and one published after as_of do not make the vintage stale
    _store(engine, "undated", None, 2)
    _store(engine, "later", date(2024, 7, 1), 2)
    assert _fresh(engine).current
    # a new fact visible at as_of does
    _, late = _store(engine, "two", date(2024, 6, 1), 1)
    stale = _fresh(engine)
    assert not stale.current and stale.pending_fact_ids == tuple(late) and stale.latest_run_id == run_id


def test_freshness_by_lineage_when_count_missing(engine: Engine) -> None:
    _, facts = _store(engine, "one", date(2024, 5, 1), 2)
    _run(engine, facts, visible=None)
    assert _fresh(engine).current
    _, late = _store(engine, "two", date(2024, 6, 1), 1)
    assert _fresh(engine).pending_fact_ids == tuple(late)


@pytest.mark.parametrize(
    ("change", "word"),
    [({"seed": 2}, "seed"), ({"draws": 500}, "draws"), ({"scenario_sha256": "t" * 64}, "scenario"),
     ({"history_sha256": "g" * 64}, "history"), ({"roles_sha256": "q" * 64}, "observation roles")],
)
def test_freshness_stale_when_inputs_change(engine: Engine, change: dict[str, object], word: str) -> None:
    _, facts = _store(engine, "one", date(2024, 5, 1), 1)
    _run(engine, facts, visible=1)
    fresh = _fresh(engine, **change)
    assert not fresh.current and word in fresh.reason


def test_freshness_looks_at_the_same_as_of_only(engine: Engine) -> None:
    _, facts = _store(engine, "one", date(2024, 5, 1), 1)
    _run(engine, facts, visible=1, as_of=date(2024, 6, 29))
    assert _fresh(engine).latest_run_id is None
