/** Internal. No compatibility guarantees. */
package dev.schemadiff.review.internal;
