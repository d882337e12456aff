-- Golden: the output of 'alembic stamp --sql heads' (Alembic 1.20.0, SQLAlchemy 2.1.1, PostgreSQL dialect)
-- for the revisions in linear/. Regenerate with Alembic when its version table format changes.
BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running stamp_revision  -> 3c4d5e6f7a8b

INSERT INTO alembic_version (version_num) VALUES ('3c4d5e6f7a8b') RETURNING alembic_version.version_num;

COMMIT;

