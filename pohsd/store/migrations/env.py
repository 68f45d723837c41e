"""Alembic environment: runs on the connection handed over by pohsd.store.migrate."""

from alembic import context

from pohsd.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("pohsd migrations run only through pohsd.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
