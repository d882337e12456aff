-- The server's deadlock_timeout: how long a session waits for a lock before it checks for a deadlock
-- (and, finding one, aborts its own transaction).
-- Output: milliseconds bigint.
SELECT setting::bigint FROM pg_settings WHERE name = 'deadlock_timeout'
