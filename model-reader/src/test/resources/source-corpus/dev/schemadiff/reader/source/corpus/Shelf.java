package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collections of every kind: enums, a bag, a map of embeddables, an ordered many-to-many; a record embedded. */
@Entity
@SequenceGenerator(name = "shelf_generator", sequenceName = "shelf_ids", initialValue = 10, allocationSize = 5)
public class Shelf {
    @Id
    @jakarta.persistence.GeneratedValue(generator = "shelf_generator")
    private long id;

    @Embedded
    @AttributeOverride(name = "unit", column = @Column(name = "size_unit", length = 8))
    private Dimensions size;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Set<Genre> genres;

    @ElementCollection
    private List<String> labels;

    @ElementCollection
    @CollectionTable(name = "shelf_compartment", schema = "billing")
    @MapKeyColumn(name = "slot")
    private Map<String, Dimensions> compartments;

    @ManyToMany
    @OrderColumn
    private List<Edition> editions;
}
