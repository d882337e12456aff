-- One head, as "alembic stamp" writes it. {table} is the quoted table name. Parameter: 1 text revision.
INSERT INTO {table} (version_num) VALUES (?)
