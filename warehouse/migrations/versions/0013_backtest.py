"""Backtest runs: point-in-time scores of re-created vintages, kept apart from production vintages.

A backtest run is not a forecast vintage: it lives in its own tables (``backtest_run``,
``backtest_score``), so it can never appear in ``fct_forecast_vintage`` or ``v_forecast_latest``.
Like a vintage it is written in one transaction and is immutable afterwards (same triggers).

Views for BI:

* ``fct_backtest_score``: one row per backtest run, origin, target, period and method, with the
  actual, the P10/P50/P90 forecast at the origin and its scores;
* ``v_backtest_summary``: per backtest run, method and horizon: n, P10–P90 coverage, mean abs
  log error and mean CRPS (medians are printed by ``computecast backtest``; SQLite has no
  portable median).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

IMMUTABLE = ("backtest_run", "backtest_score")
REFUSAL = "rows of a backtest run cannot be changed or deleted; run a new backtest"

VIEWS: dict[str, str] = {
    "fct_backtest_score": """
        SELECT s.run_id, r.created_at AS run_created_at, r.kind AS run_kind, r.code_version, r.seed, r.draws,
               s.as_of, s.metric, s.region, s.entity, s.period, s.horizon, s.method, s.unit,
               s.actual, s.p10, s.p50, s.p90, s.abs_log_error, s.covered, s.crps, s.source
        FROM backtest_score s JOIN backtest_run r ON r.id = s.run_id""",
    "v_backtest_summary": """
        SELECT run_id, method, horizon, COUNT(*) AS n, COUNT(covered) AS n_band,
               AVG(CASE WHEN covered THEN 1.0 WHEN NOT covered THEN 0.0 END) AS coverage,
               AVG(abs_log_error) AS mean_abs_log_error, AVG(crps) AS mean_crps
        FROM backtest_score GROUP BY run_id, method, horizon""",
}


def upgrade() -> None:
    op.create_table(
        "backtest_run",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("first_origin", sa.Date(), nullable=False),
        sa.Column("last_origin", sa.Date(), nullable=False),
        sa.Column("every", sa.String(16), nullable=False),
        sa.Column("n_origins", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("draws", sa.Integer(), nullable=False),
        sa.Column("code_version", sa.String(64), nullable=False),
        sa.Column("history_sha256", sa.String(64), nullable=False),
        sa.Column("scenario_sha256", sa.String(64), nullable=False),
        sa.Column("parameters", sa.JSON(), nullable=False),
    )
    op.create_table(
        "backtest_score",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("backtest_run.id"), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("entity", sa.String(128), nullable=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("horizon", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("actual", sa.Float(), nullable=False),
        sa.Column("p10", sa.Float(), nullable=True),
        sa.Column("p50", sa.Float(), nullable=False),
        sa.Column("p90", sa.Float(), nullable=True),
        sa.Column("abs_log_error", sa.Float(), nullable=False),
        sa.Column("covered", sa.Boolean(), nullable=True),
        sa.Column("crps", sa.Float(), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
    )
    op.create_index("ix_backtest_score_run_id", "backtest_score", ["run_id"])
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION computecast_refuse_backtest_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '% on %: {REFUSAL}', TG_OP, TG_TABLE_NAME "
            "USING ERRCODE = 'restrict_violation'; END; $$"
        )
    for table in IMMUTABLE:
        if dialect == "postgresql":
            op.execute(
                f"CREATE TRIGGER trg_{table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION computecast_refuse_backtest_change()"
            )
            op.execute(
                f"CREATE TRIGGER trg_{table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION computecast_refuse_backtest_change()"
            )
        else:
            for op_name in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER trg_{table}_no_{op_name.lower()} BEFORE {op_name} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{op_name} on {table}: {REFUSAL}'); END"
                )
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    for table in ("backtest_score", "backtest_run"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS computecast_refuse_backtest_change()")
