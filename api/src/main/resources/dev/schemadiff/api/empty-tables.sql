-- Which of the given tables are known to be empty.
-- Parameters: 1 text[] schema names, 2 text[] table names (pairwise).
-- Output: schema_name text, table_name text, for each table that holds no row.
-- One round trip for any number of tables: query_to_xml runs each EXISTS server-side and format(%I)
-- quotes the names there. A table the role may not read counts as holding rows (the safe answer).
SELECT t.schema_name, t.table_name
FROM unnest(?::text[], ?::text[]) AS t(schema_name, table_name)
WHERE has_table_privilege(format('%I.%I', t.schema_name, t.table_name), 'SELECT')
  AND (xpath('/row/has_rows/text()',
             query_to_xml(format('SELECT EXISTS (SELECT 1 FROM %I.%I) AS has_rows', t.schema_name, t.table_name),
                          false, true, '')))[1]::text = 'false'
ORDER BY t.schema_name, t.table_name
