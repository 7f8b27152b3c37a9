"""Published vintages are immutable in the database itself, on both backends, whatever the client.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

0001 refuses UPDATE and DELETE of a vintage's rows; a client could still add rows to a published
run, change or (SQLite without ``PRAGMA foreign_keys``) delete a fact that a run used, and store
NaN or a band with P10 above P90. This migration closes those holes with triggers and constraints
that hold for every client:

* ``run_seal``: one row per published run, written last in the run's own transaction by
  ``write_run``. Once a run is sealed, INSERT into ``forecast_value``, ``run_fact``,
  ``run_weight``, ``run_backtest`` and the evidence tables of 0011 (``run_influence``,
  ``run_warning``, ``run_assimilation``, ``run_target``) for it is refused; the seal itself cannot be changed or
  deleted. Existing runs are sealed here.
* A fact that a run used (``run_fact``) cannot be updated or deleted, nor can its document, so a
  vintage's lineage always shows what it was made from.
* Forecast values are finite with ``p10 <= p50 <= p90``: a CHECK constraint on PostgreSQL (NOT
  VALID, so rows published before this migration are kept as they are), the same test in a
  BEFORE INSERT trigger on SQLite (which cannot add a CHECK to an existing table in place).
* ``quarantine`` holds one row per input bytes and reason (concurrent ingests used to add the
  same one twice): duplicates are removed and the pair is made unique through the new column
  ``reason_sha256`` (a reason can be longer than a PostgreSQL index entry may be).
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SEALED = ("forecast_value", "run_fact", "run_weight", "run_backtest",
          # the evidence tables of migration 0011
          "run_influence", "run_warning", "run_assimilation", "run_target")
SEALED_REFUSAL = "the run is published (sealed); publish a new run that supersedes it instead"
USED_REFUSAL = "a published forecast run used this fact; its lineage cannot change"
VALUE_CHECK_PG = (
    "p10 <= p50 AND p50 <= p90 AND p10 > '-Infinity'::float8 AND p90 < 'Infinity'::float8"
)
# SQLite stores NaN as NULL (refused by NOT NULL) and infinities as +-9e999.
VALUE_CHECK_SQLITE = "NEW.p10 <= NEW.p50 AND NEW.p50 <= NEW.p90 AND NEW.p10 > -9e999 AND NEW.p90 < 9e999"
VALUE_REFUSAL = "forecast values must be finite with p10 <= p50 <= p90"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "run_seal",
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("forecast_run.id"), primary_key=True),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.execute("INSERT INTO run_seal (run_id, sealed_at) SELECT id, created_at FROM forecast_run")
    op.create_index("ix_run_fact_fact_id", "run_fact", ["fact_id"])

    op.execute(
        "DELETE FROM quarantine WHERE id NOT IN (SELECT MIN(id) FROM quarantine GROUP BY sha256, reason)"
    )
    op.add_column("quarantine", sa.Column("reason_sha256", sa.String(64), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, reason FROM quarantine")).all()
    if rows:
        bind.execute(
            sa.text("UPDATE quarantine SET reason_sha256 = :h WHERE id = :id"),
            [{"id": i, "h": hashlib.sha256(reason.encode("utf-8")).hexdigest()} for i, reason in rows],
        )
    op.create_index("uq_quarantine_sha256_reason", "quarantine", ["sha256", "reason_sha256"], unique=True)

    if dialect == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def _upgrade_postgresql() -> None:
    op.execute(
        "CREATE FUNCTION computecast_refuse_sealed_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        # wait for a run still being published, then look at its seal with a fresh snapshot
        "PERFORM 1 FROM forecast_run WHERE id = NEW.run_id FOR KEY SHARE; "
        "IF EXISTS (SELECT 1 FROM run_seal WHERE run_id = NEW.run_id) THEN "
        f"RAISE EXCEPTION 'INSERT on %: run % {SEALED_REFUSAL}', TG_TABLE_NAME, NEW.run_id "
        "USING ERRCODE = 'restrict_violation'; END IF; RETURN NEW; END; $$"
    )
    op.execute(
        "CREATE FUNCTION computecast_refuse_used_fact() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF EXISTS (SELECT 1 FROM run_fact WHERE fact_id = OLD.id) THEN "
        f"RAISE EXCEPTION '% on fact %: {USED_REFUSAL}', TG_OP, OLD.id USING ERRCODE = 'restrict_violation'; "
        "END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END; $$"
    )
    op.execute(
        "CREATE FUNCTION computecast_refuse_used_document() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF EXISTS (SELECT 1 FROM fact x JOIN run_fact l ON l.fact_id = x.id WHERE x.document_id = OLD.id) THEN "
        f"RAISE EXCEPTION '% on document %: {USED_REFUSAL}', TG_OP, OLD.id USING ERRCODE = 'restrict_violation'; "
        "END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END; $$"
    )
    for table in SEALED:
        op.execute(
            f"CREATE TRIGGER trg_{table}_sealed BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION computecast_refuse_sealed_insert()"
        )
    op.execute(
        "CREATE TRIGGER trg_fact_used BEFORE UPDATE OR DELETE ON fact "
        "FOR EACH ROW EXECUTE FUNCTION computecast_refuse_used_fact()"
    )
    op.execute(
        "CREATE TRIGGER trg_document_used BEFORE UPDATE OR DELETE ON document "
        "FOR EACH ROW EXECUTE FUNCTION computecast_refuse_used_document()"
    )
    op.execute(
        "CREATE TRIGGER trg_run_seal_immutable BEFORE UPDATE OR DELETE ON run_seal "
        "FOR EACH ROW EXECUTE FUNCTION computecast_refuse_change()"
    )
    op.execute(
        "CREATE TRIGGER trg_run_seal_no_truncate BEFORE TRUNCATE ON run_seal "
        "FOR EACH STATEMENT EXECUTE FUNCTION computecast_refuse_change()"
    )
    op.execute(f"ALTER TABLE forecast_value ADD CONSTRAINT ck_forecast_value_band CHECK ({VALUE_CHECK_PG}) NOT VALID")


def _upgrade_sqlite() -> None:
    for table in SEALED:
        op.execute(
            f"CREATE TRIGGER trg_{table}_sealed BEFORE INSERT ON {table} "
            "WHEN EXISTS (SELECT 1 FROM run_seal WHERE run_id = NEW.run_id) "
            f"BEGIN SELECT RAISE(ABORT, 'INSERT on {table}: {SEALED_REFUSAL}'); END"
        )
    for op_name in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER trg_fact_used_{op_name.lower()} BEFORE {op_name} ON fact "
            "WHEN EXISTS (SELECT 1 FROM run_fact WHERE fact_id = OLD.id) "
            f"BEGIN SELECT RAISE(ABORT, '{op_name} on fact: {USED_REFUSAL}'); END"
        )
        op.execute(
            f"CREATE TRIGGER trg_document_used_{op_name.lower()} BEFORE {op_name} ON document "
            "WHEN EXISTS (SELECT 1 FROM fact x JOIN run_fact l ON l.fact_id = x.id WHERE x.document_id = OLD.id) "
            f"BEGIN SELECT RAISE(ABORT, '{op_name} on document: {USED_REFUSAL}'); END"
        )
        op.execute(
            f"CREATE TRIGGER trg_run_seal_no_{op_name.lower()} BEFORE {op_name} ON run_seal "
            f"BEGIN SELECT RAISE(ABORT, '{op_name} on run_seal: {SEALED_REFUSAL}'); END"
        )
    op.execute(
        "CREATE TRIGGER trg_forecast_value_band BEFORE INSERT ON forecast_value "
        f"WHEN NOT ({VALUE_CHECK_SQLITE}) "
        f"BEGIN SELECT RAISE(ABORT, 'CHECK constraint ck_forecast_value_band failed: {VALUE_REFUSAL}'); END"
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("ALTER TABLE forecast_value DROP CONSTRAINT IF EXISTS ck_forecast_value_band")
        for table in SEALED:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_sealed ON {table}")
        op.execute("DROP TRIGGER IF EXISTS trg_fact_used ON fact")
        op.execute("DROP TRIGGER IF EXISTS trg_document_used ON document")
        op.execute("DROP FUNCTION IF EXISTS computecast_refuse_sealed_insert()")
        op.execute("DROP FUNCTION IF EXISTS computecast_refuse_used_fact()")
        op.execute("DROP FUNCTION IF EXISTS computecast_refuse_used_document()")
    else:
        for table in SEALED:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_sealed")
        for op_name in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_fact_used_{op_name}")
            op.execute(f"DROP TRIGGER IF EXISTS trg_document_used_{op_name}")
        op.execute("DROP TRIGGER IF EXISTS trg_forecast_value_band")
    op.drop_index("uq_quarantine_sha256_reason", "quarantine")
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_column("reason_sha256")
    op.drop_index("ix_run_fact_fact_id", "run_fact")
    op.drop_table("run_seal")
