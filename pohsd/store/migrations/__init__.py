"""Alembic migrations of pohsd.db (run programmatically at open by pohsd.store.migrate)."""
