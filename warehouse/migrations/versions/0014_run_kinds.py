"""Run kinds: production, re-creation, what-if; ``v_forecast_latest`` is the newest production vintage, whole.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

``forecast_run.kind`` is a new column (NULL by default). Published runs are sealed (0001, 0012:
no UPDATE of ``forecast_run``), so runs published before this migration keep NULL and the views
derive their kind from the as-of date and the publication time, as ``warehouse.run_kinds`` does:
as-of before the date anywhere on Earth at publication (UTC−12) is a re-creation, after it
(UTC+14) a what-if, else production (their scenario is not compared: a run before 0014 with a
non-default scenario shows as production or re-creation).

* ``fct_forecast_vintage`` and ``fct_run`` gain ``run_kind`` / ``kind`` (last column, so on
  PostgreSQL ``CREATE OR REPLACE VIEW`` keeps the BI role's grants);
* ``v_forecast_latest`` is every value of one run: the production run with the latest as-of
  (then the highest id). It used to pick the newest value per key across all runs, so a
  re-creation (``--as-of 2019-01-01``) or a future as-of owned some periods for ever.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

KIND_SQLITE = (
    "COALESCE(r.kind, CASE WHEN r.as_of < date(r.created_at, '-12 hours') THEN 're-creation' "
    "WHEN r.as_of > date(r.created_at, '+14 hours') THEN 'what-if' ELSE 'production' END)"
)
KIND_POSTGRESQL = (
    "COALESCE(r.kind, CASE WHEN r.as_of < CAST((r.created_at AT TIME ZONE 'UTC') - INTERVAL '12 hours' AS DATE) "
    "THEN 're-creation' WHEN r.as_of > CAST((r.created_at AT TIME ZONE 'UTC') + INTERVAL '14 hours' AS DATE) "
    "THEN 'what-if' ELSE 'production' END)"
)

FCT_FORECAST_VINTAGE = """
        SELECT v.run_id, r.created_at AS run_created_at, r.as_of, r.trigger, r.trigger_event_id,
               r.code_version, r.scenario_name, r.supersedes_run_id,
               v.metric, v.region, v.entity, v.period, v.method, v.p10, v.p50, v.p90, v.unit,
               {kind} AS run_kind
        FROM forecast_value v JOIN forecast_run r ON r.id = v.run_id
        WHERE r.status = 'published'"""
FCT_RUN = """
        SELECT r.id AS run_id, r.created_at, r.as_of, r.trigger, r.trigger_event_id, r.status, r.code_version,
               r.seed, r.scenario_name, r.scenario_sha256, r.input_fingerprint, r.supersedes_run_id,
               (SELECT COUNT(*) FROM forecast_value v WHERE v.run_id = r.id) AS n_values,
               (SELECT COUNT(*) FROM run_fact l WHERE l.run_id = r.id) AS n_facts,
               (SELECT COUNT(*) FROM run_warning w WHERE w.run_id = r.id) AS n_warnings,
               (SELECT a.ess FROM run_assimilation a WHERE a.run_id = r.id) AS ess,
               (SELECT a.ess_fraction FROM run_assimilation a WHERE a.run_id = r.id) AS ess_fraction,
               {kind} AS kind
        FROM forecast_run r WHERE r.status = 'published'"""
V_FORECAST_LATEST = """
        SELECT run_id, run_created_at, as_of, metric, region, entity, period, method, p10, p50, p90, unit
        FROM fct_forecast_vintage
        WHERE run_id = (SELECT p.run_id FROM fct_run p WHERE p.kind = 'production'
                        ORDER BY p.as_of DESC, p.run_id DESC LIMIT 1)"""

# as 0001 and 0011 left them (for the downgrade and for SQLite, which cannot replace a view)
FCT_FORECAST_VINTAGE_0001 = """
        SELECT v.run_id, r.created_at AS run_created_at, r.as_of, r.trigger, r.trigger_event_id,
               r.code_version, r.scenario_name, r.supersedes_run_id,
               v.metric, v.region, v.entity, v.period, v.method, v.p10, v.p50, v.p90, v.unit
        FROM forecast_value v JOIN forecast_run r ON r.id = v.run_id
        WHERE r.status = 'published'"""
FCT_RUN_0011 = FCT_RUN.replace(",\n               {kind} AS kind", "")
V_FORECAST_LATEST_0001 = """
        SELECT run_id, run_created_at, as_of, metric, region, entity, period, method, p10, p50, p90, unit
        FROM (SELECT f.*, ROW_NUMBER() OVER (
                  PARTITION BY f.metric, f.region, f.entity, f.period, f.method, f.unit
                  ORDER BY f.as_of DESC, f.run_id DESC) AS rn
              FROM fct_forecast_vintage f) t
        WHERE rn = 1"""
V_FORECAST_CHANGE_0001 = """
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
              WINDOW w AS (PARTITION BY f.metric, f.region, f.entity, f.period, f.method, f.unit ORDER BY f.run_id)) t"""


def upgrade() -> None:
    # a new column, NULL for the sealed runs: no row of forecast_run is updated (its triggers refuse that)
    op.add_column("forecast_run", sa.Column("kind", sa.String(16), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        # CREATE OR REPLACE keeps dependent views and the BI role's grants; new columns go last
        op.execute(f"CREATE OR REPLACE VIEW fct_forecast_vintage AS {FCT_FORECAST_VINTAGE.format(kind=KIND_POSTGRESQL)}")
        op.execute(f"CREATE OR REPLACE VIEW fct_run AS {FCT_RUN.format(kind=KIND_POSTGRESQL)}")
        op.execute(f"CREATE OR REPLACE VIEW v_forecast_latest AS {V_FORECAST_LATEST}")
        return
    _recreate_sqlite(FCT_FORECAST_VINTAGE.format(kind=KIND_SQLITE), FCT_RUN.format(kind=KIND_SQLITE), V_FORECAST_LATEST)


def _recreate_sqlite(vintage: str, run: str, latest: str) -> None:
    for name in ("v_forecast_latest", "v_forecast_change", "fct_forecast_vintage", "fct_run"):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.execute(f"CREATE VIEW fct_forecast_vintage AS {vintage}")
    op.execute(f"CREATE VIEW fct_run AS {run}")
    op.execute(f"CREATE VIEW v_forecast_latest AS {latest}")
    op.execute(f"CREATE VIEW v_forecast_change AS {V_FORECAST_CHANGE_0001}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # a view cannot lose columns in place: drop and create again (run `db grant-bi` afterwards)
        for name in ("v_forecast_latest", "v_forecast_change", "fct_forecast_vintage", "fct_run"):
            op.execute(f"DROP VIEW IF EXISTS {name}")
        op.execute(f"CREATE VIEW fct_forecast_vintage AS {FCT_FORECAST_VINTAGE_0001}")
        op.execute(f"CREATE VIEW fct_run AS {FCT_RUN_0011}")
        op.execute(f"CREATE VIEW v_forecast_latest AS {V_FORECAST_LATEST_0001}")
        op.execute(f"CREATE VIEW v_forecast_change AS {V_FORECAST_CHANGE_0001}")
    else:
        _recreate_sqlite(FCT_FORECAST_VINTAGE_0001, FCT_RUN_0011, V_FORECAST_LATEST_0001)
    # ALTER TABLE ... DROP COLUMN in place (SQLite >= 3.35): a batch copy would lose the table's triggers
    op.execute("ALTER TABLE forecast_run DROP COLUMN kind")
