-- Indexes of the tables that tables.sql returns, except those backing a primary key, unique or
-- exclusion constraint (constraints.sql covers those).
-- Parameter 1: text[] of schema names.
-- Output columns:
--   table_oid    oid      the indexed table, as tables.sql returns it
--   index_name   text     index name, raw
--   key_parts    text[]   key columns in order as pg_get_indexdef(indexrelid, k, true) prints them
--                         (a quoted-if-needed column name or an expression), plus ' DESC' when
--                         bit 0 of indoption says descending; INCLUDE columns are not key parts
--   is_unique    boolean  indisunique
-- Not returned: the access method, operator classes, collations, NULLS FIRST/LAST and the WHERE
-- predicate of a partial index.
SELECT c.oid AS table_oid,
       ic.relname::text AS index_name,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                    || CASE WHEN i.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END
             FROM generate_series(1, i.indnkeyatts) AS k
             ORDER BY k) AS key_parts,
       i.indisunique AS is_unique
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
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
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = i.indexrelid
                    AND con.contype IN ('p', 'u', 'x'))
ORDER BY c.oid, ic.relname
