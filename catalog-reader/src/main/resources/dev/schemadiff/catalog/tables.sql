-- Tables of the requested schemas.
-- Parameter 1: text[] of schema names.
-- Output columns:
--   table_oid    oid   pg_class.oid, the key the other queries return their rows under
--   schema_name  text  schema of the table, raw
--   table_name   text  table name, raw
-- Keeps ordinary and partitioned tables; leaves out partitions (their parent stands for them), views,
-- temporary tables and tables that belong to an extension.
SELECT c.oid AS table_oid,
       n.nspname::text AS schema_name,
       c.relname::text AS table_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relpersistence <> 't'
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
