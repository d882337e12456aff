/** Internal. No compatibility guarantees. */
package dev.schemadiff.api.internal;
