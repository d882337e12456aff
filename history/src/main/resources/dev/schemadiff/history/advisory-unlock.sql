-- Releases a session advisory lock once. Parameter: 1 bigint key. Output: whether it was held.
SELECT pg_advisory_unlock(?)
