/** Internal. No compatibility guarantees. */
package dev.schemadiff.history.internal;
