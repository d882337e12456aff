-- Empties Alembic's version table before the heads are written. {table} is the quoted table name.
DELETE FROM {table}
