package app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A note. */
@Entity
public class Note {
    @Id
    private Long id;

    private String text;
}
