/**
 * Reads JPA entities from {@code .java} sources with JavaParser, without a build: the public entry points
 * are {@link dev.schemadiff.reader.source.SourceModelReader} and
 * {@link dev.schemadiff.reader.source.SourceReaderOptions}. Every other type here is internal: a
 * reimplementation of the parts of Hibernate's annotation binder that decide the schema (the
 * {@code *Binder} classes follow Hibernate's {@code EntityBinder}, {@code PropertyBinder},
 * {@code CollectionBinder} and their second passes, in Hibernate's order), over a type model of the parsed
 * sources ({@code SourceType}) and of classpath types read by reflection ({@code ReflectedType}).
 */
package dev.schemadiff.reader.source;
