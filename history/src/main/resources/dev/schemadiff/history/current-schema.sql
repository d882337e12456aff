-- The first schema of the search_path that exists: where unqualified tables are created.
-- Output: schema name.
SELECT current_schema()
