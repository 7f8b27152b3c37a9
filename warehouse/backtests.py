"""Writes and reads of backtest runs (tables of migration 0013), apart from the forecast vintages.

A backtest run and all its scores are written in one transaction; the triggers of the migration
refuse any later UPDATE or DELETE.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl
from sqlalchemy import Engine, Table, insert, select
from sqlmodel import SQLModel

import warehouse.schema  # noqa: F401  (registers the tables on SQLModel.metadata)
from forecasting.track_record import SCORE_SCHEMA
from warehouse.errors import RunNotFoundError
from warehouse.store import utc_now

_TABLES = SQLModel.metadata.tables
BACKTEST_RUN: Table = _TABLES["backtest_run"]
BACKTEST_SCORE: Table = _TABLES["backtest_score"]

SCORE_COLUMNS = ("as_of", "metric", "region", "entity", "period", "horizon", "method", "unit", "actual",
                 "p10", "p50", "p90", "abs_log_error", "covered", "crps", "source")


@dataclass(frozen=True)
class BacktestRecord:
    """What a backtest run is besides its scores."""

    first_origin: date
    last_origin: date
    every: str
    n_origins: int
    seed: int
    draws: int
    code_version: str
    history_sha256: str
    scenario_sha256: str
    parameters: dict[str, Any]


def write_backtest(engine: Engine, record: BacktestRecord, scores: pl.DataFrame) -> int:
    """Store a backtest run and its scores in one transaction; returns the backtest run id."""
    missing = [c for c in SCORE_COLUMNS if c not in scores.columns]
    if missing:
        raise ValueError(f"backtest scores lack column(s) {missing}; expected {list(SCORE_COLUMNS)}")
    with engine.begin() as conn:
        run_id = conn.execute(
            insert(BACKTEST_RUN).returning(BACKTEST_RUN.c.id),
            {
                "created_at": utc_now(), "kind": "backtest", "first_origin": record.first_origin,
                "last_origin": record.last_origin, "every": record.every, "n_origins": record.n_origins,
                "seed": record.seed, "draws": record.draws, "code_version": record.code_version,
                "history_sha256": record.history_sha256, "scenario_sha256": record.scenario_sha256,
                "parameters": json.loads(json.dumps(record.parameters, default=str)),
            },
        ).scalar_one()
        rows = scores.select(SCORE_COLUMNS).with_columns(pl.lit(run_id).alias("run_id")).to_dicts()
        if rows:
            conn.execute(insert(BACKTEST_SCORE), rows)
    return int(run_id)


def read_scores(engine: Engine, run_id: int) -> pl.DataFrame:
    """The scores of one backtest run (the ``fct_backtest_score`` columns of the core), or :class:`RunNotFoundError`."""
    with engine.connect() as conn:
        if conn.execute(select(BACKTEST_RUN.c.id).where(BACKTEST_RUN.c.id == run_id)).first() is None:
            raise RunNotFoundError(f"no backtest run {run_id}; `computecast backtest` creates one")
        rows = conn.execute(
            select(*(BACKTEST_SCORE.c[c] for c in SCORE_COLUMNS)).where(BACKTEST_SCORE.c.run_id == run_id)
            .order_by(BACKTEST_SCORE.c.id)
        ).all()
    return pl.DataFrame([tuple(r) for r in rows], schema=SCORE_SCHEMA, orient="row")


def document_sources(engine: Engine) -> dict[int, str]:
    """Who said it: each document's title (or, without one, its address), by document id."""
    from warehouse.store import DOCUMENT

    with engine.connect() as conn:
        rows = conn.execute(select(DOCUMENT.c.id, DOCUMENT.c.title, DOCUMENT.c.source_uri)).all()
    return {int(i): (title or uri) for i, title, uri in rows}
