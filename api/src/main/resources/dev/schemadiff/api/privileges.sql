-- Privileges an apply needs, checked before anything is written.
-- Parameters: 1 boolean whether a schema will be created,
--             2 text[] schemas that get new tables or sequences,
--             3 text[] schemas and 4 text[] names of tables to alter (pairwise),
--             5 text[] schemas and 6 text[] names of tables that new foreign keys reference (pairwise).
-- Output: problem text, one row per missing privilege; no rows when all is well.
SELECT format('role %s lacks CREATE on database %s (needed for CREATE SCHEMA); GRANT CREATE ON DATABASE %I TO %I',
              current_user, current_database(), current_database(), current_user) AS problem
WHERE ? AND NOT has_database_privilege(current_database(), 'CREATE')
UNION ALL
SELECT format('role %s lacks CREATE on schema %s (needed for CREATE TABLE/SEQUENCE); GRANT CREATE ON SCHEMA %I TO %I',
              current_user, s.name, s.name, current_user)
FROM unnest(?::text[]) AS s(name)
JOIN pg_namespace n ON n.nspname = s.name
WHERE NOT has_schema_privilege(n.oid, 'CREATE')
UNION ALL
SELECT format('role %s does not own table %s.%s (owner %s); ALTER TABLE and CREATE INDEX need ownership: run as %s or ALTER TABLE %I.%I OWNER TO %I',
              current_user, t.schema_name, t.table_name, pg_get_userbyid(c.relowner),
              pg_get_userbyid(c.relowner), t.schema_name, t.table_name, current_user)
FROM unnest(?::text[], ?::text[]) AS t(schema_name, table_name)
JOIN pg_namespace n ON n.nspname = t.schema_name
JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
WHERE NOT pg_has_role(current_user, c.relowner, 'USAGE')
UNION ALL
SELECT format('role %s lacks REFERENCES on table %s.%s (needed for a new foreign key); GRANT REFERENCES ON %I.%I TO %I',
              current_user, r.schema_name, r.table_name, r.schema_name, r.table_name, current_user)
FROM unnest(?::text[], ?::text[]) AS r(schema_name, table_name)
JOIN pg_namespace n ON n.nspname = r.schema_name
JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = r.table_name
WHERE NOT has_table_privilege(c.oid, 'REFERENCES')
