/**
 * The source reader's own corpus: the mapping features the Hibernate reader's corpus does not cover, each
 * checked against Hibernate by the parity test. Fields are only read by Hibernate.
 */
@Deprecated
package dev.schemadiff.reader.source.corpus;
