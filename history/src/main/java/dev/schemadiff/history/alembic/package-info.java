/** Internal: the Alembic side of status, recover and stamp. No compatibility guarantees. */
package dev.schemadiff.history.alembic;
