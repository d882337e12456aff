-- Who holds locks on the given tables: named when an apply gives up waiting for a lock.
-- pg_blocking_pids() only answers while a session waits, and an apply that timed out no longer
-- does, so this reads pg_locks instead: every other session with a granted lock on one of the tables.
-- Parameters: 1 text[] schema names, 2 text[] table names (pairwise).
-- Output: pid int, relations text (schema.table, comma-separated), state text,
--         transaction_seconds int (NULL outside a transaction), query text (its first 200 characters,
--         with string and number constants masked, since they may be row data or secrets;
--         '<insufficient privilege>' for other roles' sessions unless this role may read them in full).
-- Longest-running transactions first: they are the likeliest culprits.
SELECT l.pid, string_agg(DISTINCT format('%I.%I', n.nspname, c.relname), ', ') AS relations, a.state,
       extract(epoch FROM now() - a.xact_start)::int AS transaction_seconds,
       left(regexp_replace(regexp_replace(regexp_replace(a.query,
                '''(?:[^'']|'''')*''', '''...''', 'g'),
                '\m\d+(?:\.\d+)?\M', '?', 'g'),
                '\s+', ' ', 'g'), 200) AS query
FROM unnest(?::text[], ?::text[]) AS t(schema_name, table_name)
JOIN pg_namespace n ON n.nspname = t.schema_name
JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
JOIN pg_locks l ON l.locktype = 'relation' AND l.relation = c.oid AND l.granted
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.pid <> pg_backend_pid()
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
GROUP BY l.pid, a.state, a.xact_start, a.query
ORDER BY a.xact_start NULLS LAST, l.pid
