package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** AUTO id, a natural id, a default join table, a map collection, a join column without a foreign key. */
@Entity
public class Product {
    @Id
    @GeneratedValue
    private Long id;

    @NaturalId
    @Column(length = 30)
    private String sku;

    @ManyToMany
    private Set<Category> categories;

    @ElementCollection
    @MapKeyColumn(name = "attr_key", length = 50)
    @Column(name = "attr_value")
    private Map<String, String> attributes;

    @ManyToOne
    @JoinColumn(name = "featured_code", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Category featured;
}
