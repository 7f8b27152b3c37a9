"""Initial warehouse: documents, quarantine, facts, immutable forecast runs with lineage, BI views.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

IMMUTABLE = ("forecast_run", "forecast_value", "run_fact", "run_weight", "run_backtest")
REFUSAL = "rows of a published forecast vintage cannot be changed or deleted; publish a new run that supersedes it"

VIEWS: dict[str, str] = {
    # One row per forecast value of every published vintage, with the run's metadata.
    "fct_forecast_vintage": """
        SELECT v.run_id, r.created_at AS run_created_at, r.as_of, r.trigger, r.trigger_event_id,
               r.code_version, r.scenario_name, r.supersedes_run_id,
               v.metric, v.region, v.entity, v.period, v.method, v.p10, v.p50, v.p90, v.unit
        FROM forecast_value v JOIN forecast_run r ON r.id = v.run_id
        WHERE r.status = 'published'""",
    # The newest published value per metric/region/entity/period/method/unit: highest as_of, then newest run.
    "v_forecast_latest": """
        SELECT run_id, run_created_at, as_of, metric, region, entity, period, method, p10, p50, p90, unit
        FROM (SELECT f.*, ROW_NUMBER() OVER (
                  PARTITION BY f.metric, f.region, f.entity, f.period, f.method, f.unit
                  ORDER BY f.as_of DESC, f.run_id DESC) AS rn
              FROM fct_forecast_vintage f) t
        WHERE rn = 1""",
    # Each vintage against the previous vintage (by run id) that had the same key.
    "v_forecast_change": """
        SELECT run_id, previous_run_id, metric, region, entity, period, method, unit,
               p10, p50, p90, previous_p10, previous_p50, previous_p90,
               p50 - previous_p50 AS p50_change,
               CASE WHEN previous_p50 <> 0 THEN 100.0 * (p50 / previous_p50 - 1) END AS p50_change_pct,
               (p90 - p10) - (previous_p90 - previous_p10) AS band_width_change
        FROM (SELECT f.run_id, f.metric, f.region, f.entity, f.period, f.method, f.unit, f.p10, f.p50, f.p90,
                     LAG(f.run_id) OVER w AS previous_run_id,
                     LAG(f.p10) OVER w AS previous_p10,
                     LAG(f.p50) OVER w AS previous_p50,
                     LAG(f.p90) OVER w AS previous_p90
              FROM fct_forecast_vintage f
              WINDOW w AS (PARTITION BY f.metric, f.region, f.entity, f.period, f.method, f.unit ORDER BY f.run_id)) t""",
    # Facts with the document they came from and the exact quote.
    "fct_fact": """
        SELECT x.id AS fact_id, x.metric, x.value, x.low, x.high, x.unit, x.period, x.region, x.entity,
               x.item, x.of_metric, x.basis, x.qualifier, x.quote,
               d.id AS document_id, d.source_uri, d.kind AS document_kind, d.language AS document_language,
               d.published AS document_published, d.title AS document_title, d.sha256 AS document_sha256,
               d.ingested_at AS document_ingested_at
        FROM fact x JOIN document d ON d.id = x.document_id""",
    # Runs with their lineage counts.
    "fct_run": """
        SELECT r.id AS run_id, r.created_at, r.as_of, r.trigger, r.trigger_event_id, r.status, r.code_version,
               r.seed, r.scenario_name, r.scenario_sha256, r.input_fingerprint, r.supersedes_run_id,
               (SELECT COUNT(*) FROM forecast_value v WHERE v.run_id = r.id) AS n_values,
               (SELECT COUNT(*) FROM run_fact l WHERE l.run_id = r.id) AS n_facts
        FROM forecast_run r WHERE r.status = 'published'""",
    # Lineage: which facts and documents each run used.
    "fct_run_lineage": """
        SELECT l.run_id, l.fact_id, x.metric, x.period, x.region, x.entity, x.value, x.unit,
               d.id AS document_id, d.source_uri, d.published AS document_published, d.sha256 AS document_sha256
        FROM run_fact l JOIN fact x ON x.id = l.fact_id JOIN document d ON d.id = x.document_id""",
    "dim_metric": """
        SELECT metric, MIN(unit) AS unit, SUM(CASE WHEN source = 'fact' THEN 1 ELSE 0 END) AS n_facts,
               SUM(CASE WHEN source = 'forecast' THEN 1 ELSE 0 END) AS n_forecast_values
        FROM (SELECT metric, unit, 'fact' AS source FROM fact
              UNION ALL SELECT metric, unit, 'forecast' AS source FROM forecast_value) m
        GROUP BY metric""",
    "dim_region": """
        SELECT region, CASE WHEN region = 'GLOBAL' THEN 'world' WHEN region LIKE '%-%' THEN 'province'
                            ELSE 'country' END AS region_level,
               CASE WHEN region LIKE '%-%' THEN SUBSTR(region, 1, 2) END AS parent_region
        FROM (SELECT region FROM fact WHERE region IS NOT NULL
              UNION SELECT region FROM forecast_value WHERE region IS NOT NULL) r""",
    "dim_entity": """
        SELECT entity, COUNT(*) AS n_facts, MIN(metric) AS example_metric
        FROM fact WHERE entity IS NOT NULL GROUP BY entity""",
}


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source_uri", sa.String(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_document_sha256", "document", ["sha256"], unique=True)
    op.create_index("ix_document_published", "document", ["published"])
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source_uri", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_quarantine_sha256", "quarantine", ["sha256"])
    op.create_table(
        "fact",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("low", sa.Float(), nullable=True),
        sa.Column("high", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("period", sa.String(16), nullable=True),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("entity", sa.String(128), nullable=True),
        sa.Column("item", sa.String(64), nullable=True),
        sa.Column("of_metric", sa.String(64), nullable=True),
        sa.Column("basis", sa.String(16), nullable=False),
        sa.Column("qualifier", sa.String(4), nullable=True),
        sa.Column("quote", sa.String(), nullable=False),
    )
    op.create_index("ix_fact_document_id", "fact", ["document_id"])
    op.create_index("ix_fact_metric", "fact", ["metric"])
    op.create_table(
        "forecast_run",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("trigger", sa.String(16), nullable=False),
        sa.Column("trigger_event_id", sa.String(128), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("code_version", sa.String(64), nullable=False),
        sa.Column("parameters", sa.JSON(), nullable=False),
        sa.Column("input_fingerprint", sa.String(64), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("scenario_name", sa.String(128), nullable=False),
        sa.Column("scenario_sha256", sa.String(64), nullable=False),
        sa.Column("scenario_text", sa.String(), nullable=False),
        sa.Column("supersedes_run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), nullable=True),
    )
    op.create_table(
        "forecast_value",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("entity", sa.String(128), nullable=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("p10", sa.Float(), nullable=False),
        sa.Column("p50", sa.Float(), nullable=False),
        sa.Column("p90", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
    )
    op.create_index("ix_forecast_value_run_id", "forecast_value", ["run_id"])
    # One value per key (metric, region, entity, period, method, unit: spend comes in USD and CNY) and run. region/entity are nullable and NULLs are distinct in a plain
    # unique constraint, so the key is an expression index over COALESCEd columns.
    op.execute(
        "CREATE UNIQUE INDEX uq_forecast_value_key ON forecast_value "
        "(run_id, metric, COALESCE(region, ''), COALESCE(entity, ''), period, method, unit)"
    )
    op.create_table(
        "run_fact",
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), primary_key=True),
        sa.Column("fact_id", sa.Integer(), sa.ForeignKey("fact.id"), primary_key=True),
    )
    op.create_table(
        "run_weight",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("unit", sa.String(16), nullable=True),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("backtest_error", sa.Float(), nullable=True),
    )
    op.create_index("ix_run_weight_run_id", "run_weight", ["run_id"])
    op.create_table(
        "run_backtest",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("horizon", sa.Integer(), nullable=False),
        sa.Column("mase", sa.Float(), nullable=True),
        sa.Column("smape", sa.Float(), nullable=True),
        sa.Column("n_origins", sa.Integer(), nullable=False),
    )
    op.create_index("ix_run_backtest_run_id", "run_backtest", ["run_id"])

    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION computecast_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '% on %: {REFUSAL}', TG_OP, TG_TABLE_NAME "
            "USING ERRCODE = 'restrict_violation'; END; $$"
        )
    for table in IMMUTABLE:
        if dialect == "postgresql":
            op.execute(
                f"CREATE TRIGGER trg_{table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION computecast_refuse_change()"
            )
            op.execute(
                f"CREATE TRIGGER trg_{table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION computecast_refuse_change()"
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
    for table in ("run_backtest", "run_weight", "run_fact", "forecast_value", "forecast_run", "fact", "quarantine", "document"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS computecast_refuse_change()")
