-- The revisions Alembic records as current: one row per head. {table} is the quoted table name.
-- Output: version_num.
SELECT version_num FROM {table} ORDER BY version_num
