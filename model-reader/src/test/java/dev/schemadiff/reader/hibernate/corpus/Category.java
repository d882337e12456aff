package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/** A natural string key, a self reference and the inverse side of a many-to-many. */
@Entity
public class Category {
    @Id
    @Column(length = 40)
    private String code;

    @ManyToOne
    private Category parent;

    @ManyToMany(mappedBy = "categories")
    private Set<Product> products;
}
