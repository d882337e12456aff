-- Takes a session advisory lock if it is free. Parameter: 1 bigint key. Output: whether it was taken.
SELECT pg_try_advisory_lock(?)
