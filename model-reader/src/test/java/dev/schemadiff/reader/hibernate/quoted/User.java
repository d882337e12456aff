package dev.schemadiff.reader.hibernate.quoted;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.UUID;

/** Named by a reserved word, with a named and an unnamed unique key and index over reserved columns. */
@Entity
@Table(name = "User",
        uniqueConstraints = {
                @UniqueConstraint(columnNames = {"group", "loginName"}),
                @UniqueConstraint(name = "UserEmailKey", columnNames = "primaryEmail")},
        indexes = {@Index(columnList = "loginName"), @Index(name = "ByGroup", columnList = "group DESC")})
public class User {
    @Id
    private UUID id;

    @Column(name = "group", length = 30)
    private String group;

    @Column(name = "loginName", unique = true)
    private String loginName;

    @Column(name = "primaryEmail")
    private String primaryEmail;

    @Embedded
    private Period period;
}
