-- Privileges writing a migration tool's history table needs, checked before anything is written.
-- Parameters: 1 text schema, 2 text table, 3 text[] table privileges (e.g. INSERT, UPDATE, DELETE).
-- Output: problem text, one row per missing privilege; no rows when all is well. When the table does
-- not exist yet, CREATE on its schema is what is needed.
WITH target AS (
    SELECT ?::text AS schema_name, ?::text AS table_name, ?::text[] AS privileges
)
SELECT format('role %s lacks %s on %s.%s (needed to record migrations); GRANT %s ON %I.%I TO %I',
              current_user, p.privilege, t.schema_name, t.table_name, p.privilege, t.schema_name, t.table_name,
              current_user) AS problem
FROM target t
JOIN pg_namespace n ON n.nspname = t.schema_name
JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
CROSS JOIN unnest(t.privileges) AS p(privilege)
WHERE NOT has_table_privilege(c.oid, p.privilege)
UNION ALL
SELECT format('role %s lacks CREATE on schema %s (needed to create the history table %s); GRANT CREATE ON SCHEMA %I TO %I',
              current_user, t.schema_name, t.table_name, t.schema_name, current_user)
FROM target t
JOIN pg_namespace n ON n.nspname = t.schema_name
WHERE NOT has_schema_privilege(n.oid, 'CREATE')
  AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = t.table_name)
