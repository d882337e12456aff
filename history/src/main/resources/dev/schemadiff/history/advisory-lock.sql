-- Waits for a session advisory lock. Parameter: 1 bigint key.
SELECT pg_advisory_lock(?)
