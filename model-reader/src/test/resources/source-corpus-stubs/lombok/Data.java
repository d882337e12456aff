package lombok;

/** A stand-in for Lombok's annotation of the same name, so the corpus compiles without Lombok. */
@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE)
public @interface Data {
}
