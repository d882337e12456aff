package lombok;

/** A stand-in for Lombok's annotation of the same name, so the corpus compiles without Lombok. */
@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE)
public @interface Builder {
    /** A stand-in for {@code @Builder.Default}. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE)
    @interface Default {
    }
}
