package dev.schemadiff.reader.source;

import java.util.Set;

/** The names of the JPA and Hibernate annotations the reader interprets. */
final class Jpa {
    private static final String JPA = "jakarta.persistence.";
    private static final String HIBERNATE = "org.hibernate.annotations.";

    static final String ENTITY = JPA + "Entity";
    static final String EMBEDDABLE = JPA + "Embeddable";
    static final String MAPPED_SUPERCLASS = JPA + "MappedSuperclass";
    static final String CONVERTER = JPA + "Converter";
    static final String ACCESS = JPA + "Access";
    static final String TRANSIENT = JPA + "Transient";
    static final String TABLE = JPA + "Table";
    static final String SECONDARY_TABLE = JPA + "SecondaryTable";
    static final String SECONDARY_TABLES = JPA + "SecondaryTables";
    static final String INHERITANCE = JPA + "Inheritance";
    static final String DISCRIMINATOR_COLUMN = JPA + "DiscriminatorColumn";
    static final String DISCRIMINATOR_VALUE = JPA + "DiscriminatorValue";
    static final String PRIMARY_KEY_JOIN_COLUMN = JPA + "PrimaryKeyJoinColumn";
    static final String PRIMARY_KEY_JOIN_COLUMNS = JPA + "PrimaryKeyJoinColumns";
    static final String ID = JPA + "Id";
    static final String EMBEDDED_ID = JPA + "EmbeddedId";
    static final String ID_CLASS = JPA + "IdClass";
    static final String MAPS_ID = JPA + "MapsId";
    static final String GENERATED_VALUE = JPA + "GeneratedValue";
    static final String SEQUENCE_GENERATOR = JPA + "SequenceGenerator";
    static final String SEQUENCE_GENERATORS = JPA + "SequenceGenerators";
    static final String TABLE_GENERATOR = JPA + "TableGenerator";
    static final String TABLE_GENERATORS = JPA + "TableGenerators";
    static final String VERSION = JPA + "Version";
    static final String BASIC = JPA + "Basic";
    static final String COLUMN = JPA + "Column";
    static final String LOB = JPA + "Lob";
    static final String ENUMERATED = JPA + "Enumerated";
    static final String TEMPORAL = JPA + "Temporal";
    static final String CONVERT = JPA + "Convert";
    static final String CONVERTS = JPA + "Converts";
    static final String EMBEDDED = JPA + "Embedded";
    static final String ATTRIBUTE_OVERRIDE = JPA + "AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = JPA + "AttributeOverrides";
    static final String ASSOCIATION_OVERRIDE = JPA + "AssociationOverride";
    static final String ASSOCIATION_OVERRIDES = JPA + "AssociationOverrides";
    static final String MANY_TO_ONE = JPA + "ManyToOne";
    static final String ONE_TO_ONE = JPA + "OneToOne";
    static final String ONE_TO_MANY = JPA + "OneToMany";
    static final String MANY_TO_MANY = JPA + "ManyToMany";
    static final String ELEMENT_COLLECTION = JPA + "ElementCollection";
    static final String JOIN_COLUMN = JPA + "JoinColumn";
    static final String JOIN_COLUMNS = JPA + "JoinColumns";
    static final String JOIN_TABLE = JPA + "JoinTable";
    static final String COLLECTION_TABLE = JPA + "CollectionTable";
    static final String ORDER_COLUMN = JPA + "OrderColumn";
    static final String MAP_KEY_COLUMN = JPA + "MapKeyColumn";
    static final String MAP_KEY_ENUMERATED = JPA + "MapKeyEnumerated";
    static final String MAP_KEY_TEMPORAL = JPA + "MapKeyTemporal";
    static final String MAP_KEY_JOIN_COLUMN = JPA + "MapKeyJoinColumn";
    static final String MAP_KEY = JPA + "MapKey";
    static final String FOREIGN_KEY = JPA + "ForeignKey";

    static final String JDBC_TYPE_CODE = HIBERNATE + "JdbcTypeCode";
    static final String COLUMN_DEFAULT = HIBERNATE + "ColumnDefault";
    static final String NATIONALIZED = HIBERNATE + "Nationalized";
    static final String NATURAL_ID = HIBERNATE + "NaturalId";
    static final String ON_DELETE = HIBERNATE + "OnDelete";
    static final String CHECK = HIBERNATE + "Check";
    static final String CHECKS = HIBERNATE + "Checks";
    static final String GENERATED_COLUMN = HIBERNATE + "GeneratedColumn";
    static final String FORMULA = HIBERNATE + "Formula";
    static final String UUID_GENERATOR = HIBERNATE + "UuidGenerator";

    /**
     * Annotations that change the schema in ways the source reader does not reproduce: where one is
     * present, a warning names it rather than letting the model differ silently.
     */
    static final Set<String> NOT_READ = Set.of(HIBERNATE + "Audited", HIBERNATE + "Temporal", HIBERNATE + "SoftDelete",
            HIBERNATE + "CollectionId", HIBERNATE + "Any", HIBERNATE + "ManyToAny", HIBERNATE + "Array",
            HIBERNATE + "Struct", HIBERNATE + "Type", HIBERNATE + "CompositeType", HIBERNATE + "JavaType",
            HIBERNATE + "JdbcType", HIBERNATE + "EmbeddedColumnNaming", HIBERNATE + "EmbeddedTable",
            HIBERNATE + "JoinFormula", HIBERNATE + "JoinColumnOrFormula", HIBERNATE + "JoinColumnsOrFormulas",
            HIBERNATE + "DiscriminatorFormula", HIBERNATE + "TimeZoneStorage", HIBERNATE + "TimeZoneColumn",
            HIBERNATE + "ListIndexBase", HIBERNATE + "ListIndexJdbcTypeCode", HIBERNATE + "MapKeyJdbcTypeCode",
            HIBERNATE + "MapKeyType", HIBERNATE + "GenericGenerator", HIBERNATE + "NativeGenerator",
            HIBERNATE + "Subselect", HIBERNATE + "View", JPA + "MapKeyClass");

    /** The {@code jakarta.persistence} annotations that do not make a member a mapped one. */
    static final Set<String> NOT_MAPPING = Set.of(JPA + "PostLoad", JPA + "PostPersist", JPA + "PostRemove",
            JPA + "PostUpdate", JPA + "PrePersist", JPA + "PreRemove", JPA + "PreUpdate", TRANSIENT, ACCESS);

    private Jpa() {
    }
}
