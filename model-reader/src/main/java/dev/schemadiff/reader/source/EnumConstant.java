package dev.schemadiff.reader.source;

/**
 * An enum constant as an annotation value.
 *
 * @param type the enum's canonical name, or {@code null} when only the constant's name is known (a static
 *             import the reader could not follow); annotation attributes are compared by name
 */
record EnumConstant(String type, String name) {
}
