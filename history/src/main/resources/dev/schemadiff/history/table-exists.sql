-- Whether a table exists. Parameters: 1 text schema, 2 text table. Output: boolean.
SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p'))
