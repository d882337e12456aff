-- Who and where. Output: database, user, server_version.
SELECT current_database(), current_user, current_setting('server_version')
