/**
 * The quoting corpus: reserved words and mixed-case names that only work, and keep their case, under
 * {@code hibernate.globally_quoted_identifiers} ({@code --quote-all}). Fields are only read by Hibernate.
 */
package dev.schemadiff.reader.hibernate.quoted;
