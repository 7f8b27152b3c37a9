"""Reads and writes of the warehouse: documents, facts, quarantine, and forecast vintages.

A forecast vintage (run row + values + lineage + weights + backtests) is written in one
transaction, so it becomes visible, already published, only at commit; the triggers of the
migrations refuse any later UPDATE or DELETE of it (0001), any row added to it once its seal is
written (last, in the same transaction) and any change to a fact it used (0012).

Documents and quarantine records are inserted with ON CONFLICT DO NOTHING on their unique keys, so
two ingests of the same input at once store it once; :func:`check_row` refuses, on both backends
alike, a value PostgreSQL would refuse (too long for its column, NUL) or neither can store.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import polars as pl
from sqlalchemy import BigInteger, Connection, Engine, Insert, Integer, Table, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

import warehouse.schema  # noqa: F401  (registers the tables on SQLModel.metadata)
from connectors.contract import FACT_FIELDS, text_problem
from connectors.model import Quarantined, SourceDocument, sha256_hex
from warehouse.errors import RowRefusedError, RunNotFoundError
from warehouse.run_kinds import RUN_KINDS, classify_run

_TABLES = SQLModel.metadata.tables
DOCUMENT: Table = _TABLES["document"]
FACT: Table = _TABLES["fact"]
FORECAST_RUN: Table = _TABLES["forecast_run"]
QUARANTINE: Table = _TABLES["quarantine"]
RUN_SEAL: Table = _TABLES["run_seal"]
#: Largest value of the INTEGER columns (seeds, ids) on PostgreSQL (int4); SQLite is held to the same.
INT4_MAX = 2**31 - 1

VALUE_COLUMNS = ("metric", "region", "entity", "period", "method", "p10", "p50", "p90", "unit")


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (every timestamp in the warehouse is UTC)."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class StoredDocument:
    """Outcome of storing one document: its id, whether it was new, and its new fact ids."""

    document_id: int
    created: bool
    fact_ids: tuple[int, ...]


def check_row(table: Table, row: Mapping[str, Any]) -> None:
    """Refuse what one backend would reject or store differently from the other.

    PostgreSQL refuses strings longer than a ``VARCHAR(n)`` column and the NUL character; neither
    backend can store a lone surrogate (text that is not Unicode); SQLite would keep all three.
    Raises :class:`RowRefusedError` naming the column, so the caller can quarantine the input.
    """
    for name, value in row.items():
        if isinstance(value, str):
            length = getattr(table.c[name].type, "length", None)
            problem = text_problem(value, length if isinstance(length, int) else None)
            if problem:
                raise RowRefusedError(f"{table.name}.{name} {problem}")
        elif isinstance(value, float) and not math.isfinite(value):
            raise RowRefusedError(f"{table.name}.{name} is {value!r}; only finite numbers are stored")
        elif isinstance(value, int) and not isinstance(value, bool) and not -INT4_MAX - 1 <= value <= INT4_MAX \
                and isinstance(table.c[name].type, Integer) and not isinstance(table.c[name].type, BigInteger):
            # (a whole number for a float column, e.g. a fact's value 51200000000, is fine)
            raise RowRefusedError(f"{table.name}.{name} = {value} is outside the 32-bit integer range of the column")


def _insert_ignoring_conflict(conn: Connection, table: Table, key: Sequence[str]) -> Insert:
    """INSERT ... ON CONFLICT (key) DO NOTHING on either backend (concurrent writers of one row)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing(index_elements=list(key))
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing(index_elements=list(key))


def store_document(conn: Connection, doc: SourceDocument) -> StoredDocument:
    """Insert ``doc`` and its facts unless a document with the same sha256 is already stored.

    Safe against a concurrent ingest of the same bytes: the insert does nothing on a sha256
    conflict (after the other transaction commits) and the document counts as already stored.
    Raises :class:`RowRefusedError` (nothing written) for a value the database cannot hold.
    """
    existing = conn.execute(select(DOCUMENT.c.id).where(DOCUMENT.c.sha256 == doc.sha256)).scalar_one_or_none()
    if existing is not None:
        return StoredDocument(existing, False, ())
    fact_rows = []
    for fact in doc.facts:
        row = fact.to_dict()
        row["of_metric"] = row.pop("of")
        check_row(FACT, row)
        fact_rows.append(row)
    doc_row = {
            "sha256": doc.sha256,
            "source_uri": doc.source_uri,
            "kind": doc.kind,
            "language": doc.language,
            "published": doc.published,
            "title": doc.title,
            "encoding": doc.encoding,
            "media_type": doc.media_type,
            "text": doc.text,
            "raw": doc.raw,
            "status": "stored",
            "ingested_at": utc_now(),
    }
    check_row(DOCUMENT, doc_row)
    document_id = conn.execute(
        _insert_ignoring_conflict(conn, DOCUMENT, ["sha256"]).returning(DOCUMENT.c.id), doc_row
    ).scalar_one_or_none()
    if document_id is None:  # stored by a concurrent ingest since the select above
        existing = conn.execute(select(DOCUMENT.c.id).where(DOCUMENT.c.sha256 == doc.sha256)).scalar_one()
        return StoredDocument(existing, False, ())
    fact_ids: list[int] = []
    for row in fact_rows:
        fid = conn.execute(insert(FACT).returning(FACT.c.id), {**row, "document_id": document_id}).scalar_one()
        fact_ids.append(fid)
    return StoredDocument(document_id, True, tuple(fact_ids))


def store_quarantine(conn: Connection, item: Quarantined) -> tuple[int, bool]:
    """Keep a rejected input (bytes + reason). The same bytes with the same reason are kept once."""
    existing = conn.execute(
        select(QUARANTINE.c.id).where(QUARANTINE.c.sha256 == item.sha256, QUARANTINE.c.reason == item.reason)
    ).scalar_one_or_none()
    if existing is not None:
        return existing, False
    row = {"sha256": item.sha256, "source_uri": item.source_uri, "reason": item.reason, "raw": item.raw,
           "received_at": utc_now(), "reason_sha256": sha256_hex(item.reason.encode("utf-8"))}
    check_row(QUARANTINE, row)
    qid = conn.execute(
        _insert_ignoring_conflict(conn, QUARANTINE, ["sha256", "reason_sha256"]).returning(QUARANTINE.c.id), row
    ).scalar_one_or_none()
    if qid is None:  # kept by a concurrent ingest since the select above
        qid = conn.execute(
            select(QUARANTINE.c.id).where(QUARANTINE.c.sha256 == item.sha256, QUARANTINE.c.reason == item.reason)
        ).scalar_one()
        return int(qid), False
    return qid, True


FACT_FRAME_SCHEMA: dict[str, Any] = {
    "fact_id": pl.Int64,
    "document_id": pl.Int64,
    "published": pl.Date,
    "metric": pl.Utf8,
    "value": pl.Float64,
    "low": pl.Float64,
    "high": pl.Float64,
    "unit": pl.Utf8,
    "period": pl.Utf8,
    "region": pl.Utf8,
    "entity": pl.Utf8,
    "item": pl.Utf8,
    "of": pl.Utf8,
    "basis": pl.Utf8,
    "qualifier": pl.Utf8,
    "quote": pl.Utf8,
    "document_kind": pl.Utf8,
}


def load_facts(engine: Engine) -> pl.DataFrame:
    """All stored facts as a polars frame: fact_id, document_id, published + the contract fields + document_kind.

    The as-of cut is the forecasting core's job (it sees ``published``), so a vintage's inputs
    are decided in one place.
    """
    query = (
        select(FACT.c.id, FACT.c.document_id, DOCUMENT.c.published,
               *(FACT.c["of_metric" if c == "of" else c] for c in FACT_FIELDS), DOCUMENT.c.kind)
        .join_from(FACT, DOCUMENT, FACT.c.document_id == DOCUMENT.c.id)
        .order_by(FACT.c.id)
    )
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(query)]
    return pl.DataFrame(rows, schema=FACT_FRAME_SCHEMA, orient="row")


@dataclass(frozen=True)
class RunRecord:
    """What a vintage is made of besides its values (the run row and its side tables)."""

    as_of: date
    trigger: str
    code_version: str
    parameters: dict[str, Any]
    input_fingerprint: str
    seed: int
    scenario_name: str
    scenario_sha256: str
    scenario_text: str
    facts_used: Sequence[int] = ()
    weights: Sequence[dict[str, Any]] = ()
    backtests: Sequence[dict[str, Any]] = ()
    trigger_event_id: str | None = None
    supersedes_run_id: int | None = None
    #: Leave-one-document-out influence rows (``forecasting.pipeline.INFLUENCE_SCHEMA``).
    influence: Sequence[dict[str, Any]] = ()
    #: Disagreement warnings (metric, region, unit, period, ratio, message).
    warnings: Sequence[dict[str, Any]] = ()
    #: Assimilation diagnostics (draws, n_observations, ess, ess_fraction, tempering_beta, ess_untempered).
    assimilation: dict[str, Any] | None = None
    #: Targets: metric, kind (stock/flow), unit, definition.
    targets: Sequence[dict[str, Any]] = ()
    #: production, re-creation or what-if (:mod:`warehouse.run_kinds`); ``None``: from ``as_of`` at
    #: publication, with the default scenario assumed.
    kind: str | None = None


def write_run(engine: Engine, record: RunRecord, values: pl.DataFrame) -> int:
    """Publish a vintage: the run, its values (bulk), lineage, weights and backtests in one transaction."""
    missing = [c for c in VALUE_COLUMNS if c not in values.columns]
    if missing:
        raise ValueError(f"forecast values lack column(s) {missing}; expected {list(VALUE_COLUMNS)}")
    check_values(values)
    if not 0 <= record.seed <= INT4_MAX:
        raise ValueError(f"seed {record.seed} is outside 0..{INT4_MAX}")
    now = utc_now()
    kind = record.kind or classify_run(record.as_of, now=now)
    if kind not in RUN_KINDS:
        raise ValueError(f"run kind {kind!r} is not one of {', '.join(RUN_KINDS)}")
    with engine.begin() as conn:
        if record.supersedes_run_id is not None:
            get_run(conn, record.supersedes_run_id)
        run_id = conn.execute(
            insert(FORECAST_RUN).returning(FORECAST_RUN.c.id),
            {
                "created_at": now,
                "as_of": record.as_of,
                "kind": kind,
                "trigger": record.trigger,
                "trigger_event_id": record.trigger_event_id,
                "status": "published",
                "code_version": record.code_version,
                "parameters": json.loads(json.dumps(record.parameters, default=str)),
                "input_fingerprint": record.input_fingerprint,
                "seed": record.seed,
                "scenario_name": record.scenario_name,
                "scenario_sha256": record.scenario_sha256,
                "scenario_text": record.scenario_text,
                "supersedes_run_id": record.supersedes_run_id,
            },
        ).scalar_one()
        write_values(conn, run_id, values)
        if record.facts_used:
            conn.execute(
                text("INSERT INTO run_fact (run_id, fact_id) VALUES (:run_id, :fact_id)"),
                [{"run_id": run_id, "fact_id": int(f)} for f in sorted(set(record.facts_used))],
            )
        if record.weights:
            conn.execute(
                text(
                    "INSERT INTO run_weight (run_id, metric, region, unit, method, weight, backtest_error) "
                    "VALUES (:run_id, :metric, :region, :unit, :method, :weight, :backtest_error)"
                ),
                [
                    {
                        "run_id": run_id, "metric": w["metric"], "region": w.get("region"), "unit": w.get("unit"),
                        "method": w["method"], "weight": w["weight"],
                        "backtest_error": w.get("backtest_error", w.get("error_mase")),
                    }
                    for w in record.weights
                ],
            )
        _insert_many(conn, "run_influence", ("document_id", "metric", "region", "entity", "period", "method", "unit",
                                             "p50_shift", "p50_shift_pct", "band_width_shift_pct"), run_id, record.influence)
        _insert_many(conn, "run_warning", ("metric", "region", "unit", "period", "ratio", "message"), run_id, record.warnings)
        _insert_many(conn, "run_target", ("metric", "kind", "unit", "definition"), run_id, record.targets)
        if record.assimilation is not None:
            _insert_many(conn, "run_assimilation", ("draws", "n_observations", "ess", "ess_fraction", "tempering_beta",
                                                    "ess_untempered"), run_id, [record.assimilation])
        if record.backtests:
            conn.execute(
                text(
                    "INSERT INTO run_backtest (run_id, metric, region, method, horizon, mase, smape, n_origins) "
                    "VALUES (:run_id, :metric, :region, :method, :horizon, :mase, :smape, :n_origins)"
                ),
                [
                    {k: b.get(k) for k in ("metric", "region", "method", "horizon", "mase", "smape", "n_origins")}
                    | {"run_id": run_id}
                    for b in record.backtests
                ],
            )
        # last: from here on nothing can be added to the run (migration 0012's triggers)
        conn.execute(insert(RUN_SEAL), {"run_id": run_id, "sealed_at": utc_now()})
    return int(run_id)


def _insert_many(conn: Connection, table: str, columns: Sequence[str], run_id: int, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with at least ``columns``) into a side table of the run."""
    if not rows:
        return
    cols = ("run_id", *columns)
    conn.execute(
        text(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"),
        [{"run_id": run_id, **{c: r.get(c) for c in columns}} for r in rows],
    )


def check_values(values: pl.DataFrame) -> None:
    """Refuse forecast values that are not finite or whose band is not ``p10 <= p50 <= p90``.

    The database refuses them too (migration 0012); checking first names the offending row.
    """
    bad = values.filter(
        ~(pl.col("p10").is_finite() & pl.col("p50").is_finite() & pl.col("p90").is_finite()
          & (pl.col("p10") <= pl.col("p50")) & (pl.col("p50") <= pl.col("p90")))
    )
    if bad.height:
        first = bad.row(0, named=True)
        raise ValueError(
            f"{bad.height} forecast value(s) are not finite or not ordered p10 <= p50 <= p90, e.g. "
            f"{first['metric']} {first['region'] or first['entity'] or ''} {first['period']} {first['method']}: "
            f"p10={first['p10']}, p50={first['p50']}, p90={first['p90']}; nothing was published"
        )


def write_values(conn: Connection, run_id: int, values: pl.DataFrame) -> None:
    """Bulk-insert forecast values: COPY on PostgreSQL, a single executemany on SQLite."""
    rows = values.select(VALUE_COLUMNS).with_columns(pl.lit(run_id).alias("run_id")).select(
        "run_id", *VALUE_COLUMNS
    )
    cols = ", ".join(rows.columns)
    if conn.dialect.name == "postgresql":
        import psycopg

        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        statement = f"COPY forecast_value ({cols}) FROM STDIN"
        try:
            with dbapi.cursor() as cur, cur.copy(statement) as copy:
                for row in rows.iter_rows():
                    copy.write_row(row)
        except psycopg.Error as exc:  # same error type as the SQLite path raises
            raise DBAPIError(statement, None, exc) from exc
    else:
        marks = ", ".join("?" * len(rows.columns))
        conn.exec_driver_sql(f"INSERT INTO forecast_value ({cols}) VALUES ({marks})", rows.rows())


def get_run(conn: Connection, run_id: int) -> dict[str, Any]:
    """The run row as a dict, or :class:`RunNotFoundError`."""
    row = conn.execute(select(FORECAST_RUN).where(FORECAST_RUN.c.id == run_id)).mappings().first()
    if row is None:
        raise RunNotFoundError(f"no forecast run {run_id}; `computecast runs` lists the runs there are")
    return dict(row)


def list_runs(engine: Engine) -> list[dict[str, Any]]:
    """Published runs, newest first, with value and fact counts (the ``fct_run`` view)."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM fct_run ORDER BY run_id DESC")).mappings().all()
    return [dict(r) for r in rows]


def read_values(engine: Engine, run_id: int) -> pl.DataFrame:
    """The forecast values of one run."""
    with engine.connect() as conn:
        get_run(conn, run_id)
        rows = conn.execute(
            text(f"SELECT {', '.join(VALUE_COLUMNS)} FROM forecast_value WHERE run_id = :r ORDER BY id"),
            {"r": run_id},
        ).all()
    schema = {c: (pl.Float64 if c in ("p10", "p50", "p90") else pl.Utf8) for c in VALUE_COLUMNS}
    return pl.DataFrame([tuple(r) for r in rows], schema=schema, orient="row")


def latest_run_ids(engine: Engine, n: int = 2) -> list[int]:
    """The ids of the ``n`` newest published runs, newest first."""
    with engine.connect() as conn:
        return [int(r) for r in conn.execute(text("SELECT id FROM forecast_run WHERE status = 'published' ORDER BY id DESC LIMIT :n"), {"n": n}).scalars()]


def find_identical_run(engine: Engine, *, input_fingerprint: str, code_version: str, scenario_sha256: str,
                       seed: int, as_of: date) -> int | None:
    """The newest published run with this fingerprint (inputs, as-of, seed, draws), code version and scenario."""
    with engine.connect() as conn:
        found = conn.execute(
            select(FORECAST_RUN.c.id)
            .where(FORECAST_RUN.c.status == "published", FORECAST_RUN.c.input_fingerprint == input_fingerprint,
                   FORECAST_RUN.c.code_version == code_version, FORECAST_RUN.c.scenario_sha256 == scenario_sha256,
                   FORECAST_RUN.c.seed == seed, FORECAST_RUN.c.as_of == as_of)
            .order_by(FORECAST_RUN.c.id.desc())
            .limit(1)
        ).scalar_one_or_none()
    return None if found is None else int(found)


def run_fact_ids(engine: Engine, run_id: int) -> set[int]:
    """The fact ids a run used (its lineage)."""
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT fact_id FROM run_fact WHERE run_id = :r"), {"r": run_id}).scalars())





def run_warnings(engine: Engine, run_id: int) -> list[str]:
    """The warning messages of a run (components disagreeing by more than 3×), in key order."""
    with engine.connect() as conn:
        return [str(m) for m in conn.execute(
            text("SELECT message FROM run_warning WHERE run_id = :r ORDER BY metric, region, unit, period"), {"r": run_id}
        ).scalars()]
