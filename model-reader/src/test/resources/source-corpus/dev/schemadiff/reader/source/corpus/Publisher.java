package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Set;

/** A quoted mixed-case table and column; the inverse sides of a one-to-one and a one-to-many. */
@Entity
@Table(name = "`Publisher`")
public class Publisher {
    @Id
    @Column(name = "\"Code\"", length = Names.CODE_LENGTH)
    private String code;

    @OneToOne(mappedBy = "publisher")
    private PublisherProfile profile;

    @OneToMany(mappedBy = "publisher")
    private Set<Imprint> imprints;

    @jakarta.persistence.ManyToMany
    private Set<Author> authors;
}
