"""A BI model that explains itself: metric catalogue, the actuals, weights and in-run backtests as views.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

Tables (filled by ``warehouse.reference.sync_reference`` right after the migration, in its
transaction, and kept in step with the data files whenever a command opens the warehouse):

* ``metric_info``: per metric its kind, canonical unit, one-line definition (``data/metrics.toml``)
  and the role its facts play (``data/observations.toml``). A derived copy of those files,
  rewritten whole when they change.
* ``history_load`` / ``history_row``: each distinct ``data/history.csv`` (sha256) with its rows,
  append-only; UPDATE and DELETE are refused like a vintage's.

Views (new): ``fct_actual`` (history rows of the newest load and ``actual`` facts, with source and
publication date), ``fct_history_load``, ``fct_run_weight`` (``run_weight`` with the run),
``fct_run_backtest`` (``run_backtest``, the in-run rolling-origin scores behind the weights).
``dim_metric`` gains kind, definition, role … after its four columns (metric, unit, n_facts,
n_forecast_values); its ``unit`` is now the canonical unit of the catalogue where it has one
(before: the smallest unit seen, e.g. ``CNY`` for a market size stored in CNY and USD). On
PostgreSQL ``CREATE OR REPLACE VIEW`` keeps the BI role's grant; the new views need
``computecast db grant-bi`` once more.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

IMMUTABLE = ("history_load", "history_row")
REFUSAL = "a loaded history is kept as it was loaded; change data/history.csv and a new load is added"

DIM_METRIC_0001 = """
        SELECT metric, MIN(unit) AS unit, SUM(CASE WHEN source = 'fact' THEN 1 ELSE 0 END) AS n_facts,
               SUM(CASE WHEN source = 'forecast' THEN 1 ELSE 0 END) AS n_forecast_values
        FROM (SELECT metric, unit, 'fact' AS source FROM fact
              UNION ALL SELECT metric, unit, 'forecast' AS source FROM forecast_value) m
        GROUP BY metric"""

# Every metric of the catalogue and every metric seen in facts or forecasts; the first four columns
# keep their names and types (the unit as TEXT, the type MIN(unit) had, so PostgreSQL can replace the view).
DIM_METRIC = """
        SELECT m.metric, CAST(COALESCE(i.unit, m.unit_seen) AS TEXT) AS unit, m.n_facts, m.n_forecast_values,
               i.kind, i.definition, i.definition_source, i.is_target, i.role, i.observes, i.role_scale,
               i.role_log_sd, i.role_source, i.history_use
        FROM (SELECT metric, MIN(unit) AS unit_seen, SUM(CASE WHEN source = 'fact' THEN 1 ELSE 0 END) AS n_facts,
                     SUM(CASE WHEN source = 'forecast' THEN 1 ELSE 0 END) AS n_forecast_values
              FROM (SELECT metric, unit, 'fact' AS source FROM fact
                    UNION ALL SELECT metric, unit, 'forecast' AS source FROM forecast_value
                    UNION ALL SELECT metric, NULL AS unit, 'catalogue' AS source FROM metric_info) x
              GROUP BY metric) m
        LEFT JOIN metric_info i ON i.metric = m.metric"""

VIEWS: dict[str, str] = {
    # The actuals the forecast stands on: the bundled history (newest load) and facts with basis 'actual'.
    "fct_actual": """
        SELECT 'history' AS source_kind, h.metric, h.region, h.entity, h.period, h.value, h.unit,
               h.source, h.published_on, CAST(NULL AS INTEGER) AS fact_id, CAST(NULL AS INTEGER) AS document_id,
               CAST(NULL AS VARCHAR) AS quote, h.id AS history_row_id, l.id AS history_load_id,
               l.sha256 AS history_sha256
        FROM history_row h JOIN history_load l ON l.id = h.load_id
        WHERE l.id = (SELECT MAX(n.id) FROM history_load n)
        UNION ALL
        SELECT 'fact' AS source_kind, x.metric, x.region, x.entity, x.period, x.value, x.unit,
               d.source_uri AS source, d.published AS published_on, x.id AS fact_id, d.id AS document_id,
               x.quote, CAST(NULL AS INTEGER) AS history_row_id, CAST(NULL AS INTEGER) AS history_load_id,
               CAST(NULL AS VARCHAR) AS history_sha256
        FROM fact x JOIN document d ON d.id = x.document_id
        WHERE x.basis = 'actual'""",
    "fct_history_load": """
        SELECT l.id AS history_load_id, l.sha256 AS history_sha256, l.path, l.n_rows, l.loaded_at,
               CASE WHEN l.id = (SELECT MAX(n.id) FROM history_load n) THEN 1 ELSE 0 END AS is_current
        FROM history_load l""",
    # Combination weights of each published run, with the mean MASE behind them (NULL: not backtested).
    "fct_run_weight": """
        SELECT w.run_id, r.created_at AS run_created_at, r.as_of, r.kind AS run_kind,
               w.metric, w.region, w.unit, w.method, w.weight, w.backtest_error
        FROM run_weight w JOIN fct_run r ON r.run_id = w.run_id""",
    # The rolling-origin backtests inside each published run (what the weights were computed from).
    "fct_run_backtest": """
        SELECT b.run_id, r.created_at AS run_created_at, r.as_of, r.kind AS run_kind,
               b.metric, b.region, b.method, b.horizon, b.mase, b.smape, b.n_origins
        FROM run_backtest b JOIN fct_run r ON r.run_id = b.run_id""",
}


def upgrade() -> None:
    op.create_table(
        "metric_info",
        sa.Column("metric", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("unit", sa.String(32), nullable=True),
        sa.Column("definition", sa.String(), nullable=False),
        sa.Column("definition_source", sa.String(), nullable=False),
        sa.Column("is_target", sa.Boolean(), nullable=False),
        sa.Column("role", sa.String(64), nullable=True),
        sa.Column("observes", sa.String(64), nullable=True),
        sa.Column("role_scale", sa.String(32), nullable=True),
        sa.Column("role_log_sd", sa.Float(), nullable=True),
        sa.Column("role_source", sa.String(), nullable=True),
        sa.Column("history_use", sa.String(), nullable=True),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "history_load",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("n_rows", sa.Integer(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_history_load_sha256", "history_load", ["sha256"])
    op.create_table(
        "history_row",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("load_id", sa.Integer(), sa.ForeignKey("history_load.id"), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("entity", sa.String(128), nullable=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
    )
    op.create_index("ix_history_row_load_id", "history_row", ["load_id"])
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION computecast_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '% on %: {REFUSAL}', TG_OP, TG_TABLE_NAME "
            "USING ERRCODE = 'restrict_violation'; END; $$"
        )
    for table in IMMUTABLE:
        if dialect == "postgresql":
            op.execute(
                f"CREATE TRIGGER trg_{table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION computecast_refuse_history_change()"
            )
            op.execute(
                f"CREATE TRIGGER trg_{table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION computecast_refuse_history_change()"
            )
        else:
            for op_name in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER trg_{table}_no_{op_name.lower()} BEFORE {op_name} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{op_name} on {table}: {REFUSAL}'); END"
                )
    if dialect == "postgresql":
        op.execute(f"CREATE OR REPLACE VIEW dim_metric AS {DIM_METRIC}")
    else:
        op.execute("DROP VIEW IF EXISTS dim_metric")
        op.execute(f"CREATE VIEW dim_metric AS {DIM_METRIC}")
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    # a view cannot lose columns in place: drop and create again (run `db grant-bi` afterwards)
    op.execute("DROP VIEW IF EXISTS dim_metric")
    op.execute(f"CREATE VIEW dim_metric AS {DIM_METRIC_0001}")
    for table in ("history_row", "history_load", "metric_info"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS computecast_refuse_history_change()")
