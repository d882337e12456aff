-- Size of existing tables, for review hazards on locks and scans.
-- Parameters: schema names (text[]), table names (text[]), pairwise.
-- Output: schema_name, table_name, estimated_rows (reltuples; -1 when never analyzed), total_bytes.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       c.reltuples::bigint AS estimated_rows,
       pg_total_relation_size(c.oid) AS total_bytes
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN unnest(?::text[], ?::text[]) AS wanted(schema_name, table_name)
  ON wanted.schema_name = n.nspname AND wanted.table_name = c.relname
WHERE c.relkind IN ('r', 'p')
ORDER BY 1, 2
