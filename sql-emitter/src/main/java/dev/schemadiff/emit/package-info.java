/**
 * The SQL emitter: {@link dev.schemadiff.emit.PlanEmitter} turns a change set into an ordered
 * {@link dev.schemadiff.emit.Plan} of statements with their hazards, one small emitter per object kind;
 * {@link dev.schemadiff.emit.SqlScript} renders a plan as a script; {@link dev.schemadiff.emit.Identifiers}
 * is the one place names are quoted. Pure: no JDBC.
 */
package dev.schemadiff.emit;
