-- Sequences of the requested schemas.
-- Parameter 1: text[] of schema names.
-- Output columns:
--   schema_name    text    schema of the sequence, raw
--   sequence_name  text    sequence name, raw
--   start_value    bigint  pg_sequence.seqstart
--   increment      bigint  pg_sequence.seqincrement
-- Leaves out sequences of identity columns (pg_depend 'i': the column stands for them), sequences
-- that belong to an extension (pg_depend 'e') and temporary sequences. Sequences owned by a serial
-- column (pg_depend 'a') are kept: they are ordinary sequences a default happens to use.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS sequence_name,
       s.seqstart AS start_value,
       s.seqincrement AS increment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
WHERE n.nspname = ANY (?)
  AND c.relkind = 'S'
  AND c.relpersistence <> 't'
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass
                    AND d.objid = c.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, c.relname
