"""Alembic environment: runs on the connection handed over by :func:`warehouse.db.upgrade`.

``render_as_batch`` is on for SQLite, whose ALTER TABLE cannot change columns in place.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import warehouse.schema  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through the alembic CLI
    raise RuntimeError("run migrations with `computecast db upgrade`, which hands Alembic a connection")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
