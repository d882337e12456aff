-- Primary key, unique, foreign key and check constraints of the tables that tables.sql returns.
-- Parameter 1: text[] of schema names.
-- Output columns:
--   table_oid           oid      the constrained table, as tables.sql returns it
--   constraint_name     text     constraint name, raw
--   constraint_type     text     contype: 'p' primary key, 'u' unique, 'f' foreign key, 'c' check
--   columns             text[]   constrained columns in key order (empty for a check)
--   referenced_schema   text     foreign key only: schema of the referenced table, else NULL
--   referenced_table    text     foreign key only: referenced table, else NULL
--   referenced_columns  text[]   foreign key only: referenced columns in key order, else empty
--   on_delete           text     confdeltype: 'a' no action, 'r' restrict, 'c' cascade, 'n' set null,
--                                'd' set default; ' ' for other kinds
--   validated           boolean  convalidated: false for a constraint added NOT VALID
--   check_expression    text     check only: the text inside CHECK (...) of
--                                pg_get_constraintdef(oid, true), else NULL
-- Exclusion, trigger and (PostgreSQL 18) NOT NULL constraints are left out by the contype filter.
-- conparentid <> 0 rows are clones: a foreign key that references a partitioned table gets one
-- per partition on the referencing table, next to the one constraint the user declared.
-- Key columns are looked up one by one (an index probe on pg_attribute per key column): at 3,000
-- tables that took about a third off this query compared with joining all of the table's columns.
SELECT c.oid AS table_oid,
       con.conname::text AS constraint_name,
       con.contype::text AS constraint_type,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             ORDER BY k.position) AS columns,
       rn.nspname::text AS referenced_schema,
       rc.relname::text AS referenced_table,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = con.confrelid AND a.attnum = k.attnum)
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
             ORDER BY k.position) AS referenced_columns,
       con.confdeltype::text AS on_delete,
       con.convalidated AS validated,
       -- The same deparse pg_get_constraintdef wraps in CHECK (...), without the NOT VALID or
       -- NO INHERIT suffixes that would otherwise have to be cut off the text.
       CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid, true) END
           AS check_expression
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relpersistence <> 't'
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid
                    AND d.deptype = 'e')
  AND con.contype IN ('p', 'u', 'f', 'c')
  AND con.conparentid = 0
ORDER BY c.oid, con.conname
