-- Alembic's version table exactly as "alembic stamp" creates it (its offline --sql output):
-- version_num VARCHAR(32) NOT NULL with the primary key named <table>_pkc. {table} is the quoted,
-- schema-qualified table name.
CREATE TABLE IF NOT EXISTS {table} (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)
