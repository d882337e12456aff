package dev.schemadiff.reader.source.corpus;

/** A book genre, stored by name in an element collection. */
public enum Genre { NOVEL, POETRY, ESSAY, DRAMA }
