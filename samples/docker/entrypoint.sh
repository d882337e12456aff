#!/bin/sh
# Repairs the migration history if a hotfix or a half-failed deploy left objects Flyway would collide
# with, then hands the process over to the application (exec: it gets the signals, PID 1 included).
# recover reads DATABASE_URL (or PGHOST/PGUSER/...), waits at most SCHEMADIFF_LOCK_TIMEOUT for locks,
# and exits 1 with one line on stderr when it cannot finish: the container then stops before the app.
set -e
java -jar /opt/schemadiff/schemadiff.jar recover --migrations flyway:/app/db/migration \
    --lock-timeout "${SCHEMADIFF_LOCK_TIMEOUT:-5s}"
exec java ${JAVA_OPTS} -jar /app/app.jar "$@"
