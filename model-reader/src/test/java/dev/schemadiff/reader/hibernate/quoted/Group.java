package dev.schemadiff.reader.hibernate.quoted;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.Set;

/** A reserved-word root of a single-table hierarchy, with a default join table and a named sequence. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "Kind")
public class Group {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "groups")
    @SequenceGenerator(name = "groups", sequenceName = "GroupIds", allocationSize = 10)
    private long id;

    @Column(name = "Name", nullable = false)
    private String name;

    @ManyToMany
    private Set<User> members;

    @OneToOne
    @JoinColumn(name = "OwnerId", unique = true)
    private User owner;
}
