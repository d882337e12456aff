package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.UUID;

/** Binds {@link BaseEntity}'s id to UUID; holds a static nested entity and a plain inner class. */
@Entity
public class Tenant extends BaseEntity<UUID> {
    private String name;

    @OneToMany
    private List<Membership> memberships;

    /** A static nested entity: Hibernate names it by its binary name. */
    @Entity
    public static class Membership extends BaseEntity<Long> {
        private String role;
    }

    /** Not mapped: an inner class the reader must not trip over. */
    public class Cursor {
        private int position;

        int next() {
            return ++position;
        }
    }
}
