-- Rows the current transaction has inserted, updated and deleted in user tables so far (the counts
-- are per transaction, so a migration running in one transaction is measured statement by statement).
-- Output: inserted, updated, deleted.
SELECT coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_del), 0)
FROM pg_stat_xact_user_tables
