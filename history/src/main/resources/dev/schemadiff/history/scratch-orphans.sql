-- Scratch databases nobody is connected to: candidates for cleanup when their name says they are old.
SELECT d.datname
FROM pg_database AS d
WHERE d.datname LIKE 'schemadiff\_scratch\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_stat_activity AS a WHERE a.datid = d.oid)
ORDER BY d.datname
