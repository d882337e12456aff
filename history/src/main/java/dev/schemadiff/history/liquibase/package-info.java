/** Internal: the Liquibase side of status, recover and stamp. No compatibility guarantees. */
package dev.schemadiff.history.liquibase;
