"""What changed between two forecast vintages: value moves per target and the new evidence behind them.

The arithmetic (:func:`diff_values`, :func:`lineage_changes`) works on polars frames and is pure;
:func:`compare_runs` reads the two runs from the warehouse and hands them over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import polars as pl
from sqlalchemy import Engine, select, text

from warehouse.errors import NotFoundError, RunNotFoundError
from warehouse.store import FORECAST_RUN, read_values

KEY = ("metric", "region", "entity", "period", "method", "unit")
DEFAULT_METHOD = "combined"

DIFF_SCHEMA = pl.Schema({
    "metric": pl.Utf8,
    "region": pl.Utf8,
    "entity": pl.Utf8,
    "period": pl.Utf8,
    "method": pl.Utf8,
    "unit": pl.Utf8,
    "status": pl.Utf8,
    "p10_a": pl.Float64,
    "p50_a": pl.Float64,
    "p90_a": pl.Float64,
    "p10_b": pl.Float64,
    "p50_b": pl.Float64,
    "p90_b": pl.Float64,
    "p50_change": pl.Float64,
    "p50_change_pct": pl.Float64,
    "p10_change": pl.Float64,
    "p90_change": pl.Float64,
    "band_a": pl.Float64,
    "band_b": pl.Float64,
    "band_change": pl.Float64,
    "band_change_pct": pl.Float64,
})

FACT_COLUMNS = pl.Schema({
    "fact_id": pl.Int64,
    "metric": pl.Utf8,
    "value": pl.Float64,
    "unit": pl.Utf8,
    "period": pl.Utf8,
    "region": pl.Utf8,
    "entity": pl.Utf8,
    "basis": pl.Utf8,
    "quote": pl.Utf8,
    "document_id": pl.Int64,
    "source_uri": pl.Utf8,
    "document_title": pl.Utf8,
    "document_published": pl.Date,
})


INFLUENCE_COLUMNS = pl.Schema({
    "document_id": pl.Int64,
    "source_uri": pl.Utf8,
    "metric": pl.Utf8,
    "region": pl.Utf8,
    "entity": pl.Utf8,
    "period": pl.Utf8,
    "method": pl.Utf8,
    "unit": pl.Utf8,
    "p50_shift": pl.Float64,
    "p50_shift_pct": pl.Float64,
    "band_width_shift_pct": pl.Float64,
})


class NotEnoughRunsError(NotFoundError):
    """A diff needs two published runs and the warehouse has fewer."""


def choose_method(a: pl.DataFrame, b: pl.DataFrame, method: str | None) -> str | None:
    """The method to compare: the one asked for, else ``combined`` when either run has it, else all (None)."""
    methods = set(a["method"].to_list()) | set(b["method"].to_list())
    if method is not None:
        if methods and method not in methods:
            raise NotFoundError(f"neither run has method {method!r}; the runs have {sorted(methods)}")
        return method
    return DEFAULT_METHOD if DEFAULT_METHOD in methods else None


def _pct(new: pl.Expr, old: pl.Expr) -> pl.Expr:
    return pl.when(old != 0).then(100.0 * (new / old - 1.0)).otherwise(None)


def diff_values(a: pl.DataFrame, b: pl.DataFrame, *, method: str | None = None) -> pl.DataFrame:
    """Per target (metric, region, entity, period, method, unit): P50 and P10–P90 band of A and B and the moves.

    ``status`` is ``changed``/``unchanged`` for targets in both runs, ``new`` for targets only in B and
    ``dropped`` for targets only in A. Percentages are relative to A (None when A's value is 0).
    ``method`` as in :func:`choose_method`.
    """
    chosen = choose_method(a, b, method)
    if chosen is not None:
        a = a.filter(pl.col("method") == chosen)
        b = b.filter(pl.col("method") == chosen)
    cols = [*KEY, "p10", "p50", "p90"]
    left = a.select(cols).rename({"p10": "p10_a", "p50": "p50_a", "p90": "p90_a"})
    right = b.select(cols).rename({"p10": "p10_b", "p50": "p50_b", "p90": "p90_b"})
    joined = left.join(right, on=list(KEY), how="full", coalesce=True, nulls_equal=True)
    in_a = pl.col("p50_a").is_not_null()
    in_b = pl.col("p50_b").is_not_null()
    out = joined.with_columns(
        pl.when(in_a & in_b)
        .then(
            pl.when(
                (pl.col("p10_a") == pl.col("p10_b")) & (pl.col("p50_a") == pl.col("p50_b")) & (pl.col("p90_a") == pl.col("p90_b"))
            )
            .then(pl.lit("unchanged"))
            .otherwise(pl.lit("changed"))
        )
        .when(in_b)
        .then(pl.lit("new"))
        .otherwise(pl.lit("dropped"))
        .alias("status"),
        (pl.col("p50_b") - pl.col("p50_a")).alias("p50_change"),
        _pct(pl.col("p50_b"), pl.col("p50_a")).alias("p50_change_pct"),
        (pl.col("p10_b") - pl.col("p10_a")).alias("p10_change"),
        (pl.col("p90_b") - pl.col("p90_a")).alias("p90_change"),
        (pl.col("p90_a") - pl.col("p10_a")).alias("band_a"),
        (pl.col("p90_b") - pl.col("p10_b")).alias("band_b"),
    ).with_columns(
        (pl.col("band_b") - pl.col("band_a")).alias("band_change"),
        _pct(pl.col("band_b"), pl.col("band_a")).alias("band_change_pct"),
    )
    return out.select(list(DIFF_SCHEMA)).cast(DIFF_SCHEMA).sort(
        ["metric", "region", "entity", "period", "method"], nulls_last=True
    )


def lineage_changes(facts_a: pl.DataFrame, facts_b: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Facts in B's lineage but not A's, facts in A's but not B's, and documents B used that A did not.

    Both frames have :data:`FACT_COLUMNS`; the documents frame has one row per new document with the
    number of its facts B used.
    """
    added = facts_b.join(facts_a.select("fact_id"), on="fact_id", how="anti").sort("fact_id")
    removed = facts_a.join(facts_b.select("fact_id"), on="fact_id", how="anti").sort("fact_id")
    docs = (
        facts_b.join(facts_a.select("document_id").unique(), on="document_id", how="anti")
        .group_by("document_id", "source_uri", "document_title", "document_published")
        .agg(pl.len().alias("n_facts"))
        .sort("document_id")
    )
    return added, removed, docs


def run_influence(engine: Engine, run_id: int) -> pl.DataFrame:
    """Run ``run_id``'s document influence (``fct_document_influence``): which document moved which target by how much."""
    sql = text(
        f"SELECT {', '.join(INFLUENCE_COLUMNS)} FROM fct_document_influence WHERE run_id = :r "
        "ORDER BY metric, region, entity, period, method, unit, document_id"
    )
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(sql, {"r": run_id}).all()]
    return pl.DataFrame(rows, schema=INFLUENCE_COLUMNS, orient="row")


def movers(values: pl.DataFrame, influence: pl.DataFrame) -> pl.DataFrame:
    """For every target that moved between A and B, the documents of B's lineage that move it and by how much.

    ``values`` is :func:`diff_values`' frame, ``influence`` B's :func:`run_influence`; one row per
    (target, document) with the document's leave-one-out P50 shift and width shift in B.
    """
    moved = values.filter(pl.col("status") != "unchanged").select(*KEY)
    return influence.join(moved, on=list(KEY), how="semi", nulls_equal=True).sort(
        [*KEY, "p50_shift_pct"], nulls_last=True, descending=[False] * len(KEY) + [True]
    )


def run_lineage_facts(engine: Engine, run_id: int) -> pl.DataFrame:
    """The facts a run used, with their quotes and the documents they came from."""
    sql = text(
        "SELECT f.fact_id, f.metric, f.value, f.unit, f.period, f.region, f.entity, f.basis, f.quote, "
        "f.document_id, f.source_uri, f.document_title, f.document_published "
        "FROM run_fact l JOIN fct_fact f ON f.fact_id = l.fact_id WHERE l.run_id = :r ORDER BY f.fact_id"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"r": run_id}).all()
    data = [(*r[:-1], _as_date(r[-1])) for r in rows]
    return pl.DataFrame(data, schema=FACT_COLUMNS, orient="row")


def _as_date(v: Any) -> date | None:
    if v is None or (isinstance(v, date) and not isinstance(v, datetime)):
        return v
    if isinstance(v, datetime):
        return v.date()
    return date.fromisoformat(str(v)[:10])


def run_metadata(engine: Engine, run_id: int) -> dict[str, Any]:
    """Run id, as-of, created-at (UTC), code version and scenario of a published run (typed on every backend)."""
    from warehouse.store import get_run

    table = FORECAST_RUN
    with engine.connect() as conn:
        get_run(conn, run_id)  # a clear RunNotFoundError for a wrong id
        row = conn.execute(
            select(table.c.id, table.c.as_of, table.c.created_at, table.c.code_version, table.c.scenario_name,
                   table.c.trigger, table.c.supersedes_run_id).where(table.c.id == run_id)
        ).one()
    return {
        "run_id": int(row.id),
        "as_of": row.as_of,
        "created_at": _utc(row.created_at),
        "code_version": row.code_version,
        "scenario_name": row.scenario_name,
        "trigger": row.trigger,
        "supersedes_run_id": row.supersedes_run_id,
    }


def _utc(v: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything in the warehouse is UTC."""
    from datetime import UTC

    return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)


@dataclass(frozen=True)
class RunDiff:
    """The comparison of run A (older) with run B."""

    run_a: dict[str, Any]
    run_b: dict[str, Any]
    method: str | None
    values: pl.DataFrame
    new_facts: pl.DataFrame
    dropped_facts: pl.DataFrame
    new_documents: pl.DataFrame
    #: Per moved target, the documents of B that move it (:func:`movers`).
    moved_by: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=INFLUENCE_COLUMNS))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings."""
        return {
            "run_a": self.run_a,
            "run_b": self.run_b,
            "method": self.method,
            "values": self.values.to_dicts(),
            "new_facts": self.new_facts.to_dicts(),
            "dropped_facts": self.dropped_facts.to_dicts(),
            "new_documents": self.new_documents.to_dicts(),
            "moved_by": self.moved_by.to_dicts(),
        }


def pick_runs(engine: Engine, run_a: int | None, run_b: int | None) -> tuple[int, int]:
    """The two runs to compare: both given; one given → it against the published run just before it;
    none → the latest two published runs (A the older)."""
    with engine.connect() as conn:
        ids = [int(r) for r in conn.execute(text("SELECT id FROM forecast_run WHERE status = 'published' ORDER BY id")).scalars()]
    if run_a is not None and run_b is not None:
        return run_a, run_b
    if run_a is not None:
        earlier = [i for i in ids if i < run_a]
        if run_a in ids and not earlier:
            raise NotEnoughRunsError(f"run {run_a} is the first published run; there is no earlier run to compare it with")
        if run_a not in ids:

            raise RunNotFoundError(f"no published forecast run {run_a}; `computecast runs` lists the runs there are")
        return earlier[-1], run_a
    if len(ids) < 2:
        raise NotEnoughRunsError(
            f"a diff needs two published forecast runs and the warehouse has {len(ids)}; "
            "publish another with `computecast forecast`"
        )
    return ids[-2], ids[-1]


def compare_runs(engine: Engine, run_a: int | None = None, run_b: int | None = None, *, method: str | None = None) -> RunDiff:
    """Diff two runs of the warehouse (default: the latest two published, A the older)."""
    a_id, b_id = pick_runs(engine, run_a, run_b)
    meta_a, meta_b = run_metadata(engine, a_id), run_metadata(engine, b_id)
    values_a, values_b = read_values(engine, a_id), read_values(engine, b_id)
    chosen = choose_method(values_a, values_b, method)
    added, removed, docs = lineage_changes(run_lineage_facts(engine, a_id), run_lineage_facts(engine, b_id))
    values = diff_values(values_a, values_b, method=chosen)
    return RunDiff(
        run_a=meta_a,
        run_b=meta_b,
        method=chosen,
        values=values,
        new_facts=added,
        dropped_facts=removed,
        new_documents=docs,
        moved_by=movers(values, run_influence(engine, b_id)),
    )
