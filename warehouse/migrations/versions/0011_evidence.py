"""Evidence that moves the forecast: document influence, disagreement warnings, assimilation diagnostics, target kinds.

Tables (immutable like the rest of a vintage): ``run_influence`` (per document of a run's lineage,
its leave-one-out effect on each target), ``run_warning`` (members disagreeing by more than 3×),
``run_assimilation`` (draws, observations, ESS, tempering), ``run_target`` (kind stock/flow, unit,
definition of each target). Views: ``fct_document_influence``, ``fct_run_warning``,
``fct_run_assimilation``, ``dim_target``; ``fct_run`` gains ``n_warnings``, ``ess`` and
``ess_fraction`` (columns only ever added).

Revision ID: 0011
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("run_influence", "run_warning", "run_assimilation", "run_target")
REFUSAL = "rows of a published forecast vintage cannot be changed or deleted; publish a new run that supersedes it"

FCT_RUN_0001 = """
        SELECT r.id AS run_id, r.created_at, r.as_of, r.trigger, r.trigger_event_id, r.status, r.code_version,
               r.seed, r.scenario_name, r.scenario_sha256, r.input_fingerprint, r.supersedes_run_id,
               (SELECT COUNT(*) FROM forecast_value v WHERE v.run_id = r.id) AS n_values,
               (SELECT COUNT(*) FROM run_fact l WHERE l.run_id = r.id) AS n_facts
        FROM forecast_run r WHERE r.status = 'published'"""

VIEWS: dict[str, str] = {
    # Each document of a run's lineage and what it did to each target (leave-one-document-out).
    "fct_document_influence": """
        SELECT i.run_id, i.document_id, d.source_uri, i.metric, i.region, i.entity, i.period, i.method, i.unit,
               i.p50_shift, i.p50_shift_pct, i.band_width_shift_pct,
               d.kind AS document_kind, d.published AS document_published, d.title AS document_title
        FROM run_influence i JOIN document d ON d.id = i.document_id
        JOIN forecast_run r ON r.id = i.run_id
        WHERE r.status = 'published'""",
    "fct_run_warning": """
        SELECT w.run_id, w.metric, w.region, w.unit, w.period, w.ratio, w.message
        FROM run_warning w JOIN forecast_run r ON r.id = w.run_id WHERE r.status = 'published'""",
    "fct_run_assimilation": """
        SELECT a.run_id, a.draws, a.n_observations, a.ess, a.ess_fraction, a.tempering_beta, a.ess_untempered
        FROM run_assimilation a JOIN forecast_run r ON r.id = a.run_id WHERE r.status = 'published'""",
    # Kind (stock or flow), unit and definition of each target, as the newest run defines them.
    "dim_target": """
        SELECT t.metric, t.kind, t.unit, t.definition
        FROM run_target t WHERE t.run_id = (SELECT MAX(x.run_id) FROM run_target x)""",
    "fct_run": """
        SELECT r.id AS run_id, r.created_at, r.as_of, r.trigger, r.trigger_event_id, r.status, r.code_version,
               r.seed, r.scenario_name, r.scenario_sha256, r.input_fingerprint, r.supersedes_run_id,
               (SELECT COUNT(*) FROM forecast_value v WHERE v.run_id = r.id) AS n_values,
               (SELECT COUNT(*) FROM run_fact l WHERE l.run_id = r.id) AS n_facts,
               (SELECT COUNT(*) FROM run_warning w WHERE w.run_id = r.id) AS n_warnings,
               (SELECT a.ess FROM run_assimilation a WHERE a.run_id = r.id) AS ess,
               (SELECT a.ess_fraction FROM run_assimilation a WHERE a.run_id = r.id) AS ess_fraction
        FROM forecast_run r WHERE r.status = 'published'""",
}


def upgrade() -> None:
    op.create_table(
        "run_influence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("entity", sa.String(128), nullable=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("p50_shift", sa.Float(), nullable=False),
        sa.Column("p50_shift_pct", sa.Float(), nullable=True),
        sa.Column("band_width_shift_pct", sa.Float(), nullable=True),
    )
    op.create_index("ix_run_influence_run_id", "run_influence", ["run_id"])
    op.create_table(
        "run_warning",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("region", sa.String(16), nullable=True),
        sa.Column("unit", sa.String(16), nullable=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("ratio", sa.Float(), nullable=False),
        sa.Column("message", sa.String(), nullable=False),
    )
    op.create_index("ix_run_warning_run_id", "run_warning", ["run_id"])
    op.create_table(
        "run_assimilation",
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), primary_key=True),
        sa.Column("draws", sa.Integer(), nullable=False),
        sa.Column("n_observations", sa.Integer(), nullable=False),
        sa.Column("ess", sa.Float(), nullable=False),
        sa.Column("ess_fraction", sa.Float(), nullable=False),
        sa.Column("tempering_beta", sa.Float(), nullable=False),
        sa.Column("ess_untempered", sa.Float(), nullable=False),
    )
    op.create_table(
        "run_target",
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), primary_key=True),
        sa.Column("metric", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("unit", sa.String(32), nullable=False),
        sa.Column("definition", sa.String(), nullable=False),
    )
    dialect = op.get_bind().dialect.name
    for table in TABLES:
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
    op.execute("DROP VIEW IF EXISTS fct_run")
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.execute(f"CREATE VIEW fct_run AS {FCT_RUN_0001}")
    for table in reversed(TABLES):
        op.drop_table(table)
