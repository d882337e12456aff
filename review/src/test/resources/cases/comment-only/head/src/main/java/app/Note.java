package app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A note someone wrote. */
@Entity
public class Note {
    @Id
    private Long id;

    private String text;
}
