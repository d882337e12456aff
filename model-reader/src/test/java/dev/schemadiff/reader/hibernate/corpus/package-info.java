/**
 * The oracle corpus: entities that together use every mapping feature the model reader must translate
 * exactly as Hibernate's create script leaves it in PostgreSQL. Fields are only read by Hibernate.
 */
package dev.schemadiff.reader.hibernate.corpus;
