package dev.schemadiff.reader.hibernate.corpus;

import java.io.Serializable;
import java.util.Objects;

/** The id class of {@link Enrollment}. */
public class EnrollmentId implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long studentId;
    private String courseCode;

    @Override
    public boolean equals(Object other) {
        return other instanceof EnrollmentId that && Objects.equals(studentId, that.studentId)
                && Objects.equals(courseCode, that.courseCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentId, courseCode);
    }
}
