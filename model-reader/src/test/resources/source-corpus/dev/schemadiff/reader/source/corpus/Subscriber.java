package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Builder;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.NonNull;
import lombok.Setter;

/** Lombok's annotations mean nothing to the mapping; the reader ignores them without Lombok at hand. */
@Entity
@Getter
@Setter
@NoArgsConstructor
@Builder
@lombok.Data
@Table(name = "`Subscriber`")
public class Subscriber {
    @Id
    @GeneratedValue
    private Long id;

    @NonNull
    @Column(unique = true)
    private String email;

    @Builder.Default
    private boolean active = true;

    @jakarta.persistence.ManyToMany
    private java.util.Set<Publisher> publishers;
}
