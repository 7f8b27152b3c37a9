"""Warehouse tables (sqlmodel on SQLAlchemy).

The schema itself is created by the Alembic migrations in ``warehouse/migrations`` (which also
add the immutability triggers and the BI views); these classes describe the same tables for the
application code, and ``tests/warehouse/test_migrations.py`` checks the two agree.

Column ``of_metric`` holds the contract field ``of`` (``of`` is an SQL keyword that BI tools
would force users to quote).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary
from sqlmodel import Field, SQLModel


class Document(SQLModel, table=True):
    """A source document, stored once per distinct content (sha256 of the original bytes)."""

    __tablename__ = "document"
    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True, index=True)
    source_uri: str
    kind: str = Field(max_length=32)
    language: str = Field(max_length=16)
    published: date | None = Field(default=None, index=True)
    title: str | None = None
    encoding: str = Field(max_length=32)
    media_type: str = Field(max_length=64)
    text: str
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    status: str = Field(default="stored", max_length=16)
    ingested_at: datetime


class Quarantine(SQLModel, table=True):
    """An input that could not become a document: original bytes and the reason, never dropped."""

    __tablename__ = "quarantine"
    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, index=True)
    source_uri: str
    reason: str
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    received_at: datetime
    # sha256 of ``reason``: (sha256, reason_sha256) is unique, one row per input bytes and reason
    reason_sha256: str | None = Field(default=None, max_length=64)


class Fact(SQLModel, table=True):
    """One fact of the contract (FACTS.md) and the document it was read from."""

    __tablename__ = "fact"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    metric: str = Field(max_length=64, index=True)
    value: float
    low: float | None = None
    high: float | None = None
    unit: str = Field(max_length=16)
    period: str | None = Field(default=None, max_length=16)
    region: str | None = Field(default=None, max_length=16)
    entity: str | None = Field(default=None, max_length=128)
    item: str | None = Field(default=None, max_length=64)
    of_metric: str | None = Field(default=None, max_length=64)
    basis: str = Field(max_length=16)
    qualifier: str | None = Field(default=None, max_length=4)
    quote: str


class ForecastRun(SQLModel, table=True):
    """One immutable forecast vintage; inserted, with all its rows, in a single transaction."""

    __tablename__ = "forecast_run"
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime
    as_of: date
    trigger: str = Field(max_length=16)
    trigger_event_id: str | None = Field(default=None, max_length=128)
    status: str = Field(default="published", max_length=16)
    code_version: str = Field(max_length=64)
    parameters: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    input_fingerprint: str = Field(max_length=64)
    seed: int
    scenario_name: str = Field(max_length=128)
    scenario_sha256: str = Field(max_length=64)
    scenario_text: str
    supersedes_run_id: int | None = Field(default=None, foreign_key="forecast_run.id")
    #: production, re-creation or what-if (``warehouse.run_kinds``); NULL for runs published before
    #: migration 0014, whose kind the views derive from as-of and publication time.
    kind: str | None = Field(default=None, max_length=16)


class ForecastValue(SQLModel, table=True):
    """A P10/P50/P90 forecast of one metric, region/entity, period and method in one run."""

    __tablename__ = "forecast_value"
    # Unique per (run, metric, region, entity, period, method, unit) through an expression index made by
    # the migration (NULL region/entity compare equal there).
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="forecast_run.id", index=True)
    metric: str = Field(max_length=64)
    region: str | None = Field(default=None, max_length=16)
    entity: str | None = Field(default=None, max_length=128)
    period: str = Field(max_length=16)
    method: str = Field(max_length=32)
    p10: float
    p50: float
    p90: float
    unit: str = Field(max_length=16)


class RunSeal(SQLModel, table=True):
    """A published run: written last in the run's transaction; rows of a sealed run cannot be added."""

    __tablename__ = "run_seal"
    run_id: int = Field(foreign_key="forecast_run.id", primary_key=True)
    sealed_at: datetime


class RunFact(SQLModel, table=True):
    """Lineage: the exact facts a run used."""

    __tablename__ = "run_fact"
    run_id: int = Field(foreign_key="forecast_run.id", primary_key=True)
    fact_id: int = Field(foreign_key="fact.id", primary_key=True)


class RunWeight(SQLModel, table=True):
    """Combination weight of a method for a target in a run, and the backtest error (MASE) behind it."""

    __tablename__ = "run_weight"
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="forecast_run.id", index=True)
    metric: str = Field(max_length=64)
    region: str | None = Field(default=None, max_length=16)
    unit: str | None = Field(default=None, max_length=16)
    method: str = Field(max_length=32)
    weight: float
    backtest_error: float | None = None


class RunBacktest(SQLModel, table=True):
    """Rolling-origin backtest score of a method for a target and horizon in a run."""

    __tablename__ = "run_backtest"
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="forecast_run.id", index=True)
    metric: str = Field(max_length=64)
    region: str | None = Field(default=None, max_length=16)
    method: str = Field(max_length=32)
    horizon: int
    mase: float | None = None
    smape: float | None = None
    n_origins: int


class BacktestRun(SQLModel, table=True):
    """A point-in-time backtest: vintages re-created at each origin and scored; never a production vintage."""

    __tablename__ = "backtest_run"
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime
    kind: str = Field(default="backtest", max_length=16)
    first_origin: date
    last_origin: date
    every: str = Field(max_length=16)
    n_origins: int
    seed: int
    draws: int
    code_version: str = Field(max_length=64)
    history_sha256: str = Field(max_length=64)
    scenario_sha256: str = Field(max_length=64)
    parameters: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class BacktestScore(SQLModel, table=True):
    """One target, period and method at one origin of a backtest: the forecast then, the actual later, the scores."""

    __tablename__ = "backtest_score"
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="backtest_run.id", index=True)
    as_of: date
    metric: str = Field(max_length=64)
    region: str | None = Field(default=None, max_length=16)
    entity: str | None = Field(default=None, max_length=128)
    period: str = Field(max_length=16)
    horizon: int
    method: str = Field(max_length=32)
    unit: str = Field(max_length=16)
    actual: float
    p10: float | None = None
    p50: float
    p90: float | None = None
    abs_log_error: float
    covered: bool | None = None
    crps: float
    source: str | None = None


class RunInfluence(SQLModel, table=True):
    """What one document of a run's lineage did to one target: the leave-one-document-out shift."""

    __tablename__ = "run_influence"
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="forecast_run.id", index=True)
    document_id: int = Field(foreign_key="document.id")
    metric: str = Field(max_length=64)
    region: str | None = Field(default=None, max_length=16)
    entity: str | None = Field(default=None, max_length=128)
    period: str = Field(max_length=16)
    method: str = Field(max_length=32)
    unit: str = Field(max_length=16)
    p50_shift: float
    p50_shift_pct: float | None = None
    band_width_shift_pct: float | None = None


class RunWarning(SQLModel, table=True):
    """A run's warning: the members of a target disagree by more than 3× in a year."""

    __tablename__ = "run_warning"
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="forecast_run.id", index=True)
    metric: str = Field(max_length=64)
    region: str | None = Field(default=None, max_length=16)
    unit: str | None = Field(default=None, max_length=16)
    period: str = Field(max_length=16)
    ratio: float
    message: str


class RunAssimilation(SQLModel, table=True):
    """How the facts reweighted a run's Monte Carlo draws: observations, effective sample size, tempering."""

    __tablename__ = "run_assimilation"
    run_id: int = Field(foreign_key="forecast_run.id", primary_key=True)
    draws: int
    n_observations: int
    ess: float
    ess_fraction: float
    tempering_beta: float
    ess_untempered: float


class RunTarget(SQLModel, table=True):
    """Kind (stock or flow), unit(s) and definition of a target of a run."""

    __tablename__ = "run_target"
    run_id: int = Field(foreign_key="forecast_run.id", primary_key=True)
    metric: str = Field(max_length=64, primary_key=True)
    kind: str = Field(max_length=8)
    unit: str = Field(max_length=32)
    definition: str


class MetricInfo(SQLModel, table=True):
    """What a metric means and how its facts enter the forecast (``warehouse.reference``; the ``dim_metric`` view)."""

    __tablename__ = "metric_info"
    metric: str = Field(max_length=64, primary_key=True)
    kind: str = Field(max_length=16)
    unit: str | None = Field(default=None, max_length=32)
    definition: str
    definition_source: str
    is_target: bool
    role: str | None = Field(default=None, max_length=64)
    observes: str | None = Field(default=None, max_length=64)
    role_scale: str | None = Field(default=None, max_length=32)
    role_log_sd: float | None = None
    role_source: str | None = None
    history_use: str | None = None
    synced_at: datetime


class HistoryLoad(SQLModel, table=True):
    """One content (sha256) of ``data/history.csv`` as loaded into the warehouse; immutable."""

    __tablename__ = "history_load"
    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, index=True)
    path: str
    n_rows: int
    loaded_at: datetime


class HistoryRow(SQLModel, table=True):
    """A row of a loaded history: a figure with the date it was first public and its source; immutable."""

    __tablename__ = "history_row"
    id: int | None = Field(default=None, primary_key=True)
    load_id: int = Field(foreign_key="history_load.id", index=True)
    metric: str = Field(max_length=64)
    region: str | None = Field(default=None, max_length=16)
    entity: str | None = Field(default=None, max_length=128)
    period: str = Field(max_length=16)
    value: float
    unit: str = Field(max_length=16)
    published_on: date
    source: str
