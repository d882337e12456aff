-- Columns of the tables that tables.sql returns, in declaration (attnum) order.
-- Parameter 1: text[] of schema names.
-- Output columns:
--   table_oid      oid      the table, as tables.sql returns it
--   column_name    text     column name, raw
--   type           text     format_type(atttypid, atttypmod), e.g. 'character varying(255)'
--   nullable       boolean  NOT attnotnull
--   default_value  text     the default expression, NULL for none; always NULL for a generated
--                           column, whose pg_attrdef row holds the generation expression instead
--   identity       text     attidentity: 'a' ALWAYS, 'd' BY DEFAULT, '' not an identity column
SELECT c.oid AS table_oid,
       a.attname::text AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable,
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS default_value,
       a.attidentity::text AS identity
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relpersistence <> 't'
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid
                    AND d.deptype = 'e')
-- By oid rather than by name: 64-byte name sort keys on every column row made this sort spill to
-- disk at a few thousand tables, and tables.sql already fixes the order of the tables.
ORDER BY c.oid, a.attnum
